"""API: a program's safety alerts, one alert with its timeline, acknowledging and resolving,
and raising a concern about a match.

The same access policy as the pages: alerts are for the program's professionals only
(everyone else gets 404); a concern may be raised by the two people in a match and staff.
Every read of an alert is audited, as on the page.
"""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from mutual.access.policy import Perm, access_alert, access_program, access_relationship
from mutual.accounts.models import User
from mutual.safety import services
from mutual.safety.models import Alert
from mutual.safety.queue import queue_rows
from mutual.safety.services import SafetyError

router = Router(tags=["safety"])


class EventOut(Schema):
    at: datetime
    kind: str
    actor: str
    text: str


class AlertOut(Schema):
    id: int
    level: str
    source: str
    status: str
    summary: str
    subject_id: int | None
    relationship_id: int | None
    owner: str
    raised_at: datetime
    due_at: datetime
    overdue: bool
    children_in_household: bool


class AlertDetailOut(AlertOut):
    excerpt: str
    reasons: list[str]
    resolution: str
    timeline: list[EventOut]


class ResolveIn(Schema):
    notes: str = ""


class ConcernIn(Schema):
    words: str = ""
    urgent: bool = False
    submit_key: str = ""


class ConcernOut(Schema):
    received: bool
    crisis_help_url: str


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _name(user: User | None) -> str:
    return (user.name or user.email) if user is not None else ""


def _alert_out(alert: Alert) -> AlertOut:
    return AlertOut(
        id=alert.pk,
        level=alert.level,
        source=alert.source,
        status=alert.status,
        summary=alert.summary,
        subject_id=alert.subject_id,
        relationship_id=alert.relationship_id,
        owner=_name(alert.owner),
        raised_at=alert.raised_at,
        due_at=alert.due_at,
        overdue=alert.is_waiting and alert.due_at <= timezone.now(),
        children_in_household=alert.children_in_household,
    )


def _detail(alert: Alert) -> AlertDetailOut:
    events = [
        EventOut(at=e.at, kind=e.kind, actor=_name(e.actor), text=e.text)
        for e in alert.events.select_related("actor")
    ]
    return AlertDetailOut(
        **_alert_out(alert).model_dump(),
        excerpt=alert.excerpt,
        reasons=list(alert.reasons),
        resolution=alert.resolution,
        timeline=events,
    )


@router.get(
    "/programs/{program_id}/safety/alerts", response=list[AlertOut], url_name="safety_alerts"
)
def program_alerts(request: HttpRequest, program_id: int, resolved: bool = False) -> list[AlertOut]:
    """Alerts needing attention (waiting first, most urgent first), or the resolved ones."""
    program = access_program(_user(request), program_id, Perm.VIEW_PARTICIPANTS)
    rows = queue_rows(program, resolved=resolved, now=timezone.now())
    return [_alert_out(row.alert) for row in rows]


@router.get("/safety/alerts/{alert_id}", response=AlertDetailOut, url_name="safety_alert")
def alert_detail(request: HttpRequest, alert_id: int) -> AlertDetailOut:
    alert = access_alert(_user(request), alert_id, Perm.VIEW_PARTICIPANTS)
    services.view_alert(alert, _user(request))
    return _detail(alert)


@router.post(
    "/safety/alerts/{alert_id}/acknowledge",
    response=AlertDetailOut,
    url_name="safety_alert_acknowledge",
)
def acknowledge(request: HttpRequest, alert_id: int) -> AlertDetailOut:
    alert = access_alert(_user(request), alert_id, Perm.VIEW_PARTICIPANTS)
    return _detail(services.acknowledge(alert, _user(request)))


@router.post(
    "/safety/alerts/{alert_id}/resolve", response=AlertDetailOut, url_name="safety_alert_resolve"
)
def resolve(request: HttpRequest, alert_id: int, body: ResolveIn) -> AlertDetailOut:
    alert = access_alert(_user(request), alert_id, Perm.VIEW_PARTICIPANTS)
    try:
        return _detail(services.resolve(alert, _user(request), body.notes))
    except SafetyError as problem:
        raise HttpError(400, str(problem)) from problem


@router.post(
    "/relationships/{relationship_id}/concerns",
    response={201: ConcernOut},
    url_name="raise_concern",
)
def raise_concern(
    request: HttpRequest, relationship_id: int, body: ConcernIn
) -> Status[ConcernOut]:
    """Tell the program's staff about a worry; the answer points to the crisis help page,
    which the app should show the person straight away."""
    relationship = access_relationship(_user(request), relationship_id, Perm.VIEW_PARTICIPANTS)
    if not relationship.is_open:
        raise HttpError(409, "This match has ended. Please call the program instead.")
    try:
        services.raise_concern(
            relationship, _user(request), body.words, urgent=body.urgent, submit_key=body.submit_key
        )
    except SafetyError as problem:
        raise HttpError(400, str(problem)) from problem
    url = request.build_absolute_uri(reverse("program_help", args=[relationship.program_id]))
    return Status(201, ConcernOut(received=True, crisis_help_url=url))
