from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ProfileForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=150)
    preferred_language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
