"""Organisation and program pages. Views check access, parse input and call services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import (
    Perm,
    access_organisation,
    access_program,
    access_public_program,
    can,
)
from mutual.accounts.models import Membership, Role
from mutual.core.http import AuthedRequest
from mutual.programs import services
from mutual.programs.crisis_defaults import defaults_for
from mutual.programs.forms import (
    CrisisResourceFormSet,
    OrganisationForm,
    ProgramForm,
)
from mutual.programs.models import CrisisResource


@login_required
def organisation_detail(request: AuthedRequest, organisation_id: int) -> HttpResponse:
    organisation = access_organisation(request.user, organisation_id, Perm.VIEW_ORGANISATION)
    programs = organisation.programs.annotate(
        people=Count("memberships", filter=Q(memberships__ended_at__isnull=True)),
    )
    return render(
        request,
        "programs/organisation_detail.html",
        {
            "organisation": organisation,
            "programs": programs,
            "can_manage": can(request.user, Perm.MANAGE_ORGANISATION, organisation),
            "can_audit": can(request.user, Perm.VIEW_AUDIT, organisation),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_edit(request: AuthedRequest, organisation_id: int) -> HttpResponse:
    organisation = access_organisation(request.user, organisation_id, Perm.MANAGE_ORGANISATION)
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        # The form already set the values on the instance; pass them to the service.
        services.update_organisation(
            request.user, organisation, **{f: form.cleaned_data[f] for f in form.Meta.fields}
        )
        messages.success(request, _("Saved."))
        return redirect(organisation)
    return render(
        request, "programs/organisation_form.html", {"form": form, "organisation": organisation}
    )


@login_required
@require_http_methods(["GET", "POST"])
def program_new(request: AuthedRequest, organisation_id: int) -> HttpResponse:
    organisation = access_organisation(request.user, organisation_id, Perm.MANAGE_ORGANISATION)
    form = ProgramForm(request.POST or None, organisation=organisation)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        experiences = list(data.pop("experiences"))
        program = services.create_program(
            request.user, organisation, experiences=experiences, **data
        )
        messages.success(request, _("Program created. Next, add its crisis help."))
        return redirect("program_crisis_edit", program.pk)
    return render(
        request, "programs/program_form.html", {"form": form, "organisation": organisation}
    )


@login_required
def program_detail(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PROGRAM)
    request.help_program = program  # type: ignore[attr-defined]
    staff = (
        Membership.objects.current()
        .filter(
            Q(program=program) | Q(organisation=program.organisation, program=None),
            role__in=[Role.ORG_ADMIN, Role.COORDINATOR, Role.SUPERVISOR],
        )
        .select_related("user")
    )
    counts = (
        Membership.objects.current().filter(program=program).values("role").annotate(n=Count("id"))
    )
    return render(
        request,
        "programs/program_detail.html",
        {
            "program": program,
            "experiences": program.experiences.all(),
            "staff": staff if can(request.user, Perm.VIEW_PARTICIPANTS, program) else [],
            "counts": {row["role"]: row["n"] for row in counts},
            "can_manage": can(request.user, Perm.MANAGE_PROGRAM, program),
            "can_see_people": can(request.user, Perm.VIEW_PARTICIPANTS, program),
            "can_see_counts": can(request.user, Perm.VIEW_AGGREGATES, program),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def program_edit(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PROGRAM)
    form = ProgramForm(request.POST or None, instance=program, organisation=program.organisation)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        experiences = list(data.pop("experiences"))
        services.update_program(request.user, program, experiences=experiences, **data)
        messages.success(request, _("Saved."))
        return redirect(program)
    return render(
        request,
        "programs/program_form.html",
        {"form": form, "organisation": program.organisation, "program": program},
    )


@login_required
@require_http_methods(["GET", "POST"])
def program_crisis_edit(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PROGRAM)
    current: list[dict[str, object]] = [
        dict(row)
        for row in program.crisis_resources.values(
            "name", "description", "phone", "text_number", "website", "hours"
        )
    ]
    # A program with no list yet starts from the national services, ready to edit.
    initial = current or defaults_for("AU")
    formset = CrisisResourceFormSet(request.POST or None, initial=initial, prefix="help")
    if request.method == "POST" and formset.is_valid():
        kept = [
            f.cleaned_data
            for f in formset.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        resources = [{k: v for k, v in d.items() if k != "DELETE"} for d in kept]
        if not resources:
            formset._non_form_errors = formset.error_class(  # type: ignore[attr-defined]
                [_("Keep at least one place to get urgent help.")]
            )
        else:
            services.set_crisis_resources(request.user, program, resources)
            messages.success(request, _("Crisis help saved."))
            return redirect(program)
    return render(request, "programs/crisis_form.html", {"formset": formset, "program": program})


def program_help(request: HttpRequest, program_id: int) -> HttpResponse:
    """Crisis help for a program. Public on purpose: in a crisis nobody should hit a log-in."""
    program = access_public_program(request.user, program_id)
    request.help_program = program  # type: ignore[attr-defined]
    resources = CrisisResource.objects.filter(program=program)
    # Arriving from something just written (a session note, a concern): say what happens next.
    after = request.GET.get("after") if request.user.is_authenticated else None
    return render(
        request,
        "programs/help.html",
        {"program": program, "resources": resources, "after": after},
    )
