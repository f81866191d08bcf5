"""A peer and a peer mentor working together, from introduction to the end.

Matching creates a relationship when both people say yes; the relationships work
(docs/relationships.md, later) adds sessions, goals, fit checks and closure to it.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


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
