from django.apps import AppConfig


class Config(AppConfig):
    name = "mutual.live"
    label = "live"
