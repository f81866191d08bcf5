from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "mutual.matching"
    default_auto_field = "django.db.models.BigAutoField"
