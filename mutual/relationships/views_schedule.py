"""Planning sessions ahead, and each person's private calendar address."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.access.policy import (
    Perm,
    access_planned_session,
    access_relationship,
    is_own_participant,
)
from mutual.core.http import AuthedRequest
from mutual.relationships import calendar, schedule
from mutual.relationships.forms import PlanForm
from mutual.relationships.models import CalendarFeed, PlannedSession, Relationship
from mutual.relationships.services import RelationshipError


def _one_of_the_two(request: AuthedRequest, found: Relationship) -> None:
    """Sessions are arranged by the two people themselves."""
    if not (
        is_own_participant(request.user, found.peer)
        or is_own_participant(request.user, found.mentor)
    ):
        raise PermissionDenied


@login_required
@require_http_methods(["GET", "POST"])
def session_plan(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    _one_of_the_two(request, found)
    moving = _being_moved(request, found)
    times = schedule.suggested_times(found)
    initial = {"mode": moving.mode, "duration_minutes": moving.duration_minutes} if moving else {}
    form = PlanForm(request.POST or None, times=times, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if moving is not None:
                schedule.move(moving, request.user, form.cleaned_data["starts_at"])
            else:
                schedule.propose(found, request.user, form.cleaned_data)
        except RelationshipError as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, _("Proposed. We will ask the other person to confirm."))
            return redirect("relationship", relationship_id=found.pk)
    return render(
        request,
        "relationships/plan_form.html",
        {"relationship": found, "program": found.program, "form": form, "moving": moving},
    )


def _being_moved(request: AuthedRequest, found: Relationship) -> PlannedSession | None:
    """``?move=<id>``: a planned session of this match to give a new time."""
    key = request.GET.get("move", "")
    if not key.isdigit():
        return None
    planned = PlannedSession.objects.filter(pk=int(key), relationship=found).first()
    if planned is None:
        raise Http404
    return planned


def _act(request: AuthedRequest, planned_id: int, verb: str, done: str) -> HttpResponse:
    planned = access_planned_session(request.user, planned_id, Perm.VIEW_PARTICIPANTS)
    _one_of_the_two(request, planned.relationship)
    try:
        getattr(schedule, verb)(planned, request.user)
    except RelationshipError as problem:
        messages.error(request, str(problem))
    else:
        messages.success(request, done)
    return redirect("relationship", relationship_id=planned.relationship_id)


@login_required
@require_POST
def planned_confirm(request: AuthedRequest, planned_id: int) -> HttpResponse:
    return _act(request, planned_id, "confirm", _("Confirmed. A reminder comes the day before."))


@login_required
@require_POST
def planned_cancel(request: AuthedRequest, planned_id: int) -> HttpResponse:
    return _act(request, planned_id, "cancel", _("Cancelled. The other person has been told."))


@login_required
@require_http_methods(["GET", "POST"])
def my_calendar(request: AuthedRequest) -> HttpResponse:
    address = ""
    if request.method == "POST":
        if request.POST.get("action") == "off":
            calendar.turn_off(request.user)
            messages.success(request, _("Your calendar address no longer works."))
            return redirect("my_calendar")
        address = calendar.new_address(request.user)
    has_feed = CalendarFeed.objects.filter(user=request.user).exists()
    return render(
        request, "relationships/calendar.html", {"address": address, "has_feed": has_feed}
    )


def calendar_feed(request: AuthedRequest, secret: str) -> HttpResponse:
    """Public by design: calendar apps cannot log in. The secret is the key."""
    owner = calendar.owner_of(secret)
    if owner is None:
        raise Http404
    response = HttpResponse(calendar.build(owner), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, max-age=900"
    return response
