from django.apps import AppConfig


class Config(AppConfig):
    name = "mutual.audit"
    label = "audit"
