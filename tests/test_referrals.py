"""Referral by a professional: the form, the invitation, and what the referrer may see."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from mutual.participants.models import Participant, Referral
from mutual.participants.services import change_stage
from mutual.participants.services.referrals import set_referrer_updates
from tests.conftest import World
from tests.factories import ConsentTextFactory, ProgramFactory

pytestmark = pytest.mark.django_db

FORM = {
    "draft_key": "ref-1",
    "name": "Mai",
    "email": "mai@example.org",
    "preferred_channel": "phone",
    "phone": "0400 111 222",
    "safe_to_leave_message": "no",
    "reason": "Caring for her mother, exhausted",
    "referrer_name": "Dr Sam Lee",
    "referrer_kind": "gp",
    "referrer_organisation": "Parramatta Clinic",
    "referrer_email": "sam.lee@clinic.example.org",
    "person_agreed": "on",
}


@pytest.fixture
def program() -> Any:
    program = ProgramFactory(slug="carers")
    ConsentTextFactory(program=program)
    return program


def send(client: Client, data: dict[str, Any], capture: Any) -> Any:
    with capture(execute=True):
        return client.post("/join/carers/refer/", data)


def link_in(message: Any, part: str) -> str:
    line = next(line for line in message.body.splitlines() if part in line)
    return line.strip().replace("http://127.0.0.1:8000", "")


def test_a_referral_invites_the_person_and_thanks_the_referrer(
    client: Client, program: Any, django_capture_on_commit_callbacks: Any
) -> None:
    response = send(client, FORM, django_capture_on_commit_callbacks)
    assert "Referral sent" in response.content.decode()
    person = Participant.objects.get()
    assert (person.stage, person.source) == ("draft", "referral")
    assert sorted(m.to[0] for m in mail.outbox) == ["mai@example.org", "sam.lee@clinic.example.org"]
    invitation = next(m for m in mail.outbox if m.to == ["mai@example.org"])
    assert "Dr Sam Lee" in invitation.body
    assert "exhausted" not in invitation.body  # the reason never goes in an email


def test_without_the_persons_agreement_nothing_is_recorded(
    client: Client, program: Any, django_capture_on_commit_callbacks: Any
) -> None:
    response = send(client, {**FORM, "person_agreed": ""}, django_capture_on_commit_callbacks)
    assert "We only accept referrals they have agreed to" in response.content.decode()
    assert not Participant.objects.exists() and not mail.outbox


def test_a_double_submit_is_one_referral(
    client: Client, program: Any, django_capture_on_commit_callbacks: Any
) -> None:
    send(client, FORM, django_capture_on_commit_callbacks)
    send(client, FORM, django_capture_on_commit_callbacks)
    assert Referral.objects.count() == 1


def test_the_referrer_sees_only_what_the_person_allows(
    client: Client, program: Any, django_capture_on_commit_callbacks: Any
) -> None:
    send(client, FORM, django_capture_on_commit_callbacks)
    status = link_in(next(m for m in mail.outbox if m.to[0].startswith("sam")), "/referrals/")
    assert "waiting for the person" in client.get(status).content.decode()
    person = Participant.objects.get()
    person.stage = "new"
    person.save()
    page = client.get(status).content.decode()
    assert "have not chosen to share" in page and "New" not in page
    set_referrer_updates(person, True)
    assert "Waiting for a peer mentor" not in client.get(status).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        change_stage(None, person, "waiting")
    update = mail.outbox[-1]
    assert update.to == ["sam.lee@clinic.example.org"]
    new_status = link_in(update, "/referrals/")
    assert "Waiting for a peer mentor" in client.get(new_status).content.decode()
    assert client.get(status).status_code == 404  # the older link stopped working


def test_the_person_completes_their_part_and_chooses_to_share(
    client: Client, program: Any, django_capture_on_commit_callbacks: Any
) -> None:
    send(client, FORM, django_capture_on_commit_callbacks)
    invitation = next(m for m in mail.outbox if m.to == ["mai@example.org"])
    person_client = Client()
    response = person_client.get(link_in(invitation, "/join/continue/"))
    assert response.status_code == 302
    Participant.objects.update(last_step=5)  # the person has answered the middle steps
    page = person_client.get("/join/carers/support/agree/").content.decode()
    assert "Let Dr Sam Lee see where things are" in page
    person_client.post("/join/carers/support/agree/", {"agree": "on", "share_with_referrer": "on"})
    referral = Referral.objects.get()
    assert referral.share_updates
    assert referral.participant.stage == "new"


def test_coordinators_see_referrals_by_source(client: Client, world: World) -> None:
    person = Participant.objects.create(
        program=world.program_a1, role="peer", stage="draft", name="Mai"
    )
    Referral.objects.create(
        participant=person,
        person_agreed=True,
        **{k: v for k, v in FORM.items() if k.startswith("referrer_") or k == "reason"},
    )
    client.force_login(world.users["coordinator"])
    page = client.get(f"/p/{world.program_a1.pk}/referrals/").content.decode()
    assert "Parramatta Clinic — 1" in page
    assert "Waiting for the person to finish their part" in page
