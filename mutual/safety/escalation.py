"""Alerts nobody has acknowledged in time move on to the next person, until someone does.

``escalate_due`` runs every minute (``tasks.py``). It is safe to run twice at once: each
alert is locked while it moves, and only alerts still open and past their deadline move.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.audit.services import record_event
from mutual.safety import notify
from mutual.safety.deadlines import deadline
from mutual.safety.models import Alert, AlertEvent, AlertStatus, EventKind
from mutual.safety.roster import step_responders


def escalate_due(now: dt.datetime | None = None) -> int:
    """Move every overdue, unacknowledged alert one step on; returns how many moved."""
    now = now or timezone.now()
    due = Alert.objects.filter(status=AlertStatus.OPEN, due_at__lte=now).values_list(
        "pk", flat=True
    )
    return sum(_escalate(pk, now) for pk in list(due))


@transaction.atomic
def _escalate(alert_id: int, now: dt.datetime) -> bool:
    from mutual.safety.services import settings_for

    alert = (
        Alert.objects.select_for_update()
        .select_related("program__organisation")
        .filter(pk=alert_id, status=AlertStatus.OPEN, due_at__lte=now)
        .first()
    )
    if alert is None:
        return False
    alert.escalation_step += 1
    responders, last = step_responders(alert.program, alert.escalation_step)
    if responders:
        alert.owner = responders[0].user
    alert.due_at = deadline(alert.level, now, settings_for(alert.program))
    alert.save(update_fields=["escalation_step", "owner", "due_at"])
    names = ", ".join(r.user.name or r.user.email for r in responders)
    text = (
        _("Not acknowledged in time; now with %(names)s.") % {"names": names}
        if not last or alert.escalation_step <= 1
        else _("Still not acknowledged; %(names)s told again.") % {"names": names}
    )
    AlertEvent.objects.create(alert=alert, kind=EventKind.ESCALATED, text=text, at=now)
    record_event(
        None, "safety.alert_escalated", alert, program=alert.program, step=alert.escalation_step
    )
    step = alert.escalation_step
    transaction.on_commit(lambda: notify.escalated(alert.pk, step))
    return True
