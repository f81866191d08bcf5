"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Every page a test reaches is checked by axe-core (WCAG 2.0/2.1/2.2 A and AA): use the
``browse`` fixture to visit pages and submit forms, and a test that lets a page load
without an axe check fails at teardown. The browser is never downloaded: a machine
without /usr/bin/chromium fails these tests with instructions, it does not skip them.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from tests.conftest import World, build_world
from tests.factories import PASSWORD, TOTP_SECRET

# Playwright's sync API keeps an event loop running in this thread; Django refuses ORM
# calls from a thread with a running loop unless told it is safe. Here it is: the loop
# only drives the browser, and test code never awaits anything.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
PHONE = {"width": 360, "height": 740}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests in this folder `browser`, and run them after every other test.

    They use transactional databases, which are emptied after each test, taking the rows
    that data migrations seeded with them. Running last, as Django's own runner does with
    transactional tests, keeps the seeded rows there for every test that expects them.
    """
    here = Path(__file__).parent
    in_browser = [item for item in items if item.path.is_relative_to(here)]
    for item in in_browser:
        item.add_marker(pytest.mark.browser)
    chosen = set(in_browser)
    items[:] = [item for item in items if item not in chosen] + in_browser


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Browser tests need Debian's Chromium at {CHROMIUM}, and it is missing. "
            "Install it with: sudo apt-get install chromium  (Debian/Ubuntu). "
            "The tests never download a browser of their own.",
            pytrace=False,
        )
    if not AXE_SCRIPT.exists():
        pytest.fail(
            f"Browser tests need axe-core at {AXE_SCRIPT}. Run `npm ci` (or `make test`).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def browser_cache(settings: Any) -> None:
    """A private in-process cache for the live server.

    allauth remembers used one-time codes in the cache, keyed by user id. A shared Redis
    would let another test process (same ids, same 30-second code) make a fresh code look
    used, so browser tests keep their cache to themselves.
    """
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"browser-{os.getpid()}-{time.monotonic_ns()}",
        }
    }


@pytest.fixture
def world(transactional_db: None, live_server: Any, browser_cache: None) -> World:
    """The shared test world, committed so the live server's thread can see it."""
    return build_world()


def run_axe(page: Any) -> list[dict[str, Any]]:
    """Run axe-core on the page; return the serious and critical violations."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [v for v in result["violations"] if v["impact"] in BLOCKING_IMPACTS]


def describe_violations(url: str, violations: list[dict[str, Any]]) -> str:
    lines = [f"axe found {len(violations)} serious or critical problem(s) on {url}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} — {v['helpUrl']}")
        for node in v["nodes"][:5]:
            lines.append(f"    at {node['target']}: {node.get('failureSummary', '').strip()}")
    return "\n".join(lines)


@dataclass
class Browse:
    """Visits pages and submits forms, checking each page it lands on with axe."""

    page: Any
    base_url: str
    # Set when ``page`` runs no JavaScript: axe then checks a copy of the page here.
    checker: Any = None

    def __post_init__(self) -> None:
        self.unchecked: list[str] = []
        self.page.on("framenavigated", self._navigated)

    def _navigated(self, frame: Any) -> None:
        if frame == self.page.main_frame:
            self.unchecked.append(frame.url)

    def url(self, path: str) -> str:
        return self.base_url + path

    def visit(self, path: str) -> Any:
        self.page.goto(self.url(path))
        self.check()
        return self.page

    def submit(self, button: Any) -> Any:
        """Click a submit button, wait for the next page, and check it."""
        return self.follow(button)

    def follow(self, link: Any) -> Any:
        """Click a link (or button) that loads a new page, wait for it, and check it."""
        with self.page.expect_navigation():
            link.click()
        self.check()
        return self.page

    def check(self) -> None:
        self.page.wait_for_load_state("load")
        violations = run_axe(self._copy_for_axe() if self.checker else self.page)
        self.unchecked.clear()
        if violations:
            pytest.fail(describe_violations(self.page.url, violations), pytrace=False)

    def _copy_for_axe(self) -> Any:
        """Load this page's HTML, at its own address, into the JavaScript-enabled checker.

        With JavaScript off in a page, its timers never fire and axe never finishes there.
        """
        url, html = self.page.url, self.page.content()
        checker = self.checker
        checker.unroute_all()
        checker.route(
            lambda u: u == url, lambda route: route.fulfill(body=html, content_type="text/html")
        )
        # Like the page under test, the copy runs none of the site's own scripts.
        checker.route("**/*.js", lambda route: route.abort())
        checker.goto(url)
        return checker

    def path(self) -> str:
        return self.page.url.removeprefix(self.base_url)

    def log_in(self, email: str, *, with_code: bool = False) -> Any:
        """Log in through the real form; answer the one-time code step when asked for."""
        self.visit("/accounts/login/")
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label(re.compile("^Password")).fill(PASSWORD)
        self.submit(self.page.get_by_role("button", name="Log in", exact=True))
        if with_code:
            self.page.get_by_label("Code").fill(current_code())
            self.submit(self.page.get_by_role("button", name="Log in", exact=True))
        return self.page


def code_for(secret: str) -> str:
    """The code an authenticator app shows right now for this secret."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def current_code() -> str:
    return code_for(TOTP_SECRET)


def _new_context(browser: Any, **options: Any) -> Any:
    ctx = browser.new_context(locale="en-AU", **options)
    # Pages here render in well under a second; a short wait makes a failure quick to see.
    ctx.set_default_timeout(10_000)
    return ctx


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = _new_context(browser, viewport=PHONE)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()


@pytest.fixture
def browse(page: Any, live_server: Any) -> Iterator[Browse]:
    visitor = Browse(page, live_server.url)
    yield visitor
    if visitor.unchecked:
        pytest.fail(f"These pages loaded without an axe check: {visitor.unchecked}", pytrace=False)


@pytest.fixture
def browse_without_js(browser: Any, live_server: Any) -> Iterator[Browse]:
    """Like ``browse``, but the page runs no JavaScript (axe still runs from outside)."""
    ctx = _new_context(browser, viewport=PHONE, java_script_enabled=False)
    checker_ctx = _new_context(browser, viewport=PHONE)
    visitor = Browse(ctx.new_page(), live_server.url, checker=checker_ctx.new_page())
    yield visitor
    ctx.close()
    checker_ctx.close()
    if visitor.unchecked:
        pytest.fail(f"These pages loaded without an axe check: {visitor.unchecked}", pytrace=False)
