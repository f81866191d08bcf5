"""Safety alerts, in a real browser: a mentor's worrying session note takes them to crisis
help and raises an alert; left unacknowledged it passes from the coordinator to the
supervisor, who takes it and resolves it. A peer on a phone without JavaScript raises a
concern that someone is in danger. Every page is checked with axe."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any, TypeVar

from django.db import connections
from django.utils import timezone
from playwright.sync_api import expect

from mutual.core.sms import ConsoleGateway
from mutual.relationships.models import Relationship
from mutual.safety.escalation import escalate_due
from mutual.safety.models import Alert
from mutual.safety.roster import set_roster
from tests.conftest import World
from tests.factories_matching import mentor, peer, tags

CRISIS = "She told me she has sorted out who gets the dog and the pills are lined up"

T = TypeVar("T")


def as_the_job_runner(job: Callable[[], T]) -> T:
    """Run a background job in a thread of its own, as the job runner does.

    Not in the test's thread: Playwright's event loop runs there, and the live notification
    a job pushes on commit (``async_to_sync``) refuses to run beside a running loop.
    """

    def run() -> T:
        try:
            return job()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as runner:
        return runner.submit(run).result()


def make_match(world: World) -> Relationship:
    t = tags()
    ana = peer(world.program_a1, [t["dementia"]], name="Ana Lopez", stage="matched")
    mai = mentor(world.program_a1, [t["dementia"]], name="Mai Tran")
    return Relationship.objects.create(program=world.program_a1, peer=ana, mentor=mai)


def switch(browse: Any, email: str) -> Any:
    """Log out the browser's current user and log in a member of staff (with their code)."""
    browse.page.context.clear_cookies()
    return browse.log_in(email, with_code=True)


