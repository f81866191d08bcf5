"""Background jobs for safety (thin: the work is in ``escalation``)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(minute="*"))
def escalate_overdue_alerts() -> int:
    """Every minute: alerts not acknowledged in time go to the next person on call."""
    from mutual.safety.escalation import escalate_due

    return escalate_due()
