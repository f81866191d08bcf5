"""The plain rules of a wellbeing check-in: when it is low, the trend, when the next is due.

No Django here, so the rules are easy to read, test and change on their own.
"""

from __future__ import annotations

import datetime as dt

SCALE = (1, 2, 3, 4, 5)
# Any single answer at or below this makes a check-in low, whatever the total.
LOW_ANSWER = 2
# A change in the total of at least this much, from one check-in to the next, is a trend.
TREND_STEP = 2
# A check-in is "overdue" on the board this many days after it was due: the reminder
# has had a week to work.
OVERDUE_AFTER_DAYS = 7


def is_low(answers: tuple[int, int, int], low_total: int) -> bool:
    """Low when any answer is 2 or less, or the total is at or below the program's line."""
    return min(answers) <= LOW_ANSWER or sum(answers) <= low_total


def trend(total: int | None, previous_total: int | None) -> str:
    """ "better", "lower", "same", or "" when there is nothing to compare with."""
    if total is None or previous_total is None:
        return ""
    if total - previous_total >= TREND_STEP:
        return "better"
    if previous_total - total >= TREND_STEP:
        return "lower"
    return "same"


def due_on(anchor: dt.date, cadence_days: int) -> dt.date:
    """The next check-in is due ``cadence_days`` after the last one (or after the mentor
    started, for their first)."""
    return anchor + dt.timedelta(days=cadence_days)


def is_overdue(due: dt.date, today: dt.date) -> bool:
    return today > due + dt.timedelta(days=OVERDUE_AFTER_DAYS)
