"""Safety alerts: raised from writing or by a person, owned, escalated until acknowledged."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.core.sms import ConsoleGateway
from mutual.live.models import Notification
from mutual.relationships import services as relationships
from mutual.safety import roster, services
from mutual.safety.deadlines import add_working_days
from mutual.safety.escalation import escalate_due
from mutual.safety.models import Alert, AlertEvent, EventKind, RosterEntry
from mutual.safety.queue import queue_rows
from mutual.safety.services import SafetyError
from tests.conftest import World
from tests.factories import HouseholdMemberFactory
from tests.test_relationships import make_match, session_data

CRISIS = "She told me she has sorted out who gets the dog and the pills are lined up."


@pytest.fixture(autouse=True)
def _empty_outboxes() -> None:
    ConsoleGateway.outbox.clear()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    """Run what waits for the commit (notifications) when the block ends, as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _roster(world: World, *people: tuple[str, str]) -> None:
    roster.set_roster(
        world.users["org_admin"],
        world.program_a1,
        [(world.users[role].pk, phone) for role, phone in people],
    )


def test_a_crisis_session_note_raises_an_imminent_alert_for_the_coordinator(
    world: World, commit
) -> None:
    match = make_match(world)

    with commit():
        session = relationships.log_session(match, world.users["mentor"], session_data(note=CRISIS))

    alert = Alert.objects.get()
    assert session.risk.at_risk
    assert (alert.level, alert.source, alert.origin) == ("imminent", "writing", "session_note")
    assert (alert.subject, alert.relationship) == (match.peer, match)
    assert alert.owner == world.users["coordinator"]
    assert alert.due_at - alert.raised_at == dt.timedelta(minutes=15)
    assert Notification.objects.filter(user=world.users["coordinator"]).exists()


def test_a_note_reporting_the_peers_own_words_is_not_discounted_as_someone_else(
    world: World,
) -> None:
    match = make_match(world)

    relationships.log_session(
        match, world.users["mentor"], session_data(note="She said she wants to kill herself")
    )

    assert Alert.objects.get().level == "elevated"


def test_an_ordinary_session_note_raises_nothing(world: World) -> None:
    match = make_match(world)

    session = relationships.log_session(
        match, world.users["mentor"], session_data(note="Talked about her new job, good session")
    )

    assert not session.risk.at_risk
    assert not Alert.objects.exists()


def test_changing_the_note_updates_its_open_alert_instead_of_adding_one(world: World) -> None:
    match = make_match(world)
    session = relationships.log_session(
        match, world.users["mentor"], session_data(note="She feels hopeless lately")
    )
    assert Alert.objects.get().level == "concern"

    relationships.edit_session(session, world.users["mentor"], {"note": CRISIS})

    alert = Alert.objects.get()
    assert alert.level == "imminent"
    assert "pills" in alert.excerpt


def test_emails_and_texts_never_contain_what_was_written(world: World, commit) -> None:
    _roster(world, ("coordinator", "0400 000 001"))
    match = make_match(world)

    with commit():
        relationships.log_session(match, world.users["mentor"], session_data(note=CRISIS))

    assert mail.outbox and ConsoleGateway.outbox
    for message in mail.outbox:
        assert "dog" not in message.body
    for _to, text in ConsoleGateway.outbox:
        assert "dog" not in text


def _raise(world: World, level: str = "imminent", now: dt.datetime | None = None) -> Alert:
    return services.raise_alert(
        world.program_a1,
        level=level,
        source="person",
        summary="Worried about them",
        raised_by=world.users["mentor"],
        now=now,
    )


