"""Routes of the training app."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
