"""The demo's screening and training records, so every page has something real to show.

Mentors get two referees each; those past references have their answers; those past
checks have a Working with Children Check (a few expiring soon, one expired, which
pauses that mentor's new matches); those past the readiness interview have one; each
program gets three training modules, done by everyone past training. Each mentor still
in screening has an open step owned by the program's coordinator, some of them overdue.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from django.utils import timezone

from mutual.accounts.models import Membership, Role
from mutual.participants.models import Participant
from mutual.programs.models import Program
from mutual.screening.models import Check, ReadinessInterview, Referee, ScreeningStep
from mutual.screening.pipeline import DUE_DAYS, ORDER, SCREENING
from mutual.training.models import Certificate, TrainingModule, TrainingRecord

MODULES = (
    (
        "Welcome and boundaries",
        "What peer mentoring is and is not; keeping yourself and your peer safe.",
        "self_paced",
        True,
    ),
    ("Listening well", "A morning together practising listening without fixing.", "session", True),
    (
        "Looking after yourself",
        "Noticing when your own story is stirred up, and who to call.",
        "self_paced",
        False,
    ),
)


def _past(stage: str, point: str) -> bool:
    """Whether a mentor in ``stage`` has gone past ``point`` in the pipeline."""
    if stage in ("paused", "left"):
        return True
    return stage in ORDER and ORDER.index(stage) > ORDER.index(point)


def ensure_screening(programs: dict[str, Program], seed: int, created: Counter[str]) -> None:
    rng = random.Random(seed + 2)
    today = timezone.localdate()
    now = timezone.now()
    for program in programs.values():
        if TrainingModule.objects.filter(program=program).exists():
            continue  # this program's demo screening is already there
        coordinator = (
            Membership.objects.current()
            .filter(program=program, role=Role.COORDINATOR)
            .select_related("user")
            .first()
        )
        owner = coordinator.user if coordinator else None
        modules = [
            TrainingModule.objects.create(
                program=program,
                title=title,
                description=text,
                kind=kind,
                required=required,
                order=n,
                session_place="Community room, or online" if kind == "session" else "",
            )
            for n, (title, text, kind, required) in enumerate(MODULES, start=1)
        ]
        created["training modules"] += len(modules)
        mentors = Participant.objects.filter(program=program, role="mentor").exclude(stage="draft")
        for mentor in mentors:
            _mentor_records(rng, mentor, modules, owner, today, now, created)


def _mentor_records(rng, mentor, modules, owner, today, now, created) -> None:  # type: ignore[no-untyped-def]
    stage = mentor.stage
    for position in (1, 2):
        Referee.objects.create(
            participant=mentor,
            position=position,
            name=f"Referee {position} of {mentor.name}",
            email=f"referee{position}.{mentor.pk}@demo.mutual.test",
            relationship=rng.choice(["Manager for 3 years", "Friend from church", "Neighbour"]),
            responded_at=now - timedelta(days=rng.randint(20, 200))
            if _past(stage, "references")
            else None,
            would_trust="yes" if _past(stage, "references") else "",
            recorded_by=owner if _past(stage, "references") else None,
        )
    if _past(stage, "checks") and owner is not None:
        roll = rng.random()
        days = (
            -3
            if stage == "active" and roll < 0.08
            else (rng.randint(5, 29) if roll < 0.2 else rng.randint(200, 1500))
        )
        Check.objects.create(
            participant=mentor,
            kind="wwcc",
            number=f"WWC{rng.randint(1000000, 9999999)}E",
            issued_in="NSW",
            expires_on=today + timedelta(days=days),
            verified_by=owner,
        )
        if days < 0:
            mentor.new_matches_paused = True
            mentor.new_matches_paused_reason = "A check has expired."
            mentor.save(update_fields=["new_matches_paused", "new_matches_paused_reason"])
        created["checks"] += 1
    if _past(stage, "readiness_interview") and owner is not None:
        ReadinessInterview.objects.create(
            participant=mentor,
            held_on=today - timedelta(days=rng.randint(30, 300)),
            interviewer=owner,
            time_since_crisis=f"About {mentor.experience_years_ago or 3} years; steady now.",
            support_around="Family and a GP they trust.",
            boundaries="Clear about what they can offer.",
            outcome="ready",
        )
    if _past(stage, "training") or stage == "training":
        done = modules if _past(stage, "training") else modules[: rng.randint(0, 1)]
        TrainingRecord.objects.bulk_create(
            TrainingRecord(
                module=m,
                participant=mentor,
                completed_at=now - timedelta(days=rng.randint(10, 300)),
                attended=m.kind == "session",
                recorded_by=owner,
            )
            for m in done
        )
        if _past(stage, "training"):
            Certificate.objects.create(
                participant=mentor, code=f"D{mentor.pk:07d}", issued_at=now - timedelta(days=5)
            )
    if stage in SCREENING or stage == "paused":
        due = today + timedelta(days=rng.randint(-6, DUE_DAYS.get(stage, 14)))
        ScreeningStep.objects.create(
            participant=mentor,
            stage=stage,
            owner=owner,
            due_on=due,
            opened_at=mentor.stage_changed_at or now,
        )
        created["open screening steps"] += 1
