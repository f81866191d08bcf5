"""Each role lands on a home page of its next actions."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory


def home_text(client, user) -> str:
    client.force_login(user)
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("role", "heading"),
    [
        ("platform_admin", "Running this Mutual"),
        ("org_admin", "Organisation admin"),
        ("coordinator", "Coordinator"),
        ("supervisor", "peer mentor you support"),
        ("mentor", "Your peers"),
        ("peer", "Your peer mentor"),
        ("funder", "Programs you fund"),
    ],
)
def test_each_role_sees_its_own_section(client, world: World, role: str, heading: str) -> None:
    assert heading in home_text(client, world.users[role])


def test_org_admin_is_told_which_program_has_no_coordinator(client, world: World) -> None:
    text = home_text(client, world.users["org_admin"])
    assert f"{world.program_a2.name} has no coordinator" in text
    assert f"{world.program_a1.name} has no coordinator" not in text


def test_org_admin_is_told_which_staff_have_not_set_up_mfa(client, world: World) -> None:
    newcomer = UserFactory(name="Nadia Newcomer", with_mfa=False)
    MembershipFactory(user=newcomer, program=world.program_a2, role="supervisor")
    assert "Nadia Newcomer (Supervisor) has not set up the second log-in step" in home_text(
        client, world.users["org_admin"]
    )


def test_peer_sees_crisis_help_on_their_home_page(client, world: World) -> None:
    text = home_text(client, world.users["peer"])
    assert "Need help now?" in text
    assert 'href="tel:131114"' in text


def test_funder_sees_counts_and_no_names(client, world: World) -> None:
    for role, name in (("mentor", "Marguerite Oyelaran"), ("peer", "Tomasz Wieczorek")):
        world.users[role].name = name
        world.users[role].save()
    text = home_text(client, world.users["funder"])
    assert world.program_a1.name in text
    assert "Marguerite" not in text
    assert "Tomasz" not in text


def test_a_person_with_two_roles_sees_both(client, world: World) -> None:
    MembershipFactory(user=world.users["peer"], program=world.program_a2, role="mentor")
    text = home_text(client, world.users["peer"])
    assert "Your peer mentor" in text and "Your peers" in text


def test_someone_with_no_role_is_told_what_will_appear(client, db) -> None:
    assert "You are not part of a program yet" in home_text(client, UserFactory())


def test_staff_pages_do_not_show_the_crisis_link_to_people_without_a_participant_role(
    client, world: World
) -> None:
    assert "Need help now?" not in home_text(client, world.users["org_admin"])
