"""The private fit check after the first session, and goals with reviews."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from mutual.live.models import Notification
from mutual.relationships import board, fit, goals, services
from mutual.relationships.models import FitCheck
from mutual.relationships.services import RelationshipError
from tests.conftest import World
from tests.test_relationships import make_match, session_data


def test_the_first_session_asks_both_sides_privately_once(world: World) -> None:
    match = make_match(world)
    services.log_session(match, world.users["mentor"], session_data())
    services.log_session(match, world.users["mentor"], session_data())

    assert sorted(FitCheck.objects.filter(relationship=match).values_list("side", flat=True)) == [
        "mentor",
        "peer",
    ]
    asked = Notification.objects.filter(
        user=world.users["peer"], text="How is it going? A quick, private question."
    )
    assert asked.count() == 1


def test_a_no_tells_the_coordinators_and_flags_the_match(world: World) -> None:
    match = make_match(world)
    services.log_session(match, world.users["mentor"], session_data())
    check = FitCheck.objects.get(relationship=match, side="peer")

    fit.answer(check, world.users["peer"], "no", "We do not click")

    assert Notification.objects.filter(user=world.users["coordinator"]).exists()
    [row] = board.board(world.program_a1)[0]
    assert "fit_no" in row.flags


def test_only_the_person_asked_can_answer_their_fit_check(world: World) -> None:
    match = make_match(world)
    services.log_session(match, world.users["mentor"], session_data())
    check = FitCheck.objects.get(relationship=match, side="peer")

    with pytest.raises(RelationshipError, match="for someone else"):
        fit.answer(check, world.users["mentor"], "yes")


def test_the_other_side_never_sees_the_answer(client, world: World) -> None:
    match = make_match(world)
    services.log_session(match, world.users["mentor"], session_data())
    check = FitCheck.objects.get(relationship=match, side="peer")
    fit.answer(check, world.users["peer"], "no", "Too different")

    client.force_login(world.users["mentor"])
    assert client.get(reverse("fit_check", args=[check.pk])).status_code == 404
    assert (
        "Too different" not in client.get(reverse("relationship", args=[match.pk])).content.decode()
    )
    client.force_login(world.users["coordinator"])
    assert "Too different" in client.get(reverse("relationship", args=[match.pk])).content.decode()


def test_a_goal_needs_the_words_and_what_is_hoped_for(world: World) -> None:
    match = make_match(world)
    with pytest.raises(RelationshipError, match="own words"):
        goals.add_goal(match, world.users["peer"], {"text": "Sleep better", "level_0": ""})


def test_a_review_moves_the_goal_and_sets_the_next_review(world: World) -> None:
    match = make_match(world)
    goal = goals.add_goal(
        match, world.users["peer"], {"text": "Sleep better", "level_0": "5 good nights a week"}
    )
    assert goal.current_level == -1

    goals.review(goal, world.users["mentor"], 1, "6 nights!")

    goal.refresh_from_db()
    assert goal.current_level == 1 and goal.achieved_at is not None
    assert goal.review_due_on == timezone.localdate() + dt.timedelta(days=goals.REVIEW_EVERY_DAYS)
    with pytest.raises(RelationshipError, match="−2 to \\+2"):
        goals.review(goal, world.users["mentor"], 5)


def test_an_overdue_goal_review_flags_the_match(world: World) -> None:
    match = make_match(world)
    goal = goals.add_goal(match, world.users["peer"], {"text": "Walk daily", "level_0": "Daily"})
    goal.review_due_on = timezone.localdate() - dt.timedelta(days=1)
    goal.save()

    [row] = board.board(world.program_a1)[0]
    assert "goal_review" in row.flags


def test_both_people_see_goal_progress(client, world: World) -> None:
    match = make_match(world)
    goals.add_goal(match, world.users["peer"], {"text": "Sleep better", "level_0": "5 nights"})
    for role in ("peer", "mentor"):
        client.force_login(world.users[role])
        assert (
            "Sleep better" in client.get(reverse("relationship", args=[match.pk])).content.decode()
        )


def test_the_mentor_records_a_connection_made(world: World) -> None:
    match = make_match(world)
    with pytest.raises(RelationshipError, match="what the connection was"):
        services.add_bridge(match, world.users["mentor"], {"what": " "})

    bridge = services.add_bridge(
        match,
        world.users["mentor"],
        {"what": "Carers' group", "where": "Library", "outcome": "Went twice"},
    )

    assert list(match.bridges.all()) == [bridge]


def test_a_match_a_month_old_is_due_its_monthly_check_in_until_ticked(world: World) -> None:
    match = make_match(world, days_ago=40)
    services.log_session(match, world.users["mentor"], session_data())
    [row] = board.board(world.program_a1)[0]
    assert "check_in" in row.flags

    services.tick_check_in(match, world.users["coordinator"], "All good")
    services.tick_check_in(match, world.users["coordinator"], "Again")

    [row] = board.board(world.program_a1)[0]
    assert "check_in" not in row.flags
    assert match.check_ins.count() == 1 and match.check_ins.get().note == "All good"


def test_a_new_match_is_not_yet_due_a_check_in(world: World) -> None:
    make_match(world, days_ago=3)
    [row] = board.board(world.program_a1)[0]
    assert "check_in" not in row.flags


def test_closing_thanks_both_and_invites_the_peer_with_answers_filled_in(
    world: World, django_capture_on_commit_callbacks
) -> None:
    from django.core import mail

    from mutual.participants.models import Participant

    match = make_match(world)
    match.peer.languages, match.peer.suburb = ["vi", "en"], "Cabramatta"
    match.peer.save()
    services.start_closing(match, world.users["mentor"])

    with django_capture_on_commit_callbacks(execute=True):
        services.close(
            match, world.users["coordinator"], "goals_reached", checklist=["thanked"],
            invite_to_mentor=True,
        )  # fmt: skip

    match.refresh_from_db()
    assert match.closing_checklist == ["thanked"]
    draft = Participant.objects.get(program=match.program, role="mentor", stage="draft")
    assert draft.languages == ["vi", "en"] and draft.suburb == "Cabramatta"
    assert list(draft.experiences.all()) == list(match.peer.experiences.all())
    subjects = [m.subject for m in mail.outbox]
    assert subjects.count(f"Thank you from {match.program.name}") == 2
    assert "Would you like to help someone, one day?" in subjects


def test_no_invitation_unless_the_peer_wants_it(world: World) -> None:
    from mutual.participants.models import Participant

    match = make_match(world)
    services.close(match, world.users["coordinator"], "planned_end")
    assert not Participant.objects.filter(role="mentor", stage="draft").exists()
