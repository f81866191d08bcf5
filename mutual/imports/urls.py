"""Routes of the imports app."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
