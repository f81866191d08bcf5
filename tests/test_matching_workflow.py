"""Coordinator workflow: batch suggestions, asking the mentor then the peer, declines,
skips, re-matching, and the rules that keep a pair from being suggested."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from mutual.matching import services
from mutual.matching.models import Exclusion, MatchRun, Proposal, ProposalStatus
from mutual.matching.services import MatchingError
from mutual.relationships.models import EndReason, Relationship
from tests.conftest import World
from tests.factories_matching import mentor, peer, tags


@pytest.fixture
def t(db):
    return tags()


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Start a batch run the way the page does; the job runs when the transaction commits."""

    def start(world: World) -> MatchRun:
        with django_capture_on_commit_callbacks(execute=True):
            started = services.start_run(world.program_a1, world.users["coordinator"])
        return MatchRun.objects.get(pk=started.pk)

    return start


def suggestion_for(person) -> Proposal:
    return Proposal.objects.get(peer=person, status=ProposalStatus.SUGGESTED)


def test_a_batch_run_suggests_a_mentor_for_each_waiting_peer_it_can(world: World, t, run) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])

    finished = run(world)

    assert finished.status == "done" and finished.peers_matched == 1
    assert suggestion_for(ana).mentor == mai


def test_the_run_fills_capacity_for_the_most_peers_rather_than_the_best_single_fit(
    world: World, t, run
) -> None:
    # Bo fits Mai best, but only Mai can take Ana: both are matched, Bo with Lin.
    ana = peer(world.program_a1, [t["dementia"]], languages=["vi"],
               preferences={"languages": {"value": ["vi"], "must": True}})  # fmt: skip
    bo = peer(world.program_a1, [t["dementia"]], languages=["en", "vi"])
    mai = mentor(world.program_a1, [t["dementia"]], languages=["en", "vi"])
    lin = mentor(world.program_a1, [t["ageing"]])

    run(world)

    assert suggestion_for(ana).mentor == mai
    assert suggestion_for(bo).mentor == lin


def test_unmatched_peers_are_listed_with_the_reason(world: World, t, run) -> None:
    dari = peer(world.program_a1, [t["dementia"]], languages=["prs"],
                preferences={"languages": {"value": ["prs"], "must": True}})  # fmt: skip
    mentor(world.program_a1, [t["dementia"]])

    finished = run(world)

    [row] = finished.unmatched
    assert row["peer"] == dari.pk
    assert row["reasons"][0]["code"] == "must_language"


def test_mentors_without_room_paused_or_with_an_expired_check_are_not_suggested(
    world: World, t, run
) -> None:
    from mutual.screening.models import Check

    peer(world.program_a1, [t["dementia"]])
    full = mentor(world.program_a1, [t["dementia"]], capacity=1)
    Relationship.objects.create(
        program=world.program_a1, peer=peer(world.program_a1, [t["ageing"]]), mentor=full
    )
    mentor(world.program_a1, [t["dementia"]], new_matches_paused=True)
    expired = mentor(world.program_a1, [t["dementia"]])
    Check.objects.create(
        participant=expired,
        kind="wwcc",
        number="WWC123",
        expires_on=timezone.localdate() - dt.timedelta(days=1),
        verified_by=world.users["coordinator"],
    )

    finished = run(world)

    assert finished.peers_matched == 0
    assert finished.mentors_with_room == 0


def test_a_mentor_whose_expired_check_was_renewed_is_suggested_again(world: World, t, run) -> None:
    from mutual.screening.models import Check

    peer(world.program_a1, [t["dementia"]])
    renewed = mentor(world.program_a1, [t["dementia"]])
    for days in (-1, 365):
        Check.objects.create(
            participant=renewed,
            kind="wwcc",
            number=f"WWC{days}",
            expires_on=timezone.localdate() + dt.timedelta(days=days),
            verified_by=world.users["coordinator"],
        )

    finished = run(world)

    assert finished.peers_matched == 1


def test_yes_from_the_mentor_then_the_peer_starts_the_relationship(world: World, t, run) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])
    run(world)
    proposal = services.approve(suggestion_for(ana), world.users["coordinator"])
    assert proposal.status == ProposalStatus.ASKED_MENTOR

    proposal = services.answer(proposal, mai.user, accept=True)
    assert proposal.status == ProposalStatus.ASKED_PEER
    proposal = services.answer(proposal, ana.user, accept=True)

    relationship = Relationship.objects.get(peer=ana, mentor=mai)
    assert relationship.stage == "introduced"
    ana.refresh_from_db()
    assert ana.stage == "matched" and ana.matched_at is not None


def test_a_mentor_saying_no_moves_on_to_the_next_best_and_is_not_asked_again(
    world: World, t, run
) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])
    lin = mentor(world.program_a1, [t["ageing"]])
    run(world)
    proposal = services.approve(suggestion_for(ana), world.users["coordinator"])

    services.answer(proposal, mai.user, accept=False, reason="Too close to home")

    assert suggestion_for(ana).mentor == lin
    assert all(s.mentor != mai for s in services.suggestions_for(ana))


