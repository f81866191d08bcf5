"""Every joining page passes axe at phone width: the staff pages, the mentor's training
and quiz, and the public referral and reference forms."""

from __future__ import annotations

import re
from typing import Any
from unittest import mock

from mutual.participants.models import Referral
from mutual.screening.models import Referee
from mutual.screening.services import ask_referees
from mutual.training.models import QuizQuestion, TrainingModule
from tests.conftest import World
from tests.factories import ConsentTextFactory, ParticipantFactory


def test_staff_pages_for_joining_pass_axe(browse: Any, world: World) -> None:
    program = world.program_a1
    ConsentTextFactory(program=program)
    peer = ParticipantFactory(program=program, stage="new", name="Mai")
    Referral.objects.create(
        participant=peer,
        referrer_name="Dr Lee",
        referrer_email="lee@clinic.example.org",
        referrer_organisation="Clinic",
        referrer_kind="gp",
        reason="x",
        person_agreed=True,
    )
    applicant = ParticipantFactory(program=program, role="mentor", stage="references")
    Referee.objects.create(
        participant=applicant,
        position=1,
        name="Alex",
        email="alex@example.org",
        relationship="Manager",
    )
    module = TrainingModule.objects.create(
        program=program, title="Boundaries", description="x", kind="self_paced"
    )
    browse.log_in(world.users["coordinator"].email, with_code=True)
    for path in (
        f"/p/{program.pk}/joining/",
        f"/participants/{peer.pk}/",
        f"/participants/{applicant.pk}/",
        f"/p/{program.pk}/consent/",
        f"/p/{program.pk}/emails/",
        f"/p/{program.pk}/emails/intake_received/",
        f"/p/{program.pk}/referrals/",
        f"/p/{program.pk}/import/",
        f"/p/{program.pk}/training/",
        f"/training/{module.pk}/quiz/",
        f"/training/{module.pk}/edit/",
        f"/p/{program.pk}/training/new/",
    ):
        page = browse.visit(path)
        assert page.locator("h1").count() == 1, path


def test_a_mentors_training_and_quiz_pass_axe(browse: Any, world: World) -> None:
    program = world.program_a1
    me = ParticipantFactory(
        program=program, role="mentor", stage="training", user=world.users["mentor"]
    )
    module = TrainingModule.objects.create(
        program=program, title="Safety", description="x", kind="self_paced"
    )
    QuizQuestion.objects.create(
        module=module,
        question="Who do you call in danger?",
        choices=["000", "Your peer"],
        correct=0,
    )
    page = browse.log_in(world.users["mentor"].email)
    browse.visit(f"/me/training/{me.pk}/")
    browse.follow(page.get_by_role("link", name=re.compile("Take the short quiz.*Safety")))
    page.get_by_label("000").check()
    browse.submit(page.get_by_role("button", name="Check my answers"))
    assert page.get_by_text("You passed").is_visible()


def test_the_public_referral_and_reference_forms_pass_axe(browse: Any, world: World) -> None:
    program = world.program_a1
    ConsentTextFactory(program=program)
    page = browse.visit(f"/join/{program.slug}/refer/")
    assert page.get_by_role("heading", level=1, name="Refer someone").is_visible()
    applicant = ParticipantFactory(program=program, role="mentor", stage="references")
    Referee.objects.create(
        participant=applicant,
        position=1,
        name="Alex",
        email="alex@example.org",
        relationship="Manager",
    )
    sent: list[str] = []

    def keep(program: Any, key: str, to: str, values: dict[str, Any], **kw: Any) -> None:
        sent.append(str(values["link"]))

    with mock.patch("mutual.screening.services.send_notice", keep):
        ask_referees(applicant)
    path = sent[0].split("://", 1)[1].split("/", 1)[1]
    page = browse.visit("/" + path)
    assert page.get_by_role("heading", level=1).is_visible()
