"""Logging in by email, and the second step that staff must use."""

from __future__ import annotations

import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from tests.conftest import World
from tests.factories import PASSWORD, TOTP_SECRET, MembershipFactory, UserFactory


def current_code() -> str:
    return format_hotp_value(hotp_value(TOTP_SECRET, int(time.time()) // 30))


def test_a_peer_logs_in_with_email_and_password(client, world: World) -> None:
    response = client.post(
        reverse("account_login"), {"login": "peer@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200


def test_a_wrong_password_gets_a_clear_message(client, world: World) -> None:
    response = client.post(
        reverse("account_login"), {"login": "peer@example.org", "password": "nope"}
    )
    assert response.status_code == 200
    assert "not correct" in response.content.decode()


def test_staff_with_mfa_are_asked_for_a_code(client, world: World) -> None:
    response = client.post(
        reverse("account_login"), {"login": "coordinator@example.org", "password": PASSWORD}
    )
    assert response["Location"] == reverse("mfa_authenticate")
    response = client.post(reverse("mfa_authenticate"), {"code": current_code()})
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200


@pytest.mark.parametrize(("steps_away", "accepted"), [(-1, True), (1, True), (-3, False)])
def test_a_code_from_the_neighbouring_half_minute_still_works(
    client, world: World, steps_away: int, accepted: bool
) -> None:
    # Someone typing slowly, or a phone clock a few seconds off, is not turned away.
    client.post(
        reverse("account_login"), {"login": "coordinator@example.org", "password": PASSWORD}
    )
    step = int(time.time()) // 30 + steps_away
    response = client.post(
        reverse("mfa_authenticate"), {"code": format_hotp_value(hotp_value(TOTP_SECRET, step))}
    )
    assert (response.status_code == 302) is accepted


def test_staff_without_mfa_must_set_it_up_first(client, world: World) -> None:
    newcomer = UserFactory(with_mfa=False)
    MembershipFactory(user=newcomer, program=world.program_a1, role="coordinator")
    client.force_login(newcomer)
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


@pytest.mark.parametrize("role", ["mentor", "peer", "funder"])
def test_participants_and_funders_are_not_forced_to_use_mfa(
    client, world: World, role: str
) -> None:
    person = UserFactory(with_mfa=False)
    MembershipFactory(user=person, program=world.program_a1, role=role)
    client.force_login(person)
    assert client.get(reverse("home")).status_code == 200


def test_staff_without_mfa_can_still_reach_the_set_up_page(client, world: World) -> None:
    newcomer = UserFactory(with_mfa=False)
    MembershipFactory(user=newcomer, program=world.program_a1, role="supervisor")
    client.post(reverse("account_login"), {"login": newcomer.email, "password": PASSWORD})
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


def test_api_tells_staff_without_mfa_to_set_it_up(client, world: World) -> None:
    newcomer = UserFactory(with_mfa=False)
    MembershipFactory(user=newcomer, program=world.program_a1, role="coordinator")
    client.force_login(newcomer)
    response = client.get("/api/me")
    assert response.status_code == 403
    assert "second log-in step" in response.json()["detail"]


def test_logging_in_switches_to_the_persons_own_language(client, world: World) -> None:
    peer = world.users["peer"]
    peer.preferred_language = "ar"
    peer.save()
    client.post(reverse("account_login"), {"login": peer.email, "password": PASSWORD})
    assert 'dir="rtl"' in client.get(reverse("home")).content.decode()


def test_a_language_chosen_before_logging_in_is_kept(client, world: World) -> None:
    peer = world.users["peer"]
    peer.preferred_language = "ar"
    peer.save()
    client.cookies["django_language"] = "es"
    client.post(reverse("account_login"), {"login": peer.email, "password": PASSWORD})
    assert 'lang="es"' in client.get(reverse("home")).content.decode()


def test_staff_without_mfa_are_never_stopped_on_the_way_to_crisis_help(
    client, world: World
) -> None:
    newcomer = UserFactory(with_mfa=False)
    MembershipFactory(user=newcomer, program=world.program_a1, role="coordinator")
    client.force_login(newcomer)
    assert client.get(reverse("program_help", args=[world.program_a1.pk])).status_code == 200


def test_choosing_a_language_while_signed_in_remembers_it(client, world: World) -> None:
    client.force_login(world.users["mentor"])
    response = client.post(reverse("set_language"), {"language": "vi", "next": "/home/"})
    assert response.status_code == 302
    world.users["mentor"].refresh_from_db()
    assert world.users["mentor"].preferred_language == "vi"


def test_choosing_a_language_signed_out_sets_the_cookie_only(client, db) -> None:
    response = client.post(reverse("set_language"), {"language": "ar", "next": "/"})
    assert response.cookies["django_language"].value == "ar"


def test_sign_up_is_closed_and_points_to_the_programs(client, db) -> None:
    response = client.get(reverse("account_signup"))
    assert "Joining happens through a program" in response.content.decode()
    assert reverse("welcome") in response.content.decode()


def test_the_log_in_page_uses_everyday_words(client, db) -> None:
    text = client.get(reverse("account_login")).content.decode()
    assert "Keep me logged in on this device" in text
    assert "See the programs you can join" in text
