"""Matching verbs: suggest, run a batch, approve, skip, choose, answer, re-match.

Views, the API, the command line, jobs and tests all call these. Each verb is one
transaction with its audit event; emails and live notices go out on commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.live.services import notify_user
from mutual.matching import build, explain
from mutual.matching.candidates import Options, Progress, candidate_edges
from mutual.matching.models import (
    LIVE,
    Exclusion,
    MatchRun,
    MatchSettings,
    Proposal,
    ProposalStatus,
    RunStatus,
)
from mutual.matching.score import Breakdown, evaluate
from mutual.matching.solver import assign_arrays
from mutual.matching.unmatched import why_unmatched
from mutual.matching.vector import prepare
from mutual.participants.models import Participant, PeerStage
from mutual.participants.notices import send_notice
from mutual.participants.services import change_stage
from mutual.programs.models import Program
from mutual.relationships.models import EndReason, Relationship, RelationshipStage

# Full effect of the waiting-time priority after this many weeks on the list.
WAIT_WEEKS_FOR_FULL_BONUS = 26


class MatchingError(ValueError):
    """A request matching cannot carry out; the message is shown to the person."""


@dataclass
class Suggestion:
    mentor: Participant
    breakdown: Breakdown
    room: int


def settings_for(program: Program) -> MatchSettings:
    found, _created = MatchSettings.objects.get_or_create(program=program)
    return found


def _options(program: Program, year: int, minimum: float | None = None) -> Options:
    chosen = settings_for(program)
    return Options(
        year=year,
        weights=chosen.weights,
        minimum=chosen.minimum_score if minimum is None else minimum,
    )


def suggestions_for(peer: Participant, top: int = 10) -> list[Suggestion]:
    """The best mentors with room for one peer, with reasons, best first."""
    people = build.population(peer.program, peers=[peer])
    options = _options(peer.program, people.year)
    profile = people.profiles[peer.pk]
    ranked: list[Suggestion] = []
    for mentor in people.mentors:
        room = people.room[mentor.pk]
        if room <= 0:
            continue
        result = evaluate(
            profile,
            people.profiles[mentor.pk],
            people.taxonomy,
            year=people.year,
            weights=options.weights,
        )
        if result.feasible and result.score >= options.minimum:
            ranked.append(Suggestion(mentor, result, room))
    ranked.sort(key=lambda s: (-s.breakdown.score, s.mentor.pk))
    return ranked[:top]


def explain_pair(peer: Participant, mentor: Participant) -> Breakdown:
    peer_profile, mentor_profile, tree, year = build.pair_profiles(peer, mentor)
    return evaluate(
        peer_profile, mentor_profile, tree, year=year, weights=settings_for(peer.program).weights
    )


@transaction.atomic
def start_run(program: Program, actor: User | None, *, dry_run: bool = False) -> MatchRun:
    run = MatchRun.objects.create(program=program, started_by=actor, dry_run=dry_run)
    record_event(actor, "matching.run_started", run, program=program, dry_run=dry_run)
    from mutual.matching.tasks import run_matching

    transaction.on_commit(lambda: run_matching(run.pk))
    return run


@dataclass
class Outcome:
    """What a batch computation found, before anything is saved."""

    people: build.Population
    pairs: dict[int, int]  # peer participant id → mentor participant id
    total: float
    had_candidates: set[int]

    def unmatched(self) -> list[dict[str, Any]]:
        return _unmatched_reasons(self.people, self) if self.people.peers else []

    def breakdown(self, peer_id: int, mentor_id: int, weights: dict[str, float]) -> Breakdown:
        people = self.people
        return evaluate(
            people.profiles[peer_id],
            people.profiles[mentor_id],
            people.taxonomy,
            year=people.year,
            weights=weights,
        )


def compute(program: Program, progress: Progress | None = None) -> Outcome:
    """Batch matching for a program: the exact optimum on the candidate graph. Saves nothing."""
    people = build.population(program)
    pairs, total, had_candidates = _solve(program, people, progress)
    return Outcome(people, pairs, total, had_candidates)


def perform_run(run: MatchRun, progress: Progress | None = None) -> MatchRun:
    """Compute, then refresh the queue: suggestions nobody acted on are replaced."""
    run.status = RunStatus.RUNNING
    run.save(update_fields=["status"])
    try:
        outcome = compute(run.program, progress)
    except Exception as error:  # recorded on the run for the coordinator
        run.status, run.problem = RunStatus.FAILED, str(error)[:300]
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "problem", "finished_at"])
        raise
    return save_outcome(run, outcome)


@transaction.atomic
def save_outcome(run: MatchRun, outcome: Outcome) -> MatchRun:
    """Record a computed run; unless it is a dry run, its pairs become the queue."""
    if not run.dry_run:
        _replace_suggestions(run, outcome.people, outcome.pairs)
    run.unmatched = outcome.unmatched()
    run.peers_waiting = len(outcome.people.peers)
    run.mentors_with_room = sum(1 for n in outcome.people.room.values() if n > 0)
    run.peers_matched = len(outcome.pairs)
    run.total_score = outcome.total
    run.status, run.progress, run.finished_at = RunStatus.DONE, 100, timezone.now()
    run.save()
    record_event(
        run.started_by,
        "matching.run_finished",
        run,
        program=run.program,
        matched=len(outcome.pairs),
        waiting=len(outcome.people.peers),
        dry_run=run.dry_run,
    )
    return run


def _solve(
    program: Program, people: build.Population, progress: Progress | None
) -> tuple[dict[int, int], float, set[int]]:
    """Candidates, then the solver, with waiting time raising priority when mentors are scarce."""
    if not people.peers or not people.mentors:
        return {}, 0.0, set()
    options = _options(program, people.year)
    peer_profiles = [people.profiles[p.pk] for p in people.peers]
    mentor_profiles = [people.profiles[m.pk] for m in people.mentors]
    encoded_peers, encoded_mentors, tree = prepare(peer_profiles, mentor_profiles, people.taxonomy)
    capacity = np.array([people.room[m.pk] for m in people.mentors], dtype=np.int64)
    edges = candidate_edges(encoded_peers, encoded_mentors, tree, capacity, options, progress)
    keep = np.array(
        [
            mentor_profiles[m].id not in peer_profiles[p].excluded
            for p, m in zip(edges.peer.tolist(), edges.mentor.tolist(), strict=True)
        ],
        dtype=bool,
    )
    peer_idx, mentor_idx, score = edges.peer[keep], edges.mentor[keep], edges.score[keep]
    bonus = settings_for(program).wait_bonus * np.array(
        [
            min(build.waited_weeks(p), WAIT_WEEKS_FOR_FULL_BONUS) / WAIT_WEEKS_FOR_FULL_BONUS
            for p in people.peers
        ]
    )
    chosen = assign_arrays(
        len(people.peers), capacity, peer_idx, mentor_idx, score + bonus[peer_idx]
    )
    lookup = {
        (p, m): s
        for p, m, s in zip(peer_idx.tolist(), mentor_idx.tolist(), score.tolist(), strict=True)
    }
    pairs = {
        people.peers[p].pk: people.mentors[m].pk for p, m in enumerate(chosen.tolist()) if m >= 0
    }
    total = sum(lookup[p, m] for p, m in enumerate(chosen.tolist()) if m >= 0)
    had_candidates = {people.peers[p].pk for p in set(peer_idx.tolist())}
    return pairs, float(total), had_candidates


def _replace_suggestions(run: MatchRun, people: build.Population, matched: dict[int, int]) -> None:
    """New suggestions replace ones nobody has acted on yet; offers already sent stay."""
    Proposal.objects.filter(program=run.program, status=ProposalStatus.SUGGESTED).update(
        status=ProposalStatus.WITHDRAWN, updated_at=timezone.now()
    )
    mentors = {m.pk: m for m in people.mentors}
    weights = settings_for(run.program).weights
    new = []
    for peer in people.peers:
        mentor_id = matched.get(peer.pk)
        if mentor_id is None:
            continue
        result = evaluate(
            people.profiles[peer.pk],
            people.profiles[mentor_id],
            people.taxonomy,
            year=people.year,
            weights=weights,
        )
        new.append(
            Proposal(
                program=run.program,
                peer=peer,
                mentor=mentors[mentor_id],
                run=run,
                score=result.score,
                reasons=explain.as_json(result.reasons),
            )
        )
    Proposal.objects.bulk_create(new)


def _unmatched_reasons(people: build.Population, outcome: Outcome) -> list[dict[str, Any]]:
    options = _options(people.program, people.year)
    mentors = [(people.profiles[m.pk], people.room[m.pk]) for m in people.mentors]
    out = []
    for peer in people.peers:
        if peer.pk in outcome.pairs:
            continue
        reasons = why_unmatched(
            people.profiles[peer.pk],
            mentors,
            people.taxonomy,
            year=people.year,
            minimum=options.minimum,
            weights=options.weights,
            had_candidates=peer.pk in outcome.had_candidates,
        )
        out.append({"peer": peer.pk, "reasons": explain.as_json(reasons)})
    return out


def _live_for(peer: Participant) -> Proposal | None:
    return Proposal.objects.filter(peer=peer, status__in=LIVE).first()


def approve(proposal: Proposal, actor: User) -> Proposal:
    """The coordinator agrees: the mentor is asked first."""
    _withdraw_if_peer_left(proposal, _("This person is no longer on the waiting list."))
    return _approve(proposal, actor)


@transaction.atomic
def _approve(proposal: Proposal, actor: User) -> Proposal:
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.SUGGESTED:
        raise MatchingError(_("This suggestion has already been dealt with."))
    _check_still_possible(proposal.peer, proposal.mentor)
    proposal.status = ProposalStatus.ASKED_MENTOR
    proposal.approved_by = actor
    proposal.asked_mentor_at = timezone.now()
    proposal.save()
    record_event(actor, "matching.approved", proposal, program=proposal.program)
    _ask(proposal, proposal.mentor, "match_offer_mentor")
    return proposal


@transaction.atomic
def skip(proposal: Proposal, actor: User, note: str = "") -> Proposal | None:
    """Not this pair: the next best mentor is suggested instead (if there is one)."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.SUGGESTED:
        raise MatchingError(_("This suggestion has already been dealt with."))
    proposal.status, proposal.note = ProposalStatus.SKIPPED, note.strip()[:300]
    proposal.save()
    record_event(actor, "matching.skipped", proposal, program=proposal.program)
    return suggest_next(proposal.peer)


