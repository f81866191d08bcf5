"""The access policy: the one place that decides what each role may see and do.

Rules, in short (docs/access.md has the full table):

* A person's rights come from their current memberships. A membership in a program
  gives rights in that program; an organisation-wide membership (no program) gives
  them in every program of the organisation.
* Every object a user reaches by id is fetched through an ``access_*`` helper here.
  Outsiders get 404 (we do not confirm a record exists); insiders who lack the right
  get 403. For private records about participants, only staff with the right and the
  people the record is about count as insiders: another peer gets 404.
* Platform admins run the installation (organisations, the experience list); they do
  not see participants' private records unless they also hold a role that does.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from mutual.accounts.models import Membership, Role
from mutual.households.models import Household, HouseholdMember
from mutual.matching.models import MatchRun, Proposal, ProposalStatus
from mutual.participants.models import Participant
from mutual.programs.models import ExperienceTag, Organisation, Program, ProgramStatus
from mutual.relationships.models import FitCheck, Goal, PlannedSession, Relationship, Session
from mutual.safety.models import Alert
from mutual.training.models import TrainingModule

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from mutual.accounts.models import User

    AnyUser = User | AnonymousUser


class Perm(StrEnum):
    VIEW_ORGANISATION = "view_organisation"
    MANAGE_ORGANISATION = "manage_organisation"  # details, staff, new programs
    MANAGE_PEOPLE = "manage_people"  # every role in the organisation, participants included
    VIEW_AUDIT = "view_audit"
    VIEW_PROGRAM = "view_program"
    MANAGE_PROGRAM = "manage_program"  # program settings, crisis resources
    VIEW_PARTICIPANTS = "view_participants"  # private records of peers and mentors
    MANAGE_PARTICIPANTS = "manage_participants"
    VIEW_AGGREGATES = "view_aggregates"  # counts and outcomes, never individuals


# What each role may do in the programs it covers.
PROGRAM_PERMS: dict[str, frozenset[Perm]] = {
    Role.ORG_ADMIN: frozenset(
        {
            Perm.VIEW_PROGRAM,
            Perm.MANAGE_PROGRAM,
            Perm.VIEW_PARTICIPANTS,
            Perm.MANAGE_PARTICIPANTS,
            Perm.VIEW_AGGREGATES,
        }
    ),
    Role.COORDINATOR: frozenset(
        {
            Perm.VIEW_PROGRAM,
            Perm.MANAGE_PROGRAM,
            Perm.VIEW_PARTICIPANTS,
            Perm.MANAGE_PARTICIPANTS,
            Perm.VIEW_AGGREGATES,
        }
    ),
    Role.SUPERVISOR: frozenset({Perm.VIEW_PROGRAM, Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES}),
    Role.MENTOR: frozenset({Perm.VIEW_PROGRAM}),
    Role.PEER: frozenset({Perm.VIEW_PROGRAM}),
    Role.FUNDER: frozenset({Perm.VIEW_PROGRAM, Perm.VIEW_AGGREGATES}),
}

# What an organisation-wide membership may do at the organisation level.
ORGANISATION_PERMS: dict[str, frozenset[Perm]] = {
    Role.ORG_ADMIN: frozenset(
        {
            Perm.VIEW_ORGANISATION,
            Perm.MANAGE_ORGANISATION,
            Perm.MANAGE_PEOPLE,
            Perm.VIEW_AUDIT,
            Perm.VIEW_AGGREGATES,
        }
    ),
    Role.FUNDER: frozenset({Perm.VIEW_ORGANISATION, Perm.VIEW_AGGREGATES}),
}

PLATFORM_ADMIN_ORGANISATION_PERMS = frozenset({Perm.VIEW_ORGANISATION, Perm.MANAGE_ORGANISATION})
PLATFORM_ADMIN_PROGRAM_PERMS = frozenset({Perm.VIEW_PROGRAM})


def current_memberships(user: AnyUser) -> list[Membership]:
    """The user's current memberships, loaded once per request (cached on the user)."""
    if not user.is_authenticated:
        return []
    cached: list[Membership] | None = getattr(user, "_mutual_memberships", None)
    if cached is None:
        cached = list(
            Membership.objects.current().filter(user=user).select_related("organisation", "program")
        )
        setattr(user, "_mutual_memberships", cached)  # noqa: B010 (a per-request cache)
    return cached


def forget_memberships(user: AnyUser) -> None:
    """Drop the cache after a service changed the user's memberships."""
    if hasattr(user, "_mutual_memberships"):
        delattr(user, "_mutual_memberships")


def is_platform_admin(user: AnyUser) -> bool:
    return bool(
        user.is_authenticated and user.is_active and getattr(user, "is_platform_admin", False)
    )


