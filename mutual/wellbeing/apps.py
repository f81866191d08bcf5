from django.apps import AppConfig


class WellbeingConfig(AppConfig):
    name = "mutual.wellbeing"
    default_auto_field = "django.db.models.BigAutoField"
