"""Background jobs for relationships (thin: the work is in ``schedule``)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(minute="*/15"))
def send_session_reminders() -> int:
    """Every 15 minutes: remind both people of sessions starting within a day."""
    from mutual.relationships.schedule import send_due_reminders

    return send_due_reminders()
