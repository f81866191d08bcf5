"""How django-allauth behaves for Mutual."""

from __future__ import annotations

import time
from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.reauthentication import get_authentication_records
from django.conf import settings
from django.http import HttpRequest, HttpResponse

# How recent a log-in counts as "just now" for first-time MFA set-up.
_JUST_LOGGED_IN_SECONDS = 300


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # People join through a program (a referral, an application or an invitation),
        # never by creating a bare account that belongs to nothing.
        return False

    def post_login(self, request: HttpRequest, user: Any, **kwargs: Any) -> HttpResponse:
        """Show the site in the person's own language from the moment they log in.

        A language chosen on this device before logging in (the cookie) wins.
        """
        response: HttpResponse = super().post_login(request, user, **kwargs)
        cookie = settings.LANGUAGE_COOKIE_NAME
        if cookie not in request.COOKIES and user.preferred_language != settings.LANGUAGE_CODE:
            response.set_cookie(cookie, user.preferred_language, samesite="Lax")
        return response

    def is_reauthentication_required(self, *, app: str, **kwargs: Any) -> bool:
        # Staff are sent to set up MFA straight after logging in. Asking them to type the
        # password they entered seconds ago confuses people; changing an existing second
        # step (or showing recovery codes later) still asks, as allauth does by default.
        if app == "allauth.mfa" and self._first_enrolment_just_after_login():
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def _first_enrolment_just_after_login(self) -> bool:
        from mutual.accounts.middleware import has_mfa

        request = getattr(self, "request", None)
        if request is None or not request.user.is_authenticated or has_mfa(request.user):
            return False
        records = get_authentication_records(request, request.user)
        newest = max((r.get("at", 0) for r in records), default=0)
        return time.time() - newest < _JUST_LOGGED_IN_SECONDS
