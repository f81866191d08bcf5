"""Email wording: defaults, a program's own words, placeholders, preview and reset."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from mutual.participants.models import NoticeTemplate
from mutual.participants.notices import fill, render_notice, send_notice
from tests.conftest import World
from tests.factories import ProgramFactory

pytestmark = pytest.mark.django_db


def test_fill_replaces_only_allowed_placeholders() -> None:
    assert fill("Hi {name}, {secret} {x", ("name",), {"name": "Mai", "secret": "s"}) == (
        "Hi Mai, {secret} {x"
    )


def test_the_default_wording_names_the_program_and_the_person() -> None:
    program = ProgramFactory(name="Carers")
    subject, body = render_notice(program, "application_received", {"name": "Tran"})
    assert "Carers" in subject
    assert body.startswith("Hello Tran,")


def test_a_programs_own_wording_is_used(django_capture_on_commit_callbacks: Any) -> None:
    program = ProgramFactory(name="Carers")
    NoticeTemplate.objects.create(
        program=program, key="intake_resume", subject="Your form, {name}", body="Go on: {link}"
    )
    with django_capture_on_commit_callbacks(execute=True):
        send_notice(program, "intake_resume", "mai@example.org", {"name": "Mai", "link": "L"})
    assert (mail.outbox[0].subject, mail.outbox[0].body) == ("Your form, Mai", "Go on: L")


def test_a_coordinator_saves_and_resets_wording(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = f"/p/{world.program_a1.pk}/emails/intake_received/"
    client.post(url, {"subject": "Got it, {name}", "body": "We will call you. {wait}"})
    assert NoticeTemplate.objects.get().subject == "Got it, {name}"
    client.post(url, {"reset": "1"})
    assert not NoticeTemplate.objects.exists()


def test_an_unknown_placeholder_is_named(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    response = client.post(
        f"/p/{world.program_a1.pk}/emails/intake_received/",
        {"subject": "Hi {name}", "body": "Your story: {own_words}"},
    )
    assert "This email cannot fill in: {own_words}" in response.content.decode()
    assert not NoticeTemplate.objects.exists()


def test_preview_fills_samples_without_saving(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    response = client.post(
        f"/p/{world.program_a1.pk}/emails/intake_received/",
        {"subject": "Hi {name}", "body": "From {program}", "preview": "1"},
    )
    page = response.content.decode()
    assert "Hi Mai" in page and f"From {world.program_a1.name}" in page
    assert not NoticeTemplate.objects.exists()


def test_an_unknown_email_is_not_found(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    assert client.get(f"/p/{world.program_a1.pk}/emails/nope/").status_code == 404
