"""Writing the demo to the database, adding only what is missing.

Programs and their crisis help go through the program services (so they are validated
and audited like any other). The crowd of people, memberships and households is created
directly in bulk: the membership service would send each new person an invitation, and
a demo must not email anyone. One ``demo.loaded`` audit event records the bulk load.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from mutual.accounts.models import STAFF_ROLES, Membership, User
from mutual.audit.services import record_event
from mutual.demo.catalogue import (
    CRISIS_LINES,
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    ORGANISATION_STAFF,
    ORGANISATIONS,
    PLATFORM_ADMIN,
    PROGRAMS,
    DemoOrganisation,
    DemoProgram,
    DemoStaff,
)
from mutual.demo.households import DemoHousehold, demo_households
from mutual.demo.matching import ensure_places, ensure_relationships, ensure_suggestions
from mutual.demo.participants import ensure_consent_texts, ensure_participants
from mutual.demo.people import DemoPerson, demo_people
from mutual.demo.safety import ensure_safety
from mutual.demo.screening import ensure_screening
from mutual.demo.wellbeing import ensure_wellbeing
from mutual.households.models import Household, HouseholdMember
from mutual.programs.experience_seed import seed_experiences
from mutual.programs.models import ExperienceTag, Organisation, Program
from mutual.programs.services import create_program, set_crisis_resources


class DemoError(Exception):
    """The demo cannot be loaded into this database as it is; the message says why."""


def load_demo(seed: int) -> Counter[str]:
    """Create whatever part of the demo is missing; return counts of what was created."""
    created: Counter[str] = Counter()
    password = make_password(DEMO_PASSWORD)  # hashed once: hashing 270 times takes minutes
    with transaction.atomic():
        created["experience list entries"] += seed_experiences(ExperienceTag)
        admin = _ensure_user(PLATFORM_ADMIN, password, created, platform_admin=True)
        organisations = {spec.slug: _ensure_organisation(spec, created) for spec in ORGANISATIONS}
        programs = {
            spec.slug: _ensure_program(admin, organisations[spec.organisation_slug], spec, created)
            for spec in PROGRAMS
        }
        for staff in ORGANISATION_STAFF:
            _ensure_staff_member(staff, password, organisations, programs, created)
        people = demo_people(seed)
        memberships = _ensure_people(people, password, programs, created)
        _ensure_households(demo_households(people, seed), memberships, programs, created)
        ensure_consent_texts(admin, programs, created)
        ensure_participants(people, memberships, programs, seed, created)
        ensure_screening(programs, seed, created)
        ensure_places(created)
        ensure_relationships(programs, seed, created)
        ensure_suggestions(programs, created)
        ensure_wellbeing(programs, created)
        ensure_safety(programs, created)
        created = +created  # drop the zero counts
        if created:
            record_event(None, "demo.loaded", seed=seed, created=dict(created))
    return created


def _ensure_user(
    spec: DemoStaff, password: str, created: Counter[str], *, platform_admin: bool = False
) -> User:
    user = User.objects.filter(email=spec.email).first()
    if user is None:
        user = User.objects.create(
            email=spec.email, name=spec.name, password=password, is_platform_admin=platform_admin
        )
        created["staff accounts"] += 1
    if (platform_admin or spec.role in STAFF_ROLES) and not _has_totp(user):
        TOTP.activate(user, DEMO_TOTP_SECRET)
        created["one-time code setups"] += 1
    return user


def _has_totp(user: User) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def _ensure_organisation(spec: DemoOrganisation, created: Counter[str]) -> Organisation:
    organisation, new = Organisation.objects.get_or_create(
        slug=spec.slug, defaults={"name": spec.name, "about": spec.about, "website": spec.website}
    )
    created["organisations"] += new
    return organisation


def _ensure_program(
    admin: User, organisation: Organisation, spec: DemoProgram, created: Counter[str]
) -> Program:
    program = Program.objects.filter(slug=spec.slug).first()
    if program is not None:
        if program.organisation_id != organisation.pk:
            raise DemoError(
                f"A program with the web name {spec.slug!r} already belongs to "
                f"{program.organisation}. Load the demo into an empty database."
            )
        return program
    tags = list(ExperienceTag.objects.filter(slug__in=spec.experiences))
    if len(tags) != len(spec.experiences):
        raise DemoError(f"The experience list is missing one of {spec.experiences}.")
    program = create_program(admin, organisation, experiences=tags, **spec.program_fields())
    set_crisis_resources(admin, program, [CRISIS_LINES[key] for key in spec.crisis_lines])
    created["programs"] += 1
    return program


def _ensure_staff_member(
    spec: DemoStaff,
    password: str,
    organisations: dict[str, Organisation],
    programs: dict[str, Program],
    created: Counter[str],
) -> None:
    user = _ensure_user(spec, password, created)
    assert spec.organisation_slug is not None
    _, new = Membership.objects.get_or_create(
        user=user,
        organisation=organisations[spec.organisation_slug],
        program=programs[spec.program_slug] if spec.program_slug else None,
        role=spec.role,
        ended_at=None,
    )
    created["staff roles"] += new


def _ensure_people(
    people: list[DemoPerson],
    password: str,
    programs: dict[str, Program],
    created: Counter[str],
) -> dict[str, Membership]:
    """Create the missing accounts and memberships; return each person's membership."""
    emails = [person.email for person in people]
    existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
    new_users = [
        User(email=p.email, name=p.name, password=password, preferred_language=p.languages[0])
        for p in people
        if p.email not in existing
    ]
    User.objects.bulk_create(new_users)
    created["people"] += len(new_users)
    users = {user.email: user for user in User.objects.filter(email__in=emails)}

    def key(person: DemoPerson) -> tuple[int, int, str]:
        return users[person.email].pk, programs[person.program_slug].pk, person.role

    held = {
        (m.user_id, m.program_id, m.role): m
        for m in Membership.objects.filter(user__in=users.values(), role__in=["mentor", "peer"])
    }
    ended_at = timezone.now() - timedelta(days=30)
    new_memberships = [
        _membership(person, users[person.email], programs[person.program_slug], ended_at)
        for person in people
        if key(person) not in held
    ]
    for membership in Membership.objects.bulk_create(new_memberships):
        held[(membership.user_id, membership.program_id, membership.role)] = membership
    created["mentor and peer roles"] += len(new_memberships)
    return {person.email: held[key(person)] for person in people}


def _membership(person: DemoPerson, user: User, program: Program, ended_at: datetime) -> Membership:
    return Membership(
        user=user,
        organisation_id=program.organisation_id,
        program=program,
        role=person.role,
        ended_at=ended_at if person.has_ended else None,
    )


def _ensure_households(
    households: list[DemoHousehold],
    memberships: dict[str, Membership],
    programs: dict[str, Program],
    created: Counter[str],
) -> None:
    contacts = [memberships[h.contact_email] for h in households]
    have = set(Household.objects.filter(contact__in=contacts).values_list("contact_id", flat=True))
    this_year = timezone.localdate().year
    for plan, contact in zip(households, contacts, strict=True):
        if contact.pk in have:
            continue
        household = Household.objects.create(
            program=programs[plan.program_slug],
            name=plan.name,
            side=plan.side,
            contact=contact,
            suburb=plan.suburb,
        )
        HouseholdMember.objects.bulk_create(
            HouseholdMember(
                household=household,
                name=member.name,
                relationship=member.relationship,
                birth_year=this_year - member.age,
            )
            for member in plan.members
        )
        created["households"] += 1
        created["household members"] += len(plan.members)
