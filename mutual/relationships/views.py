"""Relationship pages: the match itself (sessions, pause, close, match again), logging
and rating sessions, the mentor's caseload and the coordinator's board."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.access.policy import (
    Perm,
    access_program,
    access_relationship,
    access_session,
    can,
    is_own_participant,
)
from mutual.audit.services import record_event
from mutual.core.boards import board_context
from mutual.core.http import AuthedRequest
from mutual.matching import services as matching
from mutual.matching.forms import NoteForm
from mutual.matching.services import MatchingError
from mutual.relationships import board as boards
from mutual.relationships import services
from mutual.relationships.forms import (
    CLOSING_CHECKLIST,
    BridgeForm,
    CheckInForm,
    CloseForm,
    GoalReviewForm,
    PauseForm,
    RatingForm,
    SessionForm,
)
from mutual.relationships.models import (
    OPEN_STAGES,
    Bridge,
    EndReason,
    FitCheck,
    Goal,
    MonthlyCheckIn,
    PlannedSession,
    PlanStatus,
    Relationship,
    Session,
)
from mutual.relationships.services import RelationshipError
from mutual.training.models import Certificate

# Matches per page on the board: those needing a look come first.


def _roles(request: AuthedRequest, found: Relationship) -> dict[str, bool]:
    staff = can(request.user, Perm.VIEW_PARTICIPANTS, found.program)
    return {
        "staff": staff,
        "can_act": can(request.user, Perm.MANAGE_PARTICIPANTS, found.program),
        "is_mentor": is_own_participant(request.user, found.mentor),
        "is_peer": is_own_participant(request.user, found.peer),
    }


@login_required
def relationship(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    roles = _roles(request, found)
    if roles["staff"]:
        record_event(request.user, "relationship.viewed", found, program=found.program)
    goals = list(Goal.objects.filter(relationship=found))
    for goal in goals:
        goal.current_words = goal.level_words(goal.current_level)  # type: ignore[attr-defined]
        # One form per goal, each with its own field ids.
        goal.review_form = GoalReviewForm(prefix=f"goal{goal.pk}")  # type: ignore[attr-defined]
    checks = list(FitCheck.objects.filter(relationship=found))
    mine = [
        c
        for c in checks
        if not c.answer
        and is_own_participant(request.user, found.peer if c.side == "peer" else found.mentor)
    ]
    return render(
        request,
        "relationships/relationship.html",
        {
            "relationship": found,
            "program": found.program,
            "sessions": Session.objects.filter(relationship=found).prefetch_related(
                "edits__changed_by"
            ),
            "goals": goals,
            "fit_checks": checks,
            "my_fit_checks": mine,
            "can_work_on_goals": roles["is_mentor"] or roles["is_peer"] or roles["can_act"],
            "bridges": Bridge.objects.filter(relationship=found),
            "closing_done": [
                label for key, label in CLOSING_CHECKLIST if key in found.closing_checklist
            ],
            "bridge_form": BridgeForm(prefix="bridge"),
            "check_in_form": CheckInForm(prefix="checkin"),
            "checked_in": MonthlyCheckIn.objects.filter(
                relationship=found, month=services.this_month()
            ).first(),
            "planned": PlannedSession.objects.filter(
                relationship=found,
                status__in=[PlanStatus.PROPOSED, PlanStatus.CONFIRMED],
                starts_at__gte=timezone.now(),
            ),
            "note_form": NoteForm(prefix="rematch"),
            "pause_form": PauseForm(prefix="pause"),
            "close_form": CloseForm(prefix="close"),
            "rating_form": RatingForm(),
            **roles,
        },
    )


def _may_log(request: AuthedRequest, found: Relationship) -> None:
    """The mentor logs their own sessions; coordinators may log one on their behalf."""
    if not (
        is_own_participant(request.user, found.mentor)
        or can(request.user, Perm.MANAGE_PARTICIPANTS, found.program)
    ):
        raise PermissionDenied


@login_required
@require_http_methods(["GET", "POST"])
def session_new(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    _may_log(request, found)
    form = SessionForm(request.POST or None, last=services.last_values(found))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            session = services.log_session(found, request.user, data, data.get("submit_key") or "")
        except RelationshipError as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, _("Session saved. Thank you."))
            return _after_note(found, session)
    return render(
        request,
        "relationships/session_form.html",
        {"relationship": found, "program": found.program, "form": form},
    )


def _after_note(relationship: Relationship, session: Session) -> HttpResponse:
    """A note that suggests someone is at risk takes the writer straight to crisis help."""
    risk = getattr(session, "risk", None)
    if risk is not None and risk.at_risk:
        return redirect(reverse("program_help", args=[relationship.program_id]) + "?after=note")
    return redirect("relationship", relationship_id=relationship.pk)


@login_required
@require_POST
def session_rate(request: AuthedRequest, session_id: int) -> HttpResponse:
    session = access_session(request.user, session_id, Perm.VIEW_PARTICIPANTS)
    form = RatingForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the answers."))
    else:
        try:
            services.rate_session(session, request.user, form.cleaned_data["rating"])
        except RelationshipError as problem:
            messages.error(request, str(problem))
        else:
            messages.success(request, _("Thank you for telling us."))
    return redirect("relationship", relationship_id=session.relationship_id)


@login_required
@require_POST
def relationship_pause(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    _may_log(request, found)
    form = PauseForm(request.POST, prefix="pause")
    try:
        if found.is_paused:
            services.resume(found, request.user)
            messages.success(request, _("Welcome back: the match is on again."))
        elif form.is_valid():
            services.pause(found, request.user, form.cleaned_data["reason"])
            messages.success(request, _("Paused. Nobody will be chased while it is paused."))
        else:
            messages.error(request, _("Say in a few words why, so everyone knows."))
    except RelationshipError as problem:
        messages.error(request, str(problem))
    return redirect("relationship", relationship_id=found.pk)


@login_required
@require_POST
def relationship_close(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = access_relationship(request.user, relationship_id, Perm.MANAGE_PARTICIPANTS)
    form = CloseForm(request.POST, prefix="close")
    if not form.is_valid():
        messages.error(request, _("Choose why the match is ending."))
        return redirect("relationship", relationship_id=found.pk)
    try:
        services.close(found, request.user, **form.cleaned_data)
    except RelationshipError as problem:
        messages.error(request, str(problem))
    else:
        reason = dict(EndReason.choices)[form.cleaned_data["reason"]]
        messages.success(request, _("The match has ended: %(reason)s.") % {"reason": reason})
    return redirect("relationship", relationship_id=found.pk)


@login_required
@require_POST
def relationship_rematch(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = access_relationship(request.user, relationship_id, Perm.MANAGE_PARTICIPANTS)
    form = NoteForm(request.POST, prefix="rematch")
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        following = matching.rematch(found, request.user, note)
    except MatchingError as problem:
        messages.error(request, str(problem))
        return redirect("relationship", relationship_id=found.pk)
    if following is None:
        messages.info(request, _("Ended without blame. No other peer mentor fits right now."))
    else:
        messages.success(
            request,
            _("Ended without blame. Suggested next: %(mentor)s.")
            % {"mentor": following.mentor.name},
        )
    return redirect("program_matching", program_id=found.program_id)


@login_required
def my_caseload(request: AuthedRequest) -> HttpResponse:
    """A peer mentor's own matches: last contact, sessions, quick actions."""
    mine = (
        Relationship.objects.filter(mentor__user=request.user)
        .select_related("peer", "program")
        .order_by("stage", "-started_at")
    )
    open_ones = [r for r in mine if r.stage in OPEN_STAGES]
    upcoming: dict[int, PlannedSession] = {}
    for planned in PlannedSession.objects.filter(
        relationship__in=open_ones,
        status__in=[PlanStatus.PROPOSED, PlanStatus.CONFIRMED],
        starts_at__gte=timezone.now(),
    ).order_by("starts_at"):
        upcoming.setdefault(planned.relationship_id, planned)
    progress = {
        row["relationship_id"]: row
        for row in Goal.objects.filter(relationship__in=open_ones)
        .values("relationship_id")
        .annotate(goals=Count("pk"), reached=Count("pk", filter=Q(current_level__gte=0)))
    }
    for r in open_ones:
        r.next_planned = upcoming.get(r.pk)  # type: ignore[attr-defined]
        r.goal_progress = progress.get(r.pk)  # type: ignore[attr-defined]
    ended = [r for r in mine if r.stage not in OPEN_STAGES]
    given = Session.objects.filter(relationship__mentor__user=request.user)
    hours = sum(given.values_list("duration_minutes", flat=True))
    certificates = Certificate.objects.filter(participant__user=request.user).select_related(
        "participant__program"
    )
    return render(
        request,
        "relationships/caseload.html",
        {
            "open_ones": open_ones,
            "ended": ended,
            "hours": round(hours / 60, 1),
            "sessions_given": given.count(),
            "certificates": certificates,
        },
    )


