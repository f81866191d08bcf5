"""Permission rules for the participants pages (merged into tests/test_permissions.py).

``RULES`` maps each route name to what every role gets; ``SCOPES`` builds the URL
arguments for each scope named in a rule; ``API_RULES`` does the same for API routes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import World
from tests.permission_rules import (
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
}
API_RULES: dict[str, Rule] = {}
SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {}
