"""Import pages: upload and check, the report, the progress bar, the example file."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import Perm, access_program
from mutual.core.http import AuthedRequest
from mutual.imports import rows, services
from mutual.imports.models import ImportRun, ImportStatus
from mutual.participants.services import JoiningError


class UploadForm(forms.Form):
    role = forms.ChoiceField(
        label=_("The file lists"),
        choices=[("peer", _("People asking for support")), ("mentor", _("Peer mentors"))],
        widget=forms.RadioSelect,
    )
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Comma-separated, UTF-8, with the column names in the first row. At most 5 MB."
        ),
    )
    send_invitations = forms.BooleanField(
        label=_("Email new people an invitation to set a password"), required=False
    )


@login_required
@require_http_methods(["GET", "POST"])
def program_import(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PARTICIPANTS)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            run = services.check_upload(
                request.user,
                program,
                role=form.cleaned_data["role"],
                filename=upload.name,
                data=upload.read(services.MAX_BYTES + 1),
                send_invitations=form.cleaned_data["send_invitations"],
            )
        except JoiningError as error:
            form.add_error(error.field if error.field in form.fields else None, str(error))
        else:
            return redirect("import_run", run_id=run.pk)
    return render(
        request,
        "imports/upload.html",
        {
            "program": program,
            "form": form,
            "runs": ImportRun.objects.filter(program=program)[:10],
            "columns": rows.COLUMNS,
            "stages": rows.STAGES,
        },
    )


def _run(request: AuthedRequest, run_id: int) -> ImportRun:
    run = ImportRun.objects.select_related("program").filter(pk=run_id).first()
    if run is None:
        raise Http404
    access_program(request.user, run.program_id, Perm.MANAGE_PARTICIPANTS)
    return run


@login_required
@require_http_methods(["GET", "POST"])
def import_run(request: AuthedRequest, run_id: int) -> HttpResponse:
    run = _run(request, run_id)
    error = ""
    if request.method == "POST":
        try:
            run = services.start_import(request.user, run)
        except JoiningError as problem:
            error = str(problem)
        else:
            return redirect("import_run", run_id=run.pk)
    working = run.status in (ImportStatus.QUEUED, ImportStatus.RUNNING)
    template = "imports/_progress.html" if request.htmx else "imports/run.html"
    return render(
        request, template, {"run": run, "program": run.program, "working": working, "error": error}
    )


@login_required
def import_template(request: AuthedRequest, program_id: int) -> HttpResponse:
    access_program(request.user, program_id, Perm.MANAGE_PARTICIPANTS)
    role = request.GET.get("role", "peer")
    if role not in rows.STAGES:
        raise Http404
    response = HttpResponse(rows.template_csv(role), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="mutual-{role}s-example.csv"'
    return response
