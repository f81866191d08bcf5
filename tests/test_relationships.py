"""Relationships: logging sessions, rating, pausing, closing, and the coordinator's board."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from mutual.relationships import board, services
from mutual.relationships.models import Relationship, Session
from mutual.relationships.services import RelationshipError
from tests.conftest import World
from tests.factories_matching import mentor, peer, tags

TODAY = timezone.localdate


def make_match(world: World, *, days_ago: int = 0, program=None) -> Relationship:
    program = program or world.program_a1
    t = tags()
    relationship = Relationship.objects.create(
        program=program,
        peer=peer(program, [t["dementia"]], stage="matched", user=world.users["peer"]),
        mentor=mentor(program, [t["dementia"]], user=world.users["mentor"]),
    )
    started = timezone.now() - dt.timedelta(days=days_ago)
    Relationship.objects.filter(pk=relationship.pk).update(started_at=started)
    relationship.refresh_from_db()
    return relationship


def session_data(**changes):
    data = {
        "happened_on": TODAY(),
        "duration_minutes": 45,
        "mode": "phone",
        "help_kinds": ["growth"],
    }
    return {**data, **changes}


def test_the_first_session_makes_the_match_active_and_counts(world: World) -> None:
    match = make_match(world)

    services.log_session(match, world.users["mentor"], session_data())

    match.refresh_from_db()
    assert match.stage == "active"
    assert match.session_count == 1 and match.last_contact_on == TODAY()


def test_a_double_submit_logs_the_session_once(world: World) -> None:
    match = make_match(world)
    services.log_session(match, world.users["mentor"], session_data(), "key-1")
    services.log_session(match, world.users["mentor"], session_data(), "key-1")

    assert Session.objects.filter(relationship=match).count() == 1
    match.refresh_from_db()
    assert match.session_count == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"happened_on": "future"}, "cannot be in the future"),
        ({"duration_minutes": 0}, "between 1 minute and 12 hours"),
        ({"help_kinds": ["magic"]}, "from the list"),
    ],
)
def test_a_session_with_bad_details_is_refused_clearly(world: World, changes, message) -> None:
    match = make_match(world)
    if changes.get("happened_on") == "future":
        changes = {"happened_on": TODAY() + dt.timedelta(days=2)}
    with pytest.raises(RelationshipError, match=message):
        services.log_session(match, world.users["mentor"], session_data(**changes))
    assert not Session.objects.exists()


def test_the_next_session_form_remembers_the_last_answers(world: World) -> None:
    match = make_match(world)
    services.log_session(
        match, world.users["mentor"], session_data(duration_minutes=90, mode="in_person")
    )
    assert services.last_values(match) == {
        "duration_minutes": 90,
        "mode": "in_person",
        "help_kinds": ["growth"],
    }


def test_the_peer_is_asked_how_helpful_each_session_was(world: World) -> None:
    from mutual.live.models import Notification

    match = make_match(world)
    services.log_session(match, world.users["mentor"], session_data())

    asked = Notification.objects.get(
        user=world.users["peer"], text="How helpful was today? One tap to tell us."
    )
    assert asked.url == reverse("relationship", args=[match.pk])


def test_only_the_peer_rates_a_session(world: World) -> None:
    match = make_match(world)
    session = services.log_session(match, world.users["mentor"], session_data())

    with pytest.raises(RelationshipError, match="Only the peer"):
        services.rate_session(session, world.users["mentor"], 3)
    services.rate_session(session, world.users["peer"], 3)

    session.refresh_from_db()
    assert session.peer_rating == 3


def test_pause_needs_a_reason_and_resume_starts_again(world: World) -> None:
    match = make_match(world)
    with pytest.raises(RelationshipError, match="why"):
        services.pause(match, world.users["mentor"], " ")
    services.pause(match, world.users["mentor"], "In hospital")
    assert Relationship.objects.get(pk=match.pk).is_paused
    services.resume(match, world.users["mentor"])
    assert not Relationship.objects.get(pk=match.pk).is_paused


def test_closing_records_the_reason_and_finishes_the_request(world: World) -> None:
    match = make_match(world)

    services.close(match, world.users["coordinator"], "goals_reached", "Back at work")

    match.refresh_from_db()
    match.peer.refresh_from_db()
    assert match.stage == "closed" and match.end_reason == "goals_reached"
    assert match.peer.stage == "ended"
    with pytest.raises(RelationshipError, match="no longer be added"):
        services.log_session(match, world.users["mentor"], session_data())


def test_the_board_flags_quiet_matches_and_first_meetings_not_logged(world: World) -> None:
    quiet = make_match(world, days_ago=40)
    services.log_session(
        quiet, world.users["mentor"], session_data(happened_on=TODAY() - dt.timedelta(days=20))
    )
    waiting = make_match(world, days_ago=15)
    fresh = make_match(world, days_ago=1)

    rows, counts, total = board.board(world.program_a1)

    flags = {row.relationship.pk: row.flags for row in rows}
    assert flags[quiet.pk] == ["quiet", "check_in"]  # 40 days in: the monthly check-in too
    assert flags[waiting.pk] == ["first_meeting"]
    assert flags[fresh.pk] == []
    assert counts["quiet"] == 1 and total == 3


def test_a_paused_match_is_not_called_quiet(world: World) -> None:
    match = make_match(world, days_ago=60)
    services.log_session(
        match, world.users["mentor"], session_data(happened_on=TODAY() - dt.timedelta(days=30))
    )
    services.pause(match, world.users["mentor"], "Travelling")

    [row] = board.board(world.program_a1)[0]
    assert row.flags == ["paused"]


def test_a_match_one_session_from_its_planned_length_is_nearing_its_end(world: World) -> None:
    program = world.program_a1
    program.length_value, program.length_unit = 3, "sessions"
    program.save()
    match = make_match(world)
    for _ in range(2):
        services.log_session(match, world.users["mentor"], session_data())

    [row] = board.board(program)[0]
    assert "nearing_end" in row.flags


def test_the_board_costs_the_same_queries_for_few_or_many_matches(client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("program_relationships", args=[world.program_a1.pk])
    make_match(world)
    client.get(url)  # warm up sessions and caches
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(10):
        make_match(world)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_peer_never_sees_the_mentors_note(client, world: World) -> None:
    match = make_match(world)
    services.log_session(match, world.users["mentor"], session_data(note="Worried about sleep"))
    url = reverse("relationship", args=[match.pk])

    client.force_login(world.users["mentor"])
    assert "Worried about sleep" in client.get(url).content.decode()
    client.force_login(world.users["peer"])
    assert "Worried about sleep" not in client.get(url).content.decode()


def test_changing_a_session_keeps_what_it_was_before(client, world: World) -> None:
    match = make_match(world)
    session = services.log_session(match, world.users["mentor"], session_data(note="Short call"))

    services.edit_session(
        session, world.users["mentor"], {"duration_minutes": 90, "note": "Long call"}
    )

    [edit] = session.edits.all()
    assert edit.before == {"duration_minutes": 45, "note": "Short call"}
    assert edit.after == {"duration_minutes": 90, "note": "Long call"}
    assert edit.changed_by == world.users["mentor"]
    client.force_login(world.users["coordinator"])
    page = client.get(reverse("relationship", args=[match.pk])).content.decode()
    assert "Changed 1 time" in page and "Short call" in page


def test_an_edit_that_changes_nothing_leaves_no_history(world: World) -> None:
    match = make_match(world)
    session = services.log_session(match, world.users["mentor"], session_data())
    services.edit_session(session, world.users["mentor"], {"duration_minutes": 45})
    assert not session.edits.exists()


def test_deleting_a_session_is_for_coordinators_and_recounts_the_match(
    client, world: World
) -> None:
    from mutual.audit.models import AuditEvent

    match = make_match(world)
    session = services.log_session(match, world.users["mentor"], session_data())
    url = reverse("session_delete", args=[session.pk])

    client.force_login(world.users["mentor"])
    assert client.post(url).status_code == 403
    client.force_login(world.users["coordinator"])
    assert client.post(url).status_code == 302

    match.refresh_from_db()
    assert match.session_count == 0 and match.last_contact_on is None
    assert AuditEvent.objects.filter(action="relationship.session_deleted").exists()


def test_the_mentor_is_thanked_at_their_first_and_tenth_session(world: World) -> None:
    from mutual.live.models import Notification

    match = make_match(world)
    for _ in range(10):
        services.log_session(match, world.users["mentor"], session_data())

    texts = list(
        Notification.objects.filter(user=world.users["mentor"]).values_list("text", flat=True)
    )
    assert "Your first session is logged. Thank you for being there." in texts
    assert "That is 10 sessions you have given. Thank you." in texts


def test_my_peers_shows_sessions_and_hours_given(client, world: World) -> None:
    match = make_match(world)
    services.log_session(match, world.users["mentor"], session_data(duration_minutes=90))
    client.force_login(world.users["mentor"])
    page = client.get(reverse("my_caseload")).content.decode()
    assert "You have given 1 session, 1.5 hours of your time." in page
