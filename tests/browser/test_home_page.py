"""The home page on a small phone: fits the screen, in every role."""

from __future__ import annotations

import pytest

from tests.conftest import ROLE_NAMES, STAFF, World

FITS_THE_SCREEN = "document.scrollingElement.scrollWidth <= window.innerWidth"


@pytest.mark.parametrize("role", ROLE_NAMES)
def test_home_page_has_no_sideways_scroll_at_360px(browse, world: World, role: str) -> None:
    page = browse.log_in(world.users[role].email, with_code=role in STAFF)

    assert browse.path() == "/home/"
    assert page.viewport_size["width"] == 360
    assert page.evaluate(FITS_THE_SCREEN)
