"""Consent wording versions, agreeing, and withdrawing (participants services)."""

from __future__ import annotations

import pytest

from mutual.accounts.models import Membership
from mutual.audit.models import AuditEvent
from mutual.participants.models import ConsentText
from mutual.participants.services import (
    JoiningError,
    current_consent,
    current_consent_text,
    give_consent,
    publish_consent_text,
    withdraw_consent,
)
from tests.factories import (
    ConsentTextFactory,
    MembershipFactory,
    ParticipantFactory,
    ProgramFactory,
)

pytestmark = pytest.mark.django_db

WORDS = "I agree that the program keeps what I tell it so it can find me a peer mentor."


def test_publishing_numbers_versions_and_keeps_old_ones() -> None:
    program = ProgramFactory()
    first = publish_consent_text(None, program, "peer", WORDS)
    second = publish_consent_text(None, program, "peer", WORDS + " I can stop at any time.")
    first.refresh_from_db()
    assert (first.version, second.version) == (1, 2)
    assert first.body == WORDS
    assert current_consent_text(program, "peer") == second


def test_publishing_the_same_words_again_is_not_a_new_version() -> None:
    program = ProgramFactory()
    publish_consent_text(None, program, "peer", WORDS)
    publish_consent_text(None, program, "peer", WORDS)
    assert ConsentText.objects.count() == 1


def test_peer_and_mentor_wording_are_versioned_apart() -> None:
    program = ProgramFactory()
    publish_consent_text(None, program, "peer", WORDS)
    mentor = publish_consent_text(None, program, "mentor", WORDS)
    assert mentor.version == 1


def test_too_short_wording_is_refused_with_a_reason() -> None:
    with pytest.raises(JoiningError) as error:
        publish_consent_text(None, ProgramFactory(), "peer", "ok")
    assert error.value.field == "body"


def test_agreeing_to_a_newer_version_replaces_the_old_agreement() -> None:
    participant = ParticipantFactory()
    old = ConsentTextFactory(program=participant.program)
    new = ConsentTextFactory(program=participant.program)
    give_consent(participant, old, channel="web")
    give_consent(participant, new, channel="web")
    assert current_consent(participant).consent_text == new  # type: ignore[union-attr]
    assert participant.consents.count() == 2


def test_wording_of_another_program_cannot_be_agreed_to() -> None:
    participant = ParticipantFactory()
    with pytest.raises(JoiningError):
        give_consent(participant, ConsentTextFactory(), channel="web")


def test_withdrawing_stops_processing_and_is_recorded() -> None:
    membership = MembershipFactory(role="peer")
    participant = ParticipantFactory(
        program=membership.program, user=membership.user, membership=membership, stage="waiting"
    )
    give_consent(participant, ConsentTextFactory(program=participant.program), channel="web")
    withdraw_consent(membership.user, participant, channel="web", reason="feeling better")
    participant.refresh_from_db()
    consent = participant.consents.get()
    assert participant.stage == "withdrawn"
    assert consent.withdrawn_at is not None and consent.withdrawn_channel == "web"
    assert Membership.objects.get(pk=membership.pk).ended_at is not None
    assert AuditEvent.objects.filter(action="consent.withdrawn").count() == 1


def test_withdrawing_twice_changes_nothing_more() -> None:
    participant = ParticipantFactory(stage="waiting")
    give_consent(participant, ConsentTextFactory(program=participant.program), channel="web")
    withdraw_consent(None, participant, channel="web")
    withdraw_consent(None, participant, channel="web")
    assert AuditEvent.objects.filter(action="consent.withdrawn").count() == 1
