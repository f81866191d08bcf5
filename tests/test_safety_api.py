"""The safety API: list, read (audited), acknowledge, resolve; raise a concern."""

from __future__ import annotations

import json

from django.utils import timezone

from mutual.audit.models import AuditEvent
from mutual.safety import services
from mutual.safety.models import Alert
from tests.conftest import World
from tests.test_relationships import make_match


def _alert(world: World) -> Alert:
    return services.raise_alert(
        world.program_a1,
        level="elevated",
        source="person",
        summary="Worried about him",
        raised_by=world.users["mentor"],
        now=timezone.now(),
    )


def post(client, url: str, body: dict) -> object:
    return client.post(url, json.dumps(body), content_type="application/json")


def test_a_coordinator_lists_reads_acknowledges_and_resolves_an_alert(client, world) -> None:
    alert = _alert(world)
    client.force_login(world.users["coordinator"])
    program = world.program_a1.pk

    listed = client.get(f"/api/programs/{program}/safety/alerts").json()
    read = client.get(f"/api/safety/alerts/{alert.pk}").json()
    taken = post(client, f"/api/safety/alerts/{alert.pk}/acknowledge", {}).json()
    done = post(client, f"/api/safety/alerts/{alert.pk}/resolve", {"notes": "Called him; safe."})

    assert [a["id"] for a in listed] == [alert.pk]
    assert read["timeline"][0]["kind"] == "raised"
    assert taken["status"] == "acknowledged"
    assert done.json()["status"] == "resolved"
    assert AuditEvent.objects.filter(action="safety.alert_viewed").count() == 1


def test_resolving_without_notes_is_refused_with_a_message(client, world) -> None:
    alert = _alert(world)
    client.force_login(world.users["coordinator"])

    response = post(client, f"/api/safety/alerts/{alert.pk}/resolve", {"notes": " "})

    assert response.status_code == 400
    assert "Say what was done" in response.json()["detail"]


def test_a_peer_raises_a_concern_and_is_pointed_to_crisis_help(client, world) -> None:
    match = make_match(world)
    client.force_login(world.users["peer"])

    response = post(
        client, f"/api/relationships/{match.pk}/concerns", {"words": "Please call", "urgent": True}
    )

    assert response.status_code == 201
    assert response.json()["crisis_help_url"].endswith(f"/p/{world.program_a1.pk}/help/")
    assert Alert.objects.get().level == "imminent"
