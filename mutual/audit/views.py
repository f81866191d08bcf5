"""The activity log page for organisation admins, and its CSV download.

Opening the page is not itself recorded: every look would add a row and drown the
events that matter. Downloading is recorded, because a file can leave the building.
"""

from __future__ import annotations

import csv
import json
from typing import Any, cast

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from mutual.access.policy import Perm, access_organisation
from mutual.accounts.models import User
from mutual.audit.filters import AuditFilterForm, action_words, organisation_events
from mutual.audit.models import AuditEvent
from mutual.audit.services import record_event
from mutual.programs.models import Organisation

PAGE_SIZE = 50


@login_required
@require_GET
def audit_log(request: HttpRequest, organisation_id: int) -> HttpResponse:
    organisation = access_organisation(request.user, organisation_id, Perm.VIEW_AUDIT)
    form = AuditFilterForm(request.GET, organisation=organisation)
    page, rows = None, []
    if form.is_valid():
        events = form.apply(organisation_events(organisation))
        page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
        rows = [(event, action_words(event.action)) for event in page.object_list]
    return render(
        request,
        "audit/log.html",
        {
            "organisation": organisation,
            "form": form,
            "page": page,
            "rows": rows,
            "filtered": form.is_valid() and bool(form.summary()),
        },
    )


@login_required
@require_GET
def audit_log_csv(request: HttpRequest, organisation_id: int) -> HttpResponse:
    organisation = access_organisation(request.user, organisation_id, Perm.VIEW_AUDIT)
    form = AuditFilterForm(request.GET, organisation=organisation)
    if not form.is_valid():
        # Back to the page, which explains what is wrong with the filters.
        return redirect(f"{reverse('audit_log', args=[organisation.pk])}?{request.GET.urlencode()}")
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="activity-{organisation.slug}-{stamp}.csv"'
    )
    # login_required let only signed-in people this far.
    export_events_csv(cast(User, request.user), organisation, form, response)
    return response


CSV_HEADER = [
    "time",
    "who",
    "who_email",
    "what_they_did",
    "action",
    "record",
    "record_type",
    "record_id",
    "program",
    "ip_address",
    "browser",
    "details",
]


@transaction.atomic
def export_events_csv(
    actor: User, organisation: Organisation, form: AuditFilterForm, out: Any
) -> int:
    """Write the filtered events as CSV to ``out`` and record the download, together."""
    out.write("\ufeff")  # lets spreadsheet programs read names in any script correctly
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    count = 0
    for event in form.apply(organisation_events(organisation)).iterator(chunk_size=500):
        writer.writerow([_cell(value) for value in _csv_row(event)])
        count += 1
    record_event(
        actor, "audit.exported", organisation=organisation, rows=count, filters=form.summary()
    )
    return count


def _csv_row(event: AuditEvent) -> list[str]:
    return [
        timezone.localtime(event.created_at).isoformat(timespec="seconds"),
        str(event.actor) if event.actor else _("Mutual (automatic)"),
        event.actor.email if event.actor else "",
        action_words(event.action),
        event.action,
        event.object_repr,
        event.object_type,
        event.object_id,
        event.program.name if event.program else "",
        event.ip_address or "",
        event.user_agent,
        json.dumps(event.details, ensure_ascii=False, sort_keys=True) if event.details else "",
    ]


def _cell(value: str) -> str:
    """Stop names such as "=HYPERLINK(...)" from running as formulas in a spreadsheet."""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
