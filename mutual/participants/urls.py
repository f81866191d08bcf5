"""Routes of the participants app, one module per part so each stays small."""

from django.urls import include, path

urlpatterns = [
    path("", include("mutual.participants.urls_consent")),
    path("", include("mutual.participants.urls_notices")),
    path("", include("mutual.participants.urls_detail")),
]
