"""A peer and a peer mentor working together, from introduction to the end.

Matching creates a relationship when both people say yes; the relationships work
(docs/relationships.md, later) adds sessions, goals, fit checks and closure to it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mutual.programs.models import DeliveryMode


class RelationshipStage(models.TextChoices):
    INTRODUCED = "introduced", _("Introduced: first meeting being arranged")
    ACTIVE = "active", _("Meeting")
    CLOSING = "closing", _("Coming to an end")
    CLOSED = "closed", _("Ended")


# Stages in which the mentor is giving their time: these count against their capacity.
OPEN_STAGES = (RelationshipStage.INTRODUCED, RelationshipStage.ACTIVE, RelationshipStage.CLOSING)


class EndReason(models.TextChoices):
    GOALS_REACHED = "goals_reached", _("Goals reached")
    PLANNED_END = "planned_end", _("Planned end")
    PEER_STOPPED = "peer_stopped", _("The peer chose to stop")
    MENTOR_STOPPED = "mentor_stopped", _("The peer mentor had to stop")
    LOST_CONTACT = "lost_contact", _("Lost contact")
    REMATCHED = "rematched", _("Not the right fit: matched again")


class Relationship(models.Model):
    program = models.ForeignKey(
        "programs.Program", on_delete=models.PROTECT, related_name="relationships"
    )
    peer = models.ForeignKey(
        "participants.Participant", on_delete=models.PROTECT, related_name="peer_relationships"
    )
    mentor = models.ForeignKey(
        "participants.Participant", on_delete=models.PROTECT, related_name="mentor_relationships"
    )
    stage = models.CharField(
        _("stage"),
        max_length=12,
        choices=RelationshipStage.choices,
        default=RelationshipStage.INTRODUCED,
    )
    started_at = models.DateTimeField(_("introduced on"), auto_now_add=True)
    ended_at = models.DateTimeField(_("ended on"), null=True, blank=True)
    end_reason = models.CharField(
        _("why it ended"), max_length=16, choices=EndReason.choices, blank=True
    )
    end_note = models.CharField(_("a few words"), max_length=300, blank=True)
    # The closing checklist's ticked items (keys of CLOSING_CHECKLIST in forms.py).
    closing_checklist = models.JSONField(default=list, blank=True)
    # Paused relationships stay open; the board shows them and quiet-time flags wait.
    paused_at = models.DateTimeField(_("paused since"), null=True, blank=True)
    pause_reason = models.CharField(_("why paused"), max_length=300, blank=True)
    # Kept up to date by logging a session, so the board needs no per-row query.
    last_contact_on = models.DateField(_("last contact"), null=True, blank=True)
    session_count = models.PositiveIntegerField(_("sessions"), default=0)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["program", "stage"], name="relationship_board")]
        constraints = [
            models.UniqueConstraint(
                fields=["peer"],
                condition=models.Q(stage__in=["introduced", "active", "closing"]),
                name="one_open_relationship_per_peer",
            )
        ]

    def __str__(self) -> str:
        return f"{self.peer} – {self.mentor}"

    def get_absolute_url(self) -> str:
        return reverse("relationship", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES

    @property
    def is_paused(self) -> bool:
        return self.paused_at is not None


# How a session happened: the same ways to meet as a program offers.
SessionMode = DeliveryMode


class HelpKind(models.TextChoices):
    """The three kinds of help peer mentors give (the white paper's Diagram 2)."""

    PRACTICAL = "practical", _("Practical: getting things done")
    GROWTH = "growth", _("Growth: confidence, coping, hope")
    BRIDGING = "bridging", _("Bridging: connecting to other help")


class Rating(models.IntegerChoices):
    NOT_MUCH = 1, _("Not much")
    SOME = 2, _("Somewhat")
    A_LOT = 3, _("A lot")


class Session(models.Model):
    """A meeting or check-in between a peer and their mentor, logged by the mentor."""

    relationship = models.ForeignKey(
        Relationship, on_delete=models.CASCADE, related_name="sessions"
    )
    happened_on = models.DateField(_("date"))
    duration_minutes = models.PositiveSmallIntegerField(_("how long (minutes)"))
    mode = models.CharField(_("how"), max_length=10, choices=SessionMode.choices)
    help_kinds = models.JSONField(_("kinds of help"), default=list, blank=True)
    others_present = models.CharField(
        _("who else took part"),
        max_length=200,
        blank=True,
        help_text=_("For example: her son. Leave empty if it was just the two of you."),
    )
    note = models.TextField(
        _("short note"),
        blank=True,
        help_text=_("Only you and the program's coordinators see this."),
    )
    next_steps = models.CharField(_("next steps"), max_length=300, blank=True)
    # The key in the form's hidden field: a second submit finds this session, not a new one.
    submit_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    peer_rating = models.PositiveSmallIntegerField(
        _("how helpful it was"), choices=Rating.choices, null=True, blank=True
    )
    rated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-happened_on", "-created_at"]
        indexes = [models.Index(fields=["relationship", "happened_on"], name="session_by_date")]

    def __str__(self) -> str:
        return f"{self.relationship} on {self.happened_on}"


class FitAnswer(models.TextChoices):
    YES = "yes", _("Yes, it is a good fit")
    UNSURE = "unsure", _("Not sure yet")
    NO = "no", _("No, it is not a good fit")


class FitCheck(models.Model):
    """ "Is this a good fit?", asked privately of each side after the first session.

    The other person never sees the answer; the program's staff do. A "no" alerts the
    coordinators, who can match again without blame.
    """

    relationship = models.ForeignKey(
        Relationship, on_delete=models.CASCADE, related_name="fit_checks"
    )
    side = models.CharField(max_length=6)  # "peer" or "mentor"
    answer = models.CharField(_("your answer"), max_length=6, choices=FitAnswer.choices, blank=True)
    comment = models.CharField(_("anything to add (optional)"), max_length=300, blank=True)
    asked_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["relationship", "side"], name="one_fit_check_per_side")
        ]

    def __str__(self) -> str:
        return f"Fit check ({self.side}) for {self.relationship}"

    @property
    def person(self) -> Any:
        return self.relationship.peer if self.side == "peer" else self.relationship.mentor


