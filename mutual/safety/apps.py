from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "mutual.safety"
    default_auto_field = "django.db.models.BigAutoField"
