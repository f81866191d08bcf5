"""Forms for screening and for a coordinator's first look at a request."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mutual.accounts.models import Membership, Role, User
from mutual.participants.models import Participant
from mutual.screening.models import CheckKind, ReadyAnswer, TrustAnswer

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

NOT_NOW_MESSAGE = _(
    "We would like to thank you for your time. From our conversations, we think now is "
    "not the right time for you to start as a peer mentor."
)


def staff_of(participant: Participant) -> Any:
    """Coordinators and supervisors of the program, and the organisation's admins."""
    program = participant.program
    memberships = Membership.objects.current().filter(organisation=program.organisation)
    return (
        User.objects.filter(
            memberships__in=memberships.filter(
                program=program, role__in=[Role.COORDINATOR, Role.SUPERVISOR]
            )
            | memberships.filter(program=None, role=Role.ORG_ADMIN)
        )
        .distinct()
        .order_by("name")
    )


class MoveForm(forms.Form):
    to = forms.ChoiceField(label=_("Move to"), widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    override_reason = forms.CharField(
        label=_("If something is still missing, why go ahead anyway?"),
        required=False,
        max_length=300,
    )

    def __init__(self, *args: Any, moves: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["to"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = moves


class AssignForm(forms.Form):
    owner = forms.ModelChoiceField(
        label=_("Who is responsible"),
        queryset=User.objects.none(),
        required=False,
        empty_label=_("Nobody yet"),
    )
    due_on = forms.DateField(label=_("Due by"), required=False, widget=DATE)

    def __init__(self, *args: Any, participant: Participant, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["owner"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = staff_of(participant)


class NotNowForm(forms.Form):
    reasons = forms.CharField(
        label=_("Reasons, for the record"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept on the application. The applicant does not see this."),
    )
    message = forms.CharField(
        label=_("Message to the applicant"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        initial=NOT_NOW_MESSAGE,
        help_text=_("Kind and honest. It is added to the program's 'not now' email."),
    )


class RefereeAnswerForm(forms.Form):
    would_trust = forms.ChoiceField(
        label=_("Would they trust this person to support someone going through a hard time?"),
        choices=TrustAnswer.choices,
        widget=forms.RadioSelect,
    )
    comments = forms.CharField(
        label=_("What they said"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CheckForm(forms.Form):
    kind = forms.ChoiceField(label=_("Check"), choices=CheckKind.choices)
    other_name = forms.CharField(
        label=_("Name of the check (if other)"), required=False, max_length=120
    )
    number = forms.CharField(label=_("Number"), max_length=60)
    issued_in = forms.CharField(label=_("State or territory"), required=False, max_length=40)
    expires_on = forms.DateField(label=_("Expires on"), widget=DATE)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == CheckKind.OTHER and not data.get("other_name", "").strip():
            self.add_error("other_name", _("Give the name of the check."))
        return data


class InterviewForm(forms.Form):
    held_on = forms.DateField(label=_("Held on"), widget=DATE, initial=timezone.localdate)
    time_since_crisis = forms.CharField(
        label=_("Time since their own crisis, and how they are now"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=3000,
    )
    support_around = forms.CharField(
        label=_("Support around them"), widget=forms.Textarea(attrs={"rows": 2}), max_length=3000
    )
    boundaries = forms.CharField(
        label=_("How they think about boundaries"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=3000,
    )
    self_care = forms.CharField(
        label=_("What they do to look after themselves"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=3000,
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=ReadyAnswer.choices, widget=forms.RadioSelect
    )
    notes = forms.CharField(
        label=_("Other notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=3000,
    )

    def clean_held_on(self) -> Any:
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(_("Record an interview after it has happened."))
        return held_on


class AcceptForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: talked on the phone, happy to wait."),
    )


class ReferElsewhereForm(forms.Form):
    reason = forms.CharField(
        label=_("Where was the person helped to go instead?"),
        max_length=300,
    )
