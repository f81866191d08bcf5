"""Households: a family taking part as one participant (family-to-family programs).

Members, children included, are recorded here and are never users: they cannot log in.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class HouseholdSide(models.TextChoices):
    SEEKING = "seeking", _("Looking for support")
    MENTORING = "mentoring", _("Offering support")


class Household(models.Model):
    program = models.ForeignKey(
        "programs.Program", on_delete=models.PROTECT, related_name="households"
    )
    name = models.CharField(
        _("household name"), max_length=120, help_text=_("How the family likes to be called.")
    )
    side = models.CharField(_("taking part as"), max_length=10, choices=HouseholdSide.choices)
    contact = models.ForeignKey(
        "accounts.Membership",
        on_delete=models.PROTECT,
        related_name="households",
        verbose_name=_("main contact"),
        help_text=_("The adult who logs in for the household."),
    )
    suburb = models.CharField(_("suburb"), max_length=120, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            # One adult speaks for one household; the service says so in plain words first.
            models.UniqueConstraint(fields=["contact"], name="one_household_per_contact")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("household", args=[self.pk])


class MemberRelationship(models.TextChoices):
    PARENT = "parent", _("Parent or carer")
    CHILD = "child", _("Child")
    GRANDPARENT = "grandparent", _("Grandparent")
    PARTNER = "partner", _("Partner")
    SIBLING = "sibling", _("Brother or sister")
    OTHER = "other", _("Other")


class HouseholdMember(models.Model):
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("first name"), max_length=80)
    relationship = models.CharField(
        _("who they are"), max_length=12, choices=MemberRelationship.choices
    )
    birth_year = models.PositiveSmallIntegerField(_("year born"), null=True, blank=True)
    notes = models.CharField(_("anything to know"), max_length=300, blank=True)

    class Meta:
        ordering = ["birth_year", "name"]

    def __str__(self) -> str:
        return self.name
