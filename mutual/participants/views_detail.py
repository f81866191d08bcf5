"""One person's request or application, for the program's staff."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render

from mutual.access.policy import Perm, access_participant, can, is_own_participant
from mutual.audit.services import record_event
from mutual.core.http import AuthedRequest
from mutual.participants.models import Consent
from mutual.participants.vocab import FAITHS, SPOKEN_LANGUAGES, time_slot_label
from mutual.programs.models import DeliveryMode


def _labels(codes: list[str], choices: list[tuple[str, object]]) -> list[str]:
    names = dict(choices)
    return [str(names.get(code, code)) for code in codes]


@login_required
def participant_detail(request: AuthedRequest, participant_id: int) -> HttpResponse:
    participant = access_participant(request.user, participant_id, Perm.VIEW_PARTICIPANTS)
    if is_own_participant(request.user, participant):
        return redirect("my_participation")  # people see their own record there, in plain words
    record_event(request.user, "participant.viewed", participant, program=participant.program)
    from mutual.matching.views import matching_context
    from mutual.screening.views import screening_context

    wishes = []
    for key, wish in (participant.preferences or {}).items():
        value = wish.get("value")
        if key == "languages":
            value = ", ".join(_labels(value, SPOKEN_LANGUAGES))
        elif key == "faith":
            value = ", ".join(_labels([value], FAITHS))
        elif key == "age_range":
            value = f"{value[0]}–{value[1]}"
        wishes.append((key, value, wish.get("must")))
    context = {
        "participant": participant,
        "program": participant.program,
        "can_manage": can(request.user, Perm.MANAGE_PARTICIPANTS, participant.program),
        "experiences": participant.experiences.all(),
        "languages": _labels(participant.languages, SPOKEN_LANGUAGES),
        "faith": ", ".join(_labels([participant.faith], FAITHS)) if participant.faith else "",
        "modes": _labels(participant.delivery_modes, list(DeliveryMode.choices)),
        "availability": [time_slot_label(slot) for slot in participant.availability],
        "wishes": wishes,
        "consents": Consent.objects.filter(participant=participant).select_related("consent_text"),
        **screening_context(request, participant),
        **matching_context(participant),
    }
    return render(request, "participants/detail.html", context)
