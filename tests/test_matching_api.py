"""The matching API: the same workflow as the pages, for scripts and other tools."""

from __future__ import annotations

from django.urls import reverse

from mutual.matching.models import Proposal
from mutual.relationships.models import Relationship
from tests.conftest import World
from tests.factories_matching import mentor, peer, tags


def post(client, name: str, body: dict | None = None, **kwargs):
    return client.post(reverse(name, kwargs=kwargs), body or {}, content_type="application/json")


def test_run_approve_and_both_answers_through_the_api(
    client, world: World, django_capture_on_commit_callbacks
) -> None:
    t = tags()
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])
    client.force_login(world.users["coordinator"])

    with django_capture_on_commit_callbacks(execute=True):
        started = post(client, "api:match_runs", program_id=world.program_a1.pk)
    assert started.status_code == 202
    run = client.get(reverse("api:match_run", kwargs={"run_id": started.json()["id"]})).json()
    assert run["status"] == "done" and run["peers_matched"] == 1
    [suggestion] = client.get(
        reverse("api:program_suggestions", kwargs={"program_id": world.program_a1.pk})
    ).json()
    assert suggestion["mentor_id"] == mai.pk and suggestion["matches"]

    asked = post(client, "api:proposal_approve", proposal_id=suggestion["id"])
    assert asked.json()["status"] == "asked_mentor"
    client.force_login(mai.user)
    post(client, "api:proposal_answer", {"accept": True}, proposal_id=suggestion["id"])
    client.force_login(ana.user)
    done = post(client, "api:proposal_answer", {"accept": True}, proposal_id=suggestion["id"])

    assert done.json()["status"] == "accepted"
    assert Relationship.objects.filter(peer=ana, mentor=mai).exists()


def test_once_answered_the_question_is_gone_for_the_person_asked(client, world: World) -> None:
    t = tags()
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])
    proposal = Proposal.objects.create(
        program=world.program_a1, peer=ana, mentor=mai, score=0.8, status="asked_mentor"
    )
    client.force_login(mai.user)
    post(client, "api:proposal_answer", {"accept": False}, proposal_id=proposal.pk)

    again = post(client, "api:proposal_answer", {"accept": True}, proposal_id=proposal.pk)

    assert again.status_code == 404


def test_best_mentors_for_a_peer_are_ranked_with_reasons(client, world: World) -> None:
    t = tags()
    ana = peer(world.program_a1, [t["dementia"]])
    close = mentor(world.program_a1, [t["dementia"]])
    sibling = mentor(world.program_a1, [t["ageing"]])
    client.force_login(world.users["coordinator"])

    ranked = client.get(reverse("api:mentor_suggestions", kwargs={"participant_id": ana.pk})).json()

    assert [row["mentor_id"] for row in ranked] == [close.pk, sibling.pk]
    assert ranked[0]["score"] > ranked[1]["score"] and ranked[0]["matches"]
