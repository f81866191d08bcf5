from django.apps import AppConfig


class Config(AppConfig):
    name = "mutual.demo"
    label = "demo"
