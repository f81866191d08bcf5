"""A match from introduction to its end, in a real browser: the peer says yes and the
pair is introduced; the mentor plans a session inside both people's free times, logs
three sessions with kinds of help, sets a goal and reviews it; the peer confirms the
time, rates a session and answers the fit check; the coordinator watches the board's
flags change, ticks off the monthly check-in and ends the match with a reason.
The mentor and peer use phones without JavaScript; every page is checked with axe."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from mutual.matching.models import Proposal
from mutual.relationships.models import Relationship
from tests.conftest import World
from tests.factories_matching import mentor, peer, tags


def switch(phone: Any, email: str) -> Any:
    phone.page.context.clear_cookies()
    return phone.log_in(email)


def log_session(phone: Any, kinds: list[str]) -> None:
    page = phone.page
    phone.follow(page.get_by_role("link", name="Log a session"))
    page.get_by_label("How long (minutes)").fill("60")
    page.get_by_role("group", name="How").get_by_label("Phone").check()
    for kind in kinds:
        page.get_by_label(kind).check()
    phone.submit(page.get_by_role("button", name="Save"))
    assert page.get_by_text("Session saved. Thank you.").is_visible()


def test_a_match_from_introduction_to_its_end(
    browse: Any, browse_without_js: Any, world: World
) -> None:
    coordinator, phone = browse, browse_without_js
    t = tags()
    slots = ["tue_evening", "thu_evening"]
    ana = peer(world.program_a1, [t["dementia"]], name="Ana Lopez", availability=slots)
    mai = mentor(world.program_a1, [t["dementia"]], name="Mai Tran", availability=slots)
    Proposal.objects.create(
        program=world.program_a1, peer=ana, mentor=mai, score=0.8, status="asked_peer"
    )

    # The peer says yes: the pair is introduced.
    page = switch(phone, ana.user.email)
    phone.visit("/me/programs/")
    phone.follow(page.get_by_role("link", name="Look and answer"))
    page.get_by_label("Yes, I would like this").check()
    phone.submit(page.get_by_role("button", name="Send my answer"))
    match = Relationship.objects.get(peer=ana)

    # The coordinator's board: the new match is there, nothing flagged yet.
    page = coordinator.log_in(world.users["coordinator"].email, with_code=True)
    coordinator.visit(f"/programs/{world.program_a1.pk}/relationships/")
    assert page.get_by_text("1 match is open.").is_visible()
    assert page.get_by_role("link", name="First meeting not logged (0)").is_visible()

    # The mentor plans a session at a time that suits both.
    page = switch(phone, mai.user.email)
    phone.visit("/me/caseload/")
    phone.follow(page.get_by_role("link", name="Plan a session"))
    page.get_by_role("group", name="A time that suits you both").get_by_role("radio").first.check()
    page.get_by_role("group", name="How").get_by_label("Phone").check()
    phone.submit(page.get_by_role("button", name="Propose this time"))

    # The peer confirms it.
    page = switch(phone, ana.user.email)
    phone.visit(f"/relationships/{match.pk}/")
    phone.submit(page.get_by_role("button", name="Confirm"))
    assert page.get_by_text("Confirmed. A reminder comes the day before.").is_visible()

    # Three sessions with kinds of help, a goal and a review, by the mentor.
    page = switch(phone, mai.user.email)
    phone.visit(f"/relationships/{match.pk}/")
    log_session(phone, ["Growth: confidence, coping, hope"])
    log_session(phone, ["Practical: getting things done", "Growth: confidence, coping, hope"])
    log_session(phone, ["Bridging: connecting to other help"])
    phone.follow(page.get_by_role("link", name="Add a goal"))
    page.get_by_label("The goal, in your own words").fill("Sleep better")
    page.get_by_label("0: what you hope for").fill("Five good nights a week")
    phone.submit(page.get_by_role("button", name="Save"))
    page.get_by_text("Say where things are now").click()
    page.get_by_label("0: what we hoped for").check()
    phone.submit(page.get_by_role("button", name="Save").last)
    assert page.get_by_text("Progress saved.").is_visible()

    # The peer rates a session and, privately, says the fit is not right.
    page = switch(phone, ana.user.email)
    phone.visit(f"/relationships/{match.pk}/")
    phone.submit(page.get_by_role("button", name="A lot").first)
    phone.follow(page.get_by_role("link", name="Is this a good fit?"))
    page.get_by_label("No, it is not a good fit").check()
    phone.submit(page.get_by_role("button", name="Send my answer"))

    # The board now flags the fit check; a month on, the check-in is due.
    Relationship.objects.filter(pk=match.pk).update(
        started_at=timezone.now() - dt.timedelta(days=35)
    )
    coordinator.visit(f"/programs/{world.program_a1.pk}/relationships/")
    assert page is not None
    board = coordinator.page
    assert board.get_by_role("link", name="Fit check said no (1)").is_visible()
    assert board.get_by_role("link", name="Monthly check-in due (1)").is_visible()
    coordinator.submit(board.get_by_role("button", name="Tick off check-in"))
    assert board.get_by_role("link", name="Monthly check-in due (0)").is_visible()

    # The coordinator ends the match with a reason.
    coordinator.visit(f"/relationships/{match.pk}/")
    board.get_by_text("End this match").click()
    board.get_by_label("Why is the match ending?").select_option("peer_stopped")
    board.get_by_label("We thanked the peer mentor").check()
    coordinator.submit(board.get_by_role("button", name="End the match"))
    assert board.get_by_text("The match has ended: The peer chose to stop.").is_visible()
    match.refresh_from_db()
    assert match.stage == "closed" and match.session_count == 3
