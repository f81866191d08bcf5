from django.apps import AppConfig


class Config(AppConfig):
    name = "mutual.households"
    label = "households"
