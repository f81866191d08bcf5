"""Safety alerts: who is worried about whom, who must look, by when, and what was done.

An ``Alert`` is raised by risk detection (writing), by a measure result, or by a person
("Raise a concern"). It belongs to one program, has a level, an owner who must acknowledge it
before ``due_at``, and a timeline (``AlertEvent``) of everything that happened. Left
unacknowledged it escalates along the program's on-call roster (``RosterEntry``), then to
the organisation's admins (``escalate_due`` in ``escalation.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from mutual.safety import closed_days


class AlertLevel(models.TextChoices):
    CONCERN = "concern", _("Concern")
    ELEVATED = "elevated", _("Elevated risk")
    IMMINENT = "imminent", _("Immediate danger")


LEVEL_ORDER = {AlertLevel.CONCERN: 1, AlertLevel.ELEVATED: 2, AlertLevel.IMMINENT: 3}


class AlertSource(models.TextChoices):
    WRITING = "writing", _("Noticed in something written")
    MEASURE = "measure", _("A questionnaire answer")
    PERSON = "person", _("Raised by a person")


class AlertStatus(models.TextChoices):
    OPEN = "open", _("Waiting for someone to take it")
    ACKNOWLEDGED = "acknowledged", _("Being handled")
    RESOLVED = "resolved", _("Resolved")


def validate_iso_dates(days: Any) -> None:
    """``other_closed_days`` is a list of dates written as text, year first (2026-12-24)."""
    if not isinstance(days, list) or not all(_is_iso_date(day) for day in days):
        raise ValidationError(_("Write each date as year-month-day, for example 2026-12-24."))


def _is_iso_date(day: Any) -> bool:
    try:
        return isinstance(day, str) and dt.date.fromisoformat(day).isoformat() == day
    except ValueError:
        return False


class SafetySettings(models.Model):
    """Per program: how fast each level must be acknowledged, which days are working days,
    and safeguarding words."""

    program = models.OneToOneField(
        "programs.Program", on_delete=models.CASCADE, related_name="safety_settings"
    )
    imminent_minutes = models.PositiveIntegerField(
        _("immediate danger: acknowledge within (minutes)"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    elevated_minutes = models.PositiveIntegerField(
        _("elevated risk: acknowledge within (minutes)"),
        default=240,
        validators=[MinValueValidator(5), MaxValueValidator(2880)],
    )
    concern_working_days = models.PositiveSmallIntegerField(
        _("concern: acknowledge within (working days)"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    mandatory_reporting_text = models.TextField(
        _("what to do when children may be at risk"),
        blank=True,
        help_text=_(
            "Shown on every alert about a household with children: your state's mandatory "
            "reporting duties and who to call."
        ),
    )
    # Working days skip weekends, these public holidays and the service's own closed days.
    # The places come from the holidays library, so they are checked in clean(), not choices.
    holiday_country = models.CharField(
        _("public holidays from"),
        max_length=2,
        default="AU",
        help_text=_("The service is closed on this country's public holidays."),
    )
    holiday_subdivision = models.CharField(
        _("state or territory"),
        max_length=40,
        blank=True,
        help_text=_(
            "Adds that state's own public holidays. Leave it blank to count only the "
            "holidays of the whole country. After changing the country, save to see its list."
        ),
    )
    other_closed_days = models.JSONField(
        _("other days the service is closed"),
        default=list,
        blank=True,
        validators=[validate_iso_dates],
    )

    def __str__(self) -> str:
        return f"Safety settings for {self.program_id}"

    def clean(self) -> None:
        super().clean()
        country = self.holiday_country
        if country not in dict(closed_days.countries()):
            raise ValidationError({"holiday_country": _("Choose a country from the list.")})
        place = self.holiday_subdivision
        if place and place not in dict(closed_days.subdivisions(country)):
            message = _(
                "%(place)s is not a state or territory of %(country)s. Choose one from the "
                "list, or leave it blank to count only the holidays of the whole country."
            ) % {"place": place, "country": closed_days.country_name(country)}
            raise ValidationError({"holiday_subdivision": message})

    def closed_dates(self) -> list[dt.date]:
        # Tolerant of a value saved around the form: a deadline must always be worked out.
        days = self.other_closed_days if isinstance(self.other_closed_days, list) else []
        return [dt.date.fromisoformat(day) for day in days if _is_iso_date(day)]


class RosterEntry(models.Model):
    """One professional on a program's on-call list; alerts go to the first, then onward."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="safety_roster"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(default=0)
    phone = models.CharField(_("mobile for urgent text messages"), max_length=40, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["program", "user"], name="one_roster_place_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.position}: {self.user_id}"


class Alert(models.Model):
    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="safety_alerts"
    )
    level = models.CharField(_("level"), max_length=10, choices=AlertLevel.choices)
    source = models.CharField(_("source"), max_length=10, choices=AlertSource.choices)
    status = models.CharField(
        _("status"), max_length=12, choices=AlertStatus.choices, default=AlertStatus.OPEN
    )
    # The person the worry is about (may be unknown, e.g. a concern about "someone at home").
    subject = models.ForeignKey(
        "participants.Participant",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="safety_alerts",
    )
    relationship = models.ForeignKey(
        "relationships.Relationship",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="safety_alerts",
    )
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    summary = models.CharField(_("what happened"), max_length=300)
    excerpt = models.TextField(_("what was written"), blank=True)
    reasons = models.JSONField(default=list, blank=True)
    score = models.FloatField(null=True, blank=True)
    # Where the words came from: "session_note", "message", "intake", "measure", "manual".
    origin = models.CharField(max_length=20, blank=True)
    origin_id = models.CharField(max_length=40, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    escalation_step = models.PositiveSmallIntegerField(default=0)
    due_at = models.DateTimeField(_("acknowledge by"))
    raised_at = models.DateTimeField()
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolution = models.TextField(_("how it was resolved"), blank=True)
    children_in_household = models.BooleanField(default=False)
    submit_key = models.CharField(max_length=64, unique=True, null=True, blank=True)

    class Meta:
        ordering = ["-raised_at"]
        indexes = [models.Index(fields=["program", "status", "due_at"])]

    def __str__(self) -> str:
        return f"{self.get_level_display()} alert {self.pk}"

    @property
    def is_waiting(self) -> bool:
        return self.status == AlertStatus.OPEN


class EventKind(models.TextChoices):
    RAISED = "raised", _("Raised")
    NOTIFIED = "notified", _("Told")
    ESCALATED = "escalated", _("Passed on: not acknowledged in time")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    ASSIGNED = "assigned", _("Handed over")
    NOTE = "note", _("Note")
    INCIDENT = "incident", _("Incident recorded")
    RESOLVED = "resolved", _("Resolved")
    REOPENED = "reopened", _("Reopened")


class AlertEvent(models.Model):
    """One line of an alert's timeline."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    kind = models.CharField(max_length=12, choices=EventKind.choices)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"


class Incident(models.Model):
    """A fuller record when an alert needed more than a conversation."""

    alert = models.OneToOneField(Alert, on_delete=models.CASCADE, related_name="incident")
    what_happened = models.TextField(_("what happened"))
    actions_taken = models.TextField(_("what was done"))
    emergency_services = models.BooleanField(_("emergency services were called"), default=False)
    reported_to = models.CharField(
        _("reported to (for example child protection, police)"), max_length=300, blank=True
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"Incident for alert {self.alert_id}"
