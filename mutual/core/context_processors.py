"""Navigation for the base layout, decided by the access policy."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from mutual.access.policy import (
    current_memberships,
    is_platform_admin,
)
from mutual.accounts.models import PARTICIPANT_ROLES, Role


def _help_program(request: HttpRequest) -> Any:
    """The program whose crisis help a participant page links to.

    A view may set ``request.help_program`` (the program being looked at); otherwise
    the first program where the person takes part as a peer or mentor.
    """
    chosen = getattr(request, "help_program", None)
    if chosen is not None:
        return chosen
    for m in current_memberships(request.user):
        if m.role in PARTICIPANT_ROLES and m.program is not None:
            return m.program
    return None


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": {"links": [], "help_program": getattr(request, "help_program", None)}}
    links = []
    path = request.path
    if is_platform_admin(user):
        for label, name in (
            (_("Organisations"), "platform_organisations"),
            (_("Experience list"), "taxonomy"),
        ):
            url = reverse(name)
            links.append({"label": label, "url": url, "current": path.startswith(url)})
    # Organisations the person runs (platform admins reach the rest through "Organisations").
    for m in current_memberships(user):
        if m.role == Role.ORG_ADMIN and m.program_id is None:
            url = reverse("organisation", args=[m.organisation_id])
            links.append(
                {"label": m.organisation.name, "url": url, "current": path.startswith(url)}
            )
    if any(m.role in PARTICIPANT_ROLES for m in current_memberships(user)):
        url = reverse("my_participation")
        links.append({"label": _("My programs"), "url": url, "current": path.startswith(url)})
    return {"nav": {"links": links, "help_program": _help_program(request)}}
