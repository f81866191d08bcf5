"""Household pages. Views check access, parse input and call services."""

from __future__ import annotations

from typing import cast

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import (
    Perm,
    access_household,
    access_household_member,
    access_program,
    can,
    is_household_contact,
)
from mutual.accounts.models import User
from mutual.households import services
from mutual.households.forms import (
    FamilyHouseholdForm,
    FirstMemberForm,
    MemberForm,
    StaffHouseholdForm,
)
from mutual.households.models import Household, HouseholdSide
from mutual.households.services import HouseholdError
from mutual.programs.models import Program, ProgramModel

FIRST_MEMBER = "first_member."


def _actor(request: HttpRequest) -> User:
    return cast(User, request.user)  # login_required lets only signed-in people through


def _not_family_program(request: HttpRequest, program: Program) -> HttpResponse:
    """Households only exist in family-to-family programs; say so plainly."""
    return render(request, "households/not_family.html", {"program": program})


def _audit_staff_read(request: HttpRequest, household: Household) -> None:
    """Staff opening a family's record leave a trace; the family itself does not."""
    if request.method == "GET" and not is_household_contact(request.user, household):
        services.record_household_viewed(_actor(request), household)


def _show_error(
    error: HouseholdError, form: forms.Form, member_form: forms.Form | None = None
) -> None:
    """Put a service's message next to the field it is about."""
    if member_form is not None and error.field.startswith(FIRST_MEMBER):
        member_form.add_error(error.field.removeprefix(FIRST_MEMBER) or None, str(error))
    elif error.field in form.fields:
        form.add_error(error.field, str(error))
    else:
        form.add_error(None, str(error))


@login_required
def household_list(request: HttpRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    if program.model != ProgramModel.FAMILY_TO_FAMILY:
        return _not_family_program(request, program)
    side = request.GET.get("side", "")
    households = (
        program.households.select_related("contact__user")
        .annotate(member_count=Count("members"))
        .order_by("name")
    )
    if side in HouseholdSide.values:
        households = households.filter(side=side)
    # A list of families, their suburbs and contacts is a sensitive read.
    services.record_households_listed(_actor(request), program, side)
    return render(
        request,
        "households/list.html",
        {
            "program": program,
            "households": households,
            "sides": HouseholdSide.choices,
            "side": side,
            "can_manage": can(request.user, Perm.MANAGE_PARTICIPANTS, program),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def household_new(request: HttpRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PARTICIPANTS)
    if program.model != ProgramModel.FAMILY_TO_FAMILY:
        return _not_family_program(request, program)
    data = request.POST if request.method == "POST" else None
    form = StaffHouseholdForm(data, program=program)
    member_form = FirstMemberForm(data)
    # Check both forms so every problem shows at once.
    if data is not None and all([form.is_valid(), member_form.is_valid()]):
        try:
            household = services.create_household(
                _actor(request),
                program,
                **form.cleaned_data,
                first_member=member_form.member_data(),
            )
        except HouseholdError as error:
            _show_error(error, form, member_form)
        else:
            messages.success(request, _("Household added."))
            return redirect(household)
    return render(
        request,
        "households/household_form.html",
        {"form": form, "member_form": member_form, "program": program},
    )


@login_required
def household_detail(request: HttpRequest, household_id: int) -> HttpResponse:
    household = access_household(request.user, household_id, Perm.VIEW_PARTICIPANTS)
    own = is_household_contact(request.user, household)
    if not own:
        services.record_household_viewed(_actor(request), household)
    request.help_program = household.program  # type: ignore[attr-defined]
    members = [(m, services.age_in_years(m.birth_year)) for m in household.members.all()]
    return render(
        request,
        "households/detail.html",
        {
            "household": household,
            "members": members,
            "own": own,
            "can_change": own or can(request.user, Perm.MANAGE_PARTICIPANTS, household.program),
            "is_staff": can(request.user, Perm.VIEW_PARTICIPANTS, household.program),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def household_edit(request: HttpRequest, household_id: int) -> HttpResponse:
    household = access_household(request.user, household_id, Perm.MANAGE_PARTICIPANTS)
    request.help_program = household.program  # type: ignore[attr-defined]
    _audit_staff_read(request, household)
    data = request.POST if request.method == "POST" else None
    initial = {
        "name": household.name,
        "side": household.side,
        "contact": household.contact_id,
        "suburb": household.suburb,
        "notes": household.notes,
    }
    form: FamilyHouseholdForm
    if can(request.user, Perm.MANAGE_PARTICIPANTS, household.program):
        form = StaffHouseholdForm(
            data, initial=initial, program=household.program, household=household
        )
    else:
        # The family keeps its details up to date; the side and contact are the team's call.
        form = FamilyHouseholdForm(data, initial=initial)
    if data is not None and form.is_valid():
        try:
            services.update_household(_actor(request), household, **form.cleaned_data)
        except HouseholdError as error:
            _show_error(error, form)
        else:
            messages.success(request, _("Saved."))
            return redirect(household)
    return render(
        request,
        "households/household_form.html",
        {"form": form, "household": household, "program": household.program},
    )


@login_required
@require_http_methods(["GET", "POST"])
def member_add(request: HttpRequest, household_id: int) -> HttpResponse:
    household = access_household(request.user, household_id, Perm.MANAGE_PARTICIPANTS)
    request.help_program = household.program  # type: ignore[attr-defined]
    form = MemberForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            member = services.add_member(_actor(request), household, **form.cleaned_data)
        except HouseholdError as error:
            _show_error(error, form)
        else:
            messages.success(request, _("%(name)s was added.") % {"name": member.name})
            return redirect(household)
    return render(request, "households/member_form.html", {"form": form, "household": household})


@login_required
@require_http_methods(["GET", "POST"])
def member_edit(request: HttpRequest, household_id: int, member_id: int) -> HttpResponse:
    member = access_household_member(
        request.user, household_id, member_id, Perm.MANAGE_PARTICIPANTS
    )
    household = member.household
    request.help_program = household.program  # type: ignore[attr-defined]
    _audit_staff_read(request, household)
    initial = {k: getattr(member, k) for k in ("name", "relationship", "birth_year", "notes")}
    form = MemberForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_member(_actor(request), member, **form.cleaned_data)
        except HouseholdError as error:
            _show_error(error, form)
        else:
            messages.success(request, _("Saved."))
            return redirect(household)
    return render(
        request,
        "households/member_form.html",
        {"form": form, "household": household, "member": member},
    )


@login_required
@require_http_methods(["GET", "POST"])
def member_remove(request: HttpRequest, household_id: int, member_id: int) -> HttpResponse:
    member = access_household_member(
        request.user, household_id, member_id, Perm.MANAGE_PARTICIPANTS
    )
    household = member.household
    request.help_program = household.program  # type: ignore[attr-defined]
    if request.method == "POST":
        services.remove_member(_actor(request), member)
        messages.success(
            request, _("%(name)s was taken off the household.") % {"name": member.name}
        )
        return redirect(household)
    return render(
        request, "households/member_remove.html", {"household": household, "member": member}
    )
