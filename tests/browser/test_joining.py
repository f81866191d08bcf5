"""The two ways in, end to end in a real browser: a person asking for support goes from
the public page to the waiting list (without JavaScript), and an applicant becomes an
active peer mentor with a coordinator doing each screening step."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.utils import timezone

from mutual.participants.models import Participant
from mutual.training.models import TrainingModule
from tests.conftest import World
from tests.factories import ConsentTextFactory, ExperienceTagFactory


def open_program_for_joining(world: World) -> Any:
    program = world.program_a1
    program.experiences.add(ExperienceTagFactory(name="Caring for a parent (browser)"))
    program.delivery_modes = ["in_person", "phone"]
    program.save()
    ConsentTextFactory(program=program, audience="peer")
    ConsentTextFactory(program=program, audience="mentor")
    return program


def contact_step(page: Any, name: str, email: str) -> None:
    page.get_by_label("What should we call you?").fill(name)
    page.get_by_label("Email").first.fill(email)


def test_a_person_gets_from_the_public_page_to_the_waiting_list(
    browse_without_js: Any, world: World
) -> None:
    browse = browse_without_js
    program = open_program_for_joining(world)
    page = browse.visit("/programs/")
    page.get_by_label("Words to search for").fill(program.name)
    browse.submit(page.get_by_role("button", name="Search"))
    browse.follow(page.get_by_role("link", name=program.name))
    browse.follow(page.get_by_role("link", name="Get support"))

    assert page.get_by_text("Step 1 of 6").is_visible()
    contact_step(page, "Mai", "mai@example.org")
    browse.submit(page.get_by_role("button", name="Save and continue"))
    page.get_by_label("Caring for a parent (browser)").check()
    browse.submit(page.get_by_role("button", name="Save and continue"))
    page.get_by_label("What matters most to you right now?").fill("My kids")
    browse.submit(page.get_by_role("button", name="Save and continue"))
    page.get_by_label("How much does language matter?").select_option("must")
    page.get_by_role("group", name="Languages your peer mentor speaks").get_by_label(
        "Vietnamese"
    ).check()
    browse.submit(page.get_by_role("button", name="Save and continue"))
    page.get_by_role("group", name="Ways you can meet").get_by_label("Phone").check()
    page.get_by_role("group", name="Tuesday").get_by_label("Evening").check()
    browse.submit(page.get_by_role("button", name="Save and continue"))
    page.get_by_label("I have read this and I agree.").check()
    browse.submit(page.get_by_role("button", name="Send"))

    assert page.get_by_role("heading", level=1, name="You are on the waiting list").is_visible()
    person = Participant.objects.get(email="mai@example.org")
    assert person.stage == "new"
    assert person.preferences == {"languages": {"value": ["vi"], "must": True}}
    assert person.availability == ["tue_evening"]


def apply_as_mentor(browse: Any, program: Any) -> Participant:
    page = browse.visit(f"/join/{program.slug}/")
    browse.follow(page.get_by_role("link", name="Become a peer mentor"))
    contact_step(page, "Tran", "tran@example.org")
    browse.submit(page.get_by_role("button", name="Save and continue"))
    page.get_by_label("Caring for a parent (browser)").check()
    page.get_by_label("About how many years ago did you go through it?").fill("4")
    browse.submit(page.get_by_role("button", name="Save and continue"))
    page.get_by_label("Why do you want to be a peer mentor?").fill("I know how lonely it is.")
    browse.submit(page.get_by_role("button", name="Save and continue"))
    browse.submit(page.get_by_role("button", name="Save and continue"))  # about you: optional
    page.get_by_role("group", name="Ways you can meet").get_by_label("Phone").check()
    page.get_by_role("group", name="Wednesday").get_by_label("Morning").check()
    page.get_by_label("How many peers could you support at once?").fill("2")
    page.get_by_label("About how many hours a week can you give?").fill("3")
    browse.submit(page.get_by_role("button", name="Save and continue"))
    for n, group in ((1, "First referee"), (2, "Second referee")):
        referees = page.get_by_role("group", name=group)
        referees.get_by_label("Name").fill(f"Referee {n}")
        referees.get_by_label("Email").fill(f"ref{n}@example.org")
        referees.get_by_label("How they know you").fill("Manager")
    browse.submit(page.get_by_role("button", name="Save and continue"))
    page.get_by_label("I have read this and I agree.").check()
    browse.submit(page.get_by_role("button", name="Send my application"))
    assert page.get_by_role("heading", level=1, name="Thank you for applying").is_visible()
    return Participant.objects.get(email="tran@example.org")


def move_to(browse: Any, stage: str) -> None:
    page = browse.page
    browse.submit(page.get_by_role("button", name=f"Move to “{stage}”"))
    assert page.get_by_text("Moved on.").is_visible()


def test_an_applicant_becomes_an_active_peer_mentor(browse: Any, world: World) -> None:
    program = open_program_for_joining(world)
    module = TrainingModule.objects.create(
        program=program, title="Boundaries", description="Keeping safe", kind="self_paced"
    )
    applicant = apply_as_mentor(browse, program)

    page = browse.log_in(world.users["coordinator"].email, with_code=True)
    browse.visit(f"/p/{program.pk}/joining/")
    browse.follow(page.get_by_role("link", name="Tran"))
    move_to(browse, "First conversation")
    move_to(browse, "References")
    for referee in ("Referee 1", "Referee 2"):
        browse.visit(
            f"/participants/{applicant.pk}/referees/{applicant.referees.get(name=referee).pk}/"
        )
        page.get_by_label("Yes").check()
        browse.submit(page.get_by_role("button", name="Save"))
    move_to(browse, "Checks")
    browse.visit(f"/participants/{applicant.pk}/checks/")
    page.get_by_label("Number").fill("WWC0012345E")
    expires = timezone.localdate() + dt.timedelta(days=900)
    page.get_by_label("Expires on").fill(expires.isoformat())
    browse.submit(page.get_by_role("button", name="Save"))
    move_to(browse, "Readiness interview")
    browse.visit(f"/participants/{applicant.pk}/interview/")
    page.get_by_label("Time since their own crisis, and how they are now").fill(
        "Four years; steady"
    )
    page.get_by_label("Support around them").fill("Sister, GP")
    page.get_by_label("How they think about boundaries").fill("Clear about limits")
    page.get_by_label("Ready to mentor").check()
    browse.submit(page.get_by_role("button", name="Save"))
    move_to(browse, "Training")
    browse.visit(f"/p/{program.pk}/training/")
    browse.submit(
        page.get_by_role("button", name=re.compile(f"Mark done.*{module.title} for Tran"))
    )
    browse.visit(f"/participants/{applicant.pk}/")
    move_to(browse, "Approved")
    move_to(browse, "Active")

    applicant.refresh_from_db()
    assert applicant.stage == "active"
    assert applicant.screening_steps.filter(completed_at__isnull=True).count() == 0
