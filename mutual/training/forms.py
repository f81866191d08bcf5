"""The training module form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.training.models import TrainingModule


class ModuleForm(forms.ModelForm):
    material_url = forms.URLField(
        label=_("Link to the material (optional)"), required=False, assume_scheme="https"
    )

    class Meta:
        model = TrainingModule
        fields = [
            "title",
            "description",
            "kind",
            "required",
            "material_url",
            "material_text",
            "session_at",
            "session_place",
            "order",
            "is_active",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 3}),
            "material_text": forms.Textarea(attrs={"rows": 6}),
            "session_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }
        help_texts = {"order": _("Modules are listed from the lowest number.")}
