"""Permission rules for screening and the staff record pages (merged into
tests/test_permissions.py).

A record is private: staff of the program with the right, and the person themself (who
is sent to their own page). Another mentor or peer gets 404, so nobody learns who else
applied; supervisors read but do not act; funders are insiders without the right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import World
from tests.factories import ParticipantFactory
from tests.permission_rules import Rule, expect

RECORD_VIEW = expect(404, org_admin=200, coordinator=200, supervisor=200, funder=403)
RECORD_ACT = expect(404, org_admin=200, coordinator=200, supervisor=403, funder=403)
OTHER_ORG = expect(404)
PIPELINE = expect(403, org_admin=200, coordinator=200, supervisor=200, outsider=404)
PIPELINE_A2 = expect(404, org_admin=200, funder=403, platform_admin=403)
PIPELINE_B = expect(404, platform_admin=403, outsider=403)


def _application(program: Any) -> Any:
    from tests.factories_screening import referee_for

    application = ParticipantFactory(program=program, role="mentor", stage="references")
    referee_for(application)
    return application


def _mentor_record(w: World) -> dict[str, Any]:
    return {"participant_id": _application(w.program_a1).pk}


def _peer_record(w: World) -> dict[str, Any]:
    return {"participant_id": ParticipantFactory(program=w.program_a1, stage="new").pk}


RULES: dict[str, Rule] = {
    # A referee's page works only with its secret link; a guessed one finds nothing.
    "referee_response": Rule(
        "referee_key", expect(404, anonymous=404), other_org=expect(404, anonymous=404)
    ),
    "program_pipeline": Rule("program", PIPELINE, other_program=PIPELINE_A2, other_org=PIPELINE_B),
    "participant": Rule("someone_elses_request", RECORD_VIEW, other_org=OTHER_ORG),
    "participant_move": Rule("application", RECORD_ACT, other_org=OTHER_ORG, also_post=True),
    "participant_assign": Rule("application", RECORD_ACT, other_org=OTHER_ORG, also_post=True),
    "participant_not_now": Rule("application", RECORD_ACT, other_org=OTHER_ORG, also_post=True),
    "participant_referee": Rule(
        "application_referee", RECORD_ACT, other_org=OTHER_ORG, also_post=True
    ),
    "participant_check": Rule("application", RECORD_ACT, other_org=OTHER_ORG, also_post=True),
    "participant_interview": Rule("application", RECORD_ACT, other_org=OTHER_ORG, also_post=True),
    "participant_accept": Rule("peer_request", RECORD_ACT, other_org=OTHER_ORG, also_post=True),
    "participant_refer_elsewhere": Rule(
        "peer_request", RECORD_ACT, other_org=OTHER_ORG, also_post=True
    ),
}
API_RULES: dict[str, Rule] = {}


def _referee_scope(program: Any) -> dict[str, Any]:
    application = _application(program)
    return {"participant_id": application.pk, "referee_id": application.referees.get().pk}


SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "referee_key": {
        "own": lambda w: {"key": "a-guessed-key"},
        "other_org": lambda w: {"key": "another-guessed-key"},
    },
    "someone_elses_request": {
        "own": _peer_record,
        "other_org": lambda w: {"participant_id": ParticipantFactory(program=w.program_b1).pk},
    },
    "application": {
        "own": _mentor_record,
        "other_org": lambda w: {"participant_id": _application(w.program_b1).pk},
    },
    "application_referee": {
        "own": lambda w: _referee_scope(w.program_a1),
        "other_org": lambda w: _referee_scope(w.program_b1),
    },
    "peer_request": {
        "own": _peer_record,
        "other_org": lambda w: {
            "participant_id": ParticipantFactory(program=w.program_b1, stage="new").pk
        },
    },
}
