from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "mutual.relationships"
    default_auto_field = "django.db.models.BigAutoField"
