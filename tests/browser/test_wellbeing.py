"""Mentor wellbeing in a real browser: a mentor on a phone without JavaScript answers a
low check-in; the supervisor sees it flagged on the board with "Supervision suggested",
records a supervision session, and the flag clears. Every page is checked with axe."""

from __future__ import annotations

from typing import Any

from mutual.wellbeing.models import CheckIn, MentorWellbeing
from tests.conftest import World
from tests.factories_matching import mentor, tags


def test_a_low_check_in_is_flagged_until_the_supervisor_records_supervision(
    browse: Any, browse_without_js: Any, world: World
) -> None:
    t = tags()
    mai = mentor(world.program_a1, [t["dementia"]], name="Mai Tran", capacity=2)
    phone = browse_without_js

    page = phone.log_in(mai.user.email)
    phone.visit("/me/wellbeing/")
    assert page.get_by_role("heading", name="My wellbeing").is_visible()
    phone.follow(page.get_by_role("link", name="Check in now"))
    feeling = page.get_by_role("group", name="How have you been feeling in yourself?")
    feeling.get_by_label("Low", exact=True).check()
    page.get_by_role("group", name="How manageable has mentoring been?").get_by_label(
        "A struggle"
    ).check()
    page.get_by_role("group", name="How supported do you feel?").get_by_label("A little").check()
    page.get_by_label("Anything else you want to tell us? (optional)").fill("Tired lately")
    phone.submit(page.get_by_role("button", name="Send my check-in"))
    assert page.get_by_text("We have let your supervisor know").is_visible()
    assert page.get_by_text("Tired lately").is_visible()
    assert CheckIn.objects.get(mentor=mai).is_low

    page = browse.log_in(world.users["supervisor"].email, with_code=True)
    board = f"/programs/{world.program_a1.pk}/wellbeing/"
    browse.visit(board)
    row = page.get_by_role("row", name="Mai Tran")
    assert row.get_by_text("Supervision suggested", exact=True).is_visible()
    assert row.get_by_text("Low check-in", exact=True).is_visible()
    browse.follow(page.get_by_role("link", name="Mai Tran"))
    browse.follow(page.get_by_role("link", name="Record a supervision session"))
    page.get_by_label("Workload and boundaries").check()
    page.get_by_label("Actions agreed").fill("Pause new matches for a month")
    page.get_by_label("Private notes (optional)").fill("Check in again in two weeks")
    browse.submit(page.get_by_role("button", name="Save"))
    assert page.get_by_text("Supervision saved.").is_visible()

    browse.visit(board)
    row = page.get_by_role("row", name="Mai Tran")
    assert row.get_by_text("Supervision suggested", exact=True).count() == 0
    assert row.get_by_text("Low check-in", exact=True).count() == 0
    assert page.get_by_text("Supervision suggested (0)").is_visible()
    assert not MentorWellbeing.objects.get(mentor=mai).supervision_suggested
