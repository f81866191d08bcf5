"""The coordinator's pipeline page and the actions on a person's record.

Each action is a small form that works without JavaScript: it is shown on the record
page, posts to its own URL, and on a problem shows its own page with the message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import Perm, access_participant, access_program, can
from mutual.audit.services import record_event
from mutual.core.http import AuthedRequest
from mutual.participants.models import MentorStage, Participant, PeerStage
from mutual.participants.services import JoiningError
from mutual.screening import forms as f
from mutual.screening import pipeline, services
from mutual.screening.models import Check, Decision, ReadinessInterview, Referee, ScreeningStep

PEER_QUEUE = (PeerStage.NEW, PeerStage.WAITING)
LIST_LIMIT = 200


def screening_context(request: HttpRequest, participant: Participant) -> dict[str, Any]:
    """What the record page shows and offers for screening (mentors) or the first look (peers)."""
    if not participant.is_mentor:
        return {
            "accept_form": f.AcceptForm() if participant.stage == PeerStage.NEW else None,
            "elsewhere_form": f.ReferElsewhereForm() if participant.stage in PEER_QUEUE else None,
        }
    labels = dict(MentorStage.choices)
    moves = [
        (m, str(labels[m])) for m in pipeline.allowed_moves(participant.stage) if m != "not_now"
    ]
    step = services.open_step(participant)
    return {
        "step": step,
        "steps": ScreeningStep.objects.filter(participant=participant).select_related(
            "owner", "completed_by"
        ),
        "move_forms": [
            (
                m,
                label,
                f.MoveForm(moves=moves, initial={"to": m}),
                services.blockers(participant, m),
            )
            for m, label in moves
        ],
        "assign_form": f.AssignForm(
            participant=participant,
            initial={
                "owner": step.owner_id if step else None,
                "due_on": step.due_on if step else None,
            },
        )
        if step
        else None,
        "not_now_form": f.NotNowForm() if pipeline.can_move(participant.stage, "not_now") else None,
        "referees": [
            (r, f.RefereeAnswerForm(initial={"would_trust": r.would_trust, "comments": r.comments}))
            for r in Referee.objects.filter(participant=participant)
        ],
        "checks": Check.objects.filter(participant=participant).select_related("verified_by"),
        "check_form": f.CheckForm(),
        "interviews": ReadinessInterview.objects.filter(participant=participant).select_related(
            "interviewer"
        ),
        "interview_form": f.InterviewForm(),
        "decisions": Decision.objects.filter(participant=participant).select_related("decided_by"),
        "today": timezone.localdate(),
    }


# --- the pipeline page ---------------------------------------------------------------


@login_required
def program_pipeline(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    people = Participant.objects.filter(program=program).exclude(stage="draft")
    counts = {
        (row["role"], row["stage"]): row["n"]
        for row in people.values("role", "stage").annotate(n=Count("pk"))
    }
    peer_counts = [
        (s, str(label), counts.get(("peer", s), 0))
        for s, label in PeerStage.choices
        if s != "draft"
    ]
    mentor_counts = [
        (s, str(label), counts.get(("mentor", s), 0))
        for s, label in MentorStage.choices
        if s != "draft"
    ]
    biggest = max([n for *_rest, n in peer_counts + mentor_counts] + [1])
    mine = request.GET.get("mine") == "1"
    overdue_only = request.GET.get("overdue") == "1"
    stage = request.GET.get("stage", "")
    peers = list(
        people.filter(role="peer", stage__in=PEER_QUEUE).order_by("submitted_at")[:LIST_LIMIT]
    )
    open_steps = {
        s.participant_id: s
        for s in ScreeningStep.objects.filter(
            participant__program=program, completed_at__isnull=True
        ).select_related("owner")
    }
    mentors = people.filter(role="mentor", stage__in=[*pipeline.SCREENING, "paused"])
    if stage:
        mentors = mentors.filter(stage=stage)
    rows: list[dict[str, Any]] = []
    for mentor in mentors.order_by("stage_changed_at")[:LIST_LIMIT]:
        step = open_steps.get(mentor.pk)
        if mine and (step is None or step.owner_id != request.user.pk):
            continue
        if overdue_only and (step is None or not step.is_overdue):
            continue
        rows.append(
            {"participant": mentor, "step": step, "next": pipeline.next_stage(mentor.stage)}
        )
    # Overdue first, then by due date, then the longest in their stage.
    never = dt.date.max

    def urgency(row: dict[str, Any]) -> tuple[bool, dt.date]:
        step: ScreeningStep | None = row["step"]
        if step is None:
            return (True, never)
        return (not step.is_overdue, step.due_on or never)

    rows.sort(key=urgency)
    now = timezone.now()
    record_event(request.user, "participant.list_viewed", program=program, page="pipeline")
    return render(
        request,
        "screening/pipeline.html",
        {
            "program": program,
            "peer_counts": peer_counts,
            "mentor_counts": mentor_counts,
            "biggest": biggest,
            "peers": [
                {"participant": p, "days": (now - p.submitted_at).days if p.submitted_at else 0}
                for p in peers
            ],
            "rows": rows,
            "stages": [
                (s, str(label)) for s, label in MentorStage.choices if s in pipeline.SCREENING
            ],
            "filters": {"mine": mine, "overdue": overdue_only, "stage": stage},
            "can_manage": can(request.user, Perm.MANAGE_PARTICIPANTS, program),
            "stage_labels": dict(MentorStage.choices),
        },
    )


# --- actions on a record -------------------------------------------------------------


def _action(
    request: AuthedRequest,
    participant_id: int,
    make_form: Callable[[Participant, Any], forms.Form],
    act: Callable[[Participant, dict[str, Any]], str],
    title: str,
    *,
    mentors_only: bool | None = None,
) -> HttpResponse:
    participant = access_participant(request.user, participant_id, Perm.MANAGE_PARTICIPANTS)
    if mentors_only is not None and participant.is_mentor != mentors_only:
        raise Http404
    form = make_form(participant, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            done = act(participant, form.cleaned_data)
        except JoiningError as error:
            form.add_error(error.field if error.field in form.fields else None, str(error))
        else:
            messages.success(request, done)
            return redirect("participant", participant_id=participant.pk)
    return render(
        request,
        "screening/action.html",
        {"participant": participant, "program": participant.program, "form": form, "title": title},
    )


def _moves(participant: Participant) -> list[tuple[str, str]]:
    labels = dict(MentorStage.choices)
    return [
        (m, str(labels[m])) for m in pipeline.allowed_moves(participant.stage) if m != "not_now"
    ]


@login_required
@require_http_methods(["GET", "POST"])
def participant_move(request: AuthedRequest, participant_id: int) -> HttpResponse:
    def act(p: Participant, data: dict[str, Any]) -> str:
        services.move(
            request.user, p, data["to"], note=data["note"], override_reason=data["override_reason"]
        )
        return _("Moved on. The next step has been opened.")

    return _action(
        request,
        participant_id,
        lambda p, data: f.MoveForm(data, moves=_moves(p), initial={"to": request.GET.get("to")}),
        act,
        _("Move to another stage"),
        mentors_only=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_assign(request: AuthedRequest, participant_id: int) -> HttpResponse:
    def act(p: Participant, data: dict[str, Any]) -> str:
        services.assign(request.user, p, owner=data["owner"], due_on=data["due_on"])
        return _("Saved who is responsible and when it is due.")

    return _action(
        request,
        participant_id,
        lambda p, data: f.AssignForm(data, participant=p),
        act,
        _("Who is responsible"),
        mentors_only=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_not_now(request: AuthedRequest, participant_id: int) -> HttpResponse:
    def act(p: Participant, data: dict[str, Any]) -> str:
        services.decide_not_now(request.user, p, reasons=data["reasons"], message=data["message"])
        return _("Recorded. The applicant has been sent your message.")

    return _action(
        request,
        participant_id,
        lambda p, data: f.NotNowForm(data),
        act,
        _("Not taken on now"),
        mentors_only=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_referee(
    request: AuthedRequest, participant_id: int, referee_id: int
) -> HttpResponse:
    participant = access_participant(request.user, participant_id, Perm.MANAGE_PARTICIPANTS)
    referee = Referee.objects.filter(pk=referee_id, participant=participant).first()
    if referee is None:
        raise Http404

    def act(p: Participant, data: dict[str, Any]) -> str:
        services.record_referee_answer(
            request.user, referee, would_trust=data["would_trust"], comments=data["comments"]
        )
        return _("Saved the referee's answer.")

    return _action(
        request,
        participant_id,
        lambda p, data: f.RefereeAnswerForm(data),
        act,
        _("Referee's answer: %(name)s") % {"name": referee.name},
        mentors_only=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_check(request: AuthedRequest, participant_id: int) -> HttpResponse:
    def act(p: Participant, data: dict[str, Any]) -> str:
        services.record_check(request.user, p, **data)
        return _("Check recorded.")

    return _action(
        request,
        participant_id,
        lambda p, data: f.CheckForm(data),
        act,
        _("Record a check"),
        mentors_only=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_interview(request: AuthedRequest, participant_id: int) -> HttpResponse:
    def act(p: Participant, data: dict[str, Any]) -> str:
        services.record_interview(request.user, p, **data)
        return _("Readiness interview recorded.")

    return _action(
        request,
        participant_id,
        lambda p, data: f.InterviewForm(data),
        act,
        _("Readiness interview"),
        mentors_only=True,
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_accept(request: AuthedRequest, participant_id: int) -> HttpResponse:
    def act(p: Participant, data: dict[str, Any]) -> str:
        services.accept_request(request.user, p, note=data["note"])
        return _("%(name)s is on the waiting list.") % {"name": p.name}

    return _action(
        request,
        participant_id,
        lambda p, data: f.AcceptForm(data),
        act,
        _("Put on the waiting list"),
        mentors_only=False,
    )


@login_required
@require_http_methods(["GET", "POST"])
def participant_refer_elsewhere(request: AuthedRequest, participant_id: int) -> HttpResponse:
    def act(p: Participant, data: dict[str, Any]) -> str:
        services.refer_elsewhere(request.user, p, reason=data["reason"])
        return _("Recorded that %(name)s was helped elsewhere.") % {"name": p.name}

    return _action(
        request,
        participant_id,
        lambda p, data: f.ReferElsewhereForm(data),
        act,
        _("Helped elsewhere"),
        mentors_only=False,
    )


# --- the referee's own page (public, by secret link) -----------------------------------


def referee_response(request: HttpRequest, key: str) -> HttpResponse:
    referee = services.find_referee(key)
    if referee is None:
        raise Http404
    program = referee.participant.program
    if referee.responded_at is not None:
        return render(request, "screening/referee_thanks.html", {"program": program})
    form = f.RefereeAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.answer_as_referee(
            referee,
            would_trust=form.cleaned_data["would_trust"],
            comments=form.cleaned_data["comments"],
        )
        return render(request, "screening/referee_thanks.html", {"program": program})
    return render(
        request,
        "screening/referee_form.html",
        {
            "form": form,
            "referee": referee,
            "applicant": referee.participant.name,
            "program": program,
        },
    )
