"""Planning sessions: times inside both people's free times, confirm and move, reminders
sent by the job at the right time (with a controllable clock), and the calendar feed."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from mutual.core.sms import ConsoleGateway
from mutual.relationships import calendar, schedule
from mutual.relationships.models import PlannedSession
from mutual.relationships.services import RelationshipError
from tests.conftest import World
from tests.test_relationships import make_match

SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")
# A Monday morning in Sydney.
MONDAY = dt.datetime(2026, 12, 7, 9, 0, tzinfo=SYDNEY)


def with_free_times(world: World, peer_slots: list[str], mentor_slots: list[str]):
    match = make_match(world)
    match.peer.availability, match.mentor.availability = peer_slots, mentor_slots
    match.peer.save()
    match.mentor.save()
    return match


def test_suggested_times_fall_inside_both_peoples_free_times(world: World) -> None:
    match = with_free_times(world, ["tue_evening", "sat_morning"], ["tue_evening", "wed_morning"])

    times = schedule.suggested_times(match, MONDAY, days=14)

    assert times and all(t.weekday() == 1 for t in times)  # Tuesdays only
    assert all(timezone.localtime(t).time() == dt.time(18, 30) for t in times)
    assert len(times) == 2


def test_the_other_person_confirms_a_proposed_time(world: World) -> None:
    match = make_match(world)
    planned = schedule.propose(
        match,
        world.users["mentor"],
        {"starts_at": timezone.now() + dt.timedelta(days=3), "mode": "phone"},
    )
    with pytest.raises(RelationshipError, match="other person confirms"):
        schedule.confirm(planned, world.users["mentor"])

    assert schedule.confirm(planned, world.users["peer"]).status == "confirmed"


def test_moving_a_session_asks_for_confirmation_again(world: World) -> None:
    match = make_match(world)
    planned = schedule.propose(
        match,
        world.users["mentor"],
        {"starts_at": timezone.now() + dt.timedelta(days=3), "mode": "phone"},
    )
    schedule.confirm(planned, world.users["peer"])

    moved = schedule.move(planned, world.users["peer"], timezone.now() + dt.timedelta(days=4))

    assert moved.status == "proposed" and moved.proposed_by == world.users["peer"]


def confirmed_at(world: World, when: dt.datetime) -> PlannedSession:
    match = make_match(world)
    match.peer.phone = "0400 000 001"
    match.peer.save()
    return PlannedSession.objects.create(
        relationship=match, starts_at=when, mode="phone", status="confirmed"
    )


def test_reminders_go_once_a_day_ahead_by_email_and_text(
    world: World, django_capture_on_commit_callbacks
) -> None:
    now = timezone.now()
    soon = confirmed_at(world, now + dt.timedelta(hours=20))
    later = confirmed_at(world, now + dt.timedelta(hours=30))
    ConsoleGateway.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert schedule.send_due_reminders(now) == 1
    assert schedule.send_due_reminders(now) == 0  # not twice
    assert len(mail.outbox) == 2  # the peer and the mentor
    assert [to for to, _text in ConsoleGateway.outbox] == ["0400 000 001"]
    soon.refresh_from_db()
    assert soon.reminder_sent_at is not None

    with django_capture_on_commit_callbacks(execute=True):
        assert schedule.send_due_reminders(now + dt.timedelta(hours=7)) == 1
    later.refresh_from_db()
    assert later.reminder_sent_at is not None


def test_the_calendar_feed_parses_and_shows_planned_sessions(client, world: World) -> None:
    planned = confirmed_at(world, timezone.now() + dt.timedelta(days=2))
    address = calendar.new_address(world.users["mentor"])

    response = client.get("/" + address.split("://", 1)[1].split("/", 1)[1])

    assert response.status_code == 200
    parsed = icalendar.Calendar.from_ical(response.content)
    [event] = parsed.walk("VEVENT")
    assert str(event["summary"]).startswith("Peer support with")
    assert event["dtstart"].dt == planned.starts_at.replace(
        microsecond=0
    )  # iCalendar has whole seconds
    assert str(event["status"]) == "CONFIRMED"


def test_a_new_address_or_turning_off_stops_the_old_one(client, world: World) -> None:
    def path(address: str) -> str:
        return "/" + address.split("://", 1)[1].split("/", 1)[1]

    first = calendar.new_address(world.users["mentor"])
    second = calendar.new_address(world.users["mentor"])
    assert client.get(path(first)).status_code == 404
    assert client.get(path(second)).status_code == 200
    calendar.turn_off(world.users["mentor"])
    assert client.get(path(second)).status_code == 404
    assert reverse("calendar_feed", args=["x"]).endswith(".ics")
