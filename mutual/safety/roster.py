"""Who an alert goes to: the program's on-call roster in order, then the organisation's admins.

Step 0 is the first person on the roster; each missed deadline moves the alert one step on.
A program with no roster yet sends alerts to its coordinators first, so an alert is never
left with nobody. Past the end of the list, the organisation's admins are told again at
every deadline until someone acknowledges.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from mutual.accounts.models import Role, User
from mutual.accounts.services import people_in_roles
from mutual.audit.services import record_event
from mutual.programs.models import Program
from mutual.safety.models import RosterEntry

PROFESSIONAL_ROLES = (Role.COORDINATOR, Role.SUPERVISOR, Role.ORG_ADMIN)


@dataclass(frozen=True)
class Responder:
    user: User
    phone: str = ""


def professionals(program: Program) -> list[User]:
    """Everyone who may be on the roster or be handed an alert."""
    return people_in_roles(program, PROFESSIONAL_ROLES)


def chain(program: Program) -> list[list[Responder]]:
    """The escalation steps, in order; each step is one or more people told at once."""
    entries = list(
        RosterEntry.objects.filter(program=program, user__is_active=True).select_related("user")
    )
    phones = {e.user_id: e.phone for e in entries}
    steps = [[Responder(e.user, e.phone)] for e in entries]
    if not steps:
        coordinators = people_in_roles(program, (Role.COORDINATOR,))
        if coordinators:
            steps.append([Responder(u, phones.get(u.pk, "")) for u in coordinators])
    admins = people_in_roles(program, (Role.ORG_ADMIN,))
    earlier = {r.user.pk for step in steps for r in step}
    admins = [u for u in admins if u.pk not in earlier] or admins
    if admins:
        steps.append([Responder(u, phones.get(u.pk, "")) for u in admins])
    return steps


def step_responders(program: Program, step: int) -> tuple[list[Responder], bool]:
    """Who to tell at ``step`` (the last step repeats), and whether it is the last step."""
    steps = chain(program)
    if not steps:
        return [], True
    index = min(step, len(steps) - 1)
    return steps[index], index == len(steps) - 1


def first_responder(program: Program) -> User | None:
    responders, _last = step_responders(program, 0)
    return responders[0].user if responders else None


class RosterError(ValueError):
    pass


@transaction.atomic
def set_roster(actor: User, program: Program, people: list[tuple[int, str]]) -> None:
    """Replace the roster with ``people`` — (user id, mobile) in order — all or nothing."""
    allowed = {u.pk for u in professionals(program)}
    seen: set[int] = set()
    for user_id, _phone in people:
        if user_id not in allowed:
            raise RosterError(
                _("Only the program's coordinators, supervisors and admins can be on call.")
            )
        if user_id in seen:
            raise RosterError(_("Each person can be on the list once."))
        seen.add(user_id)
    RosterEntry.objects.filter(program=program).delete()
    RosterEntry.objects.bulk_create(
        RosterEntry(program=program, user_id=user_id, phone=phone.strip()[:40], position=i)
        for i, (user_id, phone) in enumerate(people)
    )
    record_event(actor, "safety.roster_changed", program, program=program, size=len(people))
