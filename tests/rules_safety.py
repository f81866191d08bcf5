"""Permission rules for safety alerts (merged into tests/test_permissions.py).

Alerts are for the program's professionals only (coordinators, supervisors, admins): the
peer the alert is about, the mentor, funders and everyone else get 404 — even that an alert
exists is private. Settings (deadlines, on-call list) need the right to manage the program.
"Raise a concern" is open to the two people in a match and to staff.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import World
from tests.permission_rules import (
    PARTICIPANTS_VIEW,
    PARTICIPANTS_VIEW_A2,
    PARTICIPANTS_VIEW_B,
    PROGRAM_MANAGE,
    PROGRAM_MANAGE_A2,
    PROGRAM_MANAGE_B,
    Rule,
    expect,
)
from tests.rules_matching import _relationship

DONE = 302
HIDDEN = expect(404)
ALERT_VIEW = expect(404, org_admin=200, coordinator=200, supervisor=200)
# Posting an empty form shows the alert again with the form's message.
ALERT_FORM = expect(404, org_admin=200, coordinator=200, supervisor=200)
ALERT_DONE = expect(404, org_admin=DONE, coordinator=DONE, supervisor=DONE)
CONCERN = expect(
    404, org_admin=200, coordinator=200, supervisor=200, funder=403, mentor=200, peer=200
)


def _alert(w: World, program: Any, own: bool) -> Any:
    from django.utils import timezone

    from mutual.safety.models import Alert

    relationship = _relationship(w, program, own)
    return Alert.objects.create(
        program=program,
        level="elevated",
        source="person",
        subject=relationship.peer,
        relationship=relationship,
        summary="Worried",
        due_at=timezone.now(),
        raised_at=timezone.now(),
    )


RULES: dict[str, Rule] = {
    "safety_queue": Rule(
        "program", PARTICIPANTS_VIEW, other_program=PARTICIPANTS_VIEW_A2,
        other_org=PARTICIPANTS_VIEW_B,
    ),
    "safety_settings": Rule(
        "program", PROGRAM_MANAGE, other_program=PROGRAM_MANAGE_A2, other_org=PROGRAM_MANAGE_B,
        also_post=True,
    ),
    "safety_alert": Rule("alert", ALERT_VIEW, other_org=HIDDEN),
    "safety_alert_acknowledge": Rule("alert", ALERT_DONE, other_org=HIDDEN, method="POST"),
    "safety_alert_note": Rule("alert", ALERT_FORM, other_org=HIDDEN, method="POST"),
    "safety_alert_resolve": Rule("alert", ALERT_FORM, other_org=HIDDEN, method="POST"),
    "safety_alert_assign": Rule("alert", ALERT_FORM, other_org=HIDDEN, method="POST"),
    "safety_alert_incident": Rule("alert", ALERT_FORM, other_org=HIDDEN, method="POST"),
    "safety_alert_reopen": Rule("alert", ALERT_DONE, other_org=HIDDEN, method="POST"),
    "raise_concern": Rule("relationship", CONCERN, other_org=HIDDEN, also_post=True),
}  # fmt: skip

SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "alert": {
        "own": lambda w: {"alert_id": _alert(w, w.program_a1, own=True).pk},
        "other_org": lambda w: {"alert_id": _alert(w, w.program_b1, own=False).pk},
    },
}

API = 401  # the API answers people who are not logged in with 401
# The permission walk posts the same body everywhere ({"accept": false, ...}): with no notes
# or words in it, those allowed in get the service's 400 ("say what was done").
API_RULES: dict[str, Rule] = {
    "api:safety_alerts": Rule(
        "program",
        expect(403, org_admin=200, coordinator=200, supervisor=200, outsider=404, anonymous=API),
        other_program=expect(404, org_admin=200, funder=403, platform_admin=403, anonymous=API),
        other_org=expect(404, platform_admin=403, outsider=403, anonymous=API),
    ),
    "api:safety_alert": Rule(
        "alert",
        expect(404, org_admin=200, coordinator=200, supervisor=200, anonymous=API),
        other_org=expect(404, anonymous=API),
    ),
    "api:safety_alert_acknowledge": Rule(
        "alert",
        expect(404, org_admin=200, coordinator=200, supervisor=200, anonymous=API),
        other_org=expect(404, anonymous=API),
        method="POST",
    ),
    "api:safety_alert_resolve": Rule(
        "alert",
        expect(404, org_admin=400, coordinator=400, supervisor=400, anonymous=API),
        other_org=expect(404, anonymous=API),
        method="POST",
    ),
    "api:raise_concern": Rule(
        "relationship",
        expect(
            404, org_admin=400, coordinator=400, supervisor=400, funder=403, mentor=400,
            peer=400, anonymous=API,
        ),
        other_org=expect(404, anonymous=API),
        method="POST",
    ),
}  # fmt: skip
