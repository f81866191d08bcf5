"""The REST API (django-ninja, OpenAPI at /api/docs). Routers live in each app's api.py."""

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(
    title="Mutual API",
    version="1",
    description=str(_("Programs, people and records you are allowed to see.")),
    auth=django_auth,
    urls_namespace="api",
)
