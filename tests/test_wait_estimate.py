"""The honest wait estimate: learned from the program's own history, or not given."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from mutual.participants.services import wait_estimate
from tests.factories import ParticipantFactory, ProgramFactory

pytestmark = pytest.mark.django_db


def matched_after(program, days: float) -> None:  # type: ignore[no-untyped-def]
    now = timezone.now()
    ParticipantFactory(
        program=program,
        stage="matched",
        submitted_at=now - timedelta(days=days + 1),
        matched_at=now - timedelta(days=1),
    )


def test_without_enough_history_no_number_is_invented() -> None:
    program = ProgramFactory()
    for days in (7, 14):
        matched_after(program, days)
    estimate = wait_estimate(program)
    assert not estimate.known
    assert "cannot estimate" in estimate.sentence()


def test_the_range_is_the_middle_half_of_past_waits() -> None:
    program = ProgramFactory()
    for days in (7, 14, 21, 28, 35, 42, 49, 56):
        matched_after(program, days)
    estimate = wait_estimate(program)
    # 25th and 75th percentiles of these waits are 19.25 and 43.75 days: about 3 to 7 weeks.
    assert (estimate.weeks_low, estimate.weeks_high) == (3, 7)
    assert "between 3 and 7 weeks" in estimate.sentence()


def test_matches_older_than_a_year_do_not_count() -> None:
    program = ProgramFactory()
    long_ago = timezone.now() - timedelta(days=400)
    for _ in range(6):
        ParticipantFactory(
            program=program,
            stage="matched",
            submitted_at=long_ago - timedelta(days=10),
            matched_at=long_ago,
        )
    assert not wait_estimate(program).known


def test_people_ahead_counts_only_those_who_asked_earlier() -> None:
    program = ProgramFactory()
    now = timezone.now()
    ParticipantFactory(program=program, stage="waiting", submitted_at=now - timedelta(days=3))
    ParticipantFactory(program=program, stage="new", submitted_at=now - timedelta(days=2))
    me = ParticipantFactory(program=program, stage="new", submitted_at=now - timedelta(days=1))
    ParticipantFactory(program=program, stage="new", submitted_at=now)
    ParticipantFactory(program=program, stage="matched", submitted_at=now - timedelta(days=9))
    assert wait_estimate(program, me).people_ahead == 2
