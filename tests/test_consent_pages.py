"""The consent wording page: versions, publishing, preview, who may publish."""

from __future__ import annotations

import pytest
from django.test import Client

from mutual.participants.models import ConsentText
from tests.conftest import World

WORDS = "We keep what you tell us to find you a peer mentor. You can stop at any time."


def test_a_coordinator_publishes_a_new_version(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = f"/p/{world.program_a1.pk}/consent/"
    response = client.post(url, {"audience": "peer", "body": WORDS})
    assert response.status_code == 302
    text = ConsentText.objects.get()
    assert (text.version, text.body, text.published_by) == (1, WORDS, world.users["coordinator"])


def test_publishing_twice_by_double_click_is_one_version(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = f"/p/{world.program_a1.pk}/consent/"
    client.post(url, {"audience": "peer", "body": WORDS})
    client.post(url, {"audience": "peer", "body": WORDS})
    assert ConsentText.objects.count() == 1


def test_preview_shows_the_words_without_publishing(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    response = client.post(
        f"/p/{world.program_a1.pk}/consent/", {"audience": "peer", "body": WORDS, "preview": "1"}
    )
    assert WORDS in response.content.decode()
    assert not ConsentText.objects.exists()


def test_too_short_wording_gets_a_clear_message(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    response = client.post(f"/p/{world.program_a1.pk}/consent/", {"audience": "peer", "body": "ok"})
    assert "at least 20 characters" in response.content.decode()
    assert not ConsentText.objects.exists()


@pytest.mark.parametrize("role", ["supervisor", "mentor", "peer", "funder"])
def test_only_coordinators_and_admins_may_publish(client: Client, world: World, role: str) -> None:
    client.force_login(world.users[role])
    response = client.post(
        f"/p/{world.program_a1.pk}/consent/", {"audience": "peer", "body": WORDS}
    )
    assert response.status_code == 403
    assert not ConsentText.objects.exists()
