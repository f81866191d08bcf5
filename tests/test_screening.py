"""Screening peer mentors: the pipeline's moves, what each step needs, owners and due
dates, checks that expire, and the coordinator's first look at a peer's request."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.participants.services import JoiningError, start_draft, submit
from mutual.screening import pipeline, services
from mutual.screening.models import Check, ScreeningStep
from tests.conftest import World
from tests.factories import ConsentTextFactory, ParticipantFactory, ProgramFactory, UserFactory
from tests.factories_screening import referee_for

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("stage", "moves"),
    [
        ("applied", ["first_conversation", "not_now"]),
        ("training", ["approved", "not_now"]),
        ("approved", ["active", "not_now"]),
        ("active", ["paused", "left"]),
        ("paused", ["active", "left"]),
        ("left", []),
        ("not_now", []),
    ],
)
def test_the_pipeline_allows_only_its_moves(stage: str, moves: list[str]) -> None:
    assert pipeline.allowed_moves(stage) == moves


def applicant(stage: str = "applied", **kwargs: Any) -> Any:
    return ParticipantFactory(role="mentor", stage=stage, **kwargs)


def test_a_new_application_opens_its_first_step_due_within_a_week() -> None:
    program = ProgramFactory()
    draft = start_draft(program, "mentor", draft_key="m", name="Tran", email="tran@example.org")
    submit(draft, consent_text=ConsentTextFactory(program=program, audience="mentor"))
    step = ScreeningStep.objects.get()
    assert (step.stage, step.owner) == ("applied", None)
    assert step.due_on == timezone.localdate() + dt.timedelta(days=7)


def test_moving_closes_the_step_and_opens_the_next_with_an_owner() -> None:
    coordinator = UserFactory()
    person = applicant()
    services.start_screening(person)
    services.move(coordinator, person, "first_conversation", note="Called, booked Tuesday")
    closed, opened = ScreeningStep.objects.order_by("opened_at", "pk")
    assert (closed.completed_by, closed.note) == (coordinator, "Called, booked Tuesday")
    assert (opened.stage, opened.owner, opened.completed_at) == (
        "first_conversation",
        coordinator,
        None,
    )


def test_a_move_the_pipeline_does_not_allow_is_refused() -> None:
    with pytest.raises(JoiningError):
        services.move(UserFactory(), applicant(), "checks")


def test_leaving_references_needs_both_answers_or_a_reason() -> None:
    person = applicant("references")
    referee_for(person, 1)
    with pytest.raises(JoiningError, match="both referees"):
        services.move(UserFactory(), person, "checks")
    services.move(UserFactory(), person, "checks", override_reason="Second referee overseas")
    person.refresh_from_db()
    assert person.stage == "checks"
    assert AuditEvent.objects.filter(action="screening.step_overridden").exists()


def test_two_good_references_let_the_applicant_move_on() -> None:
    staff = UserFactory()
    person = applicant("references")
    for n in (1, 2):
        services.record_referee_answer(
            staff, referee_for(person, n), would_trust="yes", comments=""
        )
    services.move(staff, person, "checks")
    person.refresh_from_db()
    assert person.stage == "checks"


def test_a_referee_saying_no_stops_the_move() -> None:
    staff = UserFactory()
    person = applicant("references")
    services.record_referee_answer(staff, referee_for(person, 1), would_trust="yes", comments="")
    services.record_referee_answer(staff, referee_for(person, 2), would_trust="no", comments="")
    with pytest.raises(JoiningError, match="referee said no"):
        services.move(staff, person, "checks")


def test_leaving_checks_needs_a_check_that_has_not_expired() -> None:
    staff = UserFactory()
    person = applicant("checks")
    with pytest.raises(JoiningError, match="check"):
        services.move(staff, person, "readiness_interview")
    services.record_check(
        staff,
        person,
        kind="wwcc",
        number="WWC123",
        expires_on=timezone.localdate() + dt.timedelta(days=400),
    )
    services.move(staff, person, "readiness_interview")


def test_an_expired_check_cannot_be_recorded_as_current() -> None:
    with pytest.raises(JoiningError, match="already expired"):
        services.record_check(
            UserFactory(),
            applicant("checks"),
            kind="police",
            number="P1",
            expires_on=timezone.localdate() - dt.timedelta(days=1),
        )


def test_leaving_the_interview_needs_a_ready_outcome() -> None:
    staff = UserFactory()
    person = applicant("readiness_interview")
    answers = {
        "held_on": timezone.localdate(),
        "time_since_crisis": "3 years, steady",
        "support_around": "Partner, GP",
        "boundaries": "Clear",
    }
    services.record_interview(staff, person, outcome="not_yet", **answers)
    with pytest.raises(JoiningError, match="ready"):
        services.move(staff, person, "training")
    services.record_interview(staff, person, outcome="ready", **answers)
    services.move(staff, person, "training")


def test_not_now_records_reasons_and_sends_the_kind_message(
    django_capture_on_commit_callbacks: Any,
) -> None:
    person = applicant("first_conversation", email="tran@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.decide_not_now(
            UserFactory(),
            person,
            reasons="Too soon after loss",
            message="Please come back next year.",
        )
    person.refresh_from_db()
    assert person.stage == "not_now"
    assert person.decisions.get().reasons == "Too soon after loss"
    assert "Please come back next year." in mail.outbox[0].body
    assert "Too soon after loss" not in mail.outbox[0].body


def test_approval_is_recorded_as_a_decision() -> None:
    person = applicant("training")
    services.move(UserFactory(), person, "approved", note="All modules done")
    assert person.decisions.get().outcome == "approved"


def test_overdue_is_a_step_past_its_due_date() -> None:
    person = applicant()
    step = ScreeningStep.objects.create(
        participant=person, stage="applied", due_on=timezone.localdate() - dt.timedelta(days=1)
    )
    assert step.is_overdue


def test_a_check_expiring_within_30_days_warns_once(
    django_capture_on_commit_callbacks: Any,
) -> None:
    person = applicant("active", email="tran@example.org")
    Check.objects.create(
        participant=person,
        kind="wwcc",
        number="W1",
        expires_on=TODAY + dt.timedelta(days=20),
        verified_by=UserFactory(),
    )
    with django_capture_on_commit_callbacks(execute=True):
        first = services.review_checks(TODAY)
        second = services.review_checks(TODAY)
    assert (first["warned"], second["warned"]) == (1, 0)
    assert len(mail.outbox) == 1
    assert "W1" not in mail.outbox[0].body  # no check numbers in email


def test_an_expired_check_pauses_new_matches_until_renewed() -> None:
    staff = UserFactory()
    person = applicant("active")
    Check.objects.create(
        participant=person,
        kind="wwcc",
        number="W1",
        expires_on=timezone.localdate() - dt.timedelta(days=1),
        verified_by=staff,
    )
    assert services.review_checks()["paused"] == 1
    person.refresh_from_db()
    assert person.new_matches_paused
    services.record_check(
        staff,
        person,
        kind="wwcc",
        number="W2",
        expires_on=timezone.localdate() + dt.timedelta(days=700),
    )
    person.refresh_from_db()
    assert not person.new_matches_paused


def test_a_renewed_check_is_not_warned_about() -> None:
    staff = UserFactory()
    person = applicant("active")
    Check.objects.create(
        participant=person,
        kind="wwcc",
        number="old",
        expires_on=TODAY + dt.timedelta(days=10),
        verified_by=staff,
    )
    Check.objects.create(
        participant=person,
        kind="wwcc",
        number="new",
        expires_on=TODAY + dt.timedelta(days=900),
        verified_by=staff,
    )
    assert services.review_checks(TODAY)["warned"] == 0


def test_accepting_a_request_puts_the_peer_on_the_waiting_list() -> None:
    person = ParticipantFactory(stage="new")
    services.accept_request(UserFactory(), person)
    person.refresh_from_db()
    assert person.stage == "waiting"


def test_helped_elsewhere_needs_a_reason() -> None:
    with pytest.raises(JoiningError):
        services.refer_elsewhere(UserFactory(), ParticipantFactory(stage="new"), reason=" ")


# --- pages ---------------------------------------------------------------------------


def test_the_pipeline_lists_new_requests_and_overdue_applications_first(
    client: Client, world: World
) -> None:
    old = ParticipantFactory(
        program=world.program_a1,
        stage="waiting",
        name="Waited long",
        submitted_at=timezone.now() - dt.timedelta(days=30),
    )
    ParticipantFactory(program=world.program_a1, stage="new", name="Just asked")
    on_time = applicant("checks", program=world.program_a1, name="On time")
    late = applicant("references", program=world.program_a1, name="Running late")
    ScreeningStep.objects.create(
        participant=on_time, stage="checks", due_on=timezone.localdate() + dt.timedelta(days=5)
    )
    ScreeningStep.objects.create(
        participant=late, stage="references", due_on=timezone.localdate() - dt.timedelta(days=2)
    )
    client.force_login(world.users["coordinator"])
    page = client.get(f"/p/{world.program_a1.pk}/joining/").content.decode()
    assert page.index("Waited long") < page.index("Just asked")
    assert page.index("Running late") < page.index("On time")
    assert "30 days" in page
    assert old.pk  # listed with its wait


def test_the_move_form_shows_what_is_missing_and_keeps_the_applicant(
    client: Client, world: World
) -> None:
    person = applicant("references", program=world.program_a1)
    client.force_login(world.users["coordinator"])
    response = client.post(f"/participants/{person.pk}/move/", {"to": "checks"})
    assert "Record both referees" in response.content.decode()
    person.refresh_from_db()
    assert person.stage == "references"


def test_a_record_read_by_staff_leaves_a_trace(client: Client, world: World) -> None:
    person = ParticipantFactory(program=world.program_a1)
    client.force_login(world.users["supervisor"])
    page = client.get(f"/participants/{person.pk}/").content.decode()
    assert person.name in page
    assert "Put on the waiting list" not in page  # supervisors read, they do not act
    assert AuditEvent.objects.filter(action="participant.viewed").count() == 1


def test_a_person_opening_their_own_record_is_sent_to_their_page(
    client: Client, world: World
) -> None:
    mine = ParticipantFactory(program=world.program_a1, user=world.users["peer"])
    client.force_login(world.users["peer"])
    assert client.get(f"/participants/{mine.pk}/").headers["Location"] == "/me/programs/"


# --- referees answering through their own link ---------------------------------------


def link_key(message: Any) -> str:
    line = next(line for line in message.body.splitlines() if "/references/" in line)
    return line.strip().rstrip("/").rsplit("/", 1)[1]


def test_reaching_references_emails_each_referee_a_link(
    django_capture_on_commit_callbacks: Any,
) -> None:
    person = applicant("first_conversation", name="Tran")
    referee_for(person, 1, email="one@example.org")
    referee_for(person, 2, email="two@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        services.move(UserFactory(), person, "references")
    assert sorted(m.to[0] for m in mail.outbox if "/references/" in m.body) == [
        "one@example.org",
        "two@example.org",
    ]


def test_a_referee_answers_once_through_their_link(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    person = applicant("first_conversation")
    referee = referee_for(person, 1)
    with django_capture_on_commit_callbacks(execute=True):
        services.move(UserFactory(), person, "references")
    key = link_key(next(m for m in mail.outbox if "/references/" in m.body))
    response = client.post(
        f"/references/{key}/", {"would_trust": "yes", "comments": "Kind, steady"}
    )
    assert "Thank you" in response.content.decode()
    client.post(f"/references/{key}/", {"would_trust": "no", "comments": "changed my mind"})
    referee.refresh_from_db()
    assert (referee.would_trust, referee.comments) == ("yes", "Kind, steady")


def test_a_referee_link_stops_working_after_screening(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    person = applicant("first_conversation")
    referee_for(person, 1)
    with django_capture_on_commit_callbacks(execute=True):
        services.move(UserFactory(), person, "references")
    key = link_key(next(m for m in mail.outbox if "/references/" in m.body))
    services.decide_not_now(UserFactory(), person, reasons="x", message="y")
    assert client.get(f"/references/{key}/").status_code == 404