def test_an_unacknowledged_alert_moves_along_the_roster_then_to_the_admins(
    world: World, commit
) -> None:
    _roster(world, ("coordinator", "0400 000 001"), ("supervisor", "0400 000 002"))
    start = timezone.now()
    with commit():
        alert = _raise(world, now=start)
    assert alert.owner == world.users["coordinator"]
    assert ConsoleGateway.outbox[-1][0] == "0400 000 001"

    assert escalate_due(start + dt.timedelta(minutes=14)) == 0
    with commit():
        assert escalate_due(start + dt.timedelta(minutes=16)) == 1
    alert.refresh_from_db()
    assert (alert.owner, alert.escalation_step) == (world.users["supervisor"], 1)
    assert ConsoleGateway.outbox[-1][0] == "0400 000 002"

    with commit():
        escalate_due(start + dt.timedelta(minutes=32))
    alert.refresh_from_db()
    assert alert.owner == world.users["org_admin"]
    told_admin = Notification.objects.filter(user=world.users["org_admin"]).count()

    with commit():
        escalate_due(start + dt.timedelta(minutes=48))
    assert Notification.objects.filter(user=world.users["org_admin"]).count() == told_admin + 1


def test_acknowledging_stops_escalation(world: World) -> None:
    _roster(world, ("coordinator", ""), ("supervisor", ""))
    start = timezone.now()
    alert = _raise(world, now=start)

    services.acknowledge(alert, world.users["coordinator"])

    assert escalate_due(start + dt.timedelta(hours=5)) == 0
    alert.refresh_from_db()
    assert (alert.status, alert.owner) == ("acknowledged", world.users["coordinator"])


def test_escalation_run_twice_moves_an_alert_once(world: World) -> None:
    _roster(world, ("coordinator", ""), ("supervisor", ""))
    start = timezone.now()
    alert = _raise(world, now=start)
    later = start + dt.timedelta(minutes=16)

    escalate_due(later)
    escalate_due(later)

    alert.refresh_from_db()
    assert alert.escalation_step == 1


def test_a_concern_is_due_in_two_working_days_skipping_the_weekend() -> None:
    local = timezone.get_default_timezone()
    friday = dt.datetime(2026, 12, 4, 15, 0, tzinfo=local)

    assert add_working_days(friday, 2) == dt.datetime(2026, 12, 8, 15, 0, tzinfo=local)


def test_elevated_alerts_follow_the_programs_own_deadline(world: World) -> None:
    services.settings_for(world.program_a1).__class__.objects.create(
        program=world.program_a1, elevated_minutes=60
    )
    alert = _raise(world, level="elevated")

    assert alert.due_at - alert.raised_at == dt.timedelta(minutes=60)


def test_resolving_needs_notes_and_records_who(world: World) -> None:
    alert = _raise(world)
    with pytest.raises(SafetyError):
        services.resolve(alert, world.users["coordinator"], "  ")

    services.resolve(alert, world.users["coordinator"], "Called her; she is safe with family.")

    alert.refresh_from_db()
    assert (alert.status, alert.resolved_by) == ("resolved", world.users["coordinator"])
    assert alert.acknowledged_at is not None
    kinds = list(alert.events.values_list("kind", flat=True))
    assert kinds[0] == EventKind.RAISED and kinds[-1] == EventKind.RESOLVED


def test_raising_a_concern_needs_words(world: World) -> None:
    match = make_match(world)

    with pytest.raises(SafetyError):
        services.raise_concern(match, world.users["peer"], "   ", urgent=False)


def test_a_concern_raised_twice_with_one_key_is_one_alert(world: World) -> None:
    match = make_match(world)

    for _ in range(2):
        services.raise_concern(
            match, world.users["peer"], "He seems very low", urgent=False, submit_key="k1"
        )

    assert Alert.objects.count() == 1


def test_urgent_concerns_are_imminent_and_worrying_words_raise_the_level(world: World) -> None:
    match = make_match(world)

    urgent = services.raise_concern(match, world.users["peer"], "Please call him", urgent=True)
    worded = services.raise_concern(
        match, world.users["peer"], "He said he wants to kill himself", urgent=False
    )

    assert urgent.level == "imminent"
    assert worded.level in ("concern", "elevated")
    assert worded.raised_by == world.users["peer"]


