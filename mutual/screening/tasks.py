"""Screening's daily job: checks about to expire, and checks that have."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task


@db_periodic_task(crontab(hour="6", minute="30"))
def review_checks() -> dict[str, int]:
    from mutual.screening.services import review_checks as review

    return review()
