"""Wellbeing pages: the mentor's own page and check-in, pause myself, supervision
records, and the program's wellbeing board and settings."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.access.policy import (
    Perm,
    access_mentor_wellbeing,
    access_own_wellbeing,
    access_program,
    access_supervision,
    can,
    is_own_participant,
)
from mutual.audit.services import record_event
from mutual.core.boards import board_context
from mutual.core.http import AuthedRequest
from mutual.participants.models import Participant
from mutual.relationships.models import OPEN_STAGES, Relationship
from mutual.wellbeing import board as boards
from mutual.wellbeing import services
from mutual.wellbeing.forms import CheckInForm, SettingsForm, SupervisionForm
from mutual.wellbeing.models import CheckIn, MentorWellbeing, SupervisionRecord
from mutual.wellbeing.services import WellbeingError


@login_required
def my_wellbeing(request: AuthedRequest) -> HttpResponse:
    """The mentor's way in: straight to their page, or a choice if they mentor in several
    programs."""
    records = list(
        Participant.objects.filter(
            user=request.user, role="mentor", stage__in=services.MENTORING_STAGES
        ).select_related("program")
    )
    if len(records) == 1:
        return redirect("mentor_wellbeing", mentor_id=records[0].pk)
    return render(request, "wellbeing/mine.html", {"records": records})


@login_required
def mentor_wellbeing(request: AuthedRequest, mentor_id: int) -> HttpResponse:
    mentor = access_mentor_wellbeing(request.user, mentor_id)
    own = is_own_participant(request.user, mentor)
    if not own:
        record_event(request.user, "wellbeing.viewed", mentor, program=mentor.program)
    else:
        request.help_program = mentor.program  # type: ignore[attr-defined]
    state = MentorWellbeing.objects.select_related("last_check_in").filter(mentor=mentor).first()
    cadence = services.settings_for(mentor.program).cadence_days
    return render(
        request,
        "wellbeing/mentor.html",
        {
            "mentor": mentor,
            "program": mentor.program,
            "own": own,
            "state": state,
            "due": services.next_due(mentor, state, cadence),
            "check_ins": CheckIn.objects.filter(mentor=mentor)[:24],
            "records": SupervisionRecord.objects.filter(mentor=mentor).select_related(
                "recorded_by"
            ),
            "open_matches": Relationship.objects.filter(
                mentor=mentor, stage__in=OPEN_STAGES
            ).count(),
            "paused_self": state is not None and state.paused_self_at is not None,
            "can_check_in": own and mentor.stage in services.MENTORING_STAGES,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def check_in(request: AuthedRequest, mentor_id: int) -> HttpResponse:
    mentor = access_own_wellbeing(request.user, mentor_id)
    request.help_program = mentor.program  # type: ignore[attr-defined]
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            given = services.submit_check_in(
                mentor, request.user, data, data.get("submit_key") or ""
            )
        except WellbeingError as problem:
            form.add_error(None, str(problem))
        else:
            if given.is_low:
                messages.success(
                    request,
                    _(
                        "Thank you for being honest. We have let your supervisor know, "
                        "and they will offer you a chat."
                    ),
                )
            else:
                messages.success(request, _("Thank you for checking in."))
            return redirect("mentor_wellbeing", mentor_id=mentor.pk)
    return render(
        request,
        "wellbeing/check_in.html",
        {"mentor": mentor, "program": mentor.program, "form": form},
    )


@login_required
@require_POST
def pause(request: AuthedRequest, mentor_id: int) -> HttpResponse:
    """Pause myself, or start again: one tap, from "My peers" or the wellbeing page."""
    mentor = access_own_wellbeing(request.user, mentor_id)
    want = request.POST.get("want", "")
    note, level = "", messages.SUCCESS
    try:
        if want == "pause":
            services.pause_new_matches(mentor, request.user)
            note = _(
                "Paused. You will not be offered new peers until you start again. "
                "Your current peers are not affected."
            )
        elif want == "resume":
            mentor = services.resume_new_matches(mentor, request.user)
            if mentor.new_matches_paused:
                note, level = (
                    _(
                        "New matches are still paused for another reason: %(reason)s. "
                        "Your coordinator can tell you more."
                    )
                    % {"reason": mentor.new_matches_paused_reason.rstrip(".")},
                    messages.INFO,
                )
            else:
                note = _("Welcome back: you can be offered new peers again.")
        else:
            note, level = _("Choose to pause or to start again."), messages.ERROR
    except WellbeingError as problem:
        note, level = str(problem), messages.ERROR
    back = request.POST.get("back", "")
    if request.htmx:
        mentor.refresh_from_db()
        return render(
            request,
            "wellbeing/_pause.html",
            {"mentor": mentor, "paused_self": services.paused_by_themselves(mentor),
             "back": back, "note": note},
        )  # fmt: skip
    messages.add_message(request, level, note)
    if back == "caseload":
        return redirect("my_caseload")
    return redirect("mentor_wellbeing", mentor_id=mentor.pk)


@login_required
@require_http_methods(["GET", "POST"])
def supervision_new(request: AuthedRequest, mentor_id: int) -> HttpResponse:
    mentor = access_supervision(request.user, mentor_id)
    form = SupervisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.record_supervision(mentor, request.user, data, data.get("submit_key") or "")
        except WellbeingError as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, _("Supervision saved. The peer mentor can read it now."))
            return redirect("mentor_wellbeing", mentor_id=mentor.pk)
    return render(
        request,
        "wellbeing/supervision_form.html",
        {"mentor": mentor, "program": mentor.program, "form": form},
    )


@login_required
def program_wellbeing(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    context = board_context(request, program, boards.FLAGS, boards.board, "wellbeing.board_viewed")
    return render(
        request,
        "wellbeing/board.html",
        {**context, "can_manage": can(request.user, Perm.MANAGE_PROGRAM, program)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def wellbeing_settings(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PROGRAM)
    chosen = services.settings_for(program)
    form = SettingsForm(
        request.POST or None,
        initial={"cadence_days": chosen.cadence_days, "low_total": chosen.low_total},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_settings(program, request.user, **form.cleaned_data)
        except WellbeingError as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, _("Saved. Check-ins from now on use these settings."))
            return redirect("program_wellbeing", program_id=program.pk)
    return render(request, "wellbeing/settings.html", {"program": program, "form": form})