def test_only_professionals_can_be_on_call(world: World) -> None:
    with pytest.raises(roster.RosterError):
        _roster(world, ("mentor", ""))
    with pytest.raises(roster.RosterError):
        _roster(world, ("coordinator", ""), ("coordinator", ""))
    assert not RosterEntry.objects.exists()


def test_an_incident_record_needs_what_happened_and_what_was_done(world: World) -> None:
    alert = _raise(world)
    with pytest.raises(SafetyError):
        services.record_incident(alert, world.users["coordinator"], {"what_happened": "x"})

    services.record_incident(
        alert,
        world.users["coordinator"],
        {"what_happened": "Overdose", "actions_taken": "Ambulance", "emergency_services": True},
    )

    assert alert.incident.emergency_services
    assert alert.events.filter(kind=EventKind.INCIDENT).exists()


def test_children_in_the_household_are_flagged(world: World) -> None:
    match = make_match(world)
    household = world.household_a1
    match.peer.membership = household.contact
    match.peer.save(update_fields=["membership"])
    HouseholdMemberFactory(household=household, birth_year=timezone.localdate().year - 6)

    alert = services.raise_concern(match, world.users["mentor"], "Worried", urgent=False)

    assert alert.children_in_household


def test_every_look_at_an_alert_is_recorded(world: World, client) -> None:
    alert = _raise(world)
    client.force_login(world.users["coordinator"])

    client.get(reverse("safety_alert", args=[alert.pk]))
    client.get(reverse("safety_alert", args=[alert.pk]))

    assert (
        AuditEvent.objects.filter(action="safety.alert_viewed", object_id=str(alert.pk)).count()
        == 2
    )


def test_the_queue_shows_waiting_alerts_first_with_a_countdown(world: World) -> None:
    start = timezone.now()
    handled = _raise(world, level="imminent", now=start)
    services.acknowledge(handled, world.users["coordinator"])
    waiting = _raise(world, level="concern", now=start)

    rows = queue_rows(world.program_a1, resolved=False, now=start + dt.timedelta(minutes=5))

    assert [r.alert for r in rows] == [waiting, handled]
    assert rows[0].countdown.startswith("acknowledge within")
    assert rows[1].countdown == ""


def test_a_waiting_alert_past_its_deadline_shows_overdue(world: World) -> None:
    start = timezone.now()
    _raise(world, now=start)

    [row] = queue_rows(world.program_a1, resolved=False, now=start + dt.timedelta(minutes=20))

    assert row.overdue and row.countdown == "overdue by 5 minutes"


def test_the_timeline_records_who_was_told(world: World, commit) -> None:
    with commit():
        alert = _raise(world)

    told = AlertEvent.objects.get(alert=alert, kind=EventKind.NOTIFIED)

    assert world.users["coordinator"].name in told.text


def test_several_alerts_in_one_mentors_matches_suggest_supervision(world: World) -> None:
    from mutual.wellbeing.models import MentorWellbeing

    match = make_match(world)
    services.raise_concern(match, world.users["peer"], "He seems very low", urgent=False)
    assert not MentorWellbeing.objects.filter(
        mentor=match.mentor, supervision_suggested_at__isnull=False
    ).exists()

    services.raise_concern(match, world.users["peer"], "Still worried about him", urgent=False)

    state = MentorWellbeing.objects.get(mentor=match.mentor)
    assert state.supervision_suggested_at is not None
    assert "safety alerts" in state.supervision_reason


def test_a_note_is_kept_even_when_risk_detection_fails(world: World, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("model file missing")

    monkeypatch.setattr(services, "classify", broken)
    match = make_match(world)

    session = relationships.log_session(match, world.users["mentor"], session_data(note=CRISIS))

    session.refresh_from_db()
    assert session.note == CRISIS
    assert session.risk is None
