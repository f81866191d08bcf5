"""People and roles in an organisation.

Organisation admins manage every role. Platform admins set organisations up, so they
see and manage staff roles only: peers' and mentors' names and emails are not theirs
to see (docs/access.md).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import Perm, access_membership, access_organisation, can
from mutual.accounts.models import PARTICIPANT_ROLES, Membership, Role
from mutual.accounts.services import (
    MembershipError,
    add_member,
    end_membership,
    record_people_listed,
)
from mutual.core.http import AuthedRequest
from mutual.programs.forms import AddMemberForm
from mutual.programs.models import Organisation

PAGE_SIZE = 100


def _visible_roles(request: AuthedRequest, organisation: Organisation) -> list[str]:
    if can(request.user, Perm.MANAGE_PEOPLE, organisation):
        return list(Role.values)
    return [r for r in Role.values if r not in PARTICIPANT_ROLES]


def _memberships(organisation: Organisation, roles: list[str]) -> QuerySet[Membership]:
    return (
        Membership.objects.current()
        .filter(organisation=organisation, role__in=roles)
        .select_related("user", "program")
        .order_by("user__name", "role", "pk")
    )


@login_required
def organisation_people(request: AuthedRequest, organisation_id: int) -> HttpResponse:
    organisation = access_organisation(request.user, organisation_id, Perm.MANAGE_ORGANISATION)
    roles = _visible_roles(request, organisation)
    role = request.GET.get("role", "")
    shown = [role] if role in roles else roles
    page = Paginator(_memberships(organisation, shown), PAGE_SIZE).get_page(request.GET.get("page"))
    if any(m.role in PARTICIPANT_ROLES for m in page.object_list):
        record_people_listed(request.user, organisation, role=role, page=page.number)
    return render(
        request,
        "programs/people.html",
        {
            "organisation": organisation,
            "page": page,
            "roles": [(value, label) for value, label in Role.choices if value in roles],
            "role": role,
            "staff_only": len(roles) < len(Role.values),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def organisation_people_add(request: AuthedRequest, organisation_id: int) -> HttpResponse:
    organisation = access_organisation(request.user, organisation_id, Perm.MANAGE_ORGANISATION)
    manages_people = can(request.user, Perm.MANAGE_PEOPLE, organisation)
    # Without the people right (a platform admin), the only role to give is the admin's.
    roles = None if manages_people else [Role.ORG_ADMIN.value]
    form = AddMemberForm(request.POST or None, organisation=organisation, roles=roles)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if not manages_people and data["email"].lower() == request.user.email.lower():
                raise MembershipError(
                    _("You cannot give yourself a role here. Ask the organisation's admin.")
                )
            add_member(request.user, organisation=organisation, **data)
        except MembershipError as error:
            form.add_error(None, str(error))
        else:
            # The same words whether or not the email already had an account, so this
            # page cannot be used to find out who uses Mutual elsewhere.
            messages.success(
                request,
                _(
                    "%(name)s was added. If they are new to Mutual, they have been emailed "
                    "a link to set a password."
                )
                % {"name": data["name"]},
            )
            return redirect("organisation_people", organisation.pk)
    return render(request, "programs/people_add.html", {"form": form, "organisation": organisation})


@login_required
@require_http_methods(["GET", "POST"])
def membership_end(request: AuthedRequest, membership_id: int) -> HttpResponse:
    membership = access_membership(request.user, membership_id, Perm.MANAGE_ORGANISATION)
    if membership.role in PARTICIPANT_ROLES and not can(
        request.user, Perm.MANAGE_PEOPLE, membership.organisation
    ):
        raise PermissionDenied
    error = ""
    if request.method == "POST":
        try:
            end_membership(request.user, membership, reason=request.POST.get("reason", "")[:300])
        except MembershipError as exc:
            error = str(exc)
        else:
            messages.success(request, _("The role has ended. Their history is kept."))
            return redirect("organisation_people", membership.organisation_id)
    return render(
        request, "programs/membership_end.html", {"membership": membership, "error": error}
    )
