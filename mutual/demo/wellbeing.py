"""Demo wellbeing: a few check-ins (one low, so supervision is suggested) and one
supervision record, in the first demo program, so the wellbeing board has rows to show.

Check-ins are written directly rather than through ``submit_check_in``: a low one would
email the program's supervisors, and a demo must not email anyone. The supervision
record goes through the service (it only leaves a notification).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from django.utils import timezone

from mutual.accounts.models import Membership, Role
from mutual.participants.models import MentorStage, Participant
from mutual.programs.models import Program
from mutual.wellbeing import rules
from mutual.wellbeing.models import CheckIn, MentorWellbeing
from mutual.wellbeing.services import record_supervision, settings_for

# (days ago, feeling, manageable, supported, note) per mentor; the second is low.
CHECK_INS = [
    [(45, 4, 4, 4, ""), (12, 4, 3, 4, "")],
    [(40, 3, 3, 4, ""), (3, 2, 2, 3, "Finding it hard since the anniversary of my dad's death.")],
    [(30, 3, 4, 4, "Good to have the group session.")],
]


def ensure_wellbeing(programs: dict[str, Program], created: Counter[str]) -> None:
    program = next(iter(programs.values()))
    if CheckIn.objects.filter(mentor__program=program).exists():
        return
    mentors = list(
        Participant.objects.filter(
            program=program, role="mentor", stage=MentorStage.ACTIVE, user__isnull=False
        ).order_by("pk")[: len(CHECK_INS)]
    )
    now = timezone.now()
    low_total = settings_for(program).low_total
    for mentor, answers in zip(mentors, CHECK_INS, strict=False):
        state, _new = MentorWellbeing.objects.get_or_create(mentor=mentor)
        for days_ago, feeling, manageable, supported, note in answers:
            check_in = CheckIn.objects.create(
                mentor=mentor,
                feeling=feeling,
                manageable=manageable,
                supported=supported,
                note=note,
                is_low=rules.is_low((feeling, manageable, supported), low_total),
            )
            when = now - dt.timedelta(days=days_ago)
            CheckIn.objects.filter(pk=check_in.pk).update(created_at=when)
            state.previous_total = state.last_check_in.total if state.last_check_in else None
            state.last_check_in = check_in
            if check_in.is_low:
                state.supervision_suggested_at = when
                state.supervision_reason = "Low wellbeing check-in"
            created["wellbeing check-ins"] += 1
        state.save()
    supervisor = (
        Membership.objects.current()
        .filter(program=program, role=Role.SUPERVISOR)
        .select_related("user")
        .first()
    )
    if supervisor is not None and len(mentors) == len(CHECK_INS):
        today = timezone.localdate()
        record_supervision(
            mentors[2],
            supervisor.user,
            {
                "held_on": today - dt.timedelta(days=20),
                "themes": ["workload", "self_care"],
                "actions": "Keep Tuesday evenings free. Try the carers' walking group.",
                "next_on": today + dt.timedelta(days=40),
                "private_note": "Doing well; watch for taking on too much.",
            },
        )
        created["supervision records"] += 1
