"""Referral by a professional, and the referrer's status page."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
