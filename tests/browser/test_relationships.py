"""A match in daily use, in a real browser: the mentor logs a session on a phone without
JavaScript, the peer rates it with one tap, and the coordinator's board shows the match.
Every page is checked with axe."""

from __future__ import annotations

from typing import Any

from mutual.relationships.models import Relationship, Session
from tests.conftest import World
from tests.factories_matching import mentor, peer, tags


def test_mentor_logs_a_session_peer_rates_it_and_the_board_shows_it(
    browse: Any, browse_without_js: Any, world: World
) -> None:
    t = tags()
    ana = peer(world.program_a1, [t["dementia"]], name="Ana Lopez", stage="matched")
    mai = mentor(world.program_a1, [t["dementia"]], name="Mai Tran")
    match = Relationship.objects.create(program=world.program_a1, peer=ana, mentor=mai)
    phone = browse_without_js

    page = phone.log_in(mai.user.email)
    phone.visit("/me/caseload/")
    phone.follow(page.get_by_role("link", name="Log a session"))
    page.get_by_label("How long (minutes)").fill("45")
    page.get_by_role("group", name="How").get_by_label("Phone").check()
    page.get_by_label("Growth: confidence, coping, hope").check()
    page.get_by_label("Short note (optional)").fill("Talked about sleep")
    phone.submit(page.get_by_role("button", name="Save"))
    assert page.get_by_text("Session saved. Thank you.").is_visible()
    assert page.get_by_text("Talked about sleep").is_visible()

    page.context.clear_cookies()
    page = phone.log_in(ana.user.email)
    phone.visit(f"/relationships/{match.pk}/")
    assert not page.get_by_text("Talked about sleep").is_visible()
    phone.submit(page.get_by_role("button", name="A lot"))
    assert page.get_by_text("Thank you for telling us.").is_visible()
    assert Session.objects.get(relationship=match).peer_rating == 3

    page = browse.log_in(world.users["coordinator"].email, with_code=True)
    browse.visit(f"/programs/{world.program_a1.pk}/relationships/")
    assert page.get_by_role("link", name="Ana Lopez").is_visible()
    assert page.get_by_text("1 match is open.").is_visible()