def _covers(membership: Membership, program: Program) -> bool:
    if membership.program_id is not None:
        return membership.program_id == program.pk
    return membership.organisation_id == program.organisation_id


def program_roles(user: AnyUser, program: Program) -> set[str]:
    return {m.role for m in current_memberships(user) if _covers(m, program)}


def program_perms(user: AnyUser, program: Program) -> set[Perm]:
    perms: set[Perm] = set()
    for role in program_roles(user, program):
        perms |= PROGRAM_PERMS[role]
    if is_platform_admin(user):
        perms |= PLATFORM_ADMIN_PROGRAM_PERMS
    return perms


def organisation_perms(user: AnyUser, organisation: Organisation) -> set[Perm]:
    perms: set[Perm] = set()
    for m in current_memberships(user):
        if m.organisation_id == organisation.pk and m.program_id is None:
            perms |= ORGANISATION_PERMS.get(m.role, frozenset())
    if is_platform_admin(user):
        perms |= PLATFORM_ADMIN_ORGANISATION_PERMS
    return perms


def is_organisation_insider(user: AnyUser, organisation: Organisation) -> bool:
    return is_platform_admin(user) or any(
        m.organisation_id == organisation.pk for m in current_memberships(user)
    )


def is_program_insider(user: AnyUser, program: Program) -> bool:
    return bool(program_perms(user, program))


def can(user: AnyUser, perm: Perm, obj: Organisation | Program) -> bool:
    if isinstance(obj, Organisation):
        return perm in organisation_perms(user, obj)
    return perm in program_perms(user, obj)


def _check(insider: bool, allowed: bool) -> None:
    if not insider:
        raise Http404
    if not allowed:
        raise PermissionDenied


def _get_or_404(queryset: QuerySet, pk: object):  # type: ignore[no-untyped-def]
    try:
        return queryset.get(pk=int(str(pk)))
    except (ValueError, queryset.model.DoesNotExist) as exc:
        raise Http404 from exc


# --- access_* helpers: the only way a view fetches an object by id -------------------


def access_organisation(user: AnyUser, organisation_id: object, perm: Perm) -> Organisation:
    organisation: Organisation = _get_or_404(Organisation.objects.all(), organisation_id)
    _check(is_organisation_insider(user, organisation), can(user, perm, organisation))
    return organisation


def access_program(user: AnyUser, program_id: object, perm: Perm) -> Program:
    program: Program = _get_or_404(Program.objects.select_related("organisation"), program_id)
    _check(is_program_insider(user, program), can(user, perm, program))
    return program


def access_public_program(user: AnyUser, program_id: object) -> Program:
    """A program's public facts (description, crisis help).

    Anyone may see them once the program is set up; while it is still a draft, only
    the program's own people may (so a peer added early never meets "not found").
    """
    program: Program = _get_or_404(Program.objects.select_related("organisation"), program_id)
    if program.status == ProgramStatus.DRAFT and not is_program_insider(user, program):
        raise Http404
    return program


def is_household_contact(user: AnyUser, household: Household) -> bool:
    """Whether the user speaks for this household. Only a current contact counts:
    someone whose role ended no longer sees the family."""
    return bool(
        user.is_authenticated
        and household.contact.user_id == user.pk
        and household.contact.ended_at is None
    )


def access_household(user: AnyUser, household_id: object, perm: Perm) -> Household:
    """Households are private: staff with the right, and the household's own contact."""
    household: Household = _get_or_404(
        Household.objects.select_related("program__organisation", "contact"), household_id
    )
    perms = program_perms(user, household.program)
    own = is_household_contact(user, household)
    staff = bool(perms & {Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES})
    if own:
        # The family's contact may see and update their own household.
        _check(True, perm in {Perm.VIEW_PARTICIPANTS, Perm.MANAGE_PARTICIPANTS})
        return household
    _check(staff, perm in perms)
    return household


def access_household_member(
    user: AnyUser, household_id: object, member_id: object, perm: Perm
) -> HouseholdMember:
    """A member is reached only through a household the user may reach (else 404)."""
    household = access_household(user, household_id, perm)
    member: HouseholdMember = _get_or_404(household.members.all(), member_id)
    return member


def is_own_participant(user: AnyUser, participant: Participant) -> bool:
    return bool(user.is_authenticated and participant.user_id == user.pk)


