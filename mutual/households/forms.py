"""Forms for households. They parse input; the rules live in services.py."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.accounts.models import Membership, Role
from mutual.households.models import Household, HouseholdSide, MemberRelationship
from mutual.households.services import HouseholdError, check_birth_year, possible_contacts
from mutual.programs.models import Program


class FamilyHouseholdForm(forms.Form):
    """What the family itself may change about its household."""

    name = forms.CharField(
        label=_("Household name"),
        max_length=120,
        help_text=_("How the family likes to be called, for example “the Nguyen family”."),
        error_messages={"required": _("Give the household a name.")},
    )
    suburb = forms.CharField(label=_("Suburb or town (optional)"), max_length=120, required=False)
    notes = forms.CharField(
        label=_("Notes (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The family and the program team can both read these notes."),
    )


class StaffHouseholdForm(FamilyHouseholdForm):
    """Staff also choose the side and the main contact."""

    side = forms.ChoiceField(
        label=_("Taking part as"),
        choices=HouseholdSide.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether the family is looking for or offering support.")
        },
    )
    contact = forms.ChoiceField(
        label=_("Main contact"),
        help_text=_(
            "The adult who logs in for the family. A family looking for support needs a peer; "
            "a family offering support needs a peer mentor."
        ),
        error_messages={
            "required": _("Choose the main contact."),
            "invalid_choice": _(
                "Choose the main contact from the list: a peer or peer mentor in this program "
                "who is not already the contact for another household."
            ),
        },
    )
    field_order = ["name", "side", "contact", "suburb", "notes"]

    def __init__(
        self, *args: Any, program: Program, household: Household | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        taken = Household.objects.filter(program=program)
        if household is not None:
            taken = taken.exclude(pk=household.pk)
        self._contacts = {
            m.pk: m for m in possible_contacts(program).exclude(pk__in=taken.values("contact_id"))
        }
        contact = cast(forms.ChoiceField, self.fields["contact"])
        contact.choices = _contact_choices(list(self._contacts.values()))

    def clean_contact(self) -> Membership:
        # The value is one of the choices (checked by ChoiceField), so it is in the map.
        return self._contacts[int(self.cleaned_data["contact"])]


def _contact_choices(memberships: list[Membership]) -> list[tuple[Any, Any]]:
    """The contact list, grouped so staff can see who fits which side without scripts."""
    groups = [
        (_("Peers (for a family looking for support)"), Role.PEER),
        (_("Peer mentors (for a family offering support)"), Role.MENTOR),
    ]
    choices: list[tuple[Any, Any]] = [("", _("Choose a person"))]
    for label, role in groups:
        options = [(m.pk, f"{m.user.name} ({m.user.email})") for m in memberships if m.role == role]
        if options:
            choices.append((label, options))
    return choices


class MemberForm(forms.Form):
    """One family member. Children are recorded here and never get an account."""

    name = forms.CharField(
        label=_("First name"),
        max_length=80,
        error_messages={"required": _("Give the person's first name.")},
    )
    relationship = forms.ChoiceField(
        label=_("Who they are"),
        choices=MemberRelationship.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose who they are in the family.")},
    )
    birth_year = forms.IntegerField(
        label=_("Year born (optional)"),
        required=False,
        help_text=_("For example 2015. We use it to show their age."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        error_messages={"invalid": _("Write the year born as a number, like 2015.")},
    )
    notes = forms.CharField(
        label=_("Anything to know (optional)"),
        max_length=300,
        required=False,
        help_text=_("For example allergies, or what they enjoy."),
    )

    def clean_birth_year(self) -> int | None:
        year: int | None = self.cleaned_data.get("birth_year")
        try:
            check_birth_year(year)
        except HouseholdError as error:
            raise forms.ValidationError(str(error)) from error
        return year


class FirstMemberForm(MemberForm):
    """The first member on the new-household page: the whole part may be left empty."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "member")
        super().__init__(*args, **kwargs)
        self.fields["name"].required = False
        self.fields["relationship"].required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.is_filled():
            return data
        if not data.get("name"):
            self.add_error("name", _("Give the first name, or leave this part empty."))
        if not data.get("relationship"):
            self.add_error("relationship", _("Choose who they are, or leave this part empty."))
        return data

    def is_filled(self) -> bool:
        return any(str(self.data.get(self.add_prefix(name), "")).strip() for name in self.fields)

    def member_data(self) -> dict[str, Any] | None:
        """The member's details to save, or None when this part was left empty."""
        return dict(self.cleaned_data) if self.is_filled() else None
