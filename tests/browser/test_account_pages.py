"""The account pages allauth provides, in our layout and everyday words."""

from __future__ import annotations

import re

from tests.conftest import World


def test_forgotten_password_link_leads_to_a_reset_that_says_to_check_email(
    browse, world: World
) -> None:
    page = browse.visit("/accounts/login/")
    browse.follow(page.get_by_role("link", name="Forgot your password?"))
    page.get_by_label("Email").fill(world.users["peer"].email)
    browse.submit(page.get_by_role("button", name="Email me a link"))

    assert page.get_by_role("heading", level=1, name="Check your email").is_visible()


def test_staff_see_that_their_second_step_is_on(browse, world: World) -> None:
    page = browse.log_in(world.users["coordinator"].email, with_code=True)
    browse.visit("/accounts/2fa/")

    assert page.get_by_text(re.compile("^On: Mutual asks for a code")).is_visible()


def test_changing_password_needs_the_current_one(browse, world: World) -> None:
    page = browse.log_in(world.users["peer"].email)
    browse.visit("/accounts/password/change/")
    page.get_by_label(re.compile("^Current password", re.I)).fill("not my password")
    page.get_by_label(re.compile("^New password:?$", re.I)).fill("a brand new long passphrase")
    page.get_by_label(re.compile("^New password \\(again\\)", re.I)).fill(
        "a brand new long passphrase"
    )
    browse.submit(page.get_by_role("button", name="Save new password"))

    assert browse.path() == "/accounts/password/change/"
    assert page.get_by_role("alert").is_visible()


def test_logging_out_returns_to_the_welcome_page(browse, world: World) -> None:
    page = browse.log_in(world.users["peer"].email)
    browse.submit(page.get_by_role("banner").get_by_role("button", name="Log out"))

    assert browse.path() == "/"
    assert page.get_by_role("banner").get_by_role("link", name="Log in").is_visible()
