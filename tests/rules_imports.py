"""Permission rules for bringing people over from a file (merged into
tests/test_permissions.py): coordinators and organisation admins only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mutual.imports.models import ImportRun
from tests.conftest import World
from tests.permission_rules import (
    PARTICIPANTS_MANAGE,
    PARTICIPANTS_MANAGE_A2,
    PARTICIPANTS_VIEW_B,
    Rule,
    expect,
)


def _run(program: Any, user: Any) -> dict[str, Any]:
    run = ImportRun.objects.create(
        program=program, role="peer", uploaded_by=user, filename="people.csv", csv_text="name\n"
    )
    return {"run_id": run.pk}


RULES: dict[str, Rule] = {
    "program_import": Rule(
        "program",
        PARTICIPANTS_MANAGE,
        other_program=PARTICIPANTS_MANAGE_A2,
        other_org=PARTICIPANTS_VIEW_B,
        also_post=True,
    ),
    "import_template": Rule(
        "program",
        PARTICIPANTS_MANAGE,
        other_program=PARTICIPANTS_MANAGE_A2,
        other_org=PARTICIPANTS_VIEW_B,
    ),
    "import_run": Rule(
        "import_run",
        expect(403, org_admin=200, coordinator=200, outsider=404),
        other_org=expect(404, platform_admin=403, outsider=403),
        also_post=True,
    ),
}
API_RULES: dict[str, Rule] = {}
SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "import_run": {
        "own": lambda w: _run(w.program_a1, w.users["coordinator"]),
        "other_org": lambda w: _run(w.program_b1, w.users["outsider"]),
    },
}
