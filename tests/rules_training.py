"""Permission rules for training (merged into tests/test_permissions.py).

Staff see the program's training; a mentor sees their own training and certificate and
nobody else's (404); supervisors read but do not tick; funders are refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mutual.training.models import Certificate, QuizQuestion, TrainingModule
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

MODULE_MANAGE = expect(403, org_admin=200, coordinator=200, outsider=404)
MODULE_MANAGE_B = expect(404, platform_admin=403, outsider=403)
# The mentor's own training: theirs (mentor), and staff who help; other people 404.
OWN_TRAINING = expect(404, mentor=200, org_admin=200, coordinator=200, supervisor=200, funder=403)
OWN_TRAINING_B = expect(404, outsider=200)
# Ticking a module for a mentor posts and redirects. The module is checked first, so the
# program's own people who may not tick get 403 (a module's existence is no secret).
TICK = expect(403, org_admin=302, coordinator=302, outsider=404)
TICK_B = expect(404, platform_admin=403, outsider=403)


def _module(program: Any) -> TrainingModule:
    return TrainingModule.objects.create(
        program=program, title=f"Boundaries {program.pk}", description="x", kind="self_paced"
    )


def _quizzed(program: Any) -> TrainingModule:
    module = _module(program)
    QuizQuestion.objects.create(module=module, question="Q?", choices=["a", "b"], correct=0)
    return module


def _mentor(w: World, program: Any, user: Any) -> Any:
    return ParticipantFactory(program=program, role="mentor", stage="training", user=user)


def _with_certificate(participant: Any) -> Any:
    Certificate.objects.create(
        participant=participant, code=f"C{participant.pk}", issued_at=participant.submitted_at
    )
    return participant


RULES: dict[str, Rule] = {
    "program_training": Rule(
        "program",
        PARTICIPANTS_VIEW,
        other_program=PARTICIPANTS_VIEW_A2,
        other_org=PARTICIPANTS_VIEW_B,
    ),
    "training_module_new": Rule(
        "program",
        PROGRAM_MANAGE,
        other_program=PROGRAM_MANAGE_A2,
        other_org=PROGRAM_MANAGE_B,
        also_post=True,
    ),
    "training_module_edit": Rule(
        "training_module", MODULE_MANAGE, other_org=MODULE_MANAGE_B, also_post=True
    ),
    "training_module_quiz": Rule(
        "training_module", MODULE_MANAGE, other_org=MODULE_MANAGE_B, also_post=True
    ),
    # Only the mentor takes their own quiz; the module used has a question.
    "my_training_quiz": Rule(
        "mentors_quiz",
        expect(404, mentor=200, funder=403),
        other_org=expect(404, outsider=200),
        also_post=True,
    ),
    "training_record": Rule("training_tick", TICK, other_org=TICK_B, method="POST"),
    "my_training": Rule("mentors_training", OWN_TRAINING, other_org=OWN_TRAINING_B),
    "my_training_done": Rule(
        "mentors_module",
        expect(404, mentor=302, funder=403),
        other_org=expect(404, outsider=302),
        method="POST",
    ),
    "training_certificate": Rule("mentors_certificate", OWN_TRAINING, other_org=OWN_TRAINING_B),
}
API_RULES: dict[str, Rule] = {}
SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "training_module": {
        "own": lambda w: {"module_id": _module(w.program_a1).pk},
        "other_org": lambda w: {"module_id": _module(w.program_b1).pk},
    },
    "training_tick": {
        "own": lambda w: {
            "module_id": _module(w.program_a1).pk,
            "participant_id": _mentor(w, w.program_a1, None).pk,
        },
        "other_org": lambda w: {
            "module_id": _module(w.program_b1).pk,
            "participant_id": _mentor(w, w.program_b1, None).pk,
        },
    },
    "mentors_training": {
        "own": lambda w: {"participant_id": _mentor(w, w.program_a1, w.users["mentor"]).pk},
        "other_org": lambda w: {"participant_id": _mentor(w, w.program_b1, w.users["outsider"]).pk},
    },
    "mentors_module": {
        "own": lambda w: {
            "participant_id": _mentor(w, w.program_a1, w.users["mentor"]).pk,
            "module_id": _module(w.program_a1).pk,
        },
        "other_org": lambda w: {
            "participant_id": _mentor(w, w.program_b1, w.users["outsider"]).pk,
            "module_id": _module(w.program_b1).pk,
        },
    },
    "mentors_quiz": {
        "own": lambda w: {
            "participant_id": _mentor(w, w.program_a1, w.users["mentor"]).pk,
            "module_id": _quizzed(w.program_a1).pk,
        },
        "other_org": lambda w: {
            "participant_id": _mentor(w, w.program_b1, w.users["outsider"]).pk,
            "module_id": _quizzed(w.program_b1).pk,
        },
    },
    "mentors_certificate": {
        "own": lambda w: {
            "participant_id": _with_certificate(_mentor(w, w.program_a1, w.users["mentor"])).pk
        },
        "other_org": lambda w: {
            "participant_id": _with_certificate(_mentor(w, w.program_b1, w.users["outsider"])).pk
        },
    },
}
