"""The questions of each step, for peers asking for support and for peer mentors.

Forms only check and tidy answers; saving goes through the participants services.
Each form's ``answers()`` returns exactly the fields to save on the record.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mutual.participants.models import (
    Gender,
    Participant,
    PreferredChannel,
    Referral,
    SafeToLeaveMessage,
)
from mutual.participants.services import allowed_experiences
from mutual.participants.vocab import DAYS, FAITHS, PARTS_OF_DAY, SPOKEN_LANGUAGES, TIME_SLOTS
from mutual.programs.models import DeliveryMode, ExperienceTag, Program
from mutual.screening.models import Referee

STRENGTH_CHOICES = [
    ("", _("Does not matter")),
    ("nice", _("Nice to have")),
    ("must", _("Must have")),
]
CHECKBOXES = forms.CheckboxSelectMultiple


class StepForm(forms.Form):
    """A step of the form; ``program`` and ``participant`` are known to every step."""

    def __init__(
        self, *args: Any, program: Program, participant: Participant | None = None, **kwargs: Any
    ) -> None:
        self.program = program
        self.participant = participant
        if participant is not None and "initial" not in kwargs:
            kwargs["initial"] = self.initial_from(participant)
        super().__init__(*args, **kwargs)

    def initial_from(self, participant: Participant) -> dict[str, Any]:
        return {name: getattr(participant, name, None) for name in self.base_fields}

    def answers(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.fields}

    def experiences(self) -> list[int] | None:
        return None  # most steps do not touch the experiences


class ContactForm(StepForm):
    name = forms.CharField(
        label=_("What should we call you?"),
        max_length=150,
        help_text=_("A first name is fine."),
    )
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("So you can come back to this form, and so we can write to you."),
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    preferred_channel = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=PreferredChannel.choices,
        widget=forms.RadioSelect,
        initial=PreferredChannel.EMAIL,
    )
    safe_to_leave_message = forms.ChoiceField(
        label=_("Is it safe to leave you a message?"),
        choices=SafeToLeaveMessage.choices,
        widget=forms.RadioSelect,
        required=False,
        help_text=_("For example, if someone else might read your texts or hear your voicemail."),
    )
    contact_notes = forms.CharField(
        label=_("Anything else about contacting you? (optional)"),
        max_length=300,
        required=False,
        help_text=_("For example: only after 6 pm, or text first."),
    )

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if phone and len(re.sub(r"\D", "", phone)) < 8:
            raise forms.ValidationError(_("This phone number looks too short. Check the digits."))
        return phone

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("preferred_channel") in ("phone", "text") and not data.get("phone"):
            self.add_error("phone", _("Add a phone number so we can call or text you."))
        return data


def experience_choices(program: Program) -> list[tuple[int, str]]:
    tags = ExperienceTag.objects.filter(pk__in=allowed_experiences(program))
    return sorted(((t.pk, t.path_label) for t in tags), key=lambda choice: choice[1])


class ExperienceForm(StepForm):
    experiences_chosen = forms.TypedMultipleChoiceField(
        label=_("Choose what fits. You can choose more than one."),
        coerce=int,
        required=False,
        widget=CHECKBOXES,
    )
    own_words = forms.CharField(
        label=_("In your own words (optional)"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Share only what you are comfortable with."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["experiences_chosen"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = experience_choices(self.program)

    def initial_from(self, participant: Participant) -> dict[str, Any]:
        return {
            "experiences_chosen": list(participant.experiences.values_list("pk", flat=True)),
            "own_words": participant.own_words,
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("experiences_chosen") and not data.get("own_words", "").strip():
            raise forms.ValidationError(
                _("Choose at least one thing from the list, or tell us in your own words.")
            )
        return data

    def answers(self) -> dict[str, Any]:
        return {"own_words": self.cleaned_data["own_words"].strip()}

    def experiences(self) -> list[int] | None:
        return list(self.cleaned_data["experiences_chosen"])


class MentorExperienceForm(ExperienceForm):
    experience_years_ago = forms.IntegerField(
        label=_("About how many years ago did you go through it?"),
        min_value=0,
        max_value=80,
        help_text=_("Peer mentors are usually at least a year or two past their own crisis."),
    )

    def clean(self) -> dict[str, Any]:
        data = super(ExperienceForm, self).clean() or {}
        if not data.get("experiences_chosen"):
            self.add_error(
                "experiences_chosen", _("Choose at least one thing you have come through.")
            )
        return data

    def initial_from(self, participant: Participant) -> dict[str, Any]:
        return {
            **super().initial_from(participant),
            "experience_years_ago": participant.experience_years_ago,
        }

    def answers(self) -> dict[str, Any]:
        return {
            **super().answers(),
            "experience_years_ago": self.cleaned_data["experience_years_ago"],
        }


class MattersForm(StepForm):
    what_matters = forms.CharField(
        label=_("What matters most to you right now?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: my kids, getting some sleep, keeping my job."),
    )
    hopes = forms.CharField(
        label=_("What would you like to be different in a few months?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("There are no wrong answers. You can change this later with your peer mentor."),
    )

    def answers(self) -> dict[str, Any]:
        return {key: value.strip() for key, value in self.cleaned_data.items()}


class MotivationForm(StepForm):
    motivation = forms.CharField(
        label=_("Why do you want to be a peer mentor?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("A few sentences is plenty."),
    )

    def answers(self) -> dict[str, Any]:
        return {"motivation": self.cleaned_data["motivation"].strip()}


def _year_field(label: Any) -> forms.IntegerField:
    this_year = timezone.localdate().year
    return forms.IntegerField(
        label=label, required=False, min_value=this_year - 110, max_value=this_year - 10
    )


class AboutYouForm(StepForm):
    """Who the person is: used to find someone who gets it, and always optional."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"), choices=SPOKEN_LANGUAGES, required=False, widget=CHECKBOXES
    )
    gender = forms.ChoiceField(
        label=_("Your gender (optional)"),
        choices=[("", _("Prefer not to say")), *Gender.choices],
        required=False,
    )
    birth_year = _year_field(_("Year you were born (optional)"))
    cultural_background = forms.CharField(
        label=_("Your cultural background (optional)"), max_length=120, required=False
    )
    faith = forms.ChoiceField(
        label=_("Your faith (optional)"),
        choices=[("", _("Prefer not to say")), *FAITHS],
        required=False,
    )

    def answers(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data["cultural_background"] = data["cultural_background"].strip()
        return {
            key: data[key]
            for key in ("languages", "gender", "birth_year", "cultural_background", "faith")
        }


class PreferencesForm(AboutYouForm):
    """About the peer, and what they would like in a peer mentor (must or nice to have)."""

    want_languages = forms.MultipleChoiceField(
        label=_("Languages your peer mentor speaks"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=CHECKBOXES,
    )
    want_languages_how = forms.ChoiceField(
        label=_("How much does language matter?"), choices=STRENGTH_CHOICES, required=False
    )
    want_gender = forms.ChoiceField(
        label=_("Your peer mentor's gender"),
        choices=[("", _("Any")), *Gender.choices[:3]],
        required=False,
    )
    want_gender_how = forms.ChoiceField(
        label=_("How much does gender matter?"), choices=STRENGTH_CHOICES, required=False
    )
    want_culture = forms.CharField(
        label=_("Your peer mentor's cultural background"), max_length=120, required=False
    )
    want_culture_how = forms.ChoiceField(
        label=_("How much does cultural background matter?"),
        choices=STRENGTH_CHOICES,
        required=False,
    )
    want_faith = forms.ChoiceField(
        label=_("Your peer mentor's faith"), choices=[("", _("Any")), *FAITHS], required=False
    )
    want_faith_how = forms.ChoiceField(
        label=_("How much does faith matter?"), choices=STRENGTH_CHOICES, required=False
    )
    want_age_min = forms.IntegerField(
        label=_("Youngest age"), min_value=16, max_value=100, required=False
    )
    want_age_max = forms.IntegerField(
        label=_("Oldest age"), min_value=16, max_value=100, required=False
    )
    want_age_how = forms.ChoiceField(
        label=_("How much does age matter?"), choices=STRENGTH_CHOICES, required=False
    )

    WISHES = {
        "languages": ("want_languages", "want_languages_how"),
        "gender": ("want_gender", "want_gender_how"),
        "culture": ("want_culture", "want_culture_how"),
        "faith": ("want_faith", "want_faith_how"),
    }

    def initial_from(self, participant: Participant) -> dict[str, Any]:
        initial = super().initial_from(participant)
        wishes = participant.preferences or {}
        for key, (value_field, how_field) in self.WISHES.items():
            if key in wishes:
                initial[value_field] = wishes[key].get("value")
                initial[how_field] = "must" if wishes[key].get("must") else "nice"
        if "age_range" in wishes:
            low, high = wishes["age_range"].get("value", [None, None])
            initial.update(want_age_min=low, want_age_max=high)
            initial["want_age_how"] = "must" if wishes["age_range"].get("must") else "nice"
        return initial

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for value_field, how_field in self.WISHES.values():
            if data.get(how_field) and not data.get(value_field):
                self.add_error(
                    value_field, _("Say what you would like, or choose 'Does not matter'.")
                )
        low, high = data.get("want_age_min"), data.get("want_age_max")
        if data.get("want_age_how") and low is None and high is None:
            self.add_error("want_age_min", _("Give an age range, or choose 'Does not matter'."))
        if low is not None and high is not None and low > high:
            self.add_error("want_age_max", _("The oldest age must be more than the youngest."))
        return data

    def answers(self) -> dict[str, Any]:
        data = self.cleaned_data
        wishes: dict[str, dict[str, Any]] = {}
        for key, (value_field, how_field) in self.WISHES.items():
            value = data.get(value_field)
            if data.get(how_field) and value:
                wishes[key] = {
                    "value": value.strip() if isinstance(value, str) else list(value),
                    "must": data[how_field] == "must",
                }
        if data.get("want_age_how"):
            wishes["age_range"] = {
                "value": [data.get("want_age_min") or 16, data.get("want_age_max") or 100],
                "must": data["want_age_how"] == "must",
            }
        return {**super().answers(), "preferences": wishes}


class PracticalForm(StepForm):
    suburb = forms.CharField(label=_("Suburb or town"), max_length=120, required=False)
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=4,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    delivery_modes = forms.MultipleChoiceField(
        label=_("Ways you can meet"), choices=DeliveryMode.choices, widget=CHECKBOXES
    )
    travel_km = forms.IntegerField(
        label=_("How far can you travel to meet in person? (km)"),
        min_value=0,
        max_value=500,
        required=False,
    )
    availability = forms.MultipleChoiceField(
        label=_("When are you usually free?"),
        choices=[(slot, slot) for slot in TIME_SLOTS],
        widget=CHECKBOXES,
        help_text=_("Tick every time that usually works. You can change this later."),
    )
    access_needs = forms.CharField(
        label=_("Anything that would make meeting easier for you? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: wheelchair access, an interpreter, large print, a quiet place."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offered = set(self.program.delivery_modes) or set(DeliveryMode.values)
        field = self.fields["delivery_modes"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = [(v, label) for v, label in DeliveryMode.choices if v in offered]

    def clean_postcode(self) -> str:
        postcode = self.cleaned_data["postcode"].strip()
        if postcode and not re.fullmatch(r"\d{4}", postcode):
            raise forms.ValidationError(_("An Australian postcode has 4 digits, like 2150."))
        return postcode

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        in_person = "in_person" in data.get("delivery_modes", [])
        if in_person and not data.get("suburb") and not data.get("postcode"):
            self.add_error("postcode", _("To meet in person, tell us your suburb or postcode."))
        return data

    def answers(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data["suburb"] = data["suburb"].strip()
        data["availability"] = [s for s in TIME_SLOTS if s in data["availability"]]
        return data

    def availability_grid(self) -> list[tuple[str, list[tuple[str, str, bool]]]]:
        """Rows of (day label, [(slot code, part label, ticked)]) for the template."""
        chosen = set(self["availability"].value() or [])
        return [
            (
                str(day_label),
                [
                    (f"{day}_{part}", str(part_label), f"{day}_{part}" in chosen)
                    for part, part_label in PARTS_OF_DAY
                ],
            )
            for day, day_label in DAYS
        ]


class MentorPracticalForm(PracticalForm):
    capacity = forms.IntegerField(
        label=_("How many peers could you support at once?"), min_value=1, max_value=5, initial=1
    )
    hours_per_week = forms.IntegerField(
        label=_("About how many hours a week can you give?"), min_value=1, max_value=40
    )


class RefereesForm(StepForm):
    """Two people who know the applicant well; not family members."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for n in (1, 2):
            self.fields[f"referee{n}_name"] = forms.CharField(label=_("Name"), max_length=150)
            self.fields[f"referee{n}_email"] = forms.EmailField(label=_("Email"))
            self.fields[f"referee{n}_phone"] = forms.CharField(
                label=_("Phone (optional)"), max_length=40, required=False
            )
            self.fields[f"referee{n}_relationship"] = forms.CharField(
                label=_("How they know you"),
                max_length=200,
                help_text=_("For example: my manager for 3 years."),
            )

    def initial_from(self, participant: Participant) -> dict[str, Any]:
        initial: dict[str, Any] = {}
        for referee in Referee.objects.filter(participant=participant):
            for part in ("name", "email", "phone", "relationship"):
                initial[f"referee{referee.position}_{part}"] = getattr(referee, part)
        return initial

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        one, two = data.get("referee1_email", ""), data.get("referee2_email", "")
        if one and two and one.lower() == two.lower():
            self.add_error("referee2_email", _("Give two different people."))
        own = self.participant.email if self.participant else ""
        for n in (1, 2):
            if own and data.get(f"referee{n}_email", "").lower() == own:
                self.add_error(f"referee{n}_email", _("A referee must be someone other than you."))
        return data

    def referees(self) -> list[dict[str, str]]:
        return [
            {
                part: self.cleaned_data[f"referee{n}_{part}"].strip()
                for part in ("name", "email", "phone", "relationship")
            }
            for n in (1, 2)
        ]

    def answers(self) -> dict[str, Any]:
        return {}

    def pairs(self) -> list[list[forms.BoundField]]:
        return [
            [self[f"referee{n}_{p}"] for p in ("name", "email", "phone", "relationship")]
            for n in (1, 2)
        ]


class ConsentForm(StepForm):
    agree = forms.BooleanField(
        label=_("I have read this and I agree."),
        error_messages={"required": _("Tick the box to say you agree, so we can go ahead.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        referral = (
            Referral.objects.filter(participant=self.participant).first()
            if self.participant is not None
            else None
        )
        if referral is not None:
            self.fields["share_with_referrer"] = forms.BooleanField(
                label=_("Let %(name)s see where things are (never your answers)")
                % {"name": referral.referrer_name},
                required=False,
                initial=referral.share_updates,
            )

    def referrer_may_see(self) -> bool | None:
        if "share_with_referrer" not in self.fields:
            return None
        return bool(self.cleaned_data.get("share_with_referrer"))

    def answers(self) -> dict[str, Any]:
        return {}
