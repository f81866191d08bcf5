"""Background jobs for wellbeing (thin: the work is in ``services``)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(hour="9", minute="0"))
def send_check_in_reminders() -> int:
    """Every morning: remind peer mentors whose wellbeing check-in is due."""
    from mutual.wellbeing.services import send_check_in_reminders as remind

    return remind()