def access_participant(user: AnyUser, participant_id: object, perm: Perm) -> Participant:
    """A peer's request or a mentor's application: private, like a household.

    Insiders are staff of the program with the right, and the person themselves, who may
    only read their own record (``VIEW_PARTICIPANTS``); acting on it (moving stages,
    recording checks) needs staff rights. Another mentor or peer gets 404, so nobody
    learns who else applied. Drafts are reached by their secret link, never by id.
    """
    participant: Participant = _get_or_404(
        Participant.objects.select_related("program__organisation", "user").exclude(stage="draft"),
        participant_id,
    )
    perms = program_perms(user, participant.program)
    if is_own_participant(user, participant):
        _check(True, perm == Perm.VIEW_PARTICIPANTS or perm in perms)
        return participant
    staff = bool(perms & {Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES})
    _check(staff, perm in perms)
    return participant


def access_proposal(user: AnyUser, proposal_id: object, perm: Perm) -> Proposal:
    """A suggested pair. Staff of the program with the right; and the person being asked
    right now, who may read it (``VIEW_PARTICIPANTS``) to answer. Nobody else learns it
    exists: another mentor never sees who else was considered."""
    proposal: Proposal = _get_or_404(
        Proposal.objects.select_related(
            "program__organisation", "peer__user", "mentor__user", "relationship"
        ),
        proposal_id,
    )
    asked: dict[str, Participant] = {
        ProposalStatus.ASKED_MENTOR: proposal.mentor,
        ProposalStatus.ASKED_PEER: proposal.peer,
    }
    asked_now = asked.get(proposal.status)
    if asked_now is not None and is_own_participant(user, asked_now):
        _check(True, perm == Perm.VIEW_PARTICIPANTS)
        return proposal
    perms = program_perms(user, proposal.program)
    _check(bool(perms & {Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES}), perm in perms)
    return proposal


def access_relationship(user: AnyUser, relationship_id: object, perm: Perm) -> Relationship:
    """A peer–mentor relationship: its two people may read it; staff of the program with
    the right may read and act; everyone else (other mentors, funders) gets 404."""
    relationship: Relationship = _get_or_404(
        Relationship.objects.select_related("program__organisation", "peer__user", "mentor__user"),
        relationship_id,
    )
    if is_own_participant(user, relationship.peer) or is_own_participant(user, relationship.mentor):
        _check(True, perm == Perm.VIEW_PARTICIPANTS)
        return relationship
    perms = program_perms(user, relationship.program)
    _check(bool(perms & {Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES}), perm in perms)
    return relationship


def access_session(user: AnyUser, session_id: object, perm: Perm) -> Session:
    """A logged session is reached through its relationship's rights."""
    session: Session = _get_or_404(Session.objects.only("pk", "relationship_id"), session_id)
    session.relationship = access_relationship(user, session.relationship_id, perm)
    return session


def access_fit_check(user: AnyUser, check_id: object, perm: Perm) -> FitCheck:
    """A fit check is private: the person asked, and the program's staff. The other
    person in the match gets 404, so they never learn how it was answered."""
    check: FitCheck = _get_or_404(
        FitCheck.objects.select_related(
            "relationship__program__organisation", "relationship__peer", "relationship__mentor"
        ),
        check_id,
    )
    if is_own_participant(user, check.person):
        _check(True, perm == Perm.VIEW_PARTICIPANTS)
        return check
    perms = program_perms(user, check.relationship.program)
    _check(bool(perms & {Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES}), perm in perms)
    return check


def access_goal(user: AnyUser, goal_id: object, perm: Perm) -> Goal:
    """A goal is reached through its relationship's rights (both people and staff)."""
    goal: Goal = _get_or_404(Goal.objects.only("pk", "relationship_id"), goal_id)
    goal.relationship = access_relationship(user, goal.relationship_id, perm)
    return goal


def access_planned_session(user: AnyUser, planned_id: object, perm: Perm) -> PlannedSession:
    """A planned session is reached through its relationship's rights."""
    planned: PlannedSession = _get_or_404(PlannedSession.objects.all(), planned_id)
    planned.relationship = access_relationship(user, planned.relationship_id, perm)
    return planned


def access_match_run(user: AnyUser, run_id: object, perm: Perm) -> MatchRun:
    run: MatchRun = _get_or_404(MatchRun.objects.select_related("program__organisation"), run_id)
    _check(is_program_insider(user, run.program), can(user, perm, run.program))
    return run


def access_training_module(user: AnyUser, module_id: object, perm: Perm) -> TrainingModule:
    """A training module is reached through its program's rights."""
    module: TrainingModule = _get_or_404(
        TrainingModule.objects.select_related("program__organisation"), module_id
    )
    _check(is_program_insider(user, module.program), can(user, perm, module.program))
    return module


def access_membership(user: AnyUser, membership_id: object, perm: Perm) -> Membership:
    """Memberships are managed at the organisation level (staff and participants alike)."""
    membership: Membership = _get_or_404(
        Membership.objects.select_related("user", "organisation", "program"), membership_id
    )
    _check(
        is_organisation_insider(user, membership.organisation),
        can(user, perm, membership.organisation),
    )
    return membership


