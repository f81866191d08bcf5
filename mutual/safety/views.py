"""Alert queue and alert pages for the program's professionals; "Raise a concern" for all."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.access.policy import Perm, access_alert, access_program, access_relationship
from mutual.core.http import AuthedRequest
from mutual.programs.models import CrisisResource
from mutual.safety import roster, services
from mutual.safety.forms import (
    AssignForm,
    ConcernForm,
    IncidentForm,
    NoteForm,
    ResolveForm,
)
from mutual.safety.models import Alert
from mutual.safety.queue import queue_rows
from mutual.safety.services import SafetyError


@login_required
def alert_queue(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    show_resolved = request.GET.get("show") == "resolved"
    rows = queue_rows(program, resolved=show_resolved, now=timezone.now())
    template = (
        "safety/_queue_rows.html" if request.headers.get("HX-Request") else "safety/queue.html"
    )
    return render(
        request,
        template,
        {"program": program, "rows": rows, "show_resolved": show_resolved},
    )


def _alert_page(request: AuthedRequest, alert: Alert, **forms: object) -> HttpResponse:
    settings = services.settings_for(alert.program)
    people = roster.professionals(alert.program)
    context = {
        "alert": alert,
        "program": alert.program,
        "events": alert.events.select_related("actor"),
        "incident": getattr(alert, "incident", None),
        "settings": settings,
        "resources": CrisisResource.objects.filter(program=alert.program),
        "note_form": NoteForm(),
        "resolve_form": ResolveForm(),
        "assign_form": AssignForm(people=people, initial={"to": request.user.pk}),
        "incident_form": IncidentForm(initial=_incident_initial(alert)),
        "overdue": alert.is_waiting and alert.due_at <= timezone.now(),
        **forms,
    }
    return render(request, "safety/alert.html", context)


def _incident_initial(alert: Alert) -> dict[str, object]:
    incident = getattr(alert, "incident", None)
    if incident is None:
        return {}
    return {
        "what_happened": incident.what_happened,
        "actions_taken": incident.actions_taken,
        "emergency_services": incident.emergency_services,
        "reported_to": incident.reported_to,
    }


@login_required
def alert_detail(request: AuthedRequest, alert_id: int) -> HttpResponse:
    alert = access_alert(request.user, alert_id, Perm.VIEW_PARTICIPANTS)
    services.view_alert(alert, request.user)
    return _alert_page(request, alert)


@login_required
@require_POST
def alert_acknowledge(request: AuthedRequest, alert_id: int) -> HttpResponse:
    alert = access_alert(request.user, alert_id, Perm.VIEW_PARTICIPANTS)
    services.acknowledge(alert, request.user)
    messages.success(request, _("Acknowledged: it is yours now. Escalation has stopped."))
    return redirect("safety_alert", alert_id=alert.pk)


def _act(
    request: AuthedRequest,
    alert: Alert,
    form_name: str,
    form: forms.Form,
    action: Callable[[dict[str, Any]], object],
) -> HttpResponse:
    """Run ``action`` with a valid form, or show the alert page again with the form's errors."""
    if form.is_valid():
        try:
            action(form.cleaned_data)
        except SafetyError as problem:
            form.add_error(None, str(problem))
        else:
            return redirect("safety_alert", alert_id=alert.pk)
    return _alert_page(request, alert, **{form_name: form})


@login_required
@require_POST
def alert_note(request: AuthedRequest, alert_id: int) -> HttpResponse:
    alert = access_alert(request.user, alert_id, Perm.VIEW_PARTICIPANTS)
    return _act(
        request,
        alert,
        "note_form",
        NoteForm(request.POST),
        lambda data: services.add_note(alert, request.user, data["text"]),
    )


@login_required
@require_POST
def alert_resolve(request: AuthedRequest, alert_id: int) -> HttpResponse:
    alert = access_alert(request.user, alert_id, Perm.VIEW_PARTICIPANTS)
    return _act(
        request,
        alert,
        "resolve_form",
        ResolveForm(request.POST),
        lambda data: services.resolve(alert, request.user, data["notes"]),
    )


@login_required
@require_POST
def alert_reopen(request: AuthedRequest, alert_id: int) -> HttpResponse:
    alert = access_alert(request.user, alert_id, Perm.VIEW_PARTICIPANTS)
    try:
        services.reopen(alert, request.user, request.POST.get("why", ""))
    except SafetyError as problem:
        messages.error(request, str(problem))
    return redirect("safety_alert", alert_id=alert.pk)


@login_required
@require_POST
def alert_assign(request: AuthedRequest, alert_id: int) -> HttpResponse:
    alert = access_alert(request.user, alert_id, Perm.VIEW_PARTICIPANTS)
    people = {u.pk: u for u in roster.professionals(alert.program)}
    form = AssignForm(request.POST, people=list(people.values()))
    return _act(
        request,
        alert,
        "assign_form",
        form,
        lambda data: services.assign(alert, request.user, people[data["to"]]),
    )


@login_required
@require_POST
def alert_incident(request: AuthedRequest, alert_id: int) -> HttpResponse:
    alert = access_alert(request.user, alert_id, Perm.VIEW_PARTICIPANTS)
    return _act(
        request,
        alert,
        "incident_form",
        IncidentForm(request.POST),
        lambda data: services.record_incident(alert, request.user, data),
    )


@login_required
@require_http_methods(["GET", "POST"])
def raise_concern(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    relationship = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    form = ConcernForm(request.POST or None, initial={"submit_key": secrets.token_urlsafe(16)})
    if request.method == "POST" and form.is_valid():
        if not relationship.is_open:
            form.add_error(None, _("This match has ended. Please call the program instead."))
        else:
            try:
                services.raise_concern(
                    relationship,
                    request.user,
                    form.cleaned_data["words"],
                    urgent=form.cleaned_data["urgent"],
                    submit_key=form.cleaned_data["submit_key"],
                )
            except SafetyError as problem:
                form.add_error(None, str(problem))
            else:
                return redirect(
                    reverse("program_help", args=[relationship.program_id]) + "?after=concern"
                )
    return render(
        request,
        "safety/concern.html",
        {"relationship": relationship, "program": relationship.program, "form": form},
    )
