"""Drafts, the carry-on link, submitting, and stage changes (participants services)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from mutual.accounts.models import Membership
from mutual.audit.models import AuditEvent
from mutual.participants.models import Participant
from mutual.participants.services import (
    JoiningError,
    change_stage,
    email_resume_link,
    find_draft,
    issue_resume_link,
    save_answers,
    start_draft,
    submit,
)
from mutual.participants.services.lifecycle import purge_stale_drafts
from tests.factories import (
    ConsentTextFactory,
    ExperienceTagFactory,
    ParticipantFactory,
    ProgramFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def draft(program=None, **kwargs):  # type: ignore[no-untyped-def]
    program = program or ProgramFactory()
    values = {"draft_key": "k-1", "name": "Mai", "email": "Mai@Example.org", **kwargs}
    return start_draft(program, "peer", **values)


def test_start_draft_keeps_the_first_answers_and_a_clean_email() -> None:
    participant = draft(phone="0400 000 000")
    assert (participant.stage, participant.name, participant.email, participant.phone) == (
        "draft",
        "Mai",
        "mai@example.org",
        "0400 000 000",
    )


def test_the_same_draft_key_twice_is_one_draft() -> None:
    program = ProgramFactory()
    first = draft(program)
    again = draft(program, name="Mai T")
    assert again.pk == first.pk
    assert Participant.objects.count() == 1
    assert Participant.objects.get().name == "Mai T"


def test_a_draft_key_from_another_program_is_refused() -> None:
    draft()
    with pytest.raises(JoiningError, match="expired"):
        draft(ProgramFactory())


def test_a_program_not_taking_people_refuses_new_drafts() -> None:
    with pytest.raises(JoiningError, match="not taking new people"):
        draft(ProgramFactory(status="paused"))


def test_a_bad_email_is_named_plainly() -> None:
    with pytest.raises(JoiningError) as error:
        draft(email="mai@")
    assert error.value.field == "email"


def test_an_empty_name_is_refused() -> None:
    with pytest.raises(JoiningError) as error:
        draft(name="  ")
    assert error.value.field == "name"


def test_save_answers_refuses_fields_that_are_not_answers() -> None:
    participant = draft()
    with pytest.raises(JoiningError):
        save_answers(participant, {"stage": "waiting"})
    participant.refresh_from_db()
    assert participant.stage == "draft"


def test_experiences_must_come_from_the_programs_branches() -> None:
    branch = ExperienceTagFactory()
    leaf = ExperienceTagFactory(parent=branch)
    elsewhere = ExperienceTagFactory()
    program = ProgramFactory()
    program.experiences.add(branch)
    participant = draft(program)
    save_answers(participant, {}, experiences=[leaf.pk])
    assert list(participant.experiences.all()) == [leaf]
    with pytest.raises(JoiningError):
        save_answers(participant, {}, experiences=[elsewhere.pk])


def test_the_carry_on_link_finds_the_draft_and_an_older_link_stops_working() -> None:
    participant = draft()
    old_key = issue_resume_link(participant).rstrip("/").rsplit("/", 1)[1]
    new_key = issue_resume_link(participant).rstrip("/").rsplit("/", 1)[1]
    assert find_draft(new_key) == participant
    assert find_draft(old_key) is None
    assert find_draft("") is None


def test_the_secret_is_not_stored() -> None:
    participant = draft()
    key = issue_resume_link(participant).rstrip("/").rsplit("/", 1)[1]
    participant.refresh_from_db()
    assert key not in participant.resume_key_hash


def test_the_carry_on_link_is_emailed_only_to_the_draft_address(
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    participant = draft()
    with django_capture_on_commit_callbacks(execute=True):
        email_resume_link(participant)
    assert [m.to for m in mail.outbox] == [["mai@example.org"]]
    assert "/join/continue/" in mail.outbox[0].body


def test_an_old_draft_cannot_be_resumed_and_is_purged() -> None:
    participant = draft()
    key = issue_resume_link(participant).rstrip("/").rsplit("/", 1)[1]
    Participant.objects.filter(pk=participant.pk).update(
        created_at=timezone.now() - timedelta(days=31)
    )
    assert find_draft(key) is None
    assert purge_stale_drafts() == 1
    assert not Participant.objects.exists()


def test_submit_makes_an_account_a_role_and_a_consent(
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    participant = draft()
    text = ConsentTextFactory(program=participant.program)
    with django_capture_on_commit_callbacks(execute=True):
        submit(participant, consent_text=text)
    participant.refresh_from_db()
    assert participant.stage == "new"
    assert participant.user is not None and participant.user.email == "mai@example.org"
    assert not participant.user.has_usable_password()
    assert participant.membership is not None and participant.membership.role == "peer"
    assert participant.consents.get().consent_text == text
    assert participant.resume_key_hash == ""
    assert [m.to for m in mail.outbox] == [["mai@example.org"]]


def test_submitting_twice_is_submitting_once() -> None:
    participant = draft()
    text = ConsentTextFactory(program=participant.program)
    submit(participant, consent_text=text)
    submit(participant, consent_text=text)
    assert Membership.objects.filter(role="peer").count() == 1
    assert participant.consents.count() == 1
    assert AuditEvent.objects.filter(action="participant.submitted").count() == 1


def test_submit_reuses_an_existing_account() -> None:
    existing = UserFactory(email="mai@example.org")
    participant = draft()
    submit(participant, consent_text=ConsentTextFactory(program=participant.program))
    participant.refresh_from_db()
    assert participant.user == existing


def test_a_mentor_application_starts_at_applied() -> None:
    program = ProgramFactory()
    participant = start_draft(program, "mentor", draft_key="m-1", name="Tran", email="t@x.org")
    submit(participant, consent_text=ConsentTextFactory(program=program, audience="mentor"))
    participant.refresh_from_db()
    assert participant.stage == "applied"


def test_submit_without_published_consent_wording_is_refused() -> None:
    participant = draft()
    with pytest.raises(JoiningError, match="agree to"):
        submit(participant, consent_text=None)
    participant.refresh_from_db()
    assert participant.stage == "draft"


def test_change_stage_records_when_and_who() -> None:
    coordinator = UserFactory()
    participant = ParticipantFactory(stage="new")
    change_stage(coordinator, participant, "waiting", reason="talked on the phone")
    participant.refresh_from_db()
    event = AuditEvent.objects.get(action="participant.stage_changed")
    assert participant.stage == "waiting"
    assert event.actor == coordinator
    assert event.details["previous"] == "new"


def test_change_stage_refuses_a_stage_of_the_other_role() -> None:
    participant = ParticipantFactory(stage="new")
    with pytest.raises(JoiningError):
        change_stage(None, participant, "references")


def test_the_first_match_is_remembered_for_the_wait_estimate() -> None:
    participant = ParticipantFactory(stage="waiting")
    change_stage(None, participant, "matched")
    participant.refresh_from_db()
    assert participant.matched_at is not None
