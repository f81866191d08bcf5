"""Consent wording per program: read the versions, publish a new one."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from mutual.access.policy import Perm, access_program, can
from mutual.core.http import AuthedRequest
from mutual.participants.models import ConsentText, ParticipantRole
from mutual.participants.services import JoiningError, current_consent_text, publish_consent_text


class ConsentTextForm(forms.Form):
    audience = forms.ChoiceField(
        label=gettext_lazy("For"),
        choices=[
            (ParticipantRole.PEER, gettext_lazy("People asking for support")),
            (ParticipantRole.MENTOR, gettext_lazy("Peer mentors")),
        ],
        widget=forms.RadioSelect,
    )
    body = forms.CharField(
        label=gettext_lazy("What people agree to"),
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=10000,
        help_text=gettext_lazy(
            "Plain words: what you keep, why, who sees it, when you might share it to keep "
            "someone safe, and that people can stop at any time."
        ),
    )


@login_required
@require_http_methods(["GET", "POST"])
def program_consent(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PROGRAM)
    can_publish = can(request.user, Perm.MANAGE_PROGRAM, program)
    audience = request.GET.get("for", ParticipantRole.PEER)
    if audience not in ParticipantRole.values:
        audience = ParticipantRole.PEER
    current = current_consent_text(program, audience)
    form = ConsentTextForm(
        request.POST or None,
        initial={"audience": audience, "body": current.body if current else ""},
    )
    preview = None
    if request.method == "POST":
        if not can_publish:
            raise PermissionDenied
        if form.is_valid():
            if "preview" in request.POST:
                preview = form.cleaned_data["body"]
            else:
                try:
                    text = publish_consent_text(
                        request.user,
                        program,
                        form.cleaned_data["audience"],
                        form.cleaned_data["body"],
                    )
                except JoiningError as error:
                    form.add_error("body" if error.field == "body" else None, str(error))
                else:
                    messages.success(
                        request,
                        _("Version %(n)d is now what people agree to.") % {"n": text.version},
                    )
                    return redirect(f"{request.path}?for={text.audience}")
    versions = (
        ConsentText.objects.filter(program=program, audience=audience)
        .select_related("published_by")
        .annotate(
            agreed=Count("consents_given", filter=Q(consents_given__withdrawn_at__isnull=True))
        )
    )
    return render(
        request,
        "participants/consent_texts.html",
        {
            "program": program,
            "audience": audience,
            "current": current,
            "versions": versions,
            "form": form if can_publish else None,
            "preview": preview,
            "show_counts": can(request.user, Perm.VIEW_PARTICIPANTS, program),
        },
    )
