"""Permission rules for mentor wellbeing (merged into tests/test_permissions.py).

A mentor's check-ins and supervision are seen by the mentor and the program's
professionals (coordinators, supervisors, organisation admins). Funders get 403; other
mentors, peers and outsiders 404. Only the mentor checks in and pauses themselves; only
the professionals record supervision. The board is for staff who may see participants;
the settings for those who manage the program.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import World
from tests.factories import ParticipantFactory
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

DONE = 302  # an action that worked sends the person on
HIDDEN = expect(404)
# Reading the record: the mentor themselves and the professionals.
READ = expect(404, org_admin=200, coordinator=200, supervisor=200, funder=403, mentor=200)
READ_A2 = expect(404, org_admin=200, funder=403)  # another program's mentor: org-wide only
# Acting as the mentor: checking in, pausing.
OWN = expect(404, org_admin=403, coordinator=403, supervisor=403, funder=403, mentor=200)
OWN_DONE = expect(404, org_admin=403, coordinator=403, supervisor=403, funder=403, mentor=DONE)
OWN_A2 = expect(404, org_admin=403, funder=403)
# Recording supervision: the professionals; the mentor is an insider without the right.
SUPERVISE = expect(404, org_admin=200, coordinator=200, supervisor=200, funder=403, mentor=403)
SUPERVISE_A2 = expect(404, org_admin=200, funder=403)


def _mentor(w: World, program: Any, own: bool) -> Any:
    user = w.users["mentor"] if own else None
    return ParticipantFactory(program=program, role="mentor", stage="active", user=user, capacity=2)


RULES: dict[str, Rule] = {
    "my_wellbeing": Rule("none", expect(200)),
    "mentor_wellbeing": Rule(
        "wellbeing_mentor", READ, other_program=READ_A2, other_org=HIDDEN
    ),
    "wellbeing_check_in": Rule(
        "wellbeing_mentor", OWN, other_program=OWN_A2, other_org=HIDDEN, also_post=True
    ),
    "wellbeing_pause": Rule(
        "wellbeing_mentor", OWN_DONE, other_program=OWN_A2, other_org=HIDDEN, method="POST"
    ),
    "supervision_new": Rule(
        "wellbeing_mentor", SUPERVISE, other_program=SUPERVISE_A2, other_org=HIDDEN,
        also_post=True,
    ),
    "program_wellbeing": Rule(
        "program", PARTICIPANTS_VIEW, other_program=PARTICIPANTS_VIEW_A2,
        other_org=PARTICIPANTS_VIEW_B,
    ),
    "wellbeing_settings": Rule(
        "program", PROGRAM_MANAGE, other_program=PROGRAM_MANAGE_A2, other_org=PROGRAM_MANAGE_B,
        also_post=True,
    ),
}  # fmt: skip
# Wellbeing has no API routes (yet): check-ins and supervision are pages only.
API_RULES: dict[str, Rule] = {}

SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "wellbeing_mentor": {
        "own": lambda w: {"mentor_id": _mentor(w, w.program_a1, own=True).pk},
        "other_program": lambda w: {"mentor_id": _mentor(w, w.program_a2, own=False).pk},
        "other_org": lambda w: {"mentor_id": _mentor(w, w.program_b1, own=False).pk},
    },
}
