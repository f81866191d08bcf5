"""Verbs for households and their members. Views, the API, jobs and tests all call these.

Audit events name the household, never a member: a child's name does not belong in the log.
"""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import Membership, Role, User
from mutual.audit.services import record_event
from mutual.households.models import (
    Household,
    HouseholdMember,
    HouseholdSide,
    MemberRelationship,
)
from mutual.programs.models import Program, ProgramModel

EARLIEST_BIRTH_YEAR = 1900
HOUSEHOLD_FIELDS = frozenset({"name", "side", "contact", "suburb", "notes"})
MEMBER_FIELDS = frozenset({"name", "relationship", "birth_year", "notes"})

# Who may be a household's main contact, by the side the household takes part on.
CONTACT_ROLE = {HouseholdSide.SEEKING: Role.PEER, HouseholdSide.MENTORING: Role.MENTOR}


class HouseholdError(ValueError):
    """A household change cannot be made as asked; the message is shown to the person.

    ``field`` names the form field the problem belongs to (empty for the whole form).
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def possible_contacts(program: Program) -> QuerySet[Membership]:
    """Current peers and peer mentors of the program: the people who may be a contact."""
    return (
        Membership.objects.current()
        .filter(program=program, role__in=[Role.PEER, Role.MENTOR])
        .select_related("user")
        .order_by("user__name", "pk")
    )


def age_in_years(birth_year: int | None) -> int | None:
    """Age this year. We only keep the year born, so it may be one more than today."""
    if birth_year is None:
        return None
    return max(timezone.localdate().year - birth_year, 0)


# --- checks: each raises HouseholdError with words a person can act on ----------------


def _check_program(program: Program) -> None:
    if program.model != ProgramModel.FAMILY_TO_FAMILY:
        raise HouseholdError(
            _("This program connects individuals, so it does not have households.")
        )


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise HouseholdError(_("Give the household a name."), "name")
    return name


def _check_contact(
    program: Program, side: str, contact: Membership, household: Household | None = None
) -> None:
    if side not in HouseholdSide.values:
        raise HouseholdError(
            _("Choose whether the family is looking for or offering support."), "side"
        )
    if contact.program_id != program.pk or not contact.is_current:
        raise HouseholdError(
            _("The main contact must be a peer or peer mentor in this program."), "contact"
        )
    if contact.role != CONTACT_ROLE[HouseholdSide(side)]:
        if side == HouseholdSide.SEEKING:
            message = _("A family looking for support needs a peer as its main contact.")
        else:
            message = _("A family offering support needs a peer mentor as its main contact.")
        raise HouseholdError(message, "contact")
    others = Household.objects.filter(contact=contact)
    if household is not None:
        others = others.exclude(pk=household.pk)
    if others.exists():
        raise HouseholdError(
            _("This person is already the main contact for another household."), "contact"
        )


def check_birth_year(birth_year: int | None) -> None:
    """A year born that could be real (forms call this too, to show every problem at once)."""
    this_year = timezone.localdate().year
    if birth_year is not None and not EARLIEST_BIRTH_YEAR <= birth_year <= this_year:
        raise HouseholdError(
            _("The year born should be between %(first)s and %(last)s, like 2015.")
            % {"first": EARLIEST_BIRTH_YEAR, "last": this_year},
            "birth_year",
        )


def _check_member(data: dict[str, Any]) -> dict[str, Any]:
    """Clean one member's details; returns them ready to save."""
    name = str(data.get("name") or "").strip()
    if not name:
        raise HouseholdError(_("Give the person's first name."), "name")
    if data.get("relationship") not in MemberRelationship.values:
        raise HouseholdError(_("Choose who they are in the family."), "relationship")
    birth_year = data.get("birth_year")
    check_birth_year(birth_year)
    return {
        "name": name,
        "relationship": data["relationship"],
        "birth_year": birth_year,
        "notes": str(data.get("notes") or "").strip(),
    }


