"""Peer mentors' wellbeing: periodic check-ins, supervision records, and each mentor's state.

A check-in and a supervision record are private: the mentor and the program's
professionals see them (``mutual.access.policy.access_mentor_wellbeing``). The
supervisor's private notes are for the professionals only.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Defaults for a program that has not changed its settings.
DEFAULT_CADENCE_DAYS = 28
# 3 is the lowest total: at 9, three middling answers ("Okay") count as low.
DEFAULT_LOW_TOTAL = 9


class Feeling(models.IntegerChoices):
    VERY_LOW = 1, _("Very low")
    LOW = 2, _("Low")
    OKAY = 3, _("Okay")
    GOOD = 4, _("Good")
    VERY_GOOD = 5, _("Very good")


class Manageable(models.IntegerChoices):
    TOO_MUCH = 1, _("Far too much")
    STRUGGLE = 2, _("A struggle")
    JUST_ABOUT = 3, _("Just about")
    MANAGEABLE = 4, _("Manageable")
    EASY = 5, _("Very manageable")


class Supported(models.IntegerChoices):
    NOT_AT_ALL = 1, _("Not at all")
    A_LITTLE = 2, _("A little")
    SOMEWHAT = 3, _("Somewhat")
    WELL = 4, _("Well supported")
    VERY_WELL = 5, _("Very well supported")


class WellbeingSettings(models.Model):
    """A program's check-in rhythm and where "low" starts. Without a row, the defaults."""

    program = models.OneToOneField(
        "programs.Program", on_delete=models.CASCADE, related_name="wellbeing_settings"
    )
    cadence_days = models.PositiveSmallIntegerField(
        _("days between check-ins"), default=DEFAULT_CADENCE_DAYS
    )
    low_total = models.PositiveSmallIntegerField(
        _("a total at or below this counts as low"), default=DEFAULT_LOW_TOTAL
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Wellbeing settings of {self.program}"


class CheckIn(models.Model):
    """A mentor's answers to the three questions (1 to 5 each) and an optional note."""

    mentor = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="wellbeing_check_ins"
    )
    feeling = models.PositiveSmallIntegerField(
        _("How have you been feeling in yourself?"), choices=Feeling.choices
    )
    manageable = models.PositiveSmallIntegerField(
        _("How manageable has mentoring been?"), choices=Manageable.choices
    )
    supported = models.PositiveSmallIntegerField(
        _("How supported do you feel?"), choices=Supported.choices
    )
    note = models.TextField(_("anything else (optional)"), blank=True)
    # Decided when it was given, with the program's settings at that time.
    is_low = models.BooleanField(default=False)
    # The key in the form's hidden field: a second submit finds this check-in, not a new one.
    submit_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["mentor", "created_at"], name="check_in_by_mentor")]

    def __str__(self) -> str:
        return f"Check-in of {self.mentor_id} on {self.created_at:%Y-%m-%d}"

    @property
    def answers(self) -> tuple[int, int, int]:
        return (self.feeling, self.manageable, self.supported)

    @property
    def total(self) -> int:
        return sum(self.answers)


class SupervisionTheme(models.TextChoices):
    WORKLOAD = "workload", _("Workload and boundaries")
    OLD_FEELINGS = "old_feelings", _("Old feelings coming back")
    ALONE = "alone", _("Feeling alone in the role")
    SAFETY = "safety", _("Worried about a peer's safety")
    SKILLS = "skills", _("Ways of helping")
    ENDINGS = "endings", _("Endings and goodbyes")
    SELF_CARE = "self_care", _("Looking after yourself")


class SupervisionRecord(models.Model):
    """A supervision session with a mentor: recorded by a supervisor or coordinator."""

    mentor = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="supervision_records"
    )
    held_on = models.DateField(_("date"))
    themes = models.JSONField(_("what you talked about"), default=list, blank=True)
    other_themes = models.CharField(_("anything else talked about"), max_length=300, blank=True)
    actions = models.TextField(_("actions agreed"), blank=True)
    next_on = models.DateField(_("next supervision"), null=True, blank=True)
    # For the program's professionals only: never shown to the mentor.
    private_note = models.TextField(_("private notes"), blank=True)
    submit_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-created_at"]
        indexes = [models.Index(fields=["mentor", "held_on"], name="supervision_by_mentor")]

    def __str__(self) -> str:
        return f"Supervision of {self.mentor_id} on {self.held_on}"

    def theme_labels(self) -> list[str]:
        labels = dict(SupervisionTheme.choices)
        return [str(labels[t]) for t in self.themes if t in labels]


class MentorWellbeing(models.Model):
    """One mentor's current state, kept up to date by the services so the board reads
    one row per mentor: last check-in, supervision last/next/suggested, own pause."""

    mentor = models.OneToOneField(
        "participants.Participant", on_delete=models.CASCADE, related_name="wellbeing"
    )
    last_check_in = models.ForeignKey(
        CheckIn, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    previous_total = models.PositiveSmallIntegerField(null=True, blank=True)
    # The due date the last reminder was sent for: one reminder per due date.
    reminded_for = models.DateField(null=True, blank=True)
    supervision_suggested_at = models.DateTimeField(null=True, blank=True)
    supervision_reason = models.CharField(max_length=300, blank=True)
    last_supervision_on = models.DateField(null=True, blank=True)
    next_supervision_on = models.DateField(null=True, blank=True)
    # Set while the mentor has paused new matches themselves ("Pause myself").
    paused_self_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Wellbeing of {self.mentor_id}"

    @property
    def supervision_suggested(self) -> bool:
        return self.supervision_suggested_at is not None
