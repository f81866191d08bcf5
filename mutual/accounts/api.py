"""API: the signed-in person and the roles they hold."""

from __future__ import annotations

from typing import cast

from django.http import HttpRequest
from ninja import Router, Schema

from mutual.access.policy import current_memberships
from mutual.accounts.models import Membership, User
from mutual.programs.api import NamedRef

router = Router(tags=["me"])


class RoleOut(Schema):
    role: str
    role_label: str
    organisation: NamedRef
    program: NamedRef | None  # None for a role across the whole organisation


class MeOut(Schema):
    id: int
    name: str
    email: str
    language: str
    is_platform_admin: bool
    roles: list[RoleOut]


def _role(membership: Membership) -> RoleOut:
    organisation, program = membership.organisation, membership.program
    return RoleOut(
        role=membership.role,
        role_label=str(membership.get_role_display()),
        organisation=NamedRef(id=organisation.pk, name=organisation.name),
        program=NamedRef(id=program.pk, name=program.name) if program else None,
    )


@router.get("/me", response=MeOut, url_name="me", summary="The signed-in person")
def me(request: HttpRequest) -> MeOut:
    user = cast(User, request.user)  # the API's auth lets only signed-in people through
    return MeOut(
        id=user.pk,
        name=user.name,
        email=user.email,
        language=user.preferred_language,
        is_platform_admin=user.is_platform_admin,
        roles=[_role(m) for m in current_memberships(user)],
    )
