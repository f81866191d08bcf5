"""Mentor wellbeing: check-ins (due dates, low ones, double submits, bad input),
supervision prompts and records, and pausing new matches."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.live.models import Notification
from mutual.matching.build import active_mentors
from mutual.wellbeing import services
from mutual.wellbeing.models import CheckIn, MentorWellbeing, WellbeingSettings
from mutual.wellbeing.services import WellbeingError
from tests.conftest import World
from tests.factories import UserFactory
from tests.factories_matching import mentor

GOOD = {"feeling": 4, "manageable": 4, "supported": 5}
LOW = {"feeling": 4, "manageable": 2, "supported": 4}


def make_mentor(world: World, *, days_ago: int = 0, **fields: Any) -> Any:
    person = mentor(world.program_a1, [], user=fields.pop("user", world.users["mentor"]), **fields)
    person.stage_changed_at = timezone.now() - dt.timedelta(days=days_ago)
    person.save(update_fields=["stage_changed_at"])
    return person


def state_of(person: Any) -> MentorWellbeing:
    return MentorWellbeing.objects.get(mentor=person)


def told(user: Any) -> list[str]:
    return list(Notification.objects.filter(user=user).values_list("text", flat=True))


# --- when a check-in is due -------------------------------------------------------


def test_a_new_mentor_is_first_due_a_check_in_a_cadence_after_they_started(
    world: World,
) -> None:
    mai = make_mentor(world, days_ago=10)
    due = services.next_due(mai, None, 28)
    assert due == timezone.localdate() + dt.timedelta(days=18)


def test_the_next_check_in_is_due_the_programs_cadence_after_the_last(world: World) -> None:
    WellbeingSettings.objects.create(program=world.program_a1, cadence_days=14)
    mai = make_mentor(world, days_ago=60)

    services.submit_check_in(mai, world.users["mentor"], GOOD)

    state = MentorWellbeing.objects.select_related("last_check_in").get(mentor=mai)
    cadence = services.settings_for(world.program_a1).cadence_days
    assert services.next_due(mai, state, cadence) == timezone.localdate() + dt.timedelta(days=14)


# --- check-ins ----------------------------------------------------------------------


def test_a_good_check_in_is_kept_and_suggests_nothing(world: World) -> None:
    mai = make_mentor(world)

    check_in = services.submit_check_in(mai, world.users["mentor"], {**GOOD, "note": " Fine "})

    assert not check_in.is_low and check_in.note == "Fine" and check_in.total == 13
    assert not state_of(mai).supervision_suggested
    assert told(world.users["supervisor"]) == []
    assert AuditEvent.objects.filter(action="wellbeing.checked_in").count() == 1


def test_a_low_answer_suggests_supervision_and_tells_supervisors_and_coordinators(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    mai = make_mentor(world, name="Mai Tran")

    with django_capture_on_commit_callbacks(execute=True):
        check_in = services.submit_check_in(mai, world.users["mentor"], LOW)

    assert check_in.is_low
    state = state_of(mai)
    assert state.supervision_suggested and state.supervision_reason == "Low wellbeing check-in"
    expected = "Supervision suggested for Mai Tran. Please offer them a chat."
    assert told(world.users["supervisor"]) == [expected]
    assert told(world.users["coordinator"]) == [expected]
    assert told(world.users["funder"]) == []
    subjects = {(m.to[0], m.subject) for m in mail.outbox}
    assert subjects == {
        (world.users[role].email, "A peer mentor in Carers A1 may need support")
        for role in ("supervisor", "coordinator")
    }
    assert "Mai Tran" not in mail.outbox[0].body  # emails carry no sensitive detail
    assert AuditEvent.objects.filter(action="wellbeing.supervision_suggested").exists()


def test_a_total_at_or_below_the_programs_line_is_low(world: World) -> None:
    mai = make_mentor(world)
    middling = {"feeling": 3, "manageable": 3, "supported": 3}
    a_bit_better = {"feeling": 3, "manageable": 3, "supported": 4}

    assert services.submit_check_in(mai, world.users["mentor"], middling).is_low
    assert not services.submit_check_in(mai, world.users["mentor"], a_bit_better).is_low
    services.update_settings(world.program_a1, world.users["coordinator"], 28, 10)
    assert services.submit_check_in(mai, world.users["mentor"], a_bit_better).is_low


def test_a_double_submit_records_the_check_in_once(world: World) -> None:
    mai = make_mentor(world)

    first = services.submit_check_in(mai, world.users["mentor"], LOW, "key-1")
    second = services.submit_check_in(mai, world.users["mentor"], LOW, "key-1")

    assert first == second
    assert CheckIn.objects.filter(mentor=mai).count() == 1
    assert len(told(world.users["supervisor"])) == 1


@pytest.mark.parametrize(
    "answers",
    [
        {"feeling": 4, "manageable": 4},
        {"feeling": 4, "manageable": 4, "supported": 6},
        {"feeling": "lots", "manageable": 4, "supported": 4},
    ],
)
def test_bad_answers_get_a_clear_message(world: World, answers: dict[str, Any]) -> None:
    mai = make_mentor(world)
    with pytest.raises(WellbeingError, match="Choose an answer for each of the three questions"):
        services.submit_check_in(mai, world.users["mentor"], answers)
    assert not CheckIn.objects.exists()


def test_the_form_says_which_question_is_missing(client: Any, world: World) -> None:
    mai = make_mentor(world)
    client.force_login(world.users["mentor"])

    response = client.post(
        reverse("wellbeing_check_in", args=[mai.pk]), {"manageable": "4", "supported": "4"}
    )

    assert response.status_code == 200
    assert "Choose how you have been feeling." in response.content.decode()
    assert not CheckIn.objects.exists()


def test_only_the_mentor_checks_in_for_themselves(world: World) -> None:
    mai = make_mentor(world)
    with pytest.raises(WellbeingError, match="Only the peer mentor"):
        services.submit_check_in(mai, world.users["coordinator"], GOOD)


def test_a_mentor_who_has_left_cannot_check_in(world: World) -> None:
    mai = make_mentor(world, stage="left")
    with pytest.raises(WellbeingError, match="mentoring now"):
        services.submit_check_in(mai, world.users["mentor"], GOOD)


def test_the_mentor_sees_their_own_history(client: Any, world: World) -> None:
    mai = make_mentor(world)
    services.submit_check_in(mai, world.users["mentor"], {**LOW, "note": "Tired lately"})
    client.force_login(world.users["mentor"])

    response = client.get(reverse("my_wellbeing"), follow=True)

    page = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("mentor_wellbeing", args=[mai.pk])
    assert "Tired lately" in page and "A struggle" in page
    assert "your supervisor will offer you a chat" in page


# --- supervision ----------------------------------------------------------------------


def test_suggesting_again_for_the_same_reason_tells_nobody_twice(world: World) -> None:
    mai = make_mentor(world)

    services.suggest_supervision(mai, "Three safety alerts this month")
    services.suggest_supervision(mai, "Three safety alerts this month")
    services.suggest_supervision(mai, "Low wellbeing check-in")

    state = state_of(mai)
    assert state.supervision_reason == "Three safety alerts this month; Low wellbeing check-in"
    assert len(told(world.users["supervisor"])) == 2


def supervision(**changes: Any) -> dict[str, Any]:
    today = timezone.localdate()
    data = {
        "held_on": today,
        "themes": ["workload"],
        "actions": "Take two weeks off new matches",
        "next_on": today + dt.timedelta(days=28),
        "private_note": "Watch for burnout",
    }
    return {**data, **changes}


def test_a_supervision_session_clears_the_suggestion_and_sets_the_dates(world: World) -> None:
    mai = make_mentor(world)
    services.submit_check_in(mai, world.users["mentor"], LOW)

    record = services.record_supervision(mai, world.users["supervisor"], supervision())

    state = state_of(mai)
    assert not state.supervision_suggested and state.supervision_reason == ""
    assert state.last_supervision_on == record.held_on
    assert state.next_supervision_on == record.next_on
    assert "The notes from your supervision are ready to read." in told(world.users["mentor"])
    assert AuditEvent.objects.filter(action="wellbeing.supervision_recorded").exists()


def test_a_session_from_before_the_suggestion_does_not_clear_it(world: World) -> None:
    mai = make_mentor(world)
    services.suggest_supervision(mai, "Low wellbeing check-in")
    earlier = timezone.localdate() - dt.timedelta(days=10)

    services.record_supervision(mai, world.users["supervisor"], supervision(held_on=earlier))

    assert state_of(mai).supervision_suggested


def test_a_double_submit_records_supervision_once(world: World) -> None:
    mai = make_mentor(world)
    services.record_supervision(mai, world.users["supervisor"], supervision(), "same")
    services.record_supervision(mai, world.users["supervisor"], supervision(), "same")
    assert mai.supervision_records.count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"themes": [], "other_themes": ""}, "at least one theme"),
        ({"themes": ["gossip"]}, "themes from the list"),
        ({"held_on": timezone.localdate() + dt.timedelta(days=1)}, "cannot be in the future"),
        ({"next_on": timezone.localdate()}, "after this one"),
    ],
)
def test_a_supervision_record_needs_a_theme_and_sensible_dates(
    world: World, changes: dict[str, Any], message: str
) -> None:
    mai = make_mentor(world)
    with pytest.raises(WellbeingError, match=message):
        services.record_supervision(mai, world.users["supervisor"], supervision(**changes))


def test_a_mentor_cannot_record_their_own_supervision(world: World) -> None:
    mai = make_mentor(world)
    with pytest.raises(WellbeingError, match="Someone else"):
        services.record_supervision(mai, world.users["mentor"], supervision())


def test_the_mentor_sees_date_themes_and_actions_but_not_private_notes(
    client: Any, world: World
) -> None:
    mai = make_mentor(world)
    services.record_supervision(mai, world.users["supervisor"], supervision())
    url = reverse("mentor_wellbeing", args=[mai.pk])

    client.force_login(world.users["mentor"])
    page = client.get(url).content.decode()
    assert "Workload and boundaries" in page and "Take two weeks off new matches" in page
    assert "Watch for burnout" not in page
    client.force_login(world.users["supervisor"])
    assert "Watch for burnout" in client.get(url).content.decode()


def test_a_professional_viewing_a_record_leaves_an_audit_event(client: Any, world: World) -> None:
    mai = make_mentor(world)
    client.force_login(world.users["supervisor"])

    assert client.get(reverse("mentor_wellbeing", args=[mai.pk])).status_code == 200

    event = AuditEvent.objects.get(action="wellbeing.viewed")
    assert event.actor == world.users["supervisor"]


def test_another_mentor_of_the_same_program_gets_not_found(client: Any, world: World) -> None:
    mai = make_mentor(world)
    other = make_mentor(world, user=UserFactory())
    client.force_login(other.user)
    for name in ("mentor_wellbeing", "wellbeing_check_in", "supervision_new"):
        assert client.get(reverse(name, args=[mai.pk])).status_code == 404


# --- pause myself ----------------------------------------------------------------------


def test_pausing_stops_new_matches_and_resuming_starts_them_again(world: World) -> None:
    mai = make_mentor(world)
    today = timezone.localdate()

    services.pause_new_matches(mai, world.users["mentor"])
    services.pause_new_matches(mai, world.users["mentor"])  # a second tap changes nothing

    mai.refresh_from_db()
    assert mai.new_matches_paused and mai.new_matches_paused_reason == "Paused by the peer mentor"
    assert active_mentors(world.program_a1, today) == []
    assert AuditEvent.objects.filter(action="wellbeing.paused_self").count() == 1

    mai = services.resume_new_matches(mai, world.users["mentor"])

    assert not mai.new_matches_paused and not services.paused_by_themselves(mai)
    assert active_mentors(world.program_a1, today) == [mai]


def test_resuming_keeps_new_matches_paused_while_a_check_has_expired(world: World) -> None:
    from mutual.screening.models import Check

    mai = make_mentor(world)
    services.pause_new_matches(mai, world.users["mentor"])
    Check.objects.create(
        participant=mai, kind="wwcc", number="WWC1", expires_on=dt.date(2020, 1, 31),
        verified_by=world.users["coordinator"],
    )  # fmt: skip

    mai = services.resume_new_matches(mai, world.users["mentor"])

    assert mai.new_matches_paused and mai.new_matches_paused_reason == "A check has expired."


def test_a_renewed_check_does_not_lift_a_mentors_own_pause(world: World) -> None:
    from mutual.screening.services import record_check

    mai = make_mentor(world)
    services.pause_new_matches(mai, world.users["mentor"])

    record_check(
        world.users["coordinator"], mai, kind="wwcc", number="WWC2",
        expires_on=timezone.localdate() + dt.timedelta(days=700),
    )  # fmt: skip

    mai.refresh_from_db()
    assert mai.new_matches_paused


def test_only_the_mentor_pauses_themselves(world: World) -> None:
    mai = make_mentor(world)
    with pytest.raises(WellbeingError, match="Only the peer mentor"):
        services.pause_new_matches(mai, world.users["coordinator"])


def test_the_pause_button_is_on_my_peers_and_brings_the_mentor_back(
    client: Any, world: World
) -> None:
    mai = make_mentor(world)
    client.force_login(world.users["mentor"])
    assert "Pause new matches" in client.get(reverse("my_caseload")).content.decode()

    response = client.post(
        reverse("wellbeing_pause", args=[mai.pk]), {"want": "pause", "back": "caseload"}
    )

    assert response.status_code == 302 and response.url == reverse("my_caseload")
    page = client.get(reverse("my_caseload")).content.decode()
    assert "Start taking new peers again" in page and "You have paused new matches." in page


def test_with_htmx_the_pause_button_swaps_in_place(client: Any, world: World) -> None:
    mai = make_mentor(world)
    client.force_login(world.users["mentor"])

    response = client.post(
        reverse("wellbeing_pause", args=[mai.pk]), {"want": "pause"}, HTTP_HX_REQUEST="true"
    )

    page = response.content.decode()
    assert response.status_code == 200 and page.startswith("<section")
    assert "Start taking new peers again" in page
