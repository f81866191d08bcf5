"""When an alert must be acknowledged: minutes for urgent levels, working days for a concern."""

from __future__ import annotations

import datetime as dt

from mutual.safety.models import AlertLevel, SafetySettings

DEFAULTS = SafetySettings(imminent_minutes=15, elevated_minutes=240, concern_working_days=2)


def add_working_days(start: dt.datetime, days: int) -> dt.datetime:
    """The same time of day, ``days`` weekdays later (a concern raised on Friday afternoon is
    due on Tuesday afternoon, not Sunday). Public holidays differ by state and are not known
    here; the roster covers them."""
    moment = start
    left = days
    while left > 0:
        moment += dt.timedelta(days=1)
        if moment.weekday() < 5:
            left -= 1
    return moment


def deadline(level: str, start: dt.datetime, settings: SafetySettings | None = None) -> dt.datetime:
    settings = settings or DEFAULTS
    if level == AlertLevel.IMMINENT:
        return start + dt.timedelta(minutes=settings.imminent_minutes)
    if level == AlertLevel.ELEVATED:
        return start + dt.timedelta(minutes=settings.elevated_minutes)
    return add_working_days(start, settings.concern_working_days)
