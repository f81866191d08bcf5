"""Permission rules for matching and relationships (merged into tests/test_permissions.py).

The queue, runs and a peer's best mentors are for the program's staff with the right to
see participants; acting needs the right to manage them. A possible match is seen only
by the person being asked (and staff): another mentor or peer gets 404, so nobody
learns who else was considered. A relationship is seen by its two people and staff.
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
RUN_START = expect(403, org_admin=DONE, coordinator=DONE, outsider=404)
RUN_START_A2 = expect(404, org_admin=DONE, funder=403, platform_admin=403)
RUN_START_B = expect(404, platform_admin=403, outsider=403)
RECORD_VIEW = expect(404, org_admin=200, coordinator=200, supervisor=200, funder=403)
RECORD_ACT = expect(404, org_admin=DONE, coordinator=DONE, supervisor=403, funder=403)
OFFER = expect(404, org_admin=200, coordinator=200, supervisor=200, funder=403, mentor=200)
TOGETHER = expect(
    404, org_admin=200, coordinator=200, supervisor=200, funder=403, mentor=200, peer=200
)
REMATCH = expect(
    404, org_admin=DONE, coordinator=DONE, supervisor=403, funder=403, mentor=403, peer=403
)
HIDDEN = expect(404)
# The mentor logs their own sessions (and pauses); coordinators may too; the peer,
# supervisors and funders may not.
LOG = expect(404, org_admin=200, coordinator=200, supervisor=403, funder=403, mentor=200, peer=403)
LOG_DONE = expect(
    404, org_admin=DONE, coordinator=DONE, supervisor=403, funder=403, mentor=DONE, peer=403
)
# Goals are set and reviewed by the two people together, and by coordinators.
GOALS = expect(
    404, org_admin=200, coordinator=200, supervisor=403, funder=403, mentor=200, peer=200
)
GOALS_DONE = expect(
    404, org_admin=DONE, coordinator=DONE, supervisor=403, funder=403, mentor=DONE, peer=DONE
)
TWO = expect(404, org_admin=403, coordinator=403, supervisor=403, funder=403, mentor=200, peer=200)
TWO_DONE = expect(
    404, org_admin=403, coordinator=403, supervisor=403, funder=403, mentor=DONE, peer=DONE
)
# Posting a rating: anyone who may read the match gets sent back to it (only the peer's
# rating is kept: the service refuses others).
RATE = expect(
    404, org_admin=DONE, coordinator=DONE, supervisor=DONE, funder=403, mentor=DONE, peer=DONE
)


def _mentor(w: World, program: Any, user_role: str | None = "mentor") -> Any:
    user = w.users[user_role] if user_role else None
    return ParticipantFactory(program=program, role="mentor", stage="active", user=user, capacity=2)


def _peer(w: World, program: Any, user_role: str | None = None) -> Any:
    user = w.users[user_role] if user_role else None
    return ParticipantFactory(program=program, stage="waiting", user=user)


def _proposal(w: World, program: Any, status: str, mentor_user: str | None = None) -> Any:
    from mutual.matching.models import Proposal

    return Proposal.objects.create(
        program=program,
        peer=_peer(w, program),
        mentor=_mentor(w, program, mentor_user),
        status=status,
        score=0.5,
    )


def _relationship(w: World, program: Any, own: bool) -> Any:
    from mutual.relationships.models import Relationship

    return Relationship.objects.create(
        program=program,
        peer=_peer(w, program, "peer" if own else None),
        mentor=_mentor(w, program, "mentor" if own else None),
    )


def _match_run(program: Any) -> Any:
    from mutual.matching.models import MatchRun

    return MatchRun.objects.create(program=program, status="done")


RULES: dict[str, Rule] = {
    "program_matching": Rule(
        "program", PARTICIPANTS_VIEW, other_program=PARTICIPANTS_VIEW_A2,
        other_org=PARTICIPANTS_VIEW_B,
    ),
    "matching_run_start": Rule(
        "program", RUN_START, other_program=RUN_START_A2, other_org=RUN_START_B, method="POST"
    ),
    "matching_settings": Rule(
        "program", PROGRAM_MANAGE, other_program=PROGRAM_MANAGE_A2, other_org=PROGRAM_MANAGE_B,
        also_post=True,
    ),
    "match_run": Rule("match_run", PARTICIPANTS_VIEW, other_org=PARTICIPANTS_VIEW_B),
    "proposal_approve": Rule("suggestion", RECORD_ACT, other_org=HIDDEN, method="POST"),
    "proposal_skip": Rule("suggestion", RECORD_ACT, other_org=HIDDEN, method="POST"),
    "match_offer": Rule("offer_to_mentor", OFFER, other_org=HIDDEN, also_post=True),
    "peer_mentors": Rule("waiting_peer", RECORD_VIEW, other_org=HIDDEN),
    "peer_choose_mentor": Rule("peer_and_mentor", RECORD_ACT, other_org=HIDDEN, method="POST"),
    "peer_exclude_mentor": Rule("peer_and_mentor", RECORD_ACT, other_org=HIDDEN, method="POST"),
    "relationship": Rule("relationship", TOGETHER, other_org=HIDDEN),
    "session_new": Rule("relationship", LOG, other_org=HIDDEN, also_post=True),
    "relationship_pause": Rule("relationship", LOG_DONE, other_org=HIDDEN, method="POST"),
    "relationship_close": Rule("relationship", REMATCH, other_org=HIDDEN, method="POST"),
    "session_rate": Rule("session", RATE, other_org=HIDDEN, method="POST"),
    "session_edit": Rule("session", LOG, other_org=HIDDEN, also_post=True),
    "session_delete": Rule("session", REMATCH, other_org=HIDDEN, method="POST"),
    "my_caseload": Rule("none", expect(200)),
    # Private: the mentor asked sees their own; the peer in the same match gets 404.
    "fit_check": Rule("mentors_fit_check", OFFER, other_org=HIDDEN, also_post=True),
    "goal_new": Rule("relationship", GOALS, other_org=HIDDEN, also_post=True),
    "goal_review": Rule("goal", GOALS_DONE, other_org=HIDDEN, method="POST"),
    # Sessions are arranged by the two people themselves; staff see, but do not arrange.
    "session_plan": Rule("relationship", TWO, other_org=HIDDEN, also_post=True),
    "planned_confirm": Rule("planned", TWO_DONE, other_org=HIDDEN, method="POST"),
    "planned_cancel": Rule("planned", TWO_DONE, other_org=HIDDEN, method="POST"),
    "my_calendar": Rule("none", expect(200)),
    "bridge_new": Rule("relationship", LOG_DONE, other_org=HIDDEN, method="POST"),
    "check_in": Rule("relationship", REMATCH, other_org=HIDDEN, method="POST"),
    "relationship_closing": Rule("relationship", LOG_DONE, other_org=HIDDEN, method="POST"),
    # A calendar app cannot log in: the secret in the address is the key.
    "calendar_feed": Rule(
        "calendar_secret", expect(404, anonymous=404), other_org=expect(404, anonymous=404)
    ),
    "program_relationships": Rule(
        "program", PARTICIPANTS_VIEW, other_program=PARTICIPANTS_VIEW_A2,
        other_org=PARTICIPANTS_VIEW_B,
    ),
    "relationship_rematch": Rule("relationship", REMATCH, other_org=HIDDEN, method="POST"),
}  # fmt: skip
API = 401  # the API answers people who are not logged in with 401
API_RULES: dict[str, Rule] = {
    "api:program_suggestions": Rule(
        "program",
        expect(403, org_admin=200, coordinator=200, supervisor=200, outsider=404, anonymous=API),
        other_program=expect(404, org_admin=200, funder=403, platform_admin=403, anonymous=API),
        other_org=expect(404, platform_admin=403, outsider=403, anonymous=API),
    ),
    "api:match_runs": Rule(
        "program",
        expect(403, org_admin=202, coordinator=202, outsider=404, anonymous=API),
        other_program=expect(404, org_admin=202, funder=403, platform_admin=403, anonymous=API),
        other_org=expect(404, platform_admin=403, outsider=403, anonymous=API),
        method="POST",
    ),
    "api:match_run": Rule(
        "match_run",
        expect(403, org_admin=200, coordinator=200, supervisor=200, outsider=404, anonymous=API),
        other_org=expect(404, platform_admin=403, outsider=403, anonymous=API),
    ),
    "api:mentor_suggestions": Rule(
        "waiting_peer",
        expect(404, org_admin=200, coordinator=200, supervisor=200, funder=403, anonymous=API),
        other_org=expect(404, anonymous=API),
    ),
    "api:proposal_approve": Rule(
        "suggestion",
        expect(404, org_admin=200, coordinator=200, supervisor=403, funder=403, anonymous=API),
        other_org=expect(404, anonymous=API),
        method="POST",
    ),
    "api:proposal_skip": Rule(
        "suggestion",
        expect(404, org_admin=200, coordinator=200, supervisor=403, funder=403, anonymous=API),
        other_org=expect(404, anonymous=API),
        method="POST",
    ),
    # Staff may read the question but only the person asked can answer it (409 for staff).
    "api:proposal_answer": Rule(
        "offer_to_mentor",
        expect(
            404,
            org_admin=409,
            coordinator=409,
            supervisor=409,
            funder=403,
            mentor=200,
            anonymous=API,
        ),
        other_org=expect(404, anonymous=API),
        method="POST",
    ),
}


def _session(w: World, program: Any, own: bool) -> Any:
    from mutual.relationships.models import Session

    return Session.objects.create(
        relationship=_relationship(w, program, own),
        happened_on="2026-11-30",
        duration_minutes=60,
        mode="phone",
    )


def _fit_check(w: World, program: Any, own: bool) -> Any:
    from mutual.relationships.models import FitCheck

    return FitCheck.objects.create(relationship=_relationship(w, program, own), side="mentor")


def _goal(w: World, program: Any, own: bool) -> Any:
    from mutual.relationships.models import Goal

    return Goal.objects.create(
        relationship=_relationship(w, program, own), text="Sleep better", level_0="5 nights"
    )


def _planned(w: World, program: Any, own: bool) -> Any:
    import datetime as dt

    from django.utils import timezone

    from mutual.relationships.models import PlannedSession

    return PlannedSession.objects.create(
        relationship=_relationship(w, program, own),
        starts_at=timezone.now() + dt.timedelta(days=2),
        mode="phone",
    )


SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "planned": {
        "own": lambda w: {"planned_id": _planned(w, w.program_a1, own=True).pk},
        "other_org": lambda w: {"planned_id": _planned(w, w.program_b1, own=False).pk},
    },
    "calendar_secret": {
        "own": lambda w: {"secret": "a-guessed-secret"},
        "other_org": lambda w: {"secret": "another-guessed-secret"},
    },
    "mentors_fit_check": {
        "own": lambda w: {"check_id": _fit_check(w, w.program_a1, own=True).pk},
        "other_org": lambda w: {"check_id": _fit_check(w, w.program_b1, own=False).pk},
    },
    "goal": {
        "own": lambda w: {"goal_id": _goal(w, w.program_a1, own=True).pk},
        "other_org": lambda w: {"goal_id": _goal(w, w.program_b1, own=False).pk},
    },
    "session": {
        "own": lambda w: {"session_id": _session(w, w.program_a1, own=True).pk},
        "other_org": lambda w: {"session_id": _session(w, w.program_b1, own=False).pk},
    },
    "match_run": {
        "own": lambda w: {"run_id": _match_run(w.program_a1).pk},
        "other_org": lambda w: {"run_id": _match_run(w.program_b1).pk},
    },
    "suggestion": {
        "own": lambda w: {"proposal_id": _proposal(w, w.program_a1, "suggested").pk},
        "other_org": lambda w: {"proposal_id": _proposal(w, w.program_b1, "suggested").pk},
    },
    "offer_to_mentor": {
        "own": lambda w: {"proposal_id": _proposal(w, w.program_a1, "asked_mentor", "mentor").pk},
        "other_org": lambda w: {"proposal_id": _proposal(w, w.program_b1, "asked_mentor").pk},
    },
    "waiting_peer": {
        "own": lambda w: {"participant_id": _peer(w, w.program_a1).pk},
        "other_org": lambda w: {"participant_id": _peer(w, w.program_b1).pk},
    },
    "peer_and_mentor": {
        "own": lambda w: {
            "participant_id": _peer(w, w.program_a1).pk,
            "mentor_id": _mentor(w, w.program_a1, None).pk,
        },
        "other_org": lambda w: {
            "participant_id": _peer(w, w.program_b1).pk,
            "mentor_id": _mentor(w, w.program_b1, None).pk,
        },
    },
    "relationship": {
        "own": lambda w: {"relationship_id": _relationship(w, w.program_a1, own=True).pk},
        "other_org": lambda w: {"relationship_id": _relationship(w, w.program_b1, own=False).pk},
    },
}
