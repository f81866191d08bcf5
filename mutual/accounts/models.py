"""People who log in, and the roles they hold in organisations and programs."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True, is_platform_admin=True)
        return self.create_user(email, password, **extra)


class User(AbstractUser):
    """A person who can log in. Logs in by email; there is no username."""

    username = None  # type: ignore[assignment]
    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]
    email = models.EmailField(_("email address"), unique=True)
    name = models.CharField(_("name"), max_length=150, help_text=_("The name people will see."))
    preferred_language = models.CharField(_("preferred language"), max_length=10, default="en")
    is_platform_admin = models.BooleanField(
        _("platform admin"),
        default=False,
        help_text=_("Runs this Mutual installation: organisations and the experience list."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = ["name"]
    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    class Meta:
        ordering = ["name", "email"]

    def __str__(self) -> str:
        return self.name or self.email

    def get_full_name(self) -> str:
        return self.name

    def get_short_name(self) -> str:
        return self.name.split(" ")[0] if self.name else self.email


class Role(models.TextChoices):
    """What a person does in an organisation or program. Order matters for display only."""

    ORG_ADMIN = "org_admin", _("Organisation admin")
    COORDINATOR = "coordinator", _("Coordinator")
    SUPERVISOR = "supervisor", _("Supervisor")
    MENTOR = "mentor", _("Peer mentor")
    PEER = "peer", _("Peer")
    FUNDER = "funder", _("Funder")


# Roles that work with other people's private information and so must use MFA.
STAFF_ROLES = frozenset({Role.ORG_ADMIN, Role.COORDINATOR, Role.SUPERVISOR})
# Roles that belong to one program; the others may cover a whole organisation.
PROGRAM_ROLES = frozenset({Role.COORDINATOR, Role.SUPERVISOR, Role.MENTOR, Role.PEER})
PARTICIPANT_ROLES = frozenset({Role.MENTOR, Role.PEER})


class MembershipQuerySet(models.QuerySet["Membership"]):
    def current(self) -> MembershipQuerySet:
        return self.filter(ended_at__isnull=True)


class Membership(models.Model):
    """One role a person holds in one organisation, or in one program of it.

    A person can hold several: a former peer may be a peer mentor in another program.
    Ending a membership keeps the row (history), so ``ended_at`` is set instead of deleting.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        "programs.Organisation", on_delete=models.CASCADE, related_name="memberships"
    )
    program = models.ForeignKey(
        "programs.Program",
        on_delete=models.CASCADE,
        related_name="memberships",
        null=True,
        blank=True,
        help_text=_("Leave empty for a role across the whole organisation."),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["organisation", "program", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation", "program", "role"],
                condition=Q(ended_at__isnull=True, program__isnull=False),
                name="one_current_membership_per_role",
            ),
            # NULLs are distinct in a unique index, so organisation-wide roles (no
            # program) need their own constraint on both SQLite and PostgreSQL.
            models.UniqueConstraint(
                fields=["user", "organisation", "role"],
                condition=Q(ended_at__isnull=True, program__isnull=True),
                name="one_current_organisation_wide_membership_per_role",
            ),
            models.CheckConstraint(
                condition=~Q(role__in=sorted(r.value for r in PROGRAM_ROLES))
                | Q(program__isnull=False),
                name="program_roles_need_program",
            ),
        ]

    def __str__(self) -> str:
        where = self.program or self.organisation
        return f"{self.user} — {self.get_role_display()} — {where}"

    @property
    def is_current(self) -> bool:
        return self.ended_at is None
