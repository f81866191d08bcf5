"""Consent wording per program (staff)."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
