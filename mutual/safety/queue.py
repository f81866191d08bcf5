"""The alert queue: what needs someone now, soonest deadline first, in two queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mutual.programs.models import Program
from mutual.safety.models import LEVEL_ORDER, Alert, AlertLevel, AlertStatus

RESOLVED_SHOWN = 100


@dataclass(frozen=True)
class Row:
    alert: Alert
    countdown: str  # "due in 12 minutes", "overdue by 3 minutes", or "" when not waiting
    overdue: bool


def _span(seconds: float) -> str:
    minutes = int(abs(seconds) // 60)
    if minutes < 120:
        return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
    hours = minutes // 60
    if hours < 48:
        return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}
    days = hours // 24
    return ngettext("%(n)d day", "%(n)d days", days) % {"n": days}


def countdown(alert: Alert, now: dt.datetime) -> tuple[str, bool]:
    if alert.status != AlertStatus.OPEN:
        return "", False
    left = (alert.due_at - now).total_seconds()
    if left >= 0:
        return _("acknowledge within %(time)s") % {"time": _span(left)}, False
    return _("overdue by %(time)s") % {"time": _span(left)}, True


def queue_rows(program: Program, *, resolved: bool, now: dt.datetime) -> list[Row]:
    alerts = Alert.objects.filter(program=program).select_related(
        "subject", "owner", "relationship__mentor", "relationship__peer"
    )
    if resolved:
        chosen = list(
            alerts.filter(status=AlertStatus.RESOLVED).order_by("-resolved_at")[:RESOLVED_SHOWN]
        )
    else:
        chosen = sorted(
            alerts.exclude(status=AlertStatus.RESOLVED),
            key=lambda a: (
                a.status != AlertStatus.OPEN,  # waiting for someone first
                -LEVEL_ORDER[AlertLevel(a.level)],
                a.due_at,
            ),
        )
    return [Row(a, *countdown(a, now)) for a in chosen]
