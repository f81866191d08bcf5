"""Forms for the check-in, a supervision record and a program's wellbeing settings."""

from __future__ import annotations

import secrets
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mutual.wellbeing.models import Feeling, Manageable, SupervisionTheme, Supported
from mutual.wellbeing.services import CADENCE_RANGE, LOW_TOTAL_RANGE, NOTE_LENGTH


class _OnceForm(forms.Form):
    """A form whose hidden key makes a double tap save once."""

    submit_key = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["submit_key"].initial = secrets.token_urlsafe(16)


class CheckInForm(_OnceForm):
    feeling = forms.TypedChoiceField(
        label=_("How have you been feeling in yourself?"),
        choices=Feeling.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how you have been feeling.")},
    )
    manageable = forms.TypedChoiceField(
        label=_("How manageable has mentoring been?"),
        choices=Manageable.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how manageable mentoring has been.")},
    )
    supported = forms.TypedChoiceField(
        label=_("How supported do you feel?"),
        choices=Supported.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how supported you feel.")},
    )
    note = forms.CharField(
        label=_("Anything else you want to tell us? (optional)"),
        required=False,
        max_length=NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SupervisionForm(_OnceForm):
    held_on = forms.DateField(
        label=_("Date of the session"),
        widget=forms.DateInput(attrs={"type": "date"}),
        initial=timezone.localdate,
    )
    themes = forms.MultipleChoiceField(
        label=_("What you talked about (choose any)"),
        choices=SupervisionTheme.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    other_themes = forms.CharField(
        label=_("Anything else you talked about (optional)"), required=False, max_length=300
    )
    actions = forms.CharField(
        label=_("Actions agreed"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The peer mentor sees the date, what you talked about and these actions."),
    )
    next_on = forms.DateField(
        label=_("Next supervision (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    private_note = forms.CharField(
        label=_("Private notes (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the program's coordinators and supervisors see these."),
    )


class SettingsForm(forms.Form):
    cadence_days = forms.IntegerField(
        label=_("Days between check-ins"),
        min_value=CADENCE_RANGE[0],
        max_value=CADENCE_RANGE[1],
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        help_text=_("Peer mentors are reminded when a check-in is due. 28 days is usual."),
    )
    low_total = forms.IntegerField(
        label=_("A check-in is low when the three answers add up to this or less"),
        min_value=LOW_TOTAL_RANGE[0],
        max_value=LOW_TOTAL_RANGE[1],
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        help_text=_(
            "Each answer counts 1 to 5, so the total is 3 to 15. A check-in with any "
            "answer of 2 or less is always low. At 9, three middle answers count as low."
        ),
    )