class Goal(models.Model):
    """A goal in the peer's own words, with Goal Attainment Scaling levels described with
    them: −2 (much less than hoped) … 0 (what we hope for) … +2 (much more than hoped)."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="goals")
    text = models.CharField(_("the goal, in your own words"), max_length=300)
    level_minus_2 = models.CharField(_("−2: much less than hoped"), max_length=200, blank=True)
    level_minus_1 = models.CharField(
        _("−1: somewhat less (where you are now)"), max_length=200, blank=True
    )
    level_0 = models.CharField(_("0: what you hope for"), max_length=200)
    level_plus_1 = models.CharField(_("+1: somewhat more than hoped"), max_length=200, blank=True)
    level_plus_2 = models.CharField(_("+2: much more than hoped"), max_length=200, blank=True)
    current_level = models.SmallIntegerField(_("where things are now"), default=-1)
    review_due_on = models.DateField(_("next review"), null=True, blank=True)
    achieved_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return self.text

    def level_words(self, level: int) -> str:
        return {
            -2: self.level_minus_2,
            -1: self.level_minus_1,
            0: self.level_0,
            1: self.level_plus_1,
            2: self.level_plus_2,
        }.get(level, "")


class GoalReview(models.Model):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="reviews")
    level = models.SmallIntegerField(_("where things are now"))
    note = models.CharField(_("a few words (optional)"), max_length=300, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-reviewed_at"]

    def __str__(self) -> str:
        return f"{self.goal}: {self.level}"


class PlanStatus(models.TextChoices):
    PROPOSED = "proposed", _("Waiting for the other person to confirm")
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")


class PlannedSession(models.Model):
    """A session arranged ahead: proposed by one person, confirmed by the other."""

    relationship = models.ForeignKey(
        Relationship, on_delete=models.CASCADE, related_name="planned_sessions"
    )
    starts_at = models.DateTimeField(_("when"))
    duration_minutes = models.PositiveSmallIntegerField(_("how long (minutes)"), default=60)
    mode = models.CharField(_("how"), max_length=10, choices=SessionMode.choices)
    place = models.CharField(_("where (optional)"), max_length=200, blank=True)
    status = models.CharField(
        max_length=10, choices=PlanStatus.choices, default=PlanStatus.PROPOSED
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["status", "starts_at"], name="planned_by_time")]

    def __str__(self) -> str:
        return f"{self.relationship} at {self.starts_at:%Y-%m-%d %H:%M}"


class CalendarFeed(models.Model):
    """A person's private calendar address. Only a hash of its secret is kept; making a
    new one or turning it off makes the old address stop working."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Calendar of {self.user}"


class Bridge(models.Model):
    """A connection the mentor helped make to another service or group (bridging help)."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="bridges")
    what = models.CharField(_("what"), max_length=200, help_text=_("For example: carers' group."))
    where = models.CharField(_("where or who"), max_length=200, blank=True)
    outcome = models.CharField(_("how it went"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.what


class MonthlyCheckIn(models.Model):
    """A coordinator's monthly check-in with a match (a standard of mentoring practice)."""

    relationship = models.ForeignKey(
        Relationship, on_delete=models.CASCADE, related_name="check_ins"
    )
    month = models.DateField()  # the first day of the month it counts for
    note = models.CharField(_("note (optional)"), max_length=300, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    done_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["relationship", "month"], name="one_check_in_a_month")
        ]

    def __str__(self) -> str:
        return f"{self.relationship} {self.month:%Y-%m}"


class SessionEdit(models.Model):
    """One change to a logged session: who, when, and what each changed field was before.
    History stays honest: edits are shown on the match, never silently overwritten."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="edits")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)
    before = models.JSONField(default=dict)  # field → old value
    after = models.JSONField(default=dict)  # field → new value

    class Meta:
        ordering = ["-changed_at"]

    def __str__(self) -> str:
        return f"Change to {self.session}"
