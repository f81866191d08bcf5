"""The steps of the two forms to join a program, in order.

Short pages, one topic each, so a person on a small phone is never faced with a wall
of questions, and each step's answers are saved before the next is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from mutual.joining import forms_intake as f


@dataclass(frozen=True)
class Step:
    slug: str
    title: Promise
    form: type[f.StepForm]
    intro: Promise | str = ""


PEER_STEPS = (
    Step(
        "contact",
        _("About you"),
        f.ContactForm,
        _("We use this only to contact you about this program, in the way you choose."),
    ),
    Step(
        "experience",
        _("What you are going through"),
        f.ExperienceForm,
        _("This helps us find a peer mentor who has been through something similar."),
    ),
    Step("matters", _("What matters to you"), f.MattersForm),
    Step(
        "preferences",
        _("Your peer mentor"),
        f.PreferencesForm,
        _(
            "Some people feel more at ease with someone who shares their language, culture, "
            "faith or gender. Tell us what matters to you. All of this is optional."
        ),
    ),
    Step("practical", _("Where and when"), f.PracticalForm),
    Step("agree", _("Agree and send"), f.ConsentForm),
)

MENTOR_STEPS = (
    Step(
        "contact",
        _("About you"),
        f.ContactForm,
        _("We use this only to contact you about your application."),
    ),
    Step(
        "experience",
        _("What you have come through"),
        f.MentorExperienceForm,
        _("Peer mentors share something with the people they support. What is it for you?"),
    ),
    Step("motivation", _("Why you want to help"), f.MotivationForm),
    Step(
        "about",
        _("More about you"),
        f.AboutYouForm,
        _("Peers can ask for someone who shares their language, culture, faith or gender."),
    ),
    Step("practical", _("Time, place and how many"), f.MentorPracticalForm),
    Step(
        "referees",
        _("Two referees"),
        f.RefereesForm,
        _(
            "Two people who know you well and are not family. We ask them a few short "
            "questions later, after our first conversation with you."
        ),
    ),
    Step("agree", _("Agree and send"), f.ConsentForm),
)

STEPS = {"peer": PEER_STEPS, "mentor": MENTOR_STEPS}


def step_number(role: str, slug: str) -> int | None:
    """1-based position of a step, or None if the form has no such step."""
    for n, step in enumerate(STEPS[role], start=1):
        if step.slug == slug:
            return n
    return None
