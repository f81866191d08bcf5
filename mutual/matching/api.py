"""API: the matching queue, batch runs, one peer's best mentors, and the answers.

Routes go through the same access policy as the pages: the queue and suggestions are
for the program's staff; a possible match is answered only by the person asked.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from mutual.access.policy import (
    Perm,
    access_match_run,
    access_participant,
    access_program,
    access_proposal,
    can,
)
from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.matching import explain, services
from mutual.matching.models import MatchRun, Proposal, ProposalStatus
from mutual.matching.services import MatchingError
from mutual.participants.models import PeerStage

router = Router(tags=["matching"])
PAGE = 200


class ProposalOut(Schema):
    id: int
    status: str
    peer_id: int
    peer_name: str
    mentor_id: int
    mentor_name: str
    score: float
    matches: list[str]
    differences: list[str]


class MentorSuggestionOut(Schema):
    mentor_id: int
    mentor_name: str
    score: float
    places_left: int
    matches: list[str]
    differences: list[str]


class UnmatchedOut(Schema):
    peer_id: int
    reasons: list[str]


class RunOut(Schema):
    id: int
    status: str
    progress: int
    peers_waiting: int
    mentors_with_room: int
    peers_matched: int
    unmatched: list[UnmatchedOut]


class AnswerIn(Schema):
    accept: bool
    reason: str = ""


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def _proposal_out(proposal: Proposal) -> ProposalOut:
    good, bad = explain.words(proposal.reasons)
    return ProposalOut(
        id=proposal.pk,
        status=proposal.status,
        peer_id=proposal.peer_id,
        peer_name=proposal.peer.name,
        mentor_id=proposal.mentor_id,
        mentor_name=proposal.mentor.name,
        score=round(proposal.score, 4),
        matches=good,
        differences=bad,
    )


def _run_out(run: MatchRun) -> RunOut:
    return RunOut(
        id=run.pk,
        status=run.status,
        progress=run.progress,
        peers_waiting=run.peers_waiting,
        mentors_with_room=run.mentors_with_room,
        peers_matched=run.peers_matched,
        unmatched=[
            UnmatchedOut(peer_id=row["peer"], reasons=explain.words(row["reasons"])[1])
            for row in run.unmatched
        ],
    )


@router.get(
    "/programs/{program_id}/matching/suggestions",
    response=list[ProposalOut],
    url_name="program_suggestions",
)
def program_suggestions(request: HttpRequest, program_id: int) -> list[ProposalOut]:
    """Suggestions waiting for a coordinator, longest-waiting peer first."""
    program = access_program(_user(request), program_id, Perm.VIEW_PARTICIPANTS)
    record_event(_user(request), "matching.queue_viewed", program, program=program, via="api")
    queue = (
        Proposal.objects.filter(
            program=program, status=ProposalStatus.SUGGESTED, peer__stage=PeerStage.WAITING
        )
        .select_related("peer", "mentor")
        .order_by("peer__submitted_at", "pk")[:PAGE]
    )
    return [_proposal_out(p) for p in queue]


@router.post("/programs/{program_id}/matching/runs", response={202: RunOut}, url_name="match_runs")
def start_run(request: HttpRequest, program_id: int) -> Status[RunOut]:
    """Find matches for everyone waiting, as a background job; poll the run for progress."""
    program = access_program(_user(request), program_id, Perm.MANAGE_PARTICIPANTS)
    run = services.start_run(program, _user(request))
    return Status(202, _run_out(run))


@router.get("/matching/runs/{run_id}", response=RunOut, url_name="match_run")
def match_run(request: HttpRequest, run_id: int) -> RunOut:
    return _run_out(access_match_run(_user(request), run_id, Perm.VIEW_PARTICIPANTS))


@router.get(
    "/participants/{participant_id}/mentor-suggestions",
    response=list[MentorSuggestionOut],
    url_name="mentor_suggestions",
)
def mentor_suggestions(request: HttpRequest, participant_id: int) -> list[MentorSuggestionOut]:
    """The best mentors with room for one waiting peer, explained."""
    user = _user(request)
    peer = access_participant(user, participant_id, Perm.VIEW_PARTICIPANTS)
    if peer.is_mentor or not can(user, Perm.VIEW_PARTICIPANTS, peer.program):
        raise HttpError(404, _("Not found."))
    record_event(user, "matching.suggestions_viewed", peer, program=peer.program, via="api")
    out = []
    for item in services.suggestions_for(peer):
        good, bad = explain.words(item.breakdown.reasons)
        out.append(
            MentorSuggestionOut(
                mentor_id=item.mentor.pk,
                mentor_name=item.mentor.name,
                score=round(item.breakdown.score, 4),
                places_left=item.room,
                matches=good,
                differences=bad,
            )
        )
    return out


def _act(request: HttpRequest, proposal_id: int, verb: str, **kwargs: object) -> ProposalOut:
    proposal = access_proposal(_user(request), proposal_id, Perm.MANAGE_PARTICIPANTS)
    try:
        result = getattr(services, verb)(proposal, _user(request), **kwargs)
    except MatchingError as problem:
        raise HttpError(409, str(problem)) from problem
    proposal.refresh_from_db()
    return _proposal_out(proposal if verb == "skip" else result)


@router.post(
    "/matching/proposals/{proposal_id}/approve", response=ProposalOut, url_name="proposal_approve"
)
def approve(request: HttpRequest, proposal_id: int) -> ProposalOut:
    """Ask the mentor (the coordinator agrees with the suggestion)."""
    return _act(request, proposal_id, "approve")


@router.post(
    "/matching/proposals/{proposal_id}/skip", response=ProposalOut, url_name="proposal_skip"
)
def skip(request: HttpRequest, proposal_id: int) -> ProposalOut:
    """Not this pair; the next best mentor is suggested instead."""
    return _act(request, proposal_id, "skip")


@router.post(
    "/matching/proposals/{proposal_id}/answer", response=ProposalOut, url_name="proposal_answer"
)
def answer(request: HttpRequest, proposal_id: int, body: AnswerIn) -> ProposalOut:
    """The asked mentor's or peer's yes or no."""
    user = _user(request)
    proposal = access_proposal(user, proposal_id, Perm.VIEW_PARTICIPANTS)
    try:
        result = services.answer(proposal, user, accept=body.accept, reason=body.reason)
    except MatchingError as problem:
        raise HttpError(409, str(problem)) from problem
    return _proposal_out(result)
