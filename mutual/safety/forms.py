from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.safety.models import SafetySettings


class ConcernForm(forms.Form):
    words = forms.CharField(
        label=_("What worries you?"),
        help_text=_("A few words are enough. Only the program's staff will read this."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
    urgent = forms.TypedChoiceField(
        label=_("How urgent is it?"),
        choices=[
            ("no", _("I'm worried, but nobody is in danger right now")),
            ("yes", _("Someone may be in danger right now")),
        ],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        initial="no",
    )
    submit_key = forms.CharField(widget=forms.HiddenInput, required=False)


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Add a note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )


class ResolveForm(forms.Form):
    notes = forms.CharField(
        label=_("What was done, and why it is resolved"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
    )


class AssignForm(forms.Form):
    to = forms.TypedChoiceField(label=_("Hand over to"), coerce=int)

    def __init__(self, *args: Any, people: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["to"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(u.pk, u.name or u.email) for u in people]


class IncidentForm(forms.Form):
    what_happened = forms.CharField(
        label=_("What happened"), widget=forms.Textarea(attrs={"rows": 4})
    )
    actions_taken = forms.CharField(
        label=_("What was done"), widget=forms.Textarea(attrs={"rows": 4})
    )
    emergency_services = forms.BooleanField(
        label=_("Emergency services were called"), required=False
    )
    reported_to = forms.CharField(
        label=_("Reported to (for example child protection, police)"),
        required=False,
        max_length=300,
    )


class SafetySettingsForm(forms.ModelForm):
    class Meta:
        model = SafetySettings
        fields = [
            "imminent_minutes",
            "elevated_minutes",
            "concern_working_days",
            "mandatory_reporting_text",
        ]
        widgets = {"mandatory_reporting_text": forms.Textarea(attrs={"rows": 4})}


class RosterRowForm(forms.Form):
    person = forms.TypedChoiceField(label=_("Person"), coerce=int, required=False)
    phone = forms.CharField(label=_("Mobile for urgent texts"), required=False, max_length=40)

    def __init__(self, *args: Any, people: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["person"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", _("— nobody —"))] + [(u.pk, u.name or u.email) for u in people]


ROSTER_ROWS = 6
