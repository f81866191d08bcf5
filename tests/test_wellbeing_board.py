"""The mentor wellbeing board (flags, filters, caseload against capacity, a constant
number of queries), the program's settings, and the daily reminder with a controllable
clock."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.live.models import Notification
from mutual.relationships.models import Relationship
from mutual.wellbeing import board, services, tasks
from mutual.wellbeing.models import MentorWellbeing
from mutual.wellbeing.services import WellbeingError
from tests.conftest import World
from tests.factories import UserFactory
from tests.factories_matching import peer
from tests.test_wellbeing import GOOD, LOW, make_mentor, supervision


def busy_mentor(world: World, **fields: Any) -> Any:
    """A mentor with a check-in, a supervision record and an open match."""
    person = make_mentor(world, user=UserFactory(), capacity=3, **fields)
    services.submit_check_in(person, person.user, LOW)
    services.record_supervision(person, world.users["supervisor"], supervision())
    Relationship.objects.create(
        program=world.program_a1, peer=peer(world.program_a1, [], stage="matched"), mentor=person
    )
    return person


def test_the_board_costs_the_same_queries_for_few_or_many_mentors(
    client: Any, world: World
) -> None:
    client.force_login(world.users["supervisor"])
    url = reverse("program_wellbeing", args=[world.program_a1.pk])
    busy_mentor(world)
    client.get(url)  # warm up sessions and caches
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(10):
        busy_mentor(world)
    make_mentor(world, days_ago=90)  # never checked in
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)


def test_a_low_check_in_is_flagged_until_supervision_after_it(world: World) -> None:
    mai = make_mentor(world)
    services.submit_check_in(mai, world.users["mentor"], LOW)

    [row] = board.board(world.program_a1)[0]
    assert row.flags == ["low", "suggested"]

    services.record_supervision(mai, world.users["supervisor"], supervision())

    [row] = board.board(world.program_a1)[0]
    assert row.flags == [] and row.last is not None and row.last.is_low


def test_a_check_in_a_week_past_due_is_overdue(world: World) -> None:
    make_mentor(world, days_ago=28 + 8)
    make_mentor(world, user=UserFactory(), days_ago=28 + 6)

    rows, counts, total = board.board(world.program_a1, "overdue")

    assert total == 2 and counts["overdue"] == 1 and len(rows) == 1


def test_the_board_filters_and_puts_those_needing_a_look_first(client: Any, world: World) -> None:
    calm = make_mentor(world, user=UserFactory(), name="Anna Calm")
    services.submit_check_in(calm, calm.user, GOOD)
    worried = make_mentor(world, name="Zed Worried")
    services.submit_check_in(worried, world.users["mentor"], LOW)
    client.force_login(world.users["coordinator"])
    url = reverse("program_wellbeing", args=[world.program_a1.pk])

    page = client.get(url).content.decode()
    assert page.index("Zed Worried") < page.index("Anna Calm")
    assert "Supervision suggested (1)" in page and "Low check-in (1)" in page
    filtered = client.get(url, {"flag": "suggested"}).content.decode()
    assert "Zed Worried" in filtered and "Anna Calm" not in filtered
    assert AuditEvent.objects.filter(action="wellbeing.board_viewed").exists()


def test_the_board_shows_answers_trend_caseload_and_pause(client: Any, world: World) -> None:
    mai = busy_mentor(world, name="Mai Tran")
    services.submit_check_in(mai, mai.user, {"feeling": 5, "manageable": 5, "supported": 5})
    services.pause_new_matches(mai, mai.user)
    client.force_login(world.users["supervisor"])

    page = client.get(reverse("program_wellbeing", args=[world.program_a1.pk])).content.decode()

    assert "Feeling: Very good · Mentoring: Very manageable · Support: Very well supported" in page
    assert "Better than last time" in page
    assert "1 of 3" in page
    assert "Paused by the peer mentor" in page


def test_coordinators_change_the_cadence_and_the_low_line(client: Any, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("wellbeing_settings", args=[world.program_a1.pk])

    response = client.post(url, {"cadence_days": "14", "low_total": "10"})

    assert response.status_code == 302
    chosen = services.settings_for(world.program_a1)
    assert (chosen.cadence_days, chosen.low_total) == (14, 10)
    assert AuditEvent.objects.filter(action="wellbeing.settings_changed").exists()
    with pytest.raises(WellbeingError, match="between 7 and 182"):
        services.update_settings(world.program_a1, world.users["coordinator"], 2, 10)
    bad = client.post(url, {"cadence_days": "14", "low_total": "20"})
    assert bad.status_code == 200


# --- the daily reminder ------------------------------------------------------------


def test_a_due_mentor_is_reminded_once_by_notification_and_email(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    mai = make_mentor(world, days_ago=30)
    make_mentor(world, user=UserFactory(), days_ago=5)  # not due yet
    today = timezone.localdate()

    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_check_in_reminders(today) == 1
    assert services.send_check_in_reminders(today) == 0
    assert services.send_check_in_reminders(today + dt.timedelta(days=3)) == 0

    [note] = Notification.objects.filter(user=world.users["mentor"])
    assert note.text == "Time for your wellbeing check-in: three quick questions."
    assert note.url == reverse("wellbeing_check_in", args=[mai.pk])
    [email] = mail.outbox
    assert email.to == [mai.email] and email.subject == "Time for your wellbeing check-in"


def test_after_a_check_in_the_next_reminder_waits_for_the_next_due_date(world: World) -> None:
    mai = make_mentor(world, days_ago=30)
    today = timezone.localdate()
    assert services.send_check_in_reminders(today) == 1
    services.submit_check_in(mai, world.users["mentor"], GOOD)

    assert services.send_check_in_reminders(today + dt.timedelta(days=27)) == 0
    assert services.send_check_in_reminders(today + dt.timedelta(days=28)) == 1
    assert MentorWellbeing.objects.get(mentor=mai).reminded_for == today + dt.timedelta(days=28)


def test_mentors_who_are_not_mentoring_are_not_reminded(world: World) -> None:
    make_mentor(world, days_ago=60, stage="left")
    make_mentor(world, user=UserFactory(), days_ago=60, stage="paused")
    assert services.send_check_in_reminders(timezone.localdate()) == 0


def test_the_daily_job_sends_the_reminders(world: World) -> None:
    make_mentor(world, days_ago=30)
    assert tasks.send_check_in_reminders.call_local() == 1


def test_the_demo_has_check_ins_one_low_and_a_supervision_record(db: None) -> None:
    from io import StringIO

    from django.core.management import call_command

    from mutual.wellbeing.models import CheckIn, SupervisionRecord

    call_command("demo", stdout=StringIO(), stderr=StringIO())

    assert CheckIn.objects.count() >= 3
    [low] = CheckIn.objects.filter(is_low=True)
    assert MentorWellbeing.objects.get(mentor=low.mentor).supervision_suggested
    assert SupervisionRecord.objects.count() == 1
    _rows, counts, _total = board.board(low.mentor.program)
    assert counts["suggested"] == 1 and counts["low"] == 1
