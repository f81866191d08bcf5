from __future__ import annotations

from typing import Any

from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ProfileForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=150)
    preferred_language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)


class LoginForm(AllauthLoginForm):
    """allauth's log-in form, with "Remember me" in everyday words."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me logged in on this device")
