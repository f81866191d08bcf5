"""A referral by a professional (GP, caseworker, social worker) on a person's behalf."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferrerKind(models.TextChoices):
    GP = "gp", _("GP or doctor")
    CASEWORKER = "caseworker", _("Caseworker")
    HOSPITAL = "hospital", _("Hospital social worker")
    COUNSELLOR = "counsellor", _("Counsellor or psychologist")
    SCHOOL = "school", _("School or teacher")
    COMMUNITY = "community", _("Community or faith organisation")
    OTHER = "other", _("Other")


class Referral(models.Model):
    """Who referred a person, why, and whether the person lets them see progress.

    The referred person's own record is a draft ``Participant`` (source ``referral``)
    that they complete from an emailed invitation. The referrer is not a user: they
    see status only through a secret link, and only once the person allows it.
    """

    participant = models.OneToOneField(
        "participants.Participant", on_delete=models.CASCADE, related_name="referral"
    )
    referrer_name = models.CharField(_("your name"), max_length=150)
    referrer_email = models.EmailField(_("your work email"))
    referrer_phone = models.CharField(_("your work phone"), max_length=40, blank=True)
    referrer_organisation = models.CharField(_("where you work"), max_length=200)
    referrer_kind = models.CharField(_("your role"), max_length=12, choices=ReferrerKind.choices)
    reason = models.TextField(_("why you are referring them"))
    person_agreed = models.BooleanField(_("the person agreed to this referral"))
    # Set by the referred person when they complete their part; off until they say yes.
    share_updates = models.BooleanField(_("referrer may see updates"), default=False)
    status_key_hash = models.CharField(max_length=64, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.referrer_name} → {self.participant}"
