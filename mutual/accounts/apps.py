from django.apps import AppConfig


class Config(AppConfig):
    name = "mutual.accounts"
    label = "accounts"