@transaction.atomic
def choose(peer: Participant, mentor: Participant, actor: User) -> Proposal:
    """The coordinator picks a mentor themselves (from the alternatives); the mentor is asked."""
    peer = Participant.objects.select_for_update().get(pk=peer.pk)
    if peer.stage != PeerStage.WAITING:
        raise MatchingError(_("Only someone on the waiting list can be matched."))
    current = _live_for(peer)
    if current is not None and current.status != ProposalStatus.SUGGESTED:
        raise MatchingError(_("An offer for this person is already waiting for an answer."))
    _check_still_possible(peer, mentor)
    result = explain_pair(peer, mentor)
    if not result.feasible:
        raise MatchingError(
            _("This pair cannot be matched: %(why)s")
            % {"why": "; ".join(explain.words(result.blockers)[1])}
        )
    if current is not None:
        current.status = ProposalStatus.WITHDRAWN
        current.save()
    proposal = Proposal.objects.create(
        program=peer.program,
        peer=peer,
        mentor=mentor,
        score=result.score,
        reasons=explain.as_json(result.reasons),
    )
    record_event(actor, "matching.chosen", proposal, program=peer.program)
    return approve(proposal, actor)


def suggest_next(peer: Participant, note: str = "") -> Proposal | None:
    """Put the next best mentor in the coordinator's queue for this peer."""
    if peer.stage != PeerStage.WAITING or _live_for(peer) is not None:
        return None
    ranked = suggestions_for(peer, top=1)
    if not ranked:
        return None
    best = ranked[0]
    return Proposal.objects.create(
        program=peer.program,
        peer=peer,
        mentor=best.mentor,
        score=best.breakdown.score,
        reasons=explain.as_json(best.breakdown.reasons),
        note=note[:300],
    )


