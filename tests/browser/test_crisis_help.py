"""A peer can always reach urgent help from the page they are on."""

from __future__ import annotations

from tests.conftest import World


def test_need_help_now_link_shows_on_the_peers_home_page(browse, world: World) -> None:
    page = browse.log_in(world.users["peer"].email)

    assert page.get_by_role("banner").get_by_role("link", name="Need help now?").is_visible()


def test_need_help_now_link_leads_to_the_programs_crisis_help(browse, world: World) -> None:
    page = browse.log_in(world.users["peer"].email)

    browse.follow(page.get_by_role("banner").get_by_role("link", name="Need help now?"))

    assert browse.path() == f"/p/{world.program_a1.pk}/help/"
    assert page.get_by_role("heading", level=1, name="Need help now?").is_visible()
    assert page.get_by_role("link", name="Call 13 11 14").is_visible()
