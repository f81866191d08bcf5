"""Choosing a language from the footer changes the page, right-to-left for Arabic."""

from __future__ import annotations

from tests.conftest import World


def test_choosing_arabic_turns_the_page_right_to_left(browse, world: World) -> None:
    page = browse.visit("/accounts/login/")
    assert page.locator("html").get_attribute("dir") == "ltr"

    page.get_by_label("Language").select_option("ar")
    browse.submit(page.get_by_role("button", name="Change language"))

    assert browse.path() == "/accounts/login/"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
