"""A person's own requests and applications: where they are, and leaving."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from mutual.access.policy import Perm, access_participant, is_own_participant
from mutual.core.http import AuthedRequest
from mutual.matching.models import Proposal, ProposalStatus
from mutual.participants.models import ConsentChannel, Participant, Referral
from mutual.participants.services import current_consent, wait_estimate, withdraw_consent
from mutual.relationships.models import OPEN_STAGES, Relationship

# What happens next, in words, for each stage a person can see themselves in.
NEXT_STEP = {
    "new": gettext_lazy("Someone from the program will contact you soon, the way you asked."),
    "waiting": gettext_lazy("We are looking for the right peer mentor for you."),
    "matched": gettext_lazy("You have a peer mentor. Your coordinator will help you meet."),
    "applied": gettext_lazy("Someone from the program will contact you for a first conversation."),
    "first_conversation": gettext_lazy("A first conversation with the program is being arranged."),
    "references": gettext_lazy("We are asking your referees a few questions."),
    "checks": gettext_lazy("We are checking your Working with Children Check and other checks."),
    "readiness_interview": gettext_lazy("A conversation about being ready to mentor is next."),
    "training": gettext_lazy("Your training is next."),
    "approved": gettext_lazy("You are approved. We will be in touch when we find a peer for you."),
    "active": gettext_lazy("You are an active peer mentor."),
    "paused": gettext_lazy("Your mentoring is paused."),
}


def questions_for(participant: Participant) -> list[Proposal]:
    """Possible matches waiting for this person's yes or no."""
    status = ProposalStatus.ASKED_MENTOR if participant.is_mentor else ProposalStatus.ASKED_PEER
    field = "mentor" if participant.is_mentor else "peer"
    return list(Proposal.objects.filter(status=status, **{field: participant}))


def open_relationships(participant: Participant) -> list[Relationship]:
    field = "mentor" if participant.is_mentor else "peer"
    return list(
        Relationship.objects.filter(stage__in=OPEN_STAGES, **{field: participant}).select_related(
            "peer", "mentor"
        )
    )


@login_required
def my_participation(request: AuthedRequest) -> HttpResponse:
    records = (
        Participant.objects.filter(user=request.user)
        .exclude(stage="draft")
        .select_related("program__organisation")
        .order_by("-submitted_at")
    )
    rows = [
        {
            "participant": p,
            "next": NEXT_STEP.get(p.stage, ""),
            "estimate": wait_estimate(p.program, p) if p.stage in ("new", "waiting") else None,
            "referral": Referral.objects.filter(participant=p).first(),
            "in_training": p.stage in ("training", "approved", "active", "paused"),
            "can_leave": p.stage not in ("withdrawn", "left", "ended", "not_now", "not_suitable"),
            "questions": questions_for(p),
            "relationships": open_relationships(p),
        }
        for p in records
    ]
    return render(request, "joining/mine_list.html", {"rows": rows})


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Would you like to tell us why? (optional)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


@login_required
@require_http_methods(["GET", "POST"])
def my_withdraw(request: AuthedRequest, participant_id: int) -> HttpResponse:
    """Leave a program and withdraw consent: explained first, confirmed, then recorded."""
    participant = access_participant(request.user, participant_id, Perm.VIEW_PARTICIPANTS)
    if not is_own_participant(request.user, participant):
        raise Http404  # staff record a withdrawal on the person's record, not here
    if participant.stage == "withdrawn":
        return redirect("my_participation")
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        withdraw_consent(
            request.user,
            participant,
            channel=ConsentChannel.WEB,
            reason=form.cleaned_data["reason"],
        )
        messages.success(
            request,
            _("You have left %(program)s. We have stopped using your information.")
            % {"program": participant.program.name},
        )
        return redirect("my_participation")
    return render(
        request,
        "joining/mine_withdraw.html",
        {"participant": participant, "form": form, "consent": current_consent(participant)},
    )
