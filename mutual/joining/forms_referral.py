"""The referral form for professionals."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.joining.forms_intake import ContactForm
from mutual.participants.models import ReferrerKind
from mutual.programs.models import Program


class ReferralForm(ContactForm):
    """The person's contact details (as in the intake), then the referrer's own."""

    reason = forms.CharField(
        label=_("Why are you referring them?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A few plain sentences. The person can add their own words later."),
    )
    referrer_name = forms.CharField(label=_("Your name"), max_length=150)
    referrer_kind = forms.ChoiceField(label=_("Your role"), choices=ReferrerKind.choices)
    referrer_organisation = forms.CharField(label=_("Where you work"), max_length=200)
    referrer_email = forms.EmailField(label=_("Your work email"))
    referrer_phone = forms.CharField(
        label=_("Your work phone (optional)"), max_length=40, required=False
    )
    person_agreed = forms.BooleanField(
        label=_("The person agreed to this referral."),
        error_messages={
            "required": _(
                "Please ask the person first. We only accept referrals they have agreed to."
            )
        },
    )

    PERSON = (
        "name",
        "email",
        "phone",
        "preferred_channel",
        "safe_to_leave_message",
        "contact_notes",
    )
    REFERRER = (
        "reason",
        "referrer_name",
        "referrer_kind",
        "referrer_organisation",
        "referrer_email",
        "referrer_phone",
    )

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, program=program, **kwargs)
        self.fields["name"].label = _("The person's name")
        self.fields["name"].help_text = ""
        self.fields["email"].label = _("The person's email")
        self.fields["email"].help_text = _(
            "We send them an invitation to tell us more, in their own time."
        )
        self.fields["phone"].label = _("The person's phone (optional)")
        self.fields["preferred_channel"].label = _("How would they like to be contacted?")
        self.fields["safe_to_leave_message"].label = _("Is it safe to leave them a message?")
        self.fields["contact_notes"].label = _("Anything else about contacting them? (optional)")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if (
            data.get("email")
            and data.get("email", "").lower() == data.get("referrer_email", "").lower()
        ):
            self.add_error("email", _("Give the person's own email, not yours."))
        return data

    def person(self) -> dict[str, Any]:
        return {key: self.cleaned_data[key] for key in self.PERSON}

    def referrer(self) -> dict[str, Any]:
        return {key: self.cleaned_data[key] for key in self.REFERRER}
