from django.apps import AppConfig


class JoiningConfig(AppConfig):
    name = "mutual.joining"
    label = "joining"
    default_auto_field = "django.db.models.BigAutoField"
