"""Each person's home page: the next things to do, for every role they hold.

A person with several roles (a coordinator who is also a peer elsewhere) sees a
section for each. Sections are built from data the access policy lets them see.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from allauth.mfa.models import Authenticator
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from mutual.access.policy import (
    Perm,
    current_memberships,
    is_platform_admin,
    organisations_for,
    programs_for,
)
from mutual.accounts.models import STAFF_ROLES, Membership, Role, User
from mutual.audit.models import AuditEvent
from mutual.households.models import Household
from mutual.live.models import Notification
from mutual.matching.models import Proposal, ProposalStatus
from mutual.participants.models import ConsentText, Participant
from mutual.participants.services import wait_estimate
from mutual.programs.models import ExperienceTag, Organisation, Program, ProgramStatus
from mutual.training.services import TRAINEE_STAGES


@dataclass
class Section:
    template: str  # the template owns the section's heading and words
    data: dict[str, Any] = field(default_factory=dict)


def build_home(user: User) -> dict[str, Any]:
    sections: list[Section] = []
    if is_platform_admin(user):
        sections.append(_platform_section())
    for organisation in organisations_for(user, Perm.MANAGE_ORGANISATION):
        if any(
            m.organisation_id == organisation.pk and m.role == Role.ORG_ADMIN
            for m in current_memberships(user)
        ):
            sections.append(_org_admin_section(organisation))
    memberships = current_memberships(user)
    for role, builder in (
        (Role.COORDINATOR, _coordinator_section),
        (Role.SUPERVISOR, _supervisor_section),
        (Role.MENTOR, _mentor_section),
        (Role.PEER, _peer_section),
    ):
        for m in memberships:
            if m.role == role and m.program is not None:
                sections.append(builder(m.program, user))
    if any(m.role == Role.FUNDER for m in memberships):
        sections.append(_funder_section(user))
    notifications = Notification.objects.filter(user=user)[:10]
    return {
        "sections": sections,
        "notifications": notifications,
        "unread": sum(1 for n in notifications if n.read_at is None),
        "has_roles": bool(sections),
    }


def _platform_section() -> Section:
    has_admin = Membership.objects.current().filter(
        organisation=OuterRef("pk"), role=Role.ORG_ADMIN, program=None
    )
    organisations = Organisation.objects.annotate(
        program_count=Count("programs"), has_admin=Exists(has_admin)
    )
    return Section(
        "core/home/platform.html",
        {
            "organisations": organisations,
            "without_admin": [o for o in organisations if not o.has_admin],
            "tag_count": ExperienceTag.objects.filter(is_active=True).count(),
        },
    )


def _org_admin_section(organisation: Organisation) -> Section:
    programs = list(
        organisation.programs.annotate(
            coordinators=Count(
                "memberships",
                filter=Q(memberships__role=Role.COORDINATOR, memberships__ended_at__isnull=True),
            ),
            crisis_count=Count("crisis_resources", distinct=True),
        )
    )
    staff_without_mfa = (
        Membership.objects.current()
        .filter(organisation=organisation, role__in=sorted(STAFF_ROLES))
        .exclude(
            Exists(
                Authenticator.objects.filter(user=OuterRef("user"), type=Authenticator.Type.TOTP)
            )
        )
        .select_related("user", "program")
    )
    return Section(
        "core/home/org_admin.html",
        {
            "organisation": organisation,
            "programs": programs,
            "no_coordinator": [
                p for p in programs if p.coordinators == 0 and p.status != ProgramStatus.CLOSED
            ],
            "no_crisis_help": [p for p in programs if p.crisis_count == 0],
            "drafts": [p for p in programs if p.status == ProgramStatus.DRAFT],
            "staff_without_mfa": list(staff_without_mfa[:20]),
            "recent": AuditEvent.objects.filter(organisation=organisation).select_related("actor")[
                :5
            ],
        },
    )


def _role_counts(program: Program) -> dict[str, int]:
    rows = (
        Membership.objects.current().filter(program=program).values("role").annotate(n=Count("id"))
    )
    return {row["role"]: row["n"] for row in rows}


def _joining_counts(program: Program, user: User) -> dict[str, int]:
    """What is waiting on the program's staff: new requests, applications, overdue steps."""
    from mutual.screening.models import ScreeningStep
    from mutual.screening.pipeline import SCREENING

    people = Participant.objects.filter(program=program)
    open_steps = ScreeningStep.objects.filter(
        participant__program=program, completed_at__isnull=True
    )
    return {
        "new": people.filter(role="peer", stage="new").count(),
        "waiting": people.filter(role="peer", stage="waiting").count(),
        "screening": people.filter(role="mentor", stage__in=SCREENING).count(),
        "overdue": open_steps.filter(due_on__lt=timezone.localdate()).count(),
        "mine": open_steps.filter(owner=user).count(),
    }


def _coordinator_section(program: Program, user: User) -> Section:
    return Section(
        "core/home/coordinator.html",
        {
            "program": program,
            "counts": _role_counts(program),
            "joining": _joining_counts(program, user),
            "has_consent": ConsentText.objects.filter(program=program).exists(),
            "households": Household.objects.filter(program=program).count(),
            "has_crisis_help": program.crisis_resources.exists(),
            "suggestions": Proposal.objects.filter(
                program=program, status=ProposalStatus.SUGGESTED
            ).count(),
        },
    )


def _supervisor_section(program: Program, user: User) -> Section:
    mentors = (
        Membership.objects.current()
        .filter(program=program, role=Role.MENTOR)
        .select_related("user")
        .order_by("user__name")
    )
    return Section(
        "core/home/supervisor.html",
        {"program": program, "mentors": list(mentors[:50]), "mentor_count": mentors.count()},
    )


def _own_record(program: Program, user: User, role: str) -> Participant | None:
    return (
        Participant.objects.filter(program=program, user=user, role=role)
        .exclude(stage__in=["draft", "withdrawn"])
        .order_by("-submitted_at")
        .first()
    )


def _matches(record: Participant | None) -> dict[str, Any]:
    """Open matches and possible matches waiting for this person's answer."""
    if record is None:
        return {"relationships": [], "questions": []}
    from mutual.joining.views_mine import open_relationships, questions_for

    return {"relationships": open_relationships(record), "questions": questions_for(record)}


def _mentor_section(program: Program, user: User) -> Section:
    record = _own_record(program, user, "mentor")
    return Section(
        "core/home/mentor.html",
        {
            "program": program,
            "record": record,
            "in_training": record is not None and record.stage in TRAINEE_STAGES,
            "household": Household.objects.filter(contact__user=user, program=program).first(),
            **_matches(record),
        },
    )


def _peer_section(program: Program, user: User) -> Section:
    record = _own_record(program, user, "peer")
    waiting = record is not None and record.stage in ("new", "waiting")
    return Section(
        "core/home/peer.html",
        {
            "program": program,
            "record": record,
            "estimate": wait_estimate(program, record) if waiting else None,
            "household": Household.objects.filter(contact__user=user, program=program).first(),
            "crisis": program.crisis_resources.all()[:2],
            **_matches(record),
        },
    )


def _funder_section(user: User) -> Section:
    programs = programs_for(user, Perm.VIEW_AGGREGATES).annotate(
        mentors=Count(
            "memberships",
            filter=Q(memberships__role=Role.MENTOR, memberships__ended_at__isnull=True),
        ),
        peers=Count(
            "memberships", filter=Q(memberships__role=Role.PEER, memberships__ended_at__isnull=True)
        ),
        household_count=Count("households", distinct=True),
    )
    return Section("core/home/funder.html", {"programs": programs})
