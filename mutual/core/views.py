"""The welcome page, each person's home page, and the health check."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

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
