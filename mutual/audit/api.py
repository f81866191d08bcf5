"""API: an organisation's activity log, for its admins. Same filters as the page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import ValidationError

from mutual.access.policy import Perm, access_organisation
from mutual.audit.filters import AuditFilterForm, action_words, organisation_events
from mutual.audit.models import AuditEvent
from mutual.programs.api import NamedRef

router = Router(tags=["activity log"])

MAX_LIMIT = 200


class AuditQuery(Schema):
    who: int | None = Field(None, description="Id of the person who acted")
    action: str | None = Field(None, description="Action code, such as program.updated")
    program: int | None = Field(None, description="Id of a program of this organisation")
    date_from: dt.date | None = Field(None, description="First day, local time")
    date_to: dt.date | None = Field(None, description="Last day (included), local time")
    q: str | None = Field(None, description="Text the record's name contains")
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0)


class AuditEventOut(Schema):
    id: int
    time: dt.datetime
    actor: NamedRef | None  # None when the system acted on its own
    action: str
    action_label: str
    object_type: str
    object_id: str
    object_repr: str
    program: NamedRef | None
    ip_address: str | None
    user_agent: str
    details: dict[str, Any]


class AuditPageOut(Schema):
    count: int
    limit: int
    offset: int
    items: list[AuditEventOut]


def _event(event: AuditEvent) -> AuditEventOut:
    actor, program = event.actor, event.program
    return AuditEventOut(
        id=event.pk,
        time=timezone.localtime(event.created_at),
        actor=NamedRef(id=actor.pk, name=str(actor)) if actor else None,
        action=event.action,
        action_label=action_words(event.action),
        object_type=event.object_type,
        object_id=event.object_id,
        object_repr=event.object_repr,
        program=NamedRef(id=program.pk, name=program.name) if program else None,
        ip_address=event.ip_address,
        user_agent=event.user_agent,
        details=event.details,
    )


def _invalid(form: AuditFilterForm) -> ValidationError:
    """Form errors in the same shape as the API's own validation errors."""
    return ValidationError(
        [
            {
                "loc": ["query"] if field == NON_FIELD_ERRORS else ["query", field],
                "msg": str(error),
                "type": "value_error",
            }
            for field, errors in form.errors.items()
            for error in errors
        ]
    )


@router.get(
    "/{organisation_id}/audit",
    response=AuditPageOut,
    url_name="organisation_audit",
    summary="An organisation's activity log, newest first",
)
def organisation_audit(
    request: HttpRequest, organisation_id: int, query: Query[AuditQuery]
) -> AuditPageOut:
    organisation = access_organisation(request.user, organisation_id, Perm.VIEW_AUDIT)
    filters = query.model_dump(exclude={"limit", "offset"}, exclude_none=True)
    form = AuditFilterForm(filters, organisation=organisation)
    if not form.is_valid():
        raise _invalid(form)
    events = form.apply(organisation_events(organisation))
    window = events[query.offset : query.offset + query.limit]
    return AuditPageOut(
        count=events.count(),
        limit=query.limit,
        offset=query.offset,
        items=[_event(e) for e in window],
    )
