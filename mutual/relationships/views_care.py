"""The fit check and goals: the private "Is this a good fit?" and goals with reviews."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.access.policy import (
    Perm,
    access_fit_check,
    access_goal,
    access_relationship,
    can,
    is_own_participant,
)
from mutual.core.http import AuthedRequest
from mutual.relationships import fit, goals, services
from mutual.relationships.forms import BridgeForm, CheckInForm, FitForm, GoalForm, GoalReviewForm
from mutual.relationships.models import Relationship
from mutual.relationships.services import RelationshipError


@login_required
@require_http_methods(["GET", "POST"])
def fit_check(request: AuthedRequest, check_id: int) -> HttpResponse:
    check = access_fit_check(request.user, check_id, Perm.VIEW_PARTICIPANTS)
    mine = is_own_participant(request.user, check.person)
    form = FitForm(request.POST or None, initial={"answer": check.answer or None})
    if request.method == "POST":
        if not mine:
            messages.error(request, _("This question is for someone else."))
            return redirect("fit_check", check_id=check.pk)
        if form.is_valid():
            try:
                fit.answer(check, request.user, **form.cleaned_data)
            except RelationshipError as problem:
                form.add_error(None, str(problem))
            else:
                messages.success(request, _("Thank you. Only the program's staff see this."))
                return redirect("relationship", relationship_id=check.relationship_id)
    return render(
        request,
        "relationships/fit_check.html",
        {"check": check, "relationship": check.relationship, "mine": mine, "form": form},
    )


def _may_work_on_goals(request: AuthedRequest, relationship_id: int) -> Relationship:
    """The two people in the match set and review goals together; staff may too."""
    found = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    inside = is_own_participant(request.user, found.peer) or is_own_participant(
        request.user, found.mentor
    )
    if not inside and not can(request.user, Perm.MANAGE_PARTICIPANTS, found.program):
        raise PermissionDenied
    return found


@login_required
@require_http_methods(["GET", "POST"])
def goal_new(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = _may_work_on_goals(request, relationship_id)
    form = GoalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            goals.add_goal(found, request.user, form.cleaned_data)
        except RelationshipError as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, _("Goal saved."))
            return redirect("relationship", relationship_id=found.pk)
    return render(
        request,
        "relationships/goal_form.html",
        {"relationship": found, "program": found.program, "form": form},
    )


@login_required
@require_POST
def goal_review(request: AuthedRequest, goal_id: int) -> HttpResponse:
    goal = access_goal(request.user, goal_id, Perm.VIEW_PARTICIPANTS)
    _may_work_on_goals(request, goal.relationship_id)
    form = GoalReviewForm(request.POST, prefix=f"goal{goal.pk}")
    if not form.is_valid():
        messages.error(request, _("Choose where things are now."))
    else:
        try:
            goals.review(goal, request.user, **form.cleaned_data)
        except RelationshipError as problem:
            messages.error(request, str(problem))
        else:
            messages.success(request, _("Progress saved."))
    return redirect("relationship", relationship_id=goal.relationship_id)


@login_required
@require_POST
def bridge_new(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    """Bridging help: the mentor (or a coordinator) records a connection made."""
    found = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    if not (
        is_own_participant(request.user, found.mentor)
        or can(request.user, Perm.MANAGE_PARTICIPANTS, found.program)
    ):
        raise PermissionDenied
    form = BridgeForm(request.POST, prefix="bridge")
    if not form.is_valid():
        messages.error(request, _("Say what the connection was."))
    else:
        try:
            services.add_bridge(found, request.user, form.cleaned_data)
        except RelationshipError as problem:
            messages.error(request, str(problem))
        else:
            messages.success(request, _("Connection saved."))
    return redirect("relationship", relationship_id=found.pk)


@login_required
@require_POST
def check_in(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    """A coordinator ticks off this month's check-in with the match."""
    found = access_relationship(request.user, relationship_id, Perm.MANAGE_PARTICIPANTS)
    form = CheckInForm(request.POST, prefix="checkin")
    note = form.cleaned_data["note"] if form.is_valid() else ""
    services.tick_check_in(found, request.user, note)
    messages.success(request, _("Monthly check-in ticked off."))
    back = request.POST.get("back", "")
    if back == "board":
        return redirect("program_relationships", program_id=found.program_id)
    return redirect("relationship", relationship_id=found.pk)


@login_required
@require_POST
def relationship_closing(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    """The planned end is near: the mentor or a coordinator says it is coming to an end."""
    found = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    if not (
        is_own_participant(request.user, found.mentor)
        or can(request.user, Perm.MANAGE_PARTICIPANTS, found.program)
    ):
        raise PermissionDenied
    try:
        services.start_closing(found, request.user)
    except RelationshipError as problem:
        messages.error(request, str(problem))
    else:
        messages.success(request, _("Marked as coming to an end. Plan a last session together."))
    return redirect("relationship", relationship_id=found.pk)
