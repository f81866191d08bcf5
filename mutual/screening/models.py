"""Screening records for peer mentor applicants.

Every stage an applicant enters opens a ``ScreeningStep`` with an owner and a due date,
so nothing stalls silently: the pipeline page shows overdue steps first. Referees are
named in the application itself; their answers are recorded later. Checks carry their
expiry; the daily job flags those expiring and pauses new matches when one has expired.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ScreeningStep(models.Model):
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="screening_steps"
    )
    stage = models.CharField(max_length=24)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="screening_steps",
        verbose_name=_("who is responsible"),
    )
    due_on = models.DateField(_("due by"), null=True, blank=True)
    opened_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["participant", "-opened_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant"],
                condition=models.Q(completed_at__isnull=True),
                name="one_open_step_per_applicant",
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant} · {self.stage}"

    @property
    def stage_label(self) -> str:
        from mutual.participants.models import MentorStage

        return str(dict(MentorStage.choices).get(self.stage, self.stage))

    @property
    def is_overdue(self) -> bool:
        return (
            self.completed_at is None
            and self.due_on is not None
            and self.due_on < timezone.localdate()
        )


class TrustAnswer(models.TextChoices):
    YES = "yes", _("Yes")
    UNSURE = "unsure", _("Not sure")
    NO = "no", _("No")


class Referee(models.Model):
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="referees"
    )
    position = models.PositiveSmallIntegerField(default=1)  # first or second referee
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    relationship = models.CharField(
        _("how they know you"),
        max_length=200,
        help_text=_("For example: my manager for 3 years, or a friend from my church."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The secret link emailed to the referee (SHA-256 of it), and when it was sent.
    response_key_hash = models.CharField(max_length=64, blank=True, db_index=True)
    requested_at = models.DateTimeField(null=True, blank=True)
    # The referee's answers: through their link, or taken by phone and recorded by staff.
    responded_at = models.DateTimeField(null=True, blank=True)
    would_trust = models.CharField(
        _("would they trust this person to support someone going through a hard time?"),
        max_length=6,
        choices=TrustAnswer.choices,
        blank=True,
    )
    comments = models.TextField(_("what they said"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["participant", "position"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "position"], name="one_referee_per_slot")
        ]

    def __str__(self) -> str:
        return self.name


class CheckKind(models.TextChoices):
    WWCC = "wwcc", _("Working with Children Check")
    POLICE = "police", _("Police check")
    NDIS = "ndis", _("NDIS worker screening")
    OTHER = "other", _("Other check")


class Check(models.Model):
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="checks"
    )
    kind = models.CharField(_("check"), max_length=10, choices=CheckKind.choices)
    other_name = models.CharField(_("name of the check"), max_length=120, blank=True)
    number = models.CharField(_("number"), max_length=60)
    issued_in = models.CharField(_("state or territory"), max_length=40, blank=True)
    expires_on = models.DateField(_("expires on"))
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    verified_at = models.DateTimeField(default=timezone.now)
    expiry_warned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["participant", "kind", "-expires_on"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"

    @property
    def label(self) -> str:
        return (
            self.other_name
            if self.kind == CheckKind.OTHER and self.other_name
            else str(self.get_kind_display())
        )

    @property
    def is_expired(self) -> bool:
        return self.expires_on < timezone.localdate()


class ReadyAnswer(models.TextChoices):
    READY = "ready", _("Ready to mentor")
    NOT_YET = "not_yet", _("Not ready yet")


class ReadinessInterview(models.Model):
    """A structured conversation: far enough from their own crisis, support, boundaries."""

    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="interviews"
    )
    held_on = models.DateField(_("held on"))
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    time_since_crisis = models.TextField(_("time since their own crisis, and how they are now"))
    support_around = models.TextField(_("support around them"))
    boundaries = models.TextField(_("how they think about boundaries"))
    self_care = models.TextField(_("what they do to look after themselves"), blank=True)
    outcome = models.CharField(_("outcome"), max_length=8, choices=ReadyAnswer.choices)
    notes = models.TextField(_("other notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["participant", "-held_on"]

    def __str__(self) -> str:
        return f"{self.participant} · {self.held_on}"


class DecisionOutcome(models.TextChoices):
    APPROVED = "approved", _("Approved as a peer mentor")
    NOT_NOW = "not_now", _("Not taken on now")


class Decision(models.Model):
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="decisions"
    )
    outcome = models.CharField(max_length=10, choices=DecisionOutcome.choices)
    reasons = models.TextField(_("reasons"))
    message = models.TextField(_("message sent to the applicant"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["participant", "-decided_at"]

    def __str__(self) -> str:
        return f"{self.participant} · {self.outcome}"
