from django.apps import AppConfig


class Config(AppConfig):
    name = "mutual.programs"
    label = "programs"
