"""Screening records for peer mentor applicants.

Referees are named in the application itself, so they exist from the draft onward;
their answers arrive later, through a secret link, when screening reaches references.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


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

    class Meta:
        ordering = ["participant", "position"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "position"], name="one_referee_per_slot")
        ]

    def __str__(self) -> str:
        return self.name