def test_a_crisis_note_alerts_the_coordinator_passes_to_the_supervisor_and_is_resolved(
    browse: Any, browse_without_js: Any, world: World
) -> None:
    ConsoleGateway.outbox.clear()
    program = world.program_a1
    coordinator, supervisor = world.users["coordinator"], world.users["supervisor"]
    set_roster(
        world.users["org_admin"],
        program,
        [(coordinator.pk, "0400000001"), (supervisor.pk, "0400000002")],
    )
    match = make_match(world)
    phone, desk = browse_without_js, browse

    # The mentor logs a session with a worrying note: it is saved, and crisis help is shown.
    page = phone.log_in(match.mentor.user.email)
    phone.visit(f"/relationships/{match.pk}/")
    phone.follow(page.get_by_role("link", name="Log a session"))
    page.get_by_label("How long (minutes)").fill("45")
    page.get_by_role("group", name="How").get_by_label("Phone").check()
    page.get_by_label("Short note (optional)").fill(CRISIS)
    phone.submit(page.get_by_role("button", name="Save"))
    assert phone.path() == f"/p/{program.pk}/help/?after=note"
    expect(page.get_by_text("Your note is saved.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name="Need help now?")).to_be_visible()
    expect(page.get_by_role("link", name="Call 13 11 14")).to_be_visible()

    # The coordinator, first on call, finds it at the top of the program's safety alerts.
    page = desk.log_in(coordinator.email, with_code=True)
    desk.visit(f"/p/{program.pk}/")
    desk.follow(page.get_by_role("link", name="Safety alerts"))
    alert_row = page.locator(".alert-list li").filter(has_text="Ana Lopez")
    expect(alert_row).to_contain_text("Immediate danger")
    expect(alert_row).to_contain_text(re.compile(r"acknowledge within 1[45] minutes"))
    alert = Alert.objects.get()
    assert alert.owner == coordinator

    # Nobody acknowledges it in time: it passes to the supervisor, by text message too.
    later = timezone.now() + timedelta(minutes=16)
    assert as_the_job_runner(lambda: escalate_due(now=later)) == 1
    assert [to for to, _text in ConsoleGateway.outbox] == ["0400000001", "0400000002"]
    alert.refresh_from_db()
    assert alert.owner == supervisor
    desk.follow(alert_row.get_by_role("link", name="Ana Lopez"))
    timeline = page.get_by_role("region", name="Timeline")
    expect(timeline).to_contain_text("Passed on: not acknowledged in time")
    expect(timeline).to_contain_text("Not acknowledged in time; now with Supervisor.")
    expect(page.locator("dt:text-is('With') + dd")).to_have_text("Supervisor")

    # The supervisor takes it, and resolves it with a note of what was done.
    page = switch(desk, supervisor.email)
    desk.visit(f"/programs/{program.pk}/safety/")
    desk.follow(page.get_by_role("link", name="Ana Lopez"))
    desk.submit(page.get_by_role("button", name="Acknowledge: I'm taking this"))
    expect(page.get_by_text("Acknowledged: it is yours now.")).to_be_visible()
    page.get_by_label("What was done, and why it is resolved").fill(
        "Called Ana with Mai; Ana is safe with her sister tonight and has a GP visit tomorrow."
    )
    desk.submit(page.get_by_role("button", name="Resolve"))
    expect(page.get_by_role("region", name="Resolved")).to_contain_text("safe with her sister")
    expect(page.locator("dt:text-is('Status') + dd")).to_have_text("Resolved")

    # It has left the queue for the resolved list.
    desk.follow(page.get_by_role("link", name=re.compile("^Safety alerts")))
    expect(page.get_by_text("No alerts need attention.")).to_be_visible()
    desk.follow(page.get_by_role("link", name="Resolved", exact=True))
    expect(page.locator(".alert-list li").filter(has_text="Ana Lopez")).to_contain_text("Resolved")


def test_a_peer_on_a_phone_without_javascript_raises_an_urgent_concern(
    browse: Any, browse_without_js: Any, world: World
) -> None:
    match = make_match(world)
    phone = browse_without_js

    page = phone.log_in(match.peer.user.email)
    phone.visit(f"/relationships/{match.pk}/")
    phone.follow(page.get_by_role("link", name="Raise a concern"))
    page.get_by_label("What worries you?").fill("Dad has not eaten for days and will not talk.")
    page.get_by_label("Someone may be in danger right now").check()
    phone.submit(page.get_by_role("button", name="Send to the program's staff"))
    assert phone.path() == f"/p/{world.program_a1.pk}/help/?after=concern"
    expect(page.get_by_text("Thank you for telling us.")).to_be_visible()

    page = browse.log_in(world.users["coordinator"].email, with_code=True)
    browse.visit(f"/programs/{world.program_a1.pk}/safety/")
    alert_row = page.locator(".alert-list li").filter(has_text="Ana Lopez")
    expect(alert_row).to_contain_text("Immediate danger")
    expect(alert_row).to_contain_text("Dad has not eaten for days")


def test_a_coordinator_sets_the_working_days_on_a_phone_without_javascript(
    browse_without_js: Any, world: World
) -> None:
    program = world.program_a1
    phone = browse_without_js
    page = phone.log_in(world.users["coordinator"].email, with_code=True)
    phone.visit(f"/programs/{program.pk}/safety/settings/")

    # States are listed for the country already chosen (Australia), without JavaScript.
    page.get_by_label("State or territory").select_option(label="New South Wales (NSW)")
    closed = page.get_by_label("Other days the service is closed")
    closed.fill("2026-12-24\n2026-02-30")
    phone.submit(page.get_by_role("button", name="Save"))

    # A date that does not exist is named (in the summary, linked to the box, and under the
    # box), and what was typed is kept to be corrected.
    expect(page.get_by_role("link", name=re.compile("Not a date: 2026-02-30"))).to_be_visible()
    expect(page.locator("#id_other_closed_days_error")).to_contain_text("Not a date: 2026-02-30.")
    expect(closed).to_have_value("2026-12-24\n2026-02-30")
    closed.fill("2026-12-24\n2026-12-31")
    phone.submit(page.get_by_role("button", name="Save"))
    expect(page.get_by_text("Safety settings saved.")).to_be_visible()

    settings = program.safety_settings
    settings.refresh_from_db()
    assert (settings.holiday_subdivision, settings.other_closed_days) == (
        "NSW",
        ["2026-12-24", "2026-12-31"],
    )
