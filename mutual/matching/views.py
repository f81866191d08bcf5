"""The coordinator's matching pages: the queue, a batch run, one peer's best mentors,
program settings. Every action is a plain form post, so it all works without JavaScript.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.access.policy import (
    Perm,
    access_match_run,
    access_participant,
    access_program,
    access_proposal,
    can,
)
from mutual.audit.services import record_event
from mutual.core.http import AuthedRequest
from mutual.matching import explain, services
from mutual.matching.forms import ExclusionForm, MatchSettingsForm, NoteForm
from mutual.matching.models import (
    HOLDING,
    LIVE,
    MatchRun,
    Proposal,
    ProposalStatus,
    RunStatus,
)
from mutual.matching.services import MatchingError
from mutual.participants.models import Participant, PeerStage
from mutual.relationships.models import Relationship

QUEUE_LIMIT = 200


def _worded(proposals: QuerySet[Proposal] | list[Proposal]) -> list[dict[str, Any]]:
    now = timezone.now()
    rows = []
    for proposal in proposals:
        good, bad = explain.words(proposal.reasons)
        since = proposal.peer.submitted_at or proposal.peer.created_at
        rows.append(
            {
                "proposal": proposal,
                "good": good,
                "bad": bad,
                "weeks": (now - since).days // 7,
                "percent": round(proposal.score * 100),
            }
        )
    return rows


ON_ARRIVAL = 3


def matching_context(participant: Participant) -> dict[str, Any]:
    """What a staff record page shows about matching: for a waiting peer, the best few
    mentors right away (on arrival); for anyone, their current and past matches."""
    field = "mentor" if participant.is_mentor else "peer"
    relationships = Relationship.objects.filter(**{field: participant}).select_related(
        "peer", "mentor"
    )
    live = (
        Proposal.objects.filter(**{field: participant}, status__in=LIVE)
        .select_related("peer", "mentor")
        .first()
    )
    top: list[dict[str, Any]] = []
    if not participant.is_mentor and participant.stage == PeerStage.WAITING and live is None:
        for item in services.suggestions_for(participant, top=ON_ARRIVAL):
            good, bad = explain.words(item.breakdown.reasons)
            top.append(
                {
                    "mentor": item.mentor,
                    "percent": round(item.breakdown.score * 100),
                    "good": good,
                    "bad": bad,
                }
            )
    return {"match_live": live, "match_top": top, "match_relationships": relationships}


@login_required
def program_matching(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    queue = (
        Proposal.objects.filter(
            program=program, status=ProposalStatus.SUGGESTED, peer__stage=PeerStage.WAITING
        )
        .select_related("peer", "mentor")
        .order_by("peer__submitted_at", "pk")[:QUEUE_LIMIT]
    )
    waiting = (
        Proposal.objects.filter(program=program, status__in=HOLDING)
        .select_related("peer", "mentor")
        .order_by("updated_at")[:QUEUE_LIMIT]
    )
    record_event(request.user, "matching.queue_viewed", program, program=program)
    latest = MatchRun.objects.filter(program=program).first()
    return render(
        request,
        "matching/queue.html",
        {
            "program": program,
            "rows": _worded(queue),
            "waiting": waiting,
            "waiting_peers": Participant.objects.filter(
                program=program, role="peer", stage=PeerStage.WAITING
            ).count(),
            "latest": latest,
            "can_act": can(request.user, Perm.MANAGE_PARTICIPANTS, program),
            "note_form": NoteForm(),
        },
    )


@login_required
@require_POST
def matching_run_start(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PARTICIPANTS)
    working = MatchRun.objects.filter(
        program=program, status__in=[RunStatus.WAITING, RunStatus.RUNNING]
    ).first()
    # A second click (or a resubmitted form) joins the run already going.
    run = working or services.start_run(program, request.user)
    return redirect("match_run", run_id=run.pk)


@login_required
def match_run(request: AuthedRequest, run_id: int) -> HttpResponse:
    run = access_match_run(request.user, run_id, Perm.VIEW_PARTICIPANTS)
    working = run.status in (RunStatus.WAITING, RunStatus.RUNNING)
    peers = Participant.objects.in_bulk([row["peer"] for row in run.unmatched])
    unmatched = [
        {"peer": peers.get(row["peer"]), "why": explain.words(row["reasons"])[1]}
        for row in run.unmatched
        if row["peer"] in peers
    ]
    template = "matching/_run_progress.html" if request.htmx else "matching/run.html"
    return render(
        request,
        template,
        {"run": run, "program": run.program, "working": working, "unmatched": unmatched},
    )


@login_required
def peer_mentors(request: AuthedRequest, participant_id: int) -> HttpResponse:
    """One peer's best mentors with room, explained, to pick from (the on-arrival view)."""
    peer = access_participant(request.user, participant_id, Perm.VIEW_PARTICIPANTS)
    if peer.is_mentor or not can(request.user, Perm.VIEW_PARTICIPANTS, peer.program):
        raise Http404
    ranked = services.suggestions_for(peer) if peer.stage == PeerStage.WAITING else []
    record_event(request.user, "matching.suggestions_viewed", peer, program=peer.program)
    rows = []
    for item in ranked:
        good, bad = explain.words(item.breakdown.reasons)
        rows.append(
            {
                "mentor": item.mentor,
                "percent": round(item.breakdown.score * 100),
                "good": good,
                "bad": bad,
                "room": item.room,
                "exclusion_form": ExclusionForm(prefix=f"m{item.mentor.pk}"),
            }
        )
    live = Proposal.objects.filter(
        peer=peer, status__in=[ProposalStatus.SUGGESTED, *HOLDING]
    ).first()
    return render(
        request,
        "matching/peer_mentors.html",
        {
            "peer": peer,
            "program": peer.program,
            "rows": rows,
            "live": live,
            "can_act": can(request.user, Perm.MANAGE_PARTICIPANTS, peer.program),
        },
    )


