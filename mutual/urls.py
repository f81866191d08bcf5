"""Every URL of the platform. Each app owns its own urls.py; the permission test walks them all."""

from django.urls import include, path

from mutual.api import api

urlpatterns = [
    path("accounts/", include("allauth.urls")),
    path("api/", api.urls),
    path("", include("mutual.core.urls")),
    path("", include("mutual.accounts.urls")),
    path("", include("mutual.programs.urls")),
    path("", include("mutual.households.urls")),
    path("", include("mutual.participants.urls")),
    path("", include("mutual.joining.urls")),
    path("", include("mutual.screening.urls")),
    path("", include("mutual.training.urls")),
    path("", include("mutual.imports.urls")),
    path("", include("mutual.matching.urls")),
    path("", include("mutual.relationships.urls")),
    path("", include("mutual.safety.urls")),
    path("", include("mutual.wellbeing.urls")),
    path("", include("mutual.audit.urls")),
    path("", include("mutual.live.urls")),
]
