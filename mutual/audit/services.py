"""Writing to the audit log. Call ``record_event`` inside the transaction of the change."""

from __future__ import annotations

from typing import Any

from django.db import models

from mutual.accounts.models import User
from mutual.audit.context import current_origin
from mutual.audit.models import AuditEvent
from mutual.programs.models import Organisation, Program


def record_event(
    actor: User | None,
    action: str,
    obj: models.Model | None = None,
    *,
    organisation: Organisation | None = None,
    program: Program | None = None,
    **details: Any,
) -> AuditEvent:
    """Append one audit event. ``action`` is a dotted verb such as ``program.updated``."""
    if program is not None and organisation is None:
        organisation = program.organisation
    origin = current_origin()
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        organisation=organisation,
        program=program,
        ip_address=origin.ip_address if origin else None,
        user_agent=origin.user_agent if origin else "",
        details=details,
    )
