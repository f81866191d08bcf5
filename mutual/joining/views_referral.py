"""Referral pages: the professional's form, their status page, and coordinators' view."""

from __future__ import annotations

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.access.policy import Perm, access_participant, access_program, is_own_participant
from mutual.audit.services import record_event
from mutual.core.http import AuthedRequest
from mutual.joining.forms_referral import ReferralForm
from mutual.joining.views_intake import _program
from mutual.participants.models import Referral, ReferrerKind
from mutual.participants.services import JoiningError
from mutual.participants.services.referrals import (
    find_referral,
    refer,
    reference,
    set_referrer_updates,
)
from mutual.programs.models import ProgramStatus


@require_http_methods(["GET", "POST"])
def referral_new(request: HttpRequest, slug: str) -> HttpResponse:
    program = _program(request, slug)
    if program.status != ProgramStatus.OPEN:
        return render(request, "joining/intake_closed.html", {"program": program})
    form = ReferralForm(request.POST or None, program=program)
    if request.method == "POST" and form.is_valid():
        try:
            referral = refer(
                program,
                draft_key=request.POST.get("draft_key", ""),
                person=form.person(),
                referrer=form.referrer(),
                person_agreed=form.cleaned_data["person_agreed"],
            )
        except JoiningError as error:
            form.add_error(error.field if error.field in form.fields else None, str(error))
        else:
            return render(
                request,
                "joining/referral_sent.html",
                {"program": program, "reference": reference(referral)},
            )
    return render(
        request,
        "joining/referral_form.html",
        {
            "program": program,
            "form": form,
            "draft_key": request.POST.get("draft_key") or secrets.token_urlsafe(24),
        },
    )


def referral_status(request: HttpRequest, key: str) -> HttpResponse:
    """The referrer's view: only what the person allows, never their answers."""
    referral = find_referral(key)
    if referral is None:
        raise Http404
    participant = referral.participant
    return render(
        request,
        "joining/referral_status.html",
        {
            "referral": referral,
            "reference": reference(referral),
            "program": participant.program,
            "finished": not participant.is_draft,
            "stage": participant.get_stage_display() if referral.share_updates else None,
        },
    )


@login_required
@require_POST
def referral_sharing(request: AuthedRequest, participant_id: int) -> HttpResponse:
    participant = access_participant(request.user, participant_id, Perm.VIEW_PARTICIPANTS)
    if not is_own_participant(request.user, participant):
        raise Http404
    if not Referral.objects.filter(participant=participant).exists():
        raise Http404
    allowed = request.POST.get("allowed") == "1"
    set_referrer_updates(participant, allowed)
    messages.success(
        request,
        _("The person who referred you can now see where things are.")
        if allowed
        else _("The person who referred you no longer sees updates."),
    )
    return redirect("my_participation")


@login_required
def program_referrals(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    referrals = Referral.objects.filter(participant__program=program)
    kind = request.GET.get("kind", "")
    by_kind = {
        row["referrer_kind"]: row["n"]
        for row in referrals.values("referrer_kind").annotate(n=Count("pk"))
    }
    by_organisation = list(
        referrals.values("referrer_organisation").annotate(n=Count("pk")).order_by("-n")[:20]
    )
    listed = referrals.select_related("participant").order_by("-created_at")
    if kind in ReferrerKind.values:
        listed = listed.filter(referrer_kind=kind)
    record_event(request.user, "participant.list_viewed", program=program, page="referrals")
    return render(
        request,
        "joining/referral_list.html",
        {
            "program": program,
            "kinds": [(k, label, by_kind.get(k, 0)) for k, label in ReferrerKind.choices],
            "by_organisation": by_organisation,
            "referrals": listed[:200],
            "kind": kind,
            "total": sum(by_kind.values()),
        },
    )
