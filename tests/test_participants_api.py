"""The joining API: lists and records for staff, counts for anyone who sees figures."""

from __future__ import annotations

from typing import Any

import pytest

from mutual.audit.models import AuditEvent
from tests.conftest import World
from tests.factories import ParticipantFactory


def test_the_list_shows_submitted_people_never_drafts(client: Any, world: World) -> None:
    asked = ParticipantFactory(program=world.program_a1, stage="waiting")
    ParticipantFactory(program=world.program_a1, stage="draft", submitted_at=None)
    client.force_login(world.users["coordinator"])
    rows = client.get(f"/api/programs/{world.program_a1.pk}/participants").json()
    assert [row["id"] for row in rows] == [asked.pk]


def test_the_list_filters_by_role_and_stage(client: Any, world: World) -> None:
    ParticipantFactory(program=world.program_a1, stage="waiting")
    mentor = ParticipantFactory(program=world.program_a1, role="mentor", stage="checks")
    client.force_login(world.users["coordinator"])
    url = f"/api/programs/{world.program_a1.pk}/participants?role=mentor&stage=checks"
    assert [row["id"] for row in client.get(url).json()] == [mentor.pk]


def test_a_staff_read_of_a_record_leaves_a_trace(client: Any, world: World) -> None:
    record = ParticipantFactory(program=world.program_a1, languages=["vi"])
    client.force_login(world.users["supervisor"])
    body = client.get(f"/api/participants/{record.pk}").json()
    assert body["languages"] == ["vi"]
    assert (
        AuditEvent.objects.filter(action="participant.viewed", object_id=str(record.pk)).count()
        == 1
    )


def test_a_person_reads_their_own_record_without_a_staff_trace(client: Any, world: World) -> None:
    mine = ParticipantFactory(program=world.program_a1, user=world.users["peer"])
    client.force_login(world.users["peer"])
    assert client.get(f"/api/participants/{mine.pk}").status_code == 200
    assert not AuditEvent.objects.filter(action="participant.viewed").exists()


@pytest.mark.parametrize("role", ["funder", "coordinator"])
def test_counts_name_nobody_and_count_each_stage(client: Any, world: World, role: str) -> None:
    for _ in range(2):
        ParticipantFactory(program=world.program_a1, stage="waiting")
    ParticipantFactory(program=world.program_a1, role="mentor", stage="active")
    client.force_login(world.users[role])
    rows = client.get(f"/api/programs/{world.program_a1.pk}/pipeline").json()
    counts = {(r["role"], r["stage"]): r["count"] for r in rows}
    assert counts[("peer", "waiting")] == 2
    assert counts[("mentor", "active")] == 1
    assert all(set(r) == {"role", "stage", "stage_label", "count"} for r in rows)
