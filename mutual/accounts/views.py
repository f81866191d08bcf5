from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import current_memberships, is_staff_member
from mutual.accounts.forms import ProfileForm
from mutual.accounts.middleware import has_mfa
from mutual.accounts.services import update_profile
from mutual.core.http import AuthedRequest


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: AuthedRequest) -> HttpResponse:
    """The signed-in person's own account: name, language, roles and security."""
    user = request.user
    form = ProfileForm(
        request.POST or None,
        initial={"name": user.name, "preferred_language": user.preferred_language},
    )
    if request.method == "POST" and form.is_valid():
        update_profile(user, **form.cleaned_data)
        response = redirect("profile")
        language = form.cleaned_data["preferred_language"]
        response.set_cookie("django_language", language, samesite="Lax")
        messages.success(request, _("Saved."))
        return response
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "memberships": current_memberships(user),
            "has_mfa": has_mfa(user),
            "needs_mfa": is_staff_member(user),
        },
    )
