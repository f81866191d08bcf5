"""Background jobs for participants. Thin wrappers: the work is in services."""

from __future__ import annotations

from django.core.mail import send_mail
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task


@db_task(retries=3, retry_delay=60)
def send_email(to: str, subject: str, body: str) -> None:
    send_mail(subject=subject.strip(), message=body, from_email=None, recipient_list=[to])


@db_periodic_task(crontab(hour="3", minute="15"))
def purge_stale_drafts() -> int:
    """Forms started but never finished are deleted after 30 days: we keep no more than
    we need about people who did not go on (docs/joining.md)."""
    from mutual.participants.services.lifecycle import purge_stale_drafts as purge

    return purge()
