"""The audit log is append-only, in the model and in the database itself."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction

from mutual.audit.models import AuditEvent
from mutual.audit.services import record_event
from tests.conftest import World


def test_record_event_keeps_who_what_and_where(world: World) -> None:
    event = record_event(
        world.users["coordinator"],
        "program.updated",
        world.program_a1,
        program=world.program_a1,
        fields=["name"],
    )
    assert (event.actor, event.organisation, event.object_repr) == (
        world.users["coordinator"],
        world.org_a,
        world.program_a1.name,
    )
    assert event.details == {"fields": ["name"]}


def test_saving_an_existing_event_is_refused(world: World) -> None:
    event = record_event(None, "test.thing")
    event.action = "changed"
    with pytest.raises(TypeError, match="append-only"):
        event.save()


def test_bulk_update_is_refused(world: World) -> None:
    record_event(None, "test.thing")
    with pytest.raises(TypeError, match="append-only"):
        AuditEvent.objects.all().update(action="x")


def test_the_database_refuses_an_update_that_bypasses_django(world: World) -> None:
    event = record_event(None, "test.thing")
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET action = 'forged' WHERE id = %s", [event.pk])
    assert AuditEvent.objects.get(pk=event.pk).action == "test.thing"


def test_a_failed_change_leaves_no_audit_event(world: World) -> None:
    """Events are written in the change's transaction: a rollback removes both."""
    before = AuditEvent.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic():
        record_event(None, "test.thing")
        raise RuntimeError("the change failed")
    assert AuditEvent.objects.count() == before
