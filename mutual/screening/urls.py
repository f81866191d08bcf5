"""Routes of the screening app."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
