"""A relationship's page: who, since when, what happens next; re-matching for staff."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mutual.access.policy import Perm, access_relationship, can
from mutual.audit.services import record_event
from mutual.core.http import AuthedRequest
from mutual.matching import services
from mutual.matching.forms import NoteForm
from mutual.matching.services import MatchingError


@login_required
def relationship(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = access_relationship(request.user, relationship_id, Perm.VIEW_PARTICIPANTS)
    staff = can(request.user, Perm.VIEW_PARTICIPANTS, found.program)
    if staff:
        record_event(request.user, "relationship.viewed", found, program=found.program)
    return render(
        request,
        "relationships/relationship.html",
        {
            "relationship": found,
            "program": found.program,
            "staff": staff,
            "can_act": can(request.user, Perm.MANAGE_PARTICIPANTS, found.program),
            "note_form": NoteForm(),
        },
    )


@login_required
@require_POST
def relationship_rematch(request: AuthedRequest, relationship_id: int) -> HttpResponse:
    found = access_relationship(request.user, relationship_id, Perm.MANAGE_PARTICIPANTS)
    form = NoteForm(request.POST)
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        following = services.rematch(found, request.user, note)
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
