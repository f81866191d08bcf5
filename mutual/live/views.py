from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from mutual.core.http import AuthedRequest
from mutual.live.services import mark_all_read


@login_required
@require_POST
def notifications_read(request: AuthedRequest) -> HttpResponse:
    """Mark the signed-in person's own notifications read (only ever their own)."""
    mark_all_read(request.user)
    return redirect("home")