def access_experience_tag(user: AnyUser, tag_id: object) -> ExperienceTag:
    """The experience list is public knowledge; only platform admins may change it."""
    tag: ExperienceTag = _get_or_404(ExperienceTag.objects.all(), tag_id)
    require_platform_admin(user)
    return tag


def require_platform_admin(user: AnyUser) -> None:
    if not is_platform_admin(user):
        raise PermissionDenied


# --- scoping lists: what a user may see in lists and searches ------------------------


def programs_for(user: AnyUser, perm: Perm) -> QuerySet[Program]:
    """Programs where the user holds ``perm``."""
    if not user.is_authenticated:
        return Program.objects.none()
    if is_platform_admin(user) and perm in PLATFORM_ADMIN_PROGRAM_PERMS:
        return Program.objects.select_related("organisation")
    program_ids: set[int] = set()
    org_ids: set[int] = set()
    for m in current_memberships(user):
        if perm not in PROGRAM_PERMS[m.role]:
            continue
        if m.program_id is None:
            org_ids.add(m.organisation_id)
        else:
            program_ids.add(m.program_id)
    return Program.objects.select_related("organisation").filter(
        Q(pk__in=program_ids) | Q(organisation_id__in=org_ids)
    )


def organisations_for(user: AnyUser, perm: Perm) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    if is_platform_admin(user) and perm in PLATFORM_ADMIN_ORGANISATION_PERMS:
        return Organisation.objects.all()
    ids = {
        m.organisation_id
        for m in current_memberships(user)
        if m.program_id is None and perm in ORGANISATION_PERMS.get(m.role, frozenset())
    }
    return Organisation.objects.filter(pk__in=ids)


def roles_of(user: AnyUser) -> set[str]:
    roles = {m.role for m in current_memberships(user)}
    return roles


def is_staff_member(user: AnyUser, roles: Iterable[str] | None = None) -> bool:
    """Whether the user holds a role that must use multi-factor authentication."""
    from mutual.accounts.models import STAFF_ROLES

    held = set(roles) if roles is not None else roles_of(user)
    return is_platform_admin(user) or bool(held & STAFF_ROLES)


def access_alert(user: AnyUser, alert_id: object, perm: Perm) -> Alert:
    """A safety alert: only the program's professionals (coordinators, supervisors, admins)
    see and act on it. For everyone else — the person who raised it and the people it is
    about included — it does not exist (404): even that an alert exists is private."""
    alert: Alert = _get_or_404(
        Alert.objects.select_related(
            "program__organisation", "subject", "relationship", "owner", "raised_by"
        ),
        alert_id,
    )
    perms = program_perms(user, alert.program)
    _check(Perm.VIEW_PARTICIPANTS in perms, perm in perms)
    return alert


# --- mentor wellbeing (mutual/wellbeing) ---------------------------------------------


def _wellbeing_mentor(user: AnyUser, mentor_id: object) -> tuple[Participant, bool, set[Perm]]:
    mentor: Participant = _get_or_404(
        Participant.objects.select_related("program__organisation", "user")
        .filter(role="mentor")
        .exclude(stage="draft"),
        mentor_id,
    )
    return mentor, is_own_participant(user, mentor), program_perms(user, mentor.program)


def access_mentor_wellbeing(user: AnyUser, mentor_id: object) -> Participant:
    """A peer mentor's wellbeing record (check-ins, supervision): the mentor themselves
    and the program's professionals (coordinators, supervisors, organisation admins) may
    read it. Funders get 403; other mentors, peers and outsiders 404."""
    mentor, own, perms = _wellbeing_mentor(user, mentor_id)
    if not own:
        staff = bool(perms & {Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES})
        _check(staff, Perm.VIEW_PARTICIPANTS in perms)
    return mentor


def access_own_wellbeing(user: AnyUser, mentor_id: object) -> Participant:
    """Acting as the mentor (checking in, pausing new matches): the mentor only. The
    program's professionals and funders get 403; everyone else 404."""
    mentor, own, perms = _wellbeing_mentor(user, mentor_id)
    if not own:
        _check(bool(perms & {Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES}), False)
    return mentor


def access_supervision(user: AnyUser, mentor_id: object) -> Participant:
    """Recording a mentor's supervision: the program's professionals. The mentor and
    funders get 403; everyone else 404."""
    mentor, own, perms = _wellbeing_mentor(user, mentor_id)
    staff = bool(perms & {Perm.VIEW_PARTICIPANTS, Perm.VIEW_AGGREGATES})
    _check(own or staff, not own and Perm.VIEW_PARTICIPANTS in perms)
    return mentor
