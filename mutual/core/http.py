"""Typing help for views: a request whose user is signed in."""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from mutual.accounts.models import User


class AuthedRequest(HttpRequest):
    """Use as the request type of views behind ``login_required``."""

    user: User
    htmx: HtmxDetails  # set by django-htmx's middleware on every request
