"""Permission rules for the joining pages (merged into tests/test_permissions.py).

``RULES`` maps each route name to what every role gets; ``SCOPES`` builds the URL
arguments for each scope named in a rule; ``API_RULES`` does the same for API routes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mutual.participants.models import Referral
from tests.conftest import World
from tests.factories import ParticipantFactory
from tests.permission_rules import (
    PARTICIPANTS_VIEW,
    PARTICIPANTS_VIEW_A2,
    PARTICIPANTS_VIEW_B,
    Rule,
    expect,
)

EVERYONE = expect(200, anonymous=200)


def _referred(program: Any, user: Any) -> Any:
    participant = ParticipantFactory(program=program, user=user, stage="waiting", source="referral")
    Referral.objects.create(
        participant=participant,
        referrer_name="Dr Lee",
        referrer_email="lee@clinic.example.org",
        referrer_organisation="Clinic",
        referrer_kind="gp",
        reason="Carer stress",
        person_agreed=True,
    )
    return participant


EVERYONE_REDIRECTED = expect(302, anonymous=302)
NOBODY = expect(404, anonymous=404)

RULES: dict[str, Rule] = {
    # Public pages: how people find support. Open programs are public on purpose.
    "public_programs": Rule("none", EVERYONE),
    "public_program": Rule("program_slug", EVERYONE, other_program=EVERYONE, other_org=EVERYONE),
    "public_program_poster": Rule(
        "program_slug", EVERYONE, other_program=EVERYONE, other_org=EVERYONE
    ),
    "public_program_poster_pdf": Rule("program_slug", EVERYONE, other_org=EVERYONE),
    # Intake and applications: anyone may start; the draft lives in their own session.
    "intake_start": Rule("program_slug", EVERYONE_REDIRECTED, other_org=EVERYONE_REDIRECTED),
    "intake_step": Rule("program_step", EVERYONE, other_org=EVERYONE),
    # Without a form sent from this browser there is nothing to show: back to the program.
    "intake_done": Rule("program_slug", EVERYONE_REDIRECTED, other_org=EVERYONE_REDIRECTED),
    "application_start": Rule("program_slug", EVERYONE_REDIRECTED, other_org=EVERYONE_REDIRECTED),
    "application_step": Rule("program_step", EVERYONE, other_org=EVERYONE),
    "application_done": Rule("program_slug", EVERYONE_REDIRECTED, other_org=EVERYONE_REDIRECTED),
    # A "carry on" link works only with its secret; a guessed one finds nothing.
    "intake_resume": Rule("resume_key", NOBODY, other_org=NOBODY),
    "my_participation": Rule("none", expect(200)),
    # Leaving is for the person themself: staff record a withdrawal elsewhere.
    "my_withdraw": Rule(
        "peers_own_record",
        expect(404, peer=200, funder=403),
        other_org=expect(404, outsider=200),
        also_post=True,
    ),
    # Referrals: professionals are not users; the form is public like the intake.
    "referral_new": Rule("program_slug", EVERYONE, other_org=EVERYONE),
    # The referrer's status page works only with its secret.
    "referral_status": Rule("resume_key", NOBODY, other_org=NOBODY),
    # Sharing with the referrer: the referred person only, on their own referral.
    "referral_sharing": Rule(
        "peers_own_referral",
        expect(404, peer=302, funder=403),
        other_org=expect(404, outsider=302),
        method="POST",
    ),
    "program_referrals": Rule(
        "program",
        PARTICIPANTS_VIEW,
        other_program=PARTICIPANTS_VIEW_A2,
        other_org=PARTICIPANTS_VIEW_B,
    ),
}
API_RULES: dict[str, Rule] = {}
SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "program_slug": {
        "own": lambda w: {"slug": w.program_a1.slug},
        "other_program": lambda w: {"slug": w.program_a2.slug},
        "other_org": lambda w: {"slug": w.program_b1.slug},
    },
    "program_step": {
        "own": lambda w: {"slug": w.program_a1.slug, "step": "contact"},
        "other_org": lambda w: {"slug": w.program_b1.slug, "step": "contact"},
    },
    "resume_key": {
        "own": lambda w: {"key": "a-guessed-key"},
        "other_org": lambda w: {"key": "another-guessed-key"},
    },
    "peers_own_referral": {
        "own": lambda w: {"participant_id": _referred(w.program_a1, w.users["peer"]).pk},
        "other_org": lambda w: {"participant_id": _referred(w.program_b1, w.users["outsider"]).pk},
    },
    "peers_own_record": {
        "own": lambda w: {
            "participant_id": ParticipantFactory(
                program=w.program_a1, user=w.users["peer"], stage="waiting"
            ).pk
        },
        "other_org": lambda w: {
            "participant_id": ParticipantFactory(
                program=w.program_b1, user=w.users["outsider"], stage="waiting"
            ).pk
        },
    },
}