def _check_first_member(data: dict[str, Any]) -> dict[str, Any]:
    # Say the problem is about the member, not the household: both have a "name".
    try:
        return _check_member(data)
    except HouseholdError as error:
        raise HouseholdError(str(error), f"first_member.{error.field}") from error


def _only(fields: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"Unknown fields: {sorted(unknown)}")


def _audit(actor: User | None, action: str, household: Household, **details: Any) -> None:
    record_event(actor, action, household, program=household.program, **details)


# --- verbs ----------------------------------------------------------------------------


@transaction.atomic
def create_household(
    actor: User | None,
    program: Program,
    *,
    name: str,
    side: str,
    contact: Membership,
    suburb: str = "",
    notes: str = "",
    first_member: dict[str, Any] | None = None,
) -> Household:
    """Add a family to a family-to-family program, with its first member if given."""
    _check_program(program)
    name = _check_name(name)
    _check_contact(program, side, contact)
    member_data = _check_first_member(first_member) if first_member else None
    try:
        with transaction.atomic():  # a savepoint: a double submit must not end in an error page
            household = Household.objects.create(
                program=program,
                name=name,
                side=side,
                contact=contact,
                suburb=suburb.strip(),
                notes=notes.strip(),
            )
    except IntegrityError as exc:
        raise HouseholdError(
            _("This person is already the main contact for another household."), "contact"
        ) from exc
    _audit(actor, "household.created", household, side=side, contact_id=contact.pk)
    if member_data is not None:
        member = HouseholdMember.objects.create(household=household, **member_data)
        _audit(actor, "household.member_added", household, member_id=member.pk)
    return household


@transaction.atomic
def update_household(actor: User | None, household: Household, **fields: Any) -> Household:
    """Change a household's details. Only the fields given are changed."""
    _only(fields, HOUSEHOLD_FIELDS)
    if "name" in fields:
        fields["name"] = _check_name(fields["name"])
    for key in ("suburb", "notes"):
        if key in fields:
            fields[key] = fields[key].strip()
    if "side" in fields or "contact" in fields:
        _check_contact(
            household.program,
            fields.get("side", household.side),
            fields.get("contact", household.contact),
            household,
        )
    changed = sorted(k for k, v in fields.items() if getattr(household, k) != v)
    if not changed:
        return household
    for key in changed:
        setattr(household, key, fields[key])
    household.save(update_fields=changed)
    _audit(actor, "household.updated", household, fields=changed)
    return household


@transaction.atomic
def add_member(actor: User | None, household: Household, **fields: Any) -> HouseholdMember:
    _only(fields, MEMBER_FIELDS)
    member = HouseholdMember.objects.create(household=household, **_check_member(fields))
    _audit(actor, "household.member_added", household, member_id=member.pk)
    return member


@transaction.atomic
def update_member(actor: User | None, member: HouseholdMember, **fields: Any) -> HouseholdMember:
    """Change a member's details. Only the fields given are changed."""
    _only(fields, MEMBER_FIELDS)
    current = {key: getattr(member, key) for key in MEMBER_FIELDS}
    cleaned = _check_member({**current, **fields})
    changed = sorted(k for k, v in cleaned.items() if current[k] != v)
    if not changed:
        return member
    for key in changed:
        setattr(member, key, cleaned[key])
    member.save(update_fields=changed)
    _audit(actor, "household.member_updated", member.household, member_id=member.pk, fields=changed)
    return member


@transaction.atomic
def remove_member(actor: User | None, member: HouseholdMember) -> None:
    household, member_id = member.household, member.pk
    member.delete()
    _audit(actor, "household.member_removed", household, member_id=member_id)


@transaction.atomic
def record_household_viewed(actor: User, household: Household) -> None:
    """A staff member opened a family's record: a sensitive read leaves a trace."""
    _audit(actor, "household.viewed", household)


def record_households_listed(actor: User, program: Program, side: str = "") -> None:
    """Staff opened the list of families, suburbs and contacts: a sensitive read."""
    record_event(actor, "household.list_viewed", program=program, side=side)
