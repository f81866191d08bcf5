"""Forms for logging sessions, rating them, pausing and closing a match."""

from __future__ import annotations

import secrets
from typing import Any

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from mutual.relationships.models import (
    Bridge,
    EndReason,
    FitAnswer,
    Goal,
    HelpKind,
    Rating,
    SessionMode,
)


class SessionForm(forms.Form):
    happened_on = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}), initial=timezone.localdate
    )
    duration_minutes = forms.IntegerField(
        label=_("How long (minutes)"),
        min_value=1,
        max_value=720,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    mode = forms.ChoiceField(label=_("How"), choices=SessionMode.choices, widget=forms.RadioSelect)
    help_kinds = forms.MultipleChoiceField(
        label=_("Kinds of help (choose any)"),
        choices=HelpKind.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    note = forms.CharField(
        label=_("Short note (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only you and the program's coordinators see this."),
    )
    next_steps = forms.CharField(label=_("Next steps (optional)"), required=False, max_length=300)
    others_present = forms.CharField(
        label=_("Who else took part (optional)"), required=False, max_length=200
    )
    submit_key = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, last: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, value in (last or {}).items():
            self.fields[name].initial = value
        self.fields["submit_key"].initial = secrets.token_urlsafe(16)


class RatingForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How helpful was this session?"),
        choices=Rating.choices,
        coerce=int,
        widget=forms.RadioSelect,
    )


class PauseForm(forms.Form):
    reason = forms.CharField(
        label=_("Why pause? (a few words)"),
        max_length=300,
        help_text=_("For example: in hospital for two weeks."),
    )


CLOSING_CHECKLIST = [
    ("goals_looked_at", _("We looked back at the goals together")),
    ("last_session", _("We had a last session to say goodbye")),
    ("next_steps", _("The peer knows where to get help from now on")),
    ("thanked", _("We thanked the peer mentor")),
]


class CloseForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why is the match ending?"),
        choices=[(v, label) for v, label in EndReason.choices if v != EndReason.REMATCHED],
    )
    note = forms.CharField(label=_("A few words (optional)"), required=False, max_length=300)
    checklist = forms.MultipleChoiceField(
        label=_("Closing checklist"),
        choices=CLOSING_CHECKLIST,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    invite_to_mentor = forms.BooleanField(
        label=_("The peer would like to hear about becoming a peer mentor one day"),
        required=False,
        help_text=_("Only if they said yes. They get an invitation with their answers filled in."),
    )


class FitForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Is this a good fit for you?"),
        choices=FitAnswer.choices,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Anything to add (optional)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only the program's staff see your answer. The other person does not."),
    )


class GoalForm(forms.ModelForm):
    class Meta:
        model = Goal
        fields = [
            "text",
            "level_0",
            "level_minus_1",
            "level_minus_2",
            "level_plus_1",
            "level_plus_2",
        ]


LEVEL_CHOICES = [
    (-2, _("−2: much less than hoped")),
    (-1, _("−1: somewhat less than hoped")),
    (0, _("0: what we hoped for")),
    (1, _("+1: somewhat more than hoped")),
    (2, _("+2: much more than hoped")),
]


class GoalReviewForm(forms.Form):
    level = forms.TypedChoiceField(
        label=_("Where are things now?"),
        choices=LEVEL_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("A few words (optional)"), required=False, max_length=300)


class PlanForm(forms.Form):
    """Pick one of the suggested times, or write another."""

    suggested = forms.ChoiceField(
        label=_("A time that suits you both"), required=False, widget=forms.RadioSelect
    )
    other_time = forms.DateTimeField(
        label=_("Or another time"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    duration_minutes = forms.IntegerField(
        label=_("How long (minutes)"), min_value=10, max_value=720, initial=60
    )
    mode = forms.ChoiceField(label=_("How"), choices=SessionMode.choices, widget=forms.RadioSelect)
    place = forms.CharField(label=_("Where (optional)"), required=False, max_length=200)

    def __init__(self, *args: Any, times: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.times = {t.isoformat(): t for t in times or []}
        suggested = self.fields["suggested"]
        assert isinstance(suggested, forms.ChoiceField)
        suggested.choices = [
            (key, formats.date_format(timezone.localtime(t), "l j F, H:i"))
            for key, t in self.times.items()
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen = self.times.get(data.get("suggested") or "")
        other = data.get("other_time")
        if chosen is None and other is None:
            raise forms.ValidationError(_("Choose a time, or write another one."))
        data["starts_at"] = other or chosen
        return data


class BridgeForm(forms.ModelForm):
    class Meta:
        model = Bridge
        fields = ["what", "where", "outcome"]


class CheckInForm(forms.Form):
    note = forms.CharField(label=_("Note (optional)"), required=False, max_length=300)
