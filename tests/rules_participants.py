"""Permission rules for the participants pages (merged into tests/test_permissions.py).

``RULES`` maps each route name to what every role gets; ``SCOPES`` builds the URL
arguments for each scope named in a rule; ``API_RULES`` does the same for API routes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import World
from tests.permission_rules import (
    PROGRAM_MANAGE,
    PROGRAM_MANAGE_A2,
    PROGRAM_MANAGE_B,
    PROGRAM_VIEW,
    PROGRAM_VIEW_A2,
    PROGRAM_VIEW_B,
    Rule,
)

RULES: dict[str, Rule] = {
    # Consent wording: anyone in the program may read it (it is shown to the public too);
    # publishing is for coordinators and organisation admins (checked in its own test).
    "program_consent": Rule(
        "program", PROGRAM_VIEW, other_program=PROGRAM_VIEW_A2, other_org=PROGRAM_VIEW_B
    ),
    # Email wording: coordinators and organisation admins.
    "program_notices": Rule(
        "program", PROGRAM_MANAGE, other_program=PROGRAM_MANAGE_A2, other_org=PROGRAM_MANAGE_B
    ),
    "program_notice_edit": Rule(
        "program_notice",
        PROGRAM_MANAGE,
        other_program=PROGRAM_MANAGE_A2,
        other_org=PROGRAM_MANAGE_B,
        also_post=True,
    ),
}
API_RULES: dict[str, Rule] = {}
SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "program_notice": {
        "own": lambda w: {"program_id": w.program_a1.pk, "key": "intake_received"},
        "other_program": lambda w: {"program_id": w.program_a2.pk, "key": "intake_received"},
        "other_org": lambda w: {"program_id": w.program_b1.pk, "key": "intake_received"},
    }
}
