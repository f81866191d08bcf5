from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.accounts.models import Role
from mutual.programs.models import (
    DeliveryMode,
    ExperienceTag,
    LengthUnit,
    Organisation,
    Program,
)


class OrganisationForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = ["name", "about", "website", "contact_email"]


class NewOrganisationForm(OrganisationForm):
    admin_name = forms.CharField(label=_("First admin's name"), max_length=150)
    admin_email = forms.EmailField(
        label=_("First admin's email"),
        help_text=_("They get an email to choose a password, if they are new here."),
    )


class ExperienceChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: ExperienceTag) -> str:
        return obj.path_label


DEFAULT_NO_CONTACT_DAYS = 14


class ProgramForm(forms.ModelForm):
    delivery_modes = forms.MultipleChoiceField(
        label=_("Ways to meet"),
        choices=DeliveryMode.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one way to meet.")},
    )
    experiences = ExperienceChoiceField(
        label=_("Experiences this program serves"),
        queryset=ExperienceTag.objects.filter(is_active=True),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Choosing an entry includes everything under it."),
    )

    class Meta:
        model = Program
        fields = [
            "name",
            "focus_area",
            "model",
            "delivery_modes",
            "length_value",
            "length_unit",
            "no_contact_days",
            "region",
            "public_description",
            "status",
            "experiences",
        ]
        widgets = {"public_description": forms.Textarea(attrs={"rows": 5})}

    def clean_no_contact_days(self) -> int:
        return self.cleaned_data.get("no_contact_days") or DEFAULT_NO_CONTACT_DAYS

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        # Left empty, the usual two weeks applies.
        self.fields["no_contact_days"].required = False
        # Show the list as a tree: parents before their children.
        tags = sorted(
            ExperienceTag.objects.filter(is_active=True).select_related("parent__parent"),
            key=lambda t: [a.name for a in t.ancestors_and_self()],
        )
        choices = [(t.pk, t.path_label) for t in tags]
        self.fields["experiences"].choices = choices  # type: ignore[attr-defined]

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        clash = Program.objects.filter(organisation=self.organisation, name__iexact=name)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(
                _("This organisation already has a program with this name. Choose another name.")
            )
        return name

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        unit, value = data.get("length_unit"), data.get("length_value")
        if unit and unit != LengthUnit.OPEN_ENDED and not value:
            self.add_error("length_value", _("Say how many, or choose “open-ended”."))
        if unit == LengthUnit.OPEN_ENDED:
            data["length_value"] = None
        return data


class CrisisResourceForm(forms.Form):
    name = forms.CharField(label=_("Service name"), max_length=120)
    description = forms.CharField(label=_("What they help with"), max_length=300)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    text_number = forms.CharField(label=_("Text number"), max_length=40, required=False)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    hours = forms.CharField(label=_("When open"), max_length=80, initial="24/7")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("phone") or data.get("text_number") or data.get("website")):
            raise forms.ValidationError(
                _("Give at least a phone number, a text number or a website.")
            )
        return data


CrisisResourceFormSet = forms.formset_factory(
    CrisisResourceForm, extra=1, can_delete=True, min_num=1, validate_min=True
)


class AddMemberForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    program = forms.ModelChoiceField(
        label=_("Program"),
        queryset=Program.objects.none(),
        required=False,
        help_text=_("Leave empty for organisation admins and funders who cover every program."),
    )

    def __init__(
        self,
        *args: Any,
        organisation: Organisation,
        roles: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["program"].queryset = organisation.programs.all()  # type: ignore[attr-defined]
        if roles is not None:
            allowed = [(v, label) for v, label in Role.choices if v in roles]
            self.fields["role"].choices = allowed  # type: ignore[attr-defined]


class ExperienceTagForm(forms.ModelForm):
    class Meta:
        model = ExperienceTag
        fields = ["name", "parent", "description", "is_active"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        tags = sorted(
            ExperienceTag.objects.select_related("parent__parent"),
            key=lambda t: [a.name for a in t.ancestors_and_self()],
        )
        if self.instance.pk:
            # An entry cannot move under itself or anything below it.
            tags = [t for t in tags if self.instance not in t.ancestors_and_self()]
        self.fields["parent"].queryset = ExperienceTag.objects.filter(  # type: ignore[attr-defined]
            pk__in=[t.pk for t in tags]
        )
        self.fields["parent"].error_messages["invalid_choice"] = _(
            "Choose a group that is not this entry or one of its own entries."
        )
        choices = [("", _("— Top level —")), *((t.pk, t.path_label) for t in tags)]
        self.fields["parent"].choices = choices  # type: ignore[attr-defined]
        self.fields["parent"].required = False
