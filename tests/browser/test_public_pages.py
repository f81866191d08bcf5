"""Finding a program in a real browser: an anonymous person searches the index by what
they are going through, opens a program's page and sees both ways in."""

from __future__ import annotations

from typing import Any

from tests.conftest import World
from tests.factories import ExperienceTagFactory


def test_an_anonymous_person_finds_a_program_and_sees_both_ways_in(
    browse: Any, world: World
) -> None:
    program = world.program_a1
    program.experiences.add(ExperienceTagFactory(name="Grief after a suicide (browser)"))
    program.save()

    page = browse.visit("/programs/")
    page.get_by_label("What you are going through").select_option(
        label="Grief after a suicide (browser)"
    )
    browse.submit(page.get_by_role("button", name="Search"))
    browse.follow(page.get_by_role("link", name=program.name))

    assert page.get_by_role("heading", level=1).inner_text() == program.name
    assert page.get_by_role("link", name="Get support").is_visible()
    assert page.get_by_role("link", name="Become a peer mentor").is_visible()
