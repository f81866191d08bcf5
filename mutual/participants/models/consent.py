"""Informed consent: the program's wording, versioned, and each person's agreement."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from mutual.participants.models.participant import ParticipantRole


class ConsentText(models.Model):
    """One version of what a program asks peers (or mentors) to agree to.

    Versions are never edited once published: a change is a new version, so every
    consent record points at the exact words the person saw.
    """

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="consent_texts"
    )
    audience = models.CharField(_("for"), max_length=10, choices=ParticipantRole.choices)
    version = models.PositiveIntegerField(_("version"))
    body = models.TextField(_("what people agree to"))
    published_at = models.DateTimeField(auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["program", "audience", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["program", "audience", "version"], name="one_consent_text_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.program} · {self.get_audience_display()} · v{self.version}"


class ConsentChannel(models.TextChoices):
    WEB = "web", _("On the website")
    PAPER = "paper", _("On paper")
    PHONE = "phone", _("By phone")
    IMPORT = "import", _("Brought over from an earlier system")


class Consent(models.Model):
    """A person's agreement to one version; withdrawing keeps the row and stamps it."""

    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="consents"
    )
    consent_text = models.ForeignKey(
        ConsentText, on_delete=models.PROTECT, related_name="consents_given"
    )
    given_at = models.DateTimeField()
    channel = models.CharField(max_length=10, choices=ConsentChannel.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_channel = models.CharField(max_length=10, choices=ConsentChannel.choices, blank=True)
    withdrawn_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    withdrawal_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-given_at"]
        constraints = [
            # At most one agreement in force per person: a new version replaces the old.
            models.UniqueConstraint(
                fields=["participant"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="one_current_consent_per_participant",
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant} · v{self.consent_text.version}"
