"""Logging in through the real pages, for every role, in a real browser."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import code_for
from tests.conftest import STAFF, World
from tests.factories import MembershipFactory, UserFactory

# The heading of the section each role's home page shows (mutual/core/templates/core/home/).
ROLE_HEADINGS = {
    "platform_admin": "Running this Mutual",
    "org_admin": r"Carers Together\s+Organisation admin",
    "coordinator": r"Carers A1\s+Coordinator",
    "supervisor": r"Carers A1\s+Supervisor",
    "mentor": r"Carers A1\s+Peer mentor",
    "peer": "Carers A1",
    "funder": r"Programs you fund\s+Funder",
    "outsider": "Other B1",
}


@pytest.mark.parametrize("role", sorted(ROLE_HEADINGS))
def test_each_role_logs_in_and_sees_their_home_section(browse, world: World, role: str) -> None:
    page = browse.log_in(world.users[role].email, with_code=role in STAFF)

    assert browse.path() == "/home/"
    heading = page.get_by_role("heading", level=2, name=re.compile(f"^{ROLE_HEADINGS[role]}$"))
    assert heading.is_visible()


def test_staff_asks_for_the_one_time_code_before_home(browse, world: World) -> None:
    browse.log_in(world.users["coordinator"].email)

    assert browse.path().startswith("/accounts/2fa/authenticate/")


def test_wrong_one_time_code_keeps_staff_out(browse, world: World) -> None:
    page = browse.log_in(world.users["coordinator"].email)
    page.get_by_label("Code").fill("000000")
    browse.submit(page.get_by_role("button", name="Log in", exact=True))

    assert browse.path().startswith("/accounts/2fa/authenticate/")
    assert page.get_by_role("alert").is_visible()


def test_staff_without_mfa_is_sent_to_set_it_up(browse, world: World) -> None:
    new_coordinator = UserFactory(email="new.coordinator@example.org")
    MembershipFactory(user=new_coordinator, program=world.program_a1, role="coordinator")

    browse.log_in(new_coordinator.email)

    assert browse.path() == "/accounts/2fa/totp/activate/"


def test_staff_member_sets_up_the_second_step_and_reaches_home(browse, world: World) -> None:
    new_coordinator = UserFactory(email="new.coordinator@example.org")
    MembershipFactory(user=new_coordinator, program=world.program_a1, role="coordinator")
    page = browse.log_in(new_coordinator.email)
    secret = page.get_by_label("Setup key").input_value()

    page.get_by_label("Authenticator code").fill(code_for(secret))
    browse.submit(page.get_by_role("button", name="Turn on"))
    browse.visit("/home/")

    assert browse.path() == "/home/"
    assert page.get_by_role("heading", level=2, name=re.compile("Coordinator")).is_visible()


def test_wrong_password_shows_a_clear_message(browse, world: World) -> None:
    page = browse.visit("/accounts/login/")
    page.get_by_label("Email").fill(world.users["peer"].email)
    page.get_by_label(re.compile("^Password")).fill("not the password")
    browse.submit(page.get_by_role("button", name="Log in", exact=True))

    assert browse.path() == "/accounts/login/"
    assert "email address and/or password" in page.get_by_role("alert").inner_text()


def test_coordinator_logs_in_without_javascript(browse_without_js, world: World) -> None:
    browse = browse_without_js
    browse.log_in(world.users["coordinator"].email, with_code=True)

    assert browse.path() == "/home/"
    assert browse.page.get_by_role("heading", level=2, name=re.compile("Coordinator")).is_visible()