@login_required
def program_relationships(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    context = board_context(
        request, program, boards.FLAGS, boards.board, "relationship.board_viewed"
    )
    return render(
        request,
        "relationships/board.html",
        {**context, "can_act": can(request.user, Perm.MANAGE_PARTICIPANTS, program)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def session_edit(request: AuthedRequest, session_id: int) -> HttpResponse:
    session = access_session(request.user, session_id, Perm.VIEW_PARTICIPANTS)
    found = session.relationship
    _may_log(request, found)
    session = Session.objects.get(pk=session.pk)
    initial = {f: getattr(session, f) for f in services.EDITABLE}
    form = SessionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k in services.EDITABLE}
        try:
            session = services.edit_session(session, request.user, data)
        except RelationshipError as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, _("Session changed. The change is shown on the match."))
            return _after_note(found, session)
    return render(
        request,
        "relationships/session_form.html",
        {"relationship": found, "program": found.program, "form": form, "editing": True},
    )


@login_required
@require_POST
def session_delete(request: AuthedRequest, session_id: int) -> HttpResponse:
    """Deleting is for coordinators only, and is audited."""
    session = access_session(request.user, session_id, Perm.MANAGE_PARTICIPANTS)
    relationship_id = session.relationship_id
    services.delete_session(Session.objects.get(pk=session.pk), request.user)
    messages.success(request, _("Session deleted. The activity log keeps a record."))
    return redirect("relationship", relationship_id=relationship_id)