def _back_to_queue(proposal: Proposal) -> HttpResponse:
    return redirect("program_matching", program_id=proposal.program_id)


@login_required
@require_POST
def proposal_approve(request: AuthedRequest, proposal_id: int) -> HttpResponse:
    proposal = access_proposal(request.user, proposal_id, Perm.MANAGE_PARTICIPANTS)
    try:
        services.approve(proposal, request.user)
    except MatchingError as problem:
        messages.error(request, str(problem))
    else:
        messages.success(
            request, _("%(mentor)s has been asked.") % {"mentor": proposal.mentor.name}
        )
    return _back_to_queue(proposal)


@login_required
@require_POST
def proposal_skip(request: AuthedRequest, proposal_id: int) -> HttpResponse:
    proposal = access_proposal(request.user, proposal_id, Perm.MANAGE_PARTICIPANTS)
    form = NoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        following = services.skip(proposal, request.user, note)
    except MatchingError as problem:
        messages.error(request, str(problem))
    else:
        if following is None:
            messages.info(request, _("Skipped. No other peer mentor fits right now."))
        else:
            messages.success(
                request,
                _("Skipped. Suggested instead: %(mentor)s.") % {"mentor": following.mentor.name},
            )
    return _back_to_queue(proposal)


@login_required
@require_POST
def peer_choose_mentor(request: AuthedRequest, participant_id: int, mentor_id: int) -> HttpResponse:
    peer = access_participant(request.user, participant_id, Perm.MANAGE_PARTICIPANTS)
    mentor = access_participant(request.user, mentor_id, Perm.MANAGE_PARTICIPANTS)
    try:
        services.choose(peer, mentor, request.user)
    except MatchingError as problem:
        messages.error(request, str(problem))
        return redirect("peer_mentors", participant_id=peer.pk)
    messages.success(request, _("%(mentor)s has been asked.") % {"mentor": mentor.name})
    return redirect("program_matching", program_id=peer.program_id)


@login_required
@require_POST
def peer_exclude_mentor(
    request: AuthedRequest, participant_id: int, mentor_id: int
) -> HttpResponse:
    peer = access_participant(request.user, participant_id, Perm.MANAGE_PARTICIPANTS)
    mentor = access_participant(request.user, mentor_id, Perm.MANAGE_PARTICIPANTS)
    form = ExclusionForm(request.POST, prefix=f"m{mentor.pk}")
    if not form.is_valid():
        messages.error(request, _("Choose why these two should never be matched."))
    else:
        try:
            services.add_exclusion(peer, mentor, request.user, **form.cleaned_data)
        except MatchingError as problem:
            messages.error(request, str(problem))
        else:
            messages.success(
                request,
                _("%(mentor)s will not be suggested for %(peer)s.")
                % {"mentor": mentor.name, "peer": peer.name},
            )
    return redirect("peer_mentors", participant_id=peer.pk)


@login_required
@require_http_methods(["GET", "POST"])
def matching_settings(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PROGRAM)
    chosen = services.settings_for(program)
    form = MatchSettingsForm(request.POST or None, instance=chosen)
    if request.method == "POST" and form.is_valid():
        form.save()
        record_event(request.user, "matching.settings_changed", program, program=program)
        messages.success(request, _("Saved. The next suggestions use these settings."))
        return redirect("program_matching", program_id=program.pk)
    weight_fields = [form[name] for name in form.fields if name.startswith("weight_")]
    return render(
        request,
        "matching/settings.html",
        {"program": program, "form": form, "weight_fields": weight_fields},
    )