def test_skipping_suggests_the_next_mentor(world: World, t, run) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])
    lin = mentor(world.program_a1, [t["ageing"]])
    run(world)
    assert suggestion_for(ana).mentor == mai

    following = services.skip(suggestion_for(ana), world.users["coordinator"], "Knows the family")

    assert following is not None and following.mentor == lin


def test_approving_twice_is_refused_and_holds_one_place(world: World, t, run) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]], capacity=1)
    run(world)
    proposal = suggestion_for(ana)
    services.approve(proposal, world.users["coordinator"])

    with pytest.raises(MatchingError, match="already been dealt with"):
        services.approve(proposal, world.users["coordinator"])
    assert Proposal.objects.filter(mentor=mai, status=ProposalStatus.ASKED_MENTOR).count() == 1


def test_only_the_person_asked_can_answer(world: World, t, run) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mentor(world.program_a1, [t["dementia"]])
    run(world)
    proposal = services.approve(suggestion_for(ana), world.users["coordinator"])

    with pytest.raises(MatchingError, match="for someone else"):
        services.answer(proposal, ana.user, accept=True)


def test_a_declared_exclusion_keeps_the_pair_apart(world: World, t, run) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])
    services.add_exclusion(ana, mai, world.users["coordinator"], "know_each_other")

    assert run(world).peers_matched == 0
    assert Exclusion.objects.filter(peer=ana, mentor=mai).exists()


def test_rematching_ends_without_blame_keeps_the_wait_and_suggests_someone_else(
    world: World, t, run
) -> None:
    ana = peer(world.program_a1, [t["dementia"]], weeks_waiting=6)
    mai = mentor(world.program_a1, [t["dementia"]])
    lin = mentor(world.program_a1, [t["ageing"]])
    asked_on = ana.submitted_at
    run(world)
    proposal = services.approve(suggestion_for(ana), world.users["coordinator"])
    services.answer(services.answer(proposal, mai.user, accept=True), ana.user, accept=True)
    relationship = Relationship.objects.get(peer=ana)

    following = services.rematch(relationship, world.users["coordinator"], "Not a good fit")

    relationship.refresh_from_db()
    ana.refresh_from_db()
    assert relationship.end_reason == EndReason.REMATCHED
    assert ana.stage == "waiting" and ana.submitted_at == asked_on
    assert following is not None and following.mentor == lin


def test_time_waited_decides_who_gets_the_last_place(world: World, t, run) -> None:
    # The newer request fits a little better (more free times in common), but the other
    # person has waited 20 weeks: waiting time raises their priority past it.
    slots = ["tue_evening", "sat_morning", "sun_morning"]
    newer = peer(world.program_a1, [t["dementia"]], weeks_waiting=1, availability=slots)
    longer = peer(world.program_a1, [t["dementia"]], weeks_waiting=20, availability=slots[:1])
    mentor(world.program_a1, [t["dementia"]], capacity=1, availability=slots)

    run(world)

    assert Proposal.objects.filter(peer=longer, status="suggested").exists()
    assert not Proposal.objects.filter(peer=newer, status="suggested").exists()


def test_a_new_run_replaces_suggestions_nobody_acted_on(world: World, t, run) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mentor(world.program_a1, [t["dementia"]])
    run(world)
    first = suggestion_for(ana)

    run(world)

    first.refresh_from_db()
    assert first.status == ProposalStatus.WITHDRAWN
    assert suggestion_for(ana).pk != first.pk


def test_a_suggestion_for_someone_no_longer_waiting_cannot_be_approved(
    world: World, t, run
) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mentor(world.program_a1, [t["dementia"]])
    run(world)
    proposal = suggestion_for(ana)
    ana.stage = "withdrawn"
    ana.save()

    with pytest.raises(MatchingError, match="no longer on the waiting list"):
        services.approve(proposal, world.users["coordinator"])
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.WITHDRAWN


def test_a_peer_saying_no_keeps_their_place_and_the_next_mentor_is_suggested(
    world: World, t, run
) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])
    lin = mentor(world.program_a1, [t["ageing"]])
    run(world)
    proposal = services.approve(suggestion_for(ana), world.users["coordinator"])
    proposal = services.answer(proposal, mai.user, accept=True)

    services.answer(proposal, ana.user, accept=False, reason="Not ready yet")

    ana.refresh_from_db()
    assert ana.stage == "waiting"
    assert suggestion_for(ana).mentor == lin


def test_a_second_yes_from_the_peer_is_refused_and_starts_nothing_twice(
    world: World, t, run
) -> None:
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])
    run(world)
    proposal = services.approve(suggestion_for(ana), world.users["coordinator"])
    proposal = services.answer(proposal, mai.user, accept=True)
    services.answer(proposal, ana.user, accept=True)

    with pytest.raises(MatchingError, match="already been answered"):
        services.answer(proposal, ana.user, accept=True)
    assert Relationship.objects.filter(peer=ana).count() == 1
