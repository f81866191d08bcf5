"""Matching's records: program settings, declared exclusions, batch runs, proposals.

A ``Proposal`` is one suggested pair on its way through the coordinator's queue:
suggested → the mentor is asked → the peer is asked → accepted (a relationship starts),
or skipped / declined (with a reason) / withdrawn. See docs/matching.md.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from mutual.matching.profile import DEFAULT_MINIMUM_SCORE, DEFAULT_WEIGHTS


def default_weights() -> dict[str, float]:
    return dict(DEFAULT_WEIGHTS)


class MatchSettings(models.Model):
    """How a program weighs what people have in common; created with defaults on first use."""

    program = models.OneToOneField(
        "programs.Program", on_delete=models.CASCADE, related_name="match_settings"
    )
    weights = models.JSONField(default=default_weights)
    minimum_score = models.FloatField(
        _("lowest score to suggest"),
        default=DEFAULT_MINIMUM_SCORE,
        help_text=_("Pairs scoring below this are never suggested (0 to 1)."),
    )
    wait_bonus = models.FloatField(
        _("priority for time waited"),
        default=0.2,
        help_text=_(
            "How much a peer's time on the waiting list raises their priority when mentors "
            "are scarce: 0 for none, 1 for strong. Full effect after 26 weeks."
        ),
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Matching settings for {self.program}"


class ExclusionReason(models.TextChoices):
    SAME_HOUSEHOLD = "same_household", _("They live in the same household")
    KNOW_EACH_OTHER = "know_each_other", _("They know each other")
    CONFLICT = "conflict", _("Conflict of interest")
    OTHER = "other", _("Another reason")


class Exclusion(models.Model):
    """A declared reason never to match two people."""

    program = models.ForeignKey("programs.Program", on_delete=models.CASCADE)
    peer = models.ForeignKey("participants.Participant", on_delete=models.CASCADE, related_name="+")
    mentor = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="+"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ExclusionReason.choices)
    note = models.CharField(_("a few words"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["peer", "mentor"], name="unique_exclusion")]

    def __str__(self) -> str:
        return f"{self.peer} / {self.mentor}"


class RunStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Stopped with a problem")


class MatchRun(models.Model):
    """One batch matching run for a program: progress while it runs, a summary after."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="match_runs"
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    dry_run = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.WAITING)
    progress = models.PositiveSmallIntegerField(default=0)  # percent
    peers_waiting = models.PositiveIntegerField(default=0)
    mentors_with_room = models.PositiveIntegerField(default=0)
    peers_matched = models.PositiveIntegerField(default=0)
    total_score = models.FloatField(default=0)
    # [{"peer": id, "reasons": [{"code": ..., "params": {...}}]}] for peers left unmatched.
    unmatched = models.JSONField(default=list)
    problem = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Matching run {self.pk} for {self.program}"


class ProposalStatus(models.TextChoices):
    SUGGESTED = "suggested", _("Suggested")
    ASKED_MENTOR = "asked_mentor", _("Waiting for the peer mentor")
    ASKED_PEER = "asked_peer", _("Waiting for the peer")
    ACCEPTED = "accepted", _("Both said yes")
    SKIPPED = "skipped", _("Skipped")
    MENTOR_DECLINED = "mentor_declined", _("The peer mentor said no")
    PEER_DECLINED = "peer_declined", _("The peer said no")
    WITHDRAWN = "withdrawn", _("No longer needed")


# A proposal in these states holds one place in the mentor's capacity.
HOLDING = (ProposalStatus.ASKED_MENTOR, ProposalStatus.ASKED_PEER)
# A proposal in these states is still live for its peer.
LIVE = (ProposalStatus.SUGGESTED, *HOLDING)
DECLINED = (ProposalStatus.MENTOR_DECLINED, ProposalStatus.PEER_DECLINED)


class Proposal(models.Model):
    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="proposals"
    )
    peer = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="proposals_as_peer"
    )
    mentor = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="proposals_as_mentor"
    )
    run = models.ForeignKey(
        MatchRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="proposals"
    )
    status = models.CharField(
        max_length=16, choices=ProposalStatus.choices, default=ProposalStatus.SUGGESTED
    )
    score = models.FloatField()
    # Reasons as codes with details (mutual.matching.score.Reason), worded when shown.
    reasons = models.JSONField(default=list)
    note = models.CharField(_("note"), max_length=300, blank=True)
    answer_reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    asked_mentor_at = models.DateTimeField(null=True, blank=True)
    asked_peer_at = models.DateTimeField(null=True, blank=True)
    relationship = models.OneToOneField(
        "relationships.Relationship",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposal",
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["program", "status"], name="proposal_queue")]
        constraints = [
            models.UniqueConstraint(
                fields=["peer"],
                condition=models.Q(status__in=["suggested", "asked_mentor", "asked_peer"]),
                name="one_live_proposal_per_peer",
            )
        ]

    def __str__(self) -> str:
        return f"{self.peer} – {self.mentor} ({self.status})"


class Postcode(models.Model):
    """The centre of a postcode area, so matching can tell how far apart people live.

    Loaded from a GeoNames postal-code file with ``mutual load_postcodes``; the demo
    loads its own suburbs. A postcode with several places keeps one row per place.
    """

    country = models.CharField(max_length=2, default="AU")
    code = models.CharField(max_length=10)
    place = models.CharField(max_length=120)
    latitude = models.FloatField()
    longitude = models.FloatField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["country", "code", "place"], name="unique_postcode_place"
            )
        ]
        indexes = [models.Index(fields=["country", "code"], name="postcode_lookup")]

    def __str__(self) -> str:
        return f"{self.code} {self.place}"
