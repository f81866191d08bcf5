"""One participant's record, for staff."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
