"""Consent wording per program (staff)."""

from django.urls import path

from mutual.participants import views_consent

urlpatterns = [
    path("p/<int:program_id>/consent/", views_consent.program_consent, name="program_consent"),
]
