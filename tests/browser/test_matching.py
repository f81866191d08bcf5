"""Matching end to end in a real browser: a coordinator finds matches and asks a mentor,
who says no; the next best mentor says yes, then the peer does, and a relationship
starts; the coordinator then ends it as "not the right fit" and the peer is back on the
list. Every page is checked with axe."""

from __future__ import annotations

from typing import Any

from mutual.relationships.models import Relationship
from tests.conftest import World
from tests.factories_matching import mentor, peer, tags


def answer(people: Any, email: str, yes: bool, reason: str = "") -> Any:
    """A mentor or peer answers on their own phone, without JavaScript."""
    people.page.context.clear_cookies()
    page = people.log_in(email)
    people.visit("/me/programs/")
    people.follow(page.get_by_role("link", name="Look and answer"))
    assert page.get_by_role("heading", name="What you have in common").is_visible()
    page.get_by_label("Yes, I would like this" if yes else "No, thank you").check()
    if reason:
        page.get_by_label("If no, why? (optional)").fill(reason)
    return people.submit(page.get_by_role("button", name="Send my answer"))


def ask(coordinator: Any, world: World, mentor_name: str) -> None:
    page = coordinator.visit(f"/programs/{world.program_a1.pk}/matching/")
    coordinator.submit(page.get_by_role("button", name=f"Ask {mentor_name}"))
    assert page.get_by_text(f"{mentor_name} has been asked.").is_visible()


def test_suggest_decline_rematch_accept_and_match_again(
    browse: Any, browse_without_js: Any, world: World
) -> None:
    coordinator, people = browse, browse_without_js
    t = tags()
    ana = peer(world.program_a1, [t["dementia"]], name="Ana Lopez")
    mai = mentor(world.program_a1, [t["dementia"]], name="Mai Tran")
    lin = mentor(world.program_a1, [t["ageing"]], name="Lin Wu")

    page = coordinator.log_in(world.users["coordinator"].email, with_code=True)
    coordinator.visit(f"/programs/{world.program_a1.pk}/matching/")
    coordinator.submit(page.get_by_role("button", name="Find matches for everyone waiting"))
    page.get_by_text("Done: a peer mentor suggested for 1 of 1 people waiting.").wait_for()
    coordinator.follow(page.get_by_role("link", name="Look at the suggestions"))
    assert page.get_by_text("Both know “Caring for a parent with dementia”").is_visible()

    ask(coordinator, world, "Mai Tran")
    mine = answer(people, mai.user.email, yes=False, reason="I know the family")
    assert mine.get_by_text("We will look for someone else.").is_visible()

    ask(coordinator, world, "Lin Wu")  # the next best was suggested after Mai's no
    answer(people, lin.user.email, yes=True)
    mine = answer(people, ana.user.email, yes=True)
    assert mine.get_by_text("Wonderful: you are matched.").is_visible()
    people.follow(mine.get_by_role("link", name="Your match with Lin Wu"))
    assert mine.get_by_text("Introduced: first meeting being arranged").is_visible()

    relationship = Relationship.objects.get(peer=ana)
    coordinator.visit(f"/relationships/{relationship.pk}/")
    page.get_by_text("Not the right fit: match again").click()
    coordinator.submit(page.get_by_role("button", name="End and match again"))

    assert page.get_by_text("Ended without blame.").is_visible()
    relationship.refresh_from_db()
    ana.refresh_from_db()
    assert relationship.end_reason == "rematched" and ana.stage == "waiting"
