"""Demo safety: an on-call list and two alerts in the first demo program, so the queue and an
alert's timeline have something to show. Alerts are written directly (not through
``raise_alert``): a demo must not email or text anyone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from django.utils import timezone

from mutual.accounts.models import Membership, Role
from mutual.programs.models import Program
from mutual.relationships.models import Relationship
from mutual.safety.models import Alert, AlertEvent, EventKind, RosterEntry


def ensure_safety(programs: dict[str, Program], created: Counter[str]) -> None:
    program = next(iter(programs.values()))
    if Alert.objects.filter(program=program).exists():
        return
    staff = [
        m.user
        for m in Membership.objects.current()
        .filter(program=program, role__in=(Role.COORDINATOR, Role.SUPERVISOR))
        .select_related("user")
        .order_by("role", "pk")
    ]
    for position, user in enumerate(staff):
        RosterEntry.objects.get_or_create(
            program=program, user=user, defaults={"position": position, "phone": ""}
        )
    matches = list(Relationship.objects.filter(program=program).order_by("pk")[:2])
    if not matches or not staff:
        return
    now = timezone.now()
    waiting = Alert.objects.create(
        program=program,
        level="elevated",
        source="person",
        status="open",
        subject=matches[0].peer,
        relationship=matches[0],
        raised_by=matches[0].mentor.user,
        summary="He said he has been thinking about not being here any more.",
        excerpt="He said he has been thinking about not being here any more.",
        owner=staff[0],
        due_at=now + dt.timedelta(hours=3),
        raised_at=now - dt.timedelta(hours=1),
    )
    AlertEvent.objects.create(alert=waiting, kind=EventKind.RAISED, at=waiting.raised_at)
    if len(matches) > 1:
        done = Alert.objects.create(
            program=program,
            level="concern",
            source="writing",
            status="resolved",
            subject=matches[1].peer,
            relationship=matches[1],
            summary="Words in a session note suggest risk.",
            excerpt="She feels hopeless about the housing application.",
            reasons=['hopelessness: "feels hopeless"'],
            origin="session_note",
            owner=staff[0],
            due_at=now - dt.timedelta(days=5),
            raised_at=now - dt.timedelta(days=7),
            acknowledged_at=now - dt.timedelta(days=6),
            acknowledged_by=staff[0],
            resolved_at=now - dt.timedelta(days=6),
            resolved_by=staff[0],
            resolution="Called her; linked her with the housing worker. No risk to her safety.",
        )
        for kind, days in (
            (EventKind.RAISED, 7),
            (EventKind.ACKNOWLEDGED, 6),
            (EventKind.RESOLVED, 6),
        ):
            AlertEvent.objects.create(
                alert=done, kind=kind, at=now - dt.timedelta(days=days), actor=staff[0]
            )
    created["safety alerts"] += Alert.objects.filter(program=program).count()
