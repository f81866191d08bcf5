from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.safety import closed_days
from mutual.safety.models import SafetySettings

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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


class DateLinesField(forms.CharField):
    """Dates typed one a line, year first; kept as a sorted list of "2026-12-24" texts."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        lines = [line.strip() for line in str(super().to_python(value)).splitlines()]
        days = {line: _date(line) for line in lines if line}
        wrong = [line for line, day in days.items() if day is None]
        if wrong:
            raise forms.ValidationError(
                _(
                    "Not a date: %(wrong)s. Write each date on its own line as "
                    "year-month-day, for example 2026-12-24 for 24 December 2026."
                ),
                code="invalid",
                params={"wrong": ", ".join(wrong)},
            )
        return sorted({day.isoformat() for day in days.values() if day})


def _date(text: str) -> dt.date | None:
    if not ISO_DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # 2026-02-30
        return None


class SafetySettingsForm(forms.ModelForm):
    other_closed_days = DateLinesField(
        label=_("Other days the service is closed"),
        help_text=_(
            "For example a Christmas shutdown. One date a line, year first: 2026-12-24 "
            "for 24 December 2026."
        ),
        required=False,
    )

    class Meta:
        model = SafetySettings
        fields = [
            "imminent_minutes",
            "elevated_minutes",
            "concern_working_days",
            "mandatory_reporting_text",
            "holiday_country",
            "holiday_subdivision",
            "other_closed_days",
        ]
        widgets = {
            "mandatory_reporting_text": forms.Textarea(attrs={"rows": 4}),
            "holiday_country": forms.Select,
            "holiday_subdivision": forms.Select,
        }

    WORKING_DAYS = ("holiday_country", "holiday_subdivision", "other_closed_days")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Without JavaScript the states follow the country last sent, or the one saved.
        country = self["holiday_country"].value()
        self._choices("holiday_country", closed_days.countries())
        blank = ("", _("None: only the holidays of the whole country"))
        self._choices("holiday_subdivision", [blank, *closed_days.subdivisions(country)])

    def _choices(self, name: str, choices: list[tuple[str, Any]]) -> None:
        widget = self.fields[name].widget
        assert isinstance(widget, forms.Select)
        widget.choices = choices
        widget.attrs.pop("maxlength", None)  # from the model's max_length; not for a list

    def deadline_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name not in self.WORKING_DAYS]

    def working_day_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.WORKING_DAYS]


class RosterRowForm(forms.Form):
    person = forms.TypedChoiceField(label=_("Person"), coerce=int, required=False)
    phone = forms.CharField(label=_("Mobile for urgent texts"), required=False, max_length=40)

    def __init__(self, *args: Any, people: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["person"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", _("— nobody —"))] + [(u.pk, u.name or u.email) for u in people]


ROSTER_ROWS = 6
