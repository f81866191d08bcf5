"""The welcome page, each person's home page, and the health check."""

from __future__ import annotations

from typing import cast

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from mutual.accounts.models import User
from mutual.accounts.services import update_profile
from mutual.core.home import build_home
from mutual.core.http import AuthedRequest
from mutual.programs.models import Program, ProgramStatus


def welcome(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    programs = Program.objects.filter(status=ProgramStatus.OPEN).select_related("organisation")
    return render(request, "core/welcome.html", {"programs": programs})


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    return render(request, "core/home.html", build_home(request.user))


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and uptime checks: is the database reachable?"""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, and for a signed-in person, remember it on their account
    so emails and messages to them use it too."""
    response = django_set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated and language in dict(settings.LANGUAGES):
        user = cast(User, request.user)
        if user.preferred_language != language:
            update_profile(user, name=user.name, preferred_language=language)
    return response
