"""Email wording per program: every email joining sends, in the program's own words."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from mutual.access.policy import Perm, access_program
from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.core.http import AuthedRequest
from mutual.participants.models import NoticeTemplate
from mutual.participants.notices import NOTICES, fill, wording
from mutual.programs.models import Program

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# What each placeholder becomes, in words, and a sample for the preview.
PLACEHOLDER_WORDS: dict[str, tuple[Any, str]] = {
    "name": (gettext_lazy("the person's name"), "Mai"),
    "program": (gettext_lazy("the program's name"), ""),
    "organisation": (gettext_lazy("your organisation's name"), ""),
    "link": (gettext_lazy("the link for them to follow"), "https://example.org/…"),
    "wait": (
        gettext_lazy("the honest wait estimate"),
        "Most people here wait between 3 and 7 weeks.",
    ),
    "referrer": (gettext_lazy("the name of the professional who referred them"), "Dr Sam Lee"),
    "reference": (gettext_lazy("the referral's reference"), "R-1234"),
    "step": (gettext_lazy("the next screening step"), "References"),
    "referee": (gettext_lazy("the referee's name"), "Alex"),
    "applicant": (gettext_lazy("the applicant's name"), "Tran"),
    "reasons": (gettext_lazy("your message to the applicant"), "…"),
    "check": (gettext_lazy("the kind of check"), "Working with Children Check"),
    "date": (gettext_lazy("the date"), "31/12/2026"),
}


class NoticeForm(forms.Form):
    subject = forms.CharField(label=gettext_lazy("Subject"), max_length=200)
    body = forms.CharField(
        label=gettext_lazy("Message"), widget=forms.Textarea(attrs={"rows": 12}), max_length=5000
    )

    def __init__(self, *args: Any, allowed: tuple[str, ...], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed = allowed

    def _check_placeholders(self, text: str) -> str:
        unknown = sorted({p for p in _PLACEHOLDER.findall(text) if p not in self.allowed})
        if unknown:
            raise forms.ValidationError(
                _("This email cannot fill in: %(names)s. Use only the ones listed.")
                % {"names": ", ".join("{" + name + "}" for name in unknown)}
            )
        return text.strip()

    def clean_subject(self) -> str:
        return self._check_placeholders(self.cleaned_data["subject"])

    def clean_body(self) -> str:
        return self._check_placeholders(self.cleaned_data["body"])


def _samples(program: Program) -> dict[str, object]:
    samples: dict[str, object] = {k: v[1] for k, v in PLACEHOLDER_WORDS.items()}
    samples.update(program=program.name, organisation=program.organisation.name)
    return samples


@login_required
def program_notices(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PROGRAM)
    custom = set(NoticeTemplate.objects.filter(program=program).values_list("key", flat=True))
    rows = [(key, notice.label, key in custom) for key, notice in NOTICES.items()]
    return render(request, "participants/notice_list.html", {"program": program, "rows": rows})


@transaction.atomic
def save_notice(actor: User, program: Program, key: str, subject: str, body: str) -> None:
    NoticeTemplate.objects.update_or_create(
        program=program, key=key, defaults={"subject": subject, "body": body, "updated_by": actor}
    )
    record_event(actor, "notice.updated", program, program=program, key=key)


@transaction.atomic
def reset_notice(actor: User, program: Program, key: str) -> None:
    deleted, _rows = NoticeTemplate.objects.filter(program=program, key=key).delete()
    if deleted:
        record_event(actor, "notice.reset", program, program=program, key=key)


@login_required
@require_http_methods(["GET", "POST"])
def program_notice_edit(request: AuthedRequest, program_id: int, key: str) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PROGRAM)
    notice = NOTICES.get(key)
    if notice is None:
        raise Http404
    subject, body = wording(program, key, request.LANGUAGE_CODE)
    form = NoticeForm(
        request.POST or None,
        allowed=notice.placeholders,
        initial={"subject": subject, "body": body},
    )
    preview = None
    if request.method == "POST":
        if "reset" in request.POST:
            reset_notice(request.user, program, key)
            messages.success(request, _("Back to the standard wording."))
            return redirect("program_notices", program_id=program.pk)
        if form.is_valid():
            data = form.cleaned_data
            if "preview" in request.POST:
                samples = _samples(program)
                preview = (
                    fill(data["subject"], notice.placeholders, samples),
                    fill(data["body"], notice.placeholders, samples),
                )
            else:
                save_notice(request.user, program, key, data["subject"], data["body"])
                messages.success(request, _("Saved. This email now uses your wording."))
                return redirect("program_notices", program_id=program.pk)
    return render(
        request,
        "participants/notice_form.html",
        {
            "program": program,
            "notice": notice,
            "form": form,
            "preview": preview,
            "placeholders": [(p, PLACEHOLDER_WORDS[p][0]) for p in notice.placeholders],
            "custom": NoticeTemplate.objects.filter(program=program, key=key).exists(),
        },
    )
