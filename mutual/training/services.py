"""Verbs for training: modules, completion, the matrix and certificates."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.participants.models import Participant
from mutual.participants.notices import send_notice
from mutual.participants.services import JoiningError
from mutual.programs.models import Program
from mutual.training.models import (
    Certificate,
    ModuleKind,
    QuizQuestion,
    TrainingModule,
    TrainingRecord,
)

MODULE_FIELDS = frozenset(
    {
        "title",
        "description",
        "kind",
        "required",
        "material_url",
        "material_text",
        "session_at",
        "session_place",
        "order",
        "is_active",
        "pass_mark",
    }
)
# Mentors in these stages take training or keep their records.
TRAINEE_STAGES = ("training", "approved", "active", "paused")


def _check_module(fields: dict[str, Any]) -> None:
    if not str(fields.get("title", "")).strip():
        raise JoiningError(_("Give the module a title."), "title")
    if fields.get("kind") == ModuleKind.SESSION and not fields.get("session_place"):
        raise JoiningError(_("Say where the session is held (or 'online')."), "session_place")


@transaction.atomic
def save_module(
    actor: User, program: Program, fields: dict[str, Any], module: TrainingModule | None = None
) -> TrainingModule:
    if set(fields) - MODULE_FIELDS:
        raise JoiningError(_("Some details could not be saved. Please try again."))
    _check_module(fields)
    fields["title"] = str(fields["title"]).strip()
    clash = TrainingModule.objects.filter(program=program, title__iexact=fields["title"])
    if module is not None:
        clash = clash.exclude(pk=module.pk)
    if clash.exists():
        raise JoiningError(_("This program already has a module with that title."), "title")
    if module is None:
        module = TrainingModule.objects.create(program=program, **fields)
        action = "training.module_created"
    else:
        for key, value in fields.items():
            setattr(module, key, value)
        module.save()
        action = "training.module_updated"
    record_event(actor, action, module, program=program, title=module.title)
    return module


def modules_for(program: Program) -> list[TrainingModule]:
    return list(TrainingModule.objects.filter(program=program, is_active=True))


def complete(
    actor: User, participant: Participant, module: TrainingModule, *, attended: bool = False
) -> TrainingRecord:
    """Mark a module done for a mentor. Doing it twice keeps the first record.

    A mentor finishes a module with a quiz by passing it; staff may still tick it."""
    if module.program_id != participant.program_id or not participant.is_mentor:
        raise JoiningError(_("This module belongs to another program."))
    if module.kind == ModuleKind.SESSION and actor == participant.user:
        raise JoiningError(_("Staff record attendance at sessions."))
    if actor == participant.user and module.questions.exists():
        raise JoiningError(_("Pass the short quiz to finish this module."))
    return _complete(actor, participant, module, attended=attended)


@transaction.atomic
def _complete(
    actor: User, participant: Participant, module: TrainingModule, *, attended: bool
) -> TrainingRecord:
    existing = TrainingRecord.objects.filter(module=module, participant=participant).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            record = TrainingRecord.objects.create(
                module=module,
                participant=participant,
                completed_at=timezone.now(),
                attended=attended or module.kind == ModuleKind.SESSION,
                recorded_by=actor,
            )
    except IntegrityError:  # a second click at the same moment: one record is enough
        return TrainingRecord.objects.get(module=module, participant=participant)
    record_event(
        actor, "training.completed", participant, program=participant.program, module=module.title
    )
    if is_training_complete(participant):
        issue_certificate(participant)
    return record


@transaction.atomic
def add_question(
    actor: User, module: TrainingModule, *, question: str, choices: list[str], correct: int
) -> QuizQuestion:
    choices = [c.strip() for c in choices if c.strip()]
    if not question.strip():
        raise JoiningError(_("Write the question."), "question")
    if not 2 <= len(choices) <= 5:
        raise JoiningError(_("Give between 2 and 5 answers, one per line."), "choices")
    if not 1 <= correct <= len(choices):
        raise JoiningError(
            _("The right answer must be a number from 1 to %(n)d.") % {"n": len(choices)},
            "correct",
        )
    added = QuizQuestion.objects.create(
        module=module,
        question=question.strip(),
        choices=choices,
        correct=correct - 1,
        order=module.questions.count() + 1,
    )
    record_event(actor, "training.module_updated", module, program=module.program, quiz="added")
    return added


@transaction.atomic
def remove_question(actor: User, question: QuizQuestion) -> None:
    module = question.module
    question.delete()
    record_event(actor, "training.module_updated", module, program=module.program, quiz="removed")


@dataclass(frozen=True)
class QuizResult:
    right: int
    total: int
    passed: bool

    @property
    def percent(self) -> int:
        return round(100 * self.right / self.total) if self.total else 0


def take_quiz(
    actor: User, participant: Participant, module: TrainingModule, answers: dict[int, int]
) -> QuizResult:
    """Score a quiz; passing completes the module. Retakes are allowed."""
    questions = list(module.questions.all())
    right = sum(1 for q in questions if answers.get(q.pk) == q.correct)
    total = len(questions)
    passed = total > 0 and 100 * right >= module.pass_mark * total
    result = QuizResult(right, total, passed)
    record_event(
        actor,
        "training.quiz_taken",
        participant,
        program=participant.program,
        module=module.title,
        percent=result.percent,
        passed=passed,
    )
    if passed:
        record = _complete(actor, participant, module, attended=False)
        if record.quiz_score is None or record.quiz_score < result.percent:
            record.quiz_score = result.percent
            record.save(update_fields=["quiz_score"])
    return result


@transaction.atomic
def undo(actor: User, participant: Participant, module: TrainingModule) -> None:
    deleted, _rows = TrainingRecord.objects.filter(module=module, participant=participant).delete()
    if deleted:
        record_event(
            actor,
            "training.completion_removed",
            participant,
            program=participant.program,
            module=module.title,
        )


def is_training_complete(participant: Participant) -> bool:
    """Every active required module of the program done (a program with none: done)."""
    required = TrainingModule.objects.filter(
        program_id=participant.program_id, required=True, is_active=True
    ).values_list("pk", flat=True)
    done = set(
        TrainingRecord.objects.filter(participant=participant).values_list("module_id", flat=True)
    )
    return set(required) <= done


def issue_certificate(participant: Participant) -> Certificate:
    existing = Certificate.objects.filter(participant=participant).first()
    if existing is not None:
        return existing
    certificate = Certificate.objects.create(
        participant=participant,
        code=secrets.token_hex(4).upper(),
        issued_at=timezone.now(),
    )
    link = settings.SITE_URL.rstrip("/") + reverse("my_training", args=[participant.pk])
    send_notice(
        participant.program,
        "training_complete",
        participant.email,
        {"name": participant.name, "link": link},
        language=participant.user.preferred_language if participant.user else "en",
    )
    record_event(None, "training.certificate_issued", participant, program=participant.program)
    return certificate


@dataclass(frozen=True)
class Matrix:
    modules: list[TrainingModule]
    rows: list[tuple[Participant, list[tuple[TrainingModule, TrainingRecord | None]]]]


def training_matrix(program: Program) -> Matrix:
    """Mentors × modules in three queries, whatever the size of the program."""
    modules = modules_for(program)
    mentors = list(
        Participant.objects.filter(
            program=program, role="mentor", stage__in=TRAINEE_STAGES
        ).order_by("name")
    )
    records = {
        (r.participant_id, r.module_id): r
        for r in TrainingRecord.objects.filter(participant__in=mentors, module__in=modules)
    }
    rows = [(m, [(module, records.get((m.pk, module.pk))) for module in modules]) for m in mentors]
    return Matrix(modules, rows)
