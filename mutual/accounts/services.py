"""Verbs for people and their roles. Views, the API, jobs and tests all call these."""

from __future__ import annotations

from collections.abc import Iterable

from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from mutual.access.policy import forget_memberships
from mutual.accounts.models import PROGRAM_ROLES, Membership, Role, User
from mutual.audit.services import record_event
from mutual.live.services import notify_user
from mutual.programs.models import Organisation, Program


def people_in_roles(program: Program, roles: Iterable[str]) -> list[User]:
    """Active people who hold one of ``roles`` in ``program`` now: through a membership in
    the program, or an organisation-wide one (which covers every program, as in the access
    policy). Used to decide whom to tell (alerts, supervision prompts)."""
    memberships = Membership.objects.current().filter(
        Q(program=program) | Q(program__isnull=True, organisation=program.organisation),
        role__in=list(roles),
    )
    return list(
        User.objects.filter(pk__in=memberships.values("user"), is_active=True).order_by("pk")
    )


class MembershipError(ValueError):
    """A role cannot be given as asked; the message is shown to the person asking."""


def set_password_link(user: User, site_url: str) -> str:
    """A one-time link that lets a new person choose their password."""
    key = default_token_generator.make_token(user)
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": key},
    )
    return site_url.rstrip("/") + path


def _validate_scope(role: str, organisation: Organisation, program: Program | None) -> None:
    if role not in Role.values:
        raise MembershipError(_("Choose a role from the list."))
    if role in PROGRAM_ROLES and program is None:
        raise MembershipError(_("This role belongs to one program: choose the program."))
    if program is not None and program.organisation_id != organisation.pk:
        raise MembershipError(_("That program belongs to another organisation."))


@transaction.atomic
def add_member(
    actor: User | None,
    *,
    organisation: Organisation,
    email: str,
    name: str,
    role: str,
    program: Program | None = None,
) -> tuple[Membership, bool]:
    """Give a person a role, creating their account if they are new.

    Returns the membership and whether a new account was made (the caller sends the
    invitation on commit). Giving a role someone already holds is an error, not a copy.
    """
    _validate_scope(role, organisation, program)
    email = User.objects.normalize_email(email).strip().lower()
    user, created = User.objects.get_or_create(email=email, defaults={"name": name.strip()})
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    if (
        Membership.objects.current()
        .filter(user=user, organisation=organisation, program=program, role=role)
        .exists()
    ):
        raise MembershipError(_("%(name)s already has this role here.") % {"name": user})
    membership = Membership.objects.create(
        user=user, organisation=organisation, program=program, role=role
    )
    record_event(
        actor,
        "membership.added",
        membership,
        organisation=organisation,
        program=program,
        role=role,
        email=email,
        new_account=created,
    )
    where = program.name if program else organisation.name
    with translation.override(user.preferred_language):  # the reader's language, not ours
        text = _("You are now %(role)s in %(where)s.") % {
            "role": membership.get_role_display(),
            "where": where,
        }
    notify_user(user, text, url=reverse("home"))
    forget_memberships(user)
    if created:
        from mutual.accounts.tasks import send_invitation

        transaction.on_commit(lambda: send_invitation(user.pk, membership.pk))
    return membership, created


@transaction.atomic
def end_membership(actor: User | None, membership: Membership, *, reason: str = "") -> None:
    """End a role. The row stays so history (who did what, when) keeps its meaning."""
    if membership.ended_at is not None:
        return  # already ended: ending twice is harmless
    if membership.role == Role.ORG_ADMIN and membership.program_id is None:
        others = (
            Membership.objects.current()
            .filter(organisation=membership.organisation, role=Role.ORG_ADMIN, program=None)
            .exclude(pk=membership.pk)
        )
        if not others.exists():
            raise MembershipError(
                _("An organisation needs at least one admin. Add another admin first.")
            )
    membership.ended_at = timezone.now()
    membership.save(update_fields=["ended_at"])
    record_event(
        actor,
        "membership.ended",
        membership,
        organisation=membership.organisation,
        program=membership.program,
        reason=reason,
    )
    forget_memberships(membership.user)


@transaction.atomic
def update_profile(actor: User, *, name: str, preferred_language: str) -> User:
    actor.name = name.strip()
    actor.preferred_language = preferred_language
    actor.save(update_fields=["name", "preferred_language"])
    return actor


def record_people_listed(actor: User, organisation: Organisation, *, role: str, page: int) -> None:
    """Names and emails of peers and mentors were shown: a sensitive read leaves a trace."""
    record_event(actor, "people.list_viewed", organisation=organisation, role=role, page=page)