def answer(proposal: Proposal, actor: User, *, accept: bool, reason: str = "") -> Proposal:
    """The mentor's or the peer's yes or no. A no moves on to the next best mentor."""
    _withdraw_if_peer_left(proposal, _("This match is no longer needed. Thank you."))
    return _answer(proposal, actor, accept=accept, reason=reason)


@transaction.atomic
def _answer(proposal: Proposal, actor: User, *, accept: bool, reason: str) -> Proposal:
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    asking_mentor = proposal.status == ProposalStatus.ASKED_MENTOR
    person = proposal.mentor if asking_mentor else proposal.peer
    if proposal.status not in (ProposalStatus.ASKED_MENTOR, ProposalStatus.ASKED_PEER):
        raise MatchingError(_("This question has already been answered."))
    if person.user_id != actor.pk:
        raise MatchingError(_("This question is for someone else."))

    proposal.answer_reason = reason.strip()[:300]
    if not accept:
        proposal.status = (
            ProposalStatus.MENTOR_DECLINED if asking_mentor else ProposalStatus.PEER_DECLINED
        )
        proposal.save()
        record_event(actor, "matching.declined", proposal, program=proposal.program, by=person.role)
        note = (
            _("The previous peer mentor said no.")
            if asking_mentor
            else _("The peer said no to the previous suggestion.")
        )
        suggest_next(proposal.peer, note=note)
        return proposal
    if asking_mentor:
        proposal.status, proposal.asked_peer_at = ProposalStatus.ASKED_PEER, timezone.now()
        proposal.save()
        record_event(actor, "matching.mentor_accepted", proposal, program=proposal.program)
        _ask(proposal, proposal.peer, "match_offer_peer")
        return proposal
    return _make_relationship(proposal, actor)


