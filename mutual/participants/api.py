"""API: people asking to join a program, their stages, and the pipeline counts.

Lists and records are for staff with the right to see participants; the counts are
for anyone who may see the program's figures (funders too), and name nobody.
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count
from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema

from mutual.access.policy import Perm, access_participant, access_program, is_own_participant
from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.participants.models import MentorStage, Participant, PeerStage

router = Router(tags=["joining"])
PAGE = 200


class ParticipantOut(Schema):
    id: int
    name: str
    role: str
    stage: str
    stage_label: str
    source: str
    submitted_at: datetime | None
    days_in_stage: int | None


class ParticipantDetailOut(ParticipantOut):
    email: str
    phone: str
    preferred_channel: str
    safe_to_leave_message: str
    experiences: list[str]
    languages: list[str]
    preferences: dict[str, object]
    delivery_modes: list[str]
    availability: list[str]
    suburb: str
    postcode: str
    travel_km: int | None
    capacity: int | None
    new_matches_paused: bool


class StageCount(Schema):
    role: str
    stage: str
    stage_label: str
    count: int


class ListFilters(Schema):
    role: str | None = None
    stage: str | None = None
    page: int = 1


def _days(since: datetime | None) -> int | None:
    return None if since is None else (timezone.now() - since).days


def _summary(p: Participant) -> dict[str, object]:
    return {
        "id": p.pk,
        "name": p.name,
        "role": p.role,
        "stage": p.stage,
        "stage_label": p.get_stage_display(),
        "source": p.source,
        "submitted_at": p.submitted_at,
        "days_in_stage": _days(p.stage_changed_at),
    }


@router.get(
    "/programs/{program_id}/participants",
    response=list[ParticipantOut],
    url_name="program_participants",
)
def program_participants(
    request: HttpRequest, program_id: int, filters: Query[ListFilters]
) -> list[dict[str, object]]:
    """Submitted requests and applications (never drafts), newest first, 200 a page."""
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    rows = Participant.objects.filter(program=program).exclude(stage="draft")
    if filters.role:
        rows = rows.filter(role=filters.role)
    if filters.stage:
        rows = rows.filter(stage=filters.stage)
    page = max(filters.page, 1)
    chosen = list(rows.order_by("-submitted_at", "-pk")[(page - 1) * PAGE : page * PAGE])
    assert isinstance(request.user, User)
    record_event(request.user, "participant.list_viewed", program=program, via="api", page=page)
    return [_summary(p) for p in chosen]


@router.get(
    "/participants/{participant_id}",
    response=ParticipantDetailOut,
    url_name="participant",
)
def participant(request: HttpRequest, participant_id: int) -> dict[str, object]:
    p = access_participant(request.user, participant_id, Perm.VIEW_PARTICIPANTS)
    if not is_own_participant(request.user, p):
        assert isinstance(request.user, User)
        record_event(request.user, "participant.viewed", p, program=p.program, via="api")
    return {
        **_summary(p),
        "email": p.email,
        "phone": p.phone,
        "preferred_channel": p.preferred_channel,
        "safe_to_leave_message": p.safe_to_leave_message,
        "experiences": [tag.path_label for tag in p.experiences.all()],
        "languages": list(p.languages),
        "preferences": dict(p.preferences),
        "delivery_modes": list(p.delivery_modes),
        "availability": list(p.availability),
        "suburb": p.suburb,
        "postcode": p.postcode,
        "travel_km": p.travel_km,
        "capacity": p.capacity,
        "new_matches_paused": p.new_matches_paused,
    }


@router.get(
    "/programs/{program_id}/pipeline",
    response=list[StageCount],
    url_name="program_pipeline_counts",
)
def pipeline_counts(request: HttpRequest, program_id: int) -> list[dict[str, object]]:
    """How many people are at each stage. Names nobody, so funders may see it."""
    program = access_program(request.user, program_id, Perm.VIEW_AGGREGATES)
    counts = {
        (row["role"], row["stage"]): row["n"]
        for row in Participant.objects.filter(program=program)
        .exclude(stage="draft")
        .values("role", "stage")
        .annotate(n=Count("pk"))
    }
    out: list[dict[str, object]] = []
    for role, stages in (("peer", PeerStage), ("mentor", MentorStage)):
        for stage, label in stages.choices:
            if stage != "draft":
                out.append(
                    {
                        "role": role,
                        "stage": stage,
                        "stage_label": str(label),
                        "count": counts.get((role, stage), 0),
                    }
                )
    return out
