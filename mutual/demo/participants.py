"""The demo crowd's records in each program: requests, applications and consents.

Each demo person gets a ``Participant`` with the answers a real form would have
collected (from the same seeded attributes), a stage from their pipeline state, dates
spread over the past months (so waits and the wait estimate look real) and their
agreement to the program's consent wording. Created in bulk, like the people.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from django.utils import timezone

from mutual.accounts.models import Membership, User
from mutual.demo.people import DemoPerson
from mutual.participants.models import Consent, ConsentText, Participant
from mutual.participants.services import current_consent_text, publish_consent_text
from mutual.participants.vocab import TIME_SLOTS
from mutual.programs.models import ExperienceTag, Program

PEER_CONSENT = (
    "What we keep: what you tell us in this form, and notes about your peer mentor "
    "meetings.\n\nWhy: to find you a peer mentor who gets it, to keep you safe, and to "
    "count (without names) how well the program works.\n\nWho sees it: the program's "
    "coordinators, and your peer mentor sees only what they need to support you.\n\n"
    "If we are worried about your safety or someone else's, we may contact emergency "
    "help.\n\nYou can stop at any time, and ask us to stop using your information."
)
MENTOR_CONSENT = (
    "What we keep: your application, your referees' answers, your checks (such as a "
    "Working with Children Check) and your training.\n\nWhy: to make sure peer mentoring "
    "is safe for everyone and to support you in the role.\n\nWho sees it: the program's "
    "coordinators and supervisors.\n\nYou can stop at any time, and ask us to stop using "
    "your information."
)

# Demo people's first languages use the interface codes; spoken-language codes differ.
SPOKEN = {"zh-hans": "zh"}
PEER_STAGE = {
    "waiting": "waiting",
    "matched": "matched",
    "active": "matched",
    "closing": "matched",
    "closed": "ended",
}
FAITHS = ("none", "christian", "muslim", "buddhist", "hindu", "")


def ensure_consent_texts(admin: User, programs: dict[str, Program], created: Counter[str]) -> None:
    for program in programs.values():
        for audience, words in (("peer", PEER_CONSENT), ("mentor", MENTOR_CONSENT)):
            if current_consent_text(program, audience) is None:
                publish_consent_text(admin, program, audience, words)
                created["consent wordings"] += 1


def ensure_participants(
    people: list[DemoPerson],
    memberships: dict[str, Membership],
    programs: dict[str, Program],
    seed: int,
    created: Counter[str],
) -> None:
    have = set(
        Participant.objects.filter(membership__in=memberships.values()).values_list(
            "membership_id", flat=True
        )
    )
    rng = random.Random(seed + 1)  # its own stream: adding this did not reshuffle the people
    tags = dict(ExperienceTag.objects.values_list("slug", "pk"))
    texts = {
        (t.program_id, t.audience): t
        for t in ConsentText.objects.filter(program__in=programs.values()).order_by("version")
    }
    new: list[tuple[Participant, DemoPerson]] = []
    for person in people:
        membership = memberships[person.email]
        if membership.pk in have:
            continue
        new.append((_participant(rng, person, membership, programs[person.program_slug]), person))
    Participant.objects.bulk_create([p for p, _ in new])
    through = Participant.experiences.through
    through.objects.bulk_create(
        through(participant_id=p.pk, experiencetag_id=tags[slug])
        for p, person in new
        for slug in person.experiences
        if slug in tags
    )
    Consent.objects.bulk_create(
        Consent(
            participant=p,
            consent_text=texts[(p.program_id, p.role)],
            given_at=p.submitted_at or timezone.now(),
            channel="web",
            withdrawn_at=p.stage_changed_at if p.stage == "withdrawn" else None,
        )
        for p, _ in new
        if (p.program_id, p.role) in texts
    )
    created["requests and applications"] += len(new)


def _participant(
    rng: random.Random, person: DemoPerson, membership: Membership, program: Program
) -> Participant:
    now = timezone.now()
    is_mentor = person.role == "mentor"
    asked = now - timedelta(days=rng.randint(3, 400 if person.has_ended else 240))
    stage = person.pipeline_state if is_mentor else PEER_STAGE[person.pipeline_state]
    if stage == "waiting" and rng.random() < 0.3:
        stage = "new"  # not looked at yet
    matched_at = None
    if not is_mentor and stage in ("matched", "ended"):
        matched_at = min(asked + timedelta(days=rng.randint(5, 60)), now)
    languages = [SPOKEN.get(code, code) for code in person.languages]
    modes = program.delivery_modes or ["phone"]
    return Participant(
        program=program,
        role=person.role,
        stage=stage,
        stage_changed_at=matched_at or asked + (now - asked) / 2,
        source=rng.choice(["self", "self", "self", "referral"]) if not is_mentor else "self",
        user=membership.user,
        membership=membership,
        name=person.name,
        email=person.email,
        preferred_channel=rng.choice(["email", "phone", "text"]),
        safe_to_leave_message=rng.choice(["yes", "yes", "no"]),
        experience_years_ago=person.years_since_experience,
        languages=languages,
        cultural_background=person.cultural_background,
        faith=rng.choice(FAITHS),
        gender=person.gender,
        birth_year=now.year - person.age,
        preferences={} if is_mentor else _preferences(rng, person, languages),
        suburb=person.suburb,
        postcode=person.postcode,
        travel_km=rng.choice([5, 10, 20, 30]) if "in_person" in modes else None,
        delivery_modes=rng.sample(modes, k=rng.randint(1, len(modes))),
        availability=sorted(rng.sample(TIME_SLOTS, k=rng.randint(3, 9))),
        capacity=rng.randint(1, 4) if is_mentor else None,
        hours_per_week=rng.choice([2, 3, 4, 6]) if is_mentor else None,
        submitted_at=asked,
        matched_at=matched_at,
    )


def _preferences(rng: random.Random, person: DemoPerson, languages: list[str]) -> dict:
    wishes: dict[str, dict[str, object]] = {}
    if languages[0] != "en":
        # Someone with little English needs a mentor who speaks their language.
        wishes["languages"] = {"value": [languages[0]], "must": "en" not in languages}
    if rng.random() < 0.35:
        wishes["gender"] = {"value": person.gender, "must": rng.random() < 0.4}
    if rng.random() < 0.25:
        wishes["culture"] = {"value": person.cultural_background, "must": False}
    return wishes