def _make_relationship(proposal: Proposal, actor: User) -> Proposal:
    relationship = Relationship.objects.create(
        program=proposal.program, peer=proposal.peer, mentor=proposal.mentor
    )
    proposal.status, proposal.relationship = ProposalStatus.ACCEPTED, relationship
    proposal.save()
    change_stage(actor, proposal.peer, PeerStage.MATCHED, reason=_("Both said yes."))
    record_event(actor, "matching.accepted", relationship, program=proposal.program)
    link = settings.SITE_URL.rstrip("/") + reverse("relationship", args=[relationship.pk])
    for person in (proposal.peer, proposal.mentor):
        _tell(proposal.program, person, "match_made", link)
    if proposal.approved_by is not None:
        notify_user(
            proposal.approved_by,
            _("%(peer)s and %(mentor)s both said yes.")
            % {"peer": proposal.peer.name, "mentor": proposal.mentor.name},
            url=reverse("relationship", args=[relationship.pk]),
        )
    return proposal


@transaction.atomic
def rematch(relationship: Relationship, actor: User, note: str = "") -> Proposal | None:
    """Not the right fit: end without blame, the peer keeps their place, the next is suggested."""
    relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
    if not relationship.is_open:
        raise MatchingError(_("This relationship has already ended."))
    relationship.stage, relationship.ended_at = RelationshipStage.CLOSED, timezone.now()
    relationship.end_reason, relationship.end_note = EndReason.REMATCHED, note.strip()[:300]
    relationship.save()
    record_event(actor, "matching.rematch", relationship, program=relationship.program)
    change_stage(actor, relationship.peer, PeerStage.WAITING, reason=_("Matched again."))
    return suggest_next(relationship.peer, note=_("Looking for a better fit."))


@transaction.atomic
def add_exclusion(
    peer: Participant, mentor: Participant, actor: User, reason: str, note: str = ""
) -> Exclusion:
    if peer.program_id != mentor.program_id:
        raise MatchingError(_("Both people must be in the same program."))
    exclusion, _created = Exclusion.objects.get_or_create(
        peer=peer,
        mentor=mentor,
        defaults={
            "program": peer.program,
            "reason": reason,
            "note": note[:200],
            "created_by": actor,
        },
    )
    Proposal.objects.filter(peer=peer, mentor=mentor, status=ProposalStatus.SUGGESTED).update(
        status=ProposalStatus.WITHDRAWN
    )
    record_event(actor, "matching.exclusion_added", peer, program=peer.program, mentor=mentor.pk)
    return exclusion


def _withdraw_if_peer_left(proposal: Proposal, message: str) -> None:
    """Outside the verb's transaction, so the withdrawal stays when the error is raised."""
    live = Proposal.objects.filter(pk=proposal.pk, status__in=LIVE).exists()
    stage = Participant.objects.filter(pk=proposal.peer_id).values_list("stage", flat=True).first()
    if live and stage != PeerStage.WAITING:
        Proposal.objects.filter(pk=proposal.pk, status__in=LIVE).update(
            status=ProposalStatus.WITHDRAWN, updated_at=timezone.now()
        )
        raise MatchingError(message)


def _check_still_possible(peer: Participant, mentor: Participant) -> None:
    """Only this mentor is looked at: active, not paused, checks valid, room left."""
    qualifying = build.active_mentors(peer.program, timezone.localdate(), only=mentor)
    if not qualifying:
        raise MatchingError(_("This peer mentor cannot take anyone new at the moment."))
    if build.places_left(qualifying)[mentor.pk] <= 0:
        raise MatchingError(_("This peer mentor has no room left."))


def _ask(proposal: Proposal, person: Participant, key: str) -> None:
    link = settings.SITE_URL.rstrip("/") + reverse("match_offer", args=[proposal.pk])
    _tell(proposal.program, person, key, link)
    if person.user is not None:
        notify_user(
            person.user,
            _("Someone may be a good match for you. Please answer."),
            url=reverse("match_offer", args=[proposal.pk]),
        )


def _tell(program: Program, person: Participant, key: str, link: str) -> None:
    language = person.user.preferred_language if person.user else "en"
    send_notice(program, key, person.email, {"name": person.name, "link": link}, language=language)
