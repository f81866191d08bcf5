"""Forms for the matching pages: answers, skips, exclusions, program settings."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.matching.models import ExclusionReason, MatchSettings
from mutual.matching.profile import CRITERIA

CRITERION_LABELS = {
    "experience": _("Shared lived experience"),
    "language": _("Language"),
    "culture": _("Cultural background"),
    "faith": _("Faith"),
    "age": _("Age"),
    "gender": _("Gender (when the peer asks)"),
    "distance": _("Distance (for meeting in person)"),
    "modes": _("Ways to meet"),
    "availability": _("Free at the same times"),
}


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Your answer"),
        choices=[("yes", _("Yes, I would like this")), ("no", _("No, thank you"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("If no, why? (optional)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Only the program's staff see this. It helps them find a better match."),
    )


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ExclusionForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why never match these two?"), choices=ExclusionReason.choices
    )
    note = forms.CharField(label=_("A few words (optional)"), required=False, max_length=200)


class MatchSettingsForm(forms.ModelForm):
    class Meta:
        model = MatchSettings
        fields = ["minimum_score", "wait_bonus"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        weights = self.instance.weights or {}
        for criterion in CRITERIA:
            self.fields[f"weight_{criterion}"] = forms.DecimalField(
                label=CRITERION_LABELS[criterion],
                min_value=0,
                max_value=10,
                decimal_places=1,
                initial=weights.get(criterion, 0),
                help_text=_("0 = does not count; 10 = counts most."),
            )
        self.fields["minimum_score"].widget.attrs.update({"min": 0, "max": 1, "step": "0.05"})
        self.fields["wait_bonus"].widget.attrs.update({"min": 0, "max": 1, "step": "0.05"})

    def clean_minimum_score(self) -> float:
        value = self.cleaned_data["minimum_score"]
        if not 0 <= value <= 1:
            raise forms.ValidationError(_("Give a number from 0 to 1, for example 0.35."))
        return value

    def clean_wait_bonus(self) -> float:
        value = self.cleaned_data["wait_bonus"]
        if not 0 <= value <= 1:
            raise forms.ValidationError(_("Give a number from 0 to 1, for example 0.2."))
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if all(not data.get(f"weight_{c}") for c in CRITERIA if f"weight_{c}" in data):
            raise forms.ValidationError(_("At least one thing must count for something."))
        return data

    def save(self, commit: bool = True) -> MatchSettings:
        self.instance.weights = {c: float(self.cleaned_data[f"weight_{c}"]) for c in CRITERIA}
        return super().save(commit)
