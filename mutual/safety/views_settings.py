"""Safety settings for a program: acknowledgement deadlines, safeguarding words, on-call list."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import Perm, access_program
from mutual.audit.services import record_event
from mutual.core.http import AuthedRequest
from mutual.safety import roster, services
from mutual.safety.forms import ROSTER_ROWS, RosterRowForm, SafetySettingsForm
from mutual.safety.models import RosterEntry


@login_required
@require_http_methods(["GET", "POST"])
def safety_settings(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PROGRAM)
    people = roster.professionals(program)
    current = list(RosterEntry.objects.filter(program=program))
    initial = [{"person": e.user_id, "phone": e.phone} for e in current]
    form = SafetySettingsForm(request.POST or None, instance=services.settings_for(program))
    rows = [
        RosterRowForm(
            request.POST or None,
            prefix=f"row{i}",
            people=people,
            initial=initial[i] if i < len(initial) else {},
        )
        for i in range(max(ROSTER_ROWS, len(initial) + 2))
    ]
    if request.method == "POST" and form.is_valid() and all(r.is_valid() for r in rows):
        chosen = [
            (r.cleaned_data["person"], r.cleaned_data["phone"])
            for r in rows
            if r.cleaned_data.get("person")
        ]
        try:
            with transaction.atomic():
                saved = form.save(commit=False)
                saved.program = program
                saved.save()
                roster.set_roster(request.user, program, chosen)
                record_event(request.user, "safety.settings_changed", program, program=program)
        except roster.RosterError as problem:
            form.add_error(None, str(problem))
        else:
            messages.success(request, _("Safety settings saved."))
            return redirect("safety_settings", program_id=program.pk)
    return render(
        request,
        "safety/settings.html",
        {"program": program, "form": form, "rows": rows, "has_people": bool(people)},
    )
