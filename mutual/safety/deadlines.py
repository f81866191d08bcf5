"""When an alert must be acknowledged: minutes for urgent levels, working days for a concern.

Working days are counted on the program's own calendar: in the local time zone
(``settings.TIME_ZONE``), skipping weekends, the public holidays of the program's country and
state, and the days the service says it is closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container

from django.utils import timezone

from mutual.safety.closed_days import closed_days
from mutual.safety.models import AlertLevel, SafetySettings

DEFAULTS = SafetySettings(imminent_minutes=15, elevated_minutes=240, concern_working_days=2)


def add_working_days(
    start: dt.datetime, days: int, closed: Container[dt.date] = frozenset()
) -> dt.datetime:
    """The same local time of day, ``days`` working days later: a concern raised on Friday
    afternoon is due on Tuesday afternoon, and one raised the Thursday before Easter is due
    the Wednesday after. Days are local ones, so 9:30 on Monday in Sydney is a Monday even
    while it is still Sunday in UTC."""
    moment = start.astimezone(timezone.get_default_timezone())
    left = days
    while left > 0:
        moment += dt.timedelta(days=1)  # wall-clock arithmetic: the local time stays
        if moment.weekday() < 5 and moment.date() not in closed:
            left -= 1
    return moment.astimezone(start.tzinfo)


def deadline(level: str, start: dt.datetime, settings: SafetySettings | None = None) -> dt.datetime:
    settings = settings or DEFAULTS
    if level == AlertLevel.IMMINENT:
        return start + dt.timedelta(minutes=settings.imminent_minutes)
    if level == AlertLevel.ELEVATED:
        return start + dt.timedelta(minutes=settings.elevated_minutes)
    closed = closed_days(
        settings.holiday_country, settings.holiday_subdivision, settings.closed_dates()
    )
    return add_working_days(start, settings.concern_working_days, closed)
