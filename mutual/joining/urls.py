"""Routes of the joining app, one module per part so each stays small."""

from django.urls import include, path

urlpatterns = [
    path("", include("mutual.joining.urls_public")),
    path("", include("mutual.joining.urls_intake")),
    path("", include("mutual.joining.urls_referral")),
]
