"""Staff must enrol multi-factor authentication before they can use the platform."""

from __future__ import annotations

import re
from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from mutual.access.policy import is_staff_member

# Pages a staff member without MFA may still reach: setting it up, logging out, and
# crisis help (nobody should be stopped on the way to it).
_ALLOWED_PREFIXES = ("/accounts/", "/static/", "/language/", "/healthz")
_CRISIS_HELP = re.compile(r"^/p/\d+/help/$")


def has_mfa(user: object) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireStaffMFAMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.MUTUAL_REQUIRE_STAFF_MFA
            and request.user.is_authenticated
            and not request.path.startswith(_ALLOWED_PREFIXES)
            and not _CRISIS_HELP.match(request.path)
            and is_staff_member(request.user)
            and not has_mfa(request.user)
        ):
            if request.path.startswith("/api/"):
                # API clients cannot follow a redirect to a set-up page: say what to do.
                detail = _("Set up the second log-in step in your browser, then try again.")
                return JsonResponse({"detail": detail}, status=403)
            messages.info(
                request,
                _(
                    "Your role lets you see private information, so your account needs a "
                    "second step when you log in. Set it up now with an authenticator app."
                ),
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)
