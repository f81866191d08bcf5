from django.apps import AppConfig


class Config(AppConfig):
    name = "mutual.core"
    label = "core"
