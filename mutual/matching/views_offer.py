"""The question a mentor, then a peer, answers: "Would you like to be matched?"

They see only what they have in common and a first name: nothing private about the
other person, and nothing about anyone else who was considered.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import Perm, access_proposal, is_own_participant
from mutual.core.http import AuthedRequest
from mutual.matching import explain, services
from mutual.matching.forms import AnswerForm
from mutual.matching.models import ProposalStatus
from mutual.matching.services import MatchingError

# What the person being asked may see about the other: what they share, never more.
SHAREABLE = {
    "experience_same",
    "experience_close",
    "experience_branch",
    "language",
    "culture",
    "faith",
    "age_close",
    "distance",
    "modes",
    "availability",
}


def first_name(name: str) -> str:
    return name.split()[0] if name.split() else name


@login_required
@require_http_methods(["GET", "POST"])
def match_offer(request: AuthedRequest, proposal_id: int) -> HttpResponse:
    proposal = access_proposal(request.user, proposal_id, Perm.VIEW_PARTICIPANTS)
    asking_mentor = proposal.status == ProposalStatus.ASKED_MENTOR
    asked = proposal.mentor if asking_mentor else proposal.peer
    mine = is_own_participant(request.user, asked)
    other = proposal.peer if asking_mentor else proposal.mentor
    form = AnswerForm(request.POST or None)
    if request.method == "POST":
        if not mine:
            messages.error(request, _("This question is for someone else."))
            return redirect("match_offer", proposal_id=proposal.pk)
        if form.is_valid():
            accept = form.cleaned_data["answer"] == "yes"
            try:
                services.answer(
                    proposal, request.user, accept=accept, reason=form.cleaned_data["reason"]
                )
            except MatchingError as problem:
                messages.error(request, str(problem))
            else:
                messages.success(request, _thanks(accept, asking_mentor))
            return redirect("my_participation")
    shared = [r for r in proposal.reasons if r.get("good") and r["code"] in SHAREABLE]
    return render(
        request,
        "matching/offer.html",
        {
            "proposal": proposal,
            "program": proposal.program,
            "mine": mine,
            "asking_mentor": asking_mentor,
            "other_name": first_name(other.name),
            "shared": explain.words(shared)[0],
            "form": form,
        },
    )


def _thanks(accept: bool, asking_mentor: bool) -> str:
    if not accept:
        return _("Thank you for letting us know. We will look for someone else.")
    if asking_mentor:
        return _("Thank you. We will now ask them, and tell you when they answer.")
    return _("Wonderful: you are matched. The next step is to arrange your first meeting.")
