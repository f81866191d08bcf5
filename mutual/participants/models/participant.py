"""One person in one program: a peer asking for support or a peer mentor offering it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from mutual.programs.models import DeliveryMode


class ParticipantRole(models.TextChoices):
    PEER = "peer", _("Peer")
    MENTOR = "mentor", _("Peer mentor")


class PeerStage(models.TextChoices):
    DRAFT = "draft", _("Still filling in the form")
    NEW = "new", _("New: not looked at yet")
    WAITING = "waiting", _("Waiting for a peer mentor")
    MATCHED = "matched", _("Matched")
    ENDED = "ended", _("Finished")
    NOT_SUITABLE = "not_suitable", _("Helped elsewhere")
    WITHDRAWN = "withdrawn", _("Withdrew consent")


class MentorStage(models.TextChoices):
    """The screening pipeline (docs/joining.md). Each stage has an owner and a due date."""

    DRAFT = "draft", _("Still filling in the application")
    APPLIED = "applied", _("Applied")
    FIRST_CONVERSATION = "first_conversation", _("First conversation")
    REFERENCES = "references", _("References")
    CHECKS = "checks", _("Checks")
    READINESS_INTERVIEW = "readiness_interview", _("Readiness interview")
    TRAINING = "training", _("Training")
    APPROVED = "approved", _("Approved")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    LEFT = "left", _("Left")
    NOT_NOW = "not_now", _("Not taken on now")
    WITHDRAWN = "withdrawn", _("Withdrew consent")


# Mentors in these stages may be matched with peers (if nothing else stops it).
ACTIVE_MENTOR_STAGES = frozenset({MentorStage.ACTIVE})


class Source(models.TextChoices):
    SELF = "self", _("Asked themselves")
    REFERRAL = "referral", _("Referred by a professional")
    IMPORT = "import", _("Brought over from an earlier system")
    STAFF = "staff", _("Added by staff")


class PreferredChannel(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone call")
    TEXT = "text", _("Text message")


class SafeToLeaveMessage(models.TextChoices):
    YES = "yes", _("Yes, it is safe to leave a message")
    NO = "no", _("No, please do not leave a message")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non_binary", _("Non-binary")
    OTHER = "other", _("I describe myself another way")


DELIVERY_MODE_CHOICES = DeliveryMode.choices


class Participant(models.Model):
    """A person's record in one program, from the first saved step of their form onward.

    A draft (stage ``draft``) has no user account yet; submitting creates or reuses the
    account and the program membership. Answers are plain fields so each step of the
    form saves straight here: a half-finished form is simply a draft.
    """

    program = models.ForeignKey(
        "programs.Program", on_delete=models.PROTECT, related_name="participants"
    )
    role = models.CharField(_("taking part as"), max_length=10, choices=ParticipantRole.choices)
    stage = models.CharField(_("stage"), max_length=24, default="draft")
    stage_changed_at = models.DateTimeField(_("stage since"), null=True, blank=True)
    source = models.CharField(
        _("how they came"), max_length=10, choices=Source.choices, default=Source.SELF
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
    )
    membership = models.OneToOneField(
        "accounts.Membership",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="participant",
    )
    # The key in a form's hidden field: a repeated first step finds this draft, not a new one.
    draft_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # SHA-256 of the secret in the emailed "carry on" link; the secret itself is never kept.
    resume_key_hash = models.CharField(max_length=64, blank=True, db_index=True)
    last_step = models.PositiveSmallIntegerField(default=0)

    # How to get in touch safely
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_channel = models.CharField(
        _("best way to contact you"),
        max_length=10,
        choices=PreferredChannel.choices,
        default=PreferredChannel.EMAIL,
    )
    safe_to_leave_message = models.CharField(
        _("is it safe to leave a message?"),
        max_length=4,
        choices=SafeToLeaveMessage.choices,
        blank=True,
    )
    contact_notes = models.CharField(
        _("anything else about contacting you"),
        max_length=300,
        blank=True,
        help_text=_("For example: only after 6 pm, or text first."),
    )

    # What they are going through (peers) or have come through (mentors)
    experiences = models.ManyToManyField(
        "programs.ExperienceTag", blank=True, related_name="participants"
    )
    own_words = models.TextField(_("in your own words"), blank=True)
    experience_years_ago = models.PositiveSmallIntegerField(
        _("how many years ago"), null=True, blank=True
    )
    # Peers: what matters and hopes (the first draft of goals). Mentors: why they want to help.
    what_matters = models.TextField(_("what matters to you"), blank=True)
    hopes = models.TextField(_("what you hope will change"), blank=True)
    motivation = models.TextField(_("why you want to help"), blank=True)

    # About them, used for matching with their agreement
    languages = models.JSONField(_("languages"), default=list, blank=True)
    cultural_background = models.CharField(_("cultural background"), max_length=120, blank=True)
    faith = models.CharField(_("faith"), max_length=20, blank=True)
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("year born"), null=True, blank=True)
    # Peers only: what they would like in a peer mentor (see vocab.PREFERENCE_KEYS).
    preferences = models.JSONField(_("preferences"), default=dict, blank=True)

    # Where, how and when
    suburb = models.CharField(_("suburb or town"), max_length=120, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    travel_km = models.PositiveSmallIntegerField(
        _("how far you can travel (km)"), null=True, blank=True
    )
    delivery_modes = models.JSONField(_("ways to meet"), default=list, blank=True)
    availability = models.JSONField(_("when you are free"), default=list, blank=True)
    access_needs = models.TextField(_("access needs"), blank=True)

    # Mentors only
    capacity = models.PositiveSmallIntegerField(_("peers at once"), null=True, blank=True)
    hours_per_week = models.PositiveSmallIntegerField(_("hours a week"), null=True, blank=True)
    # Set by the daily check job when a check has expired; matching skips such mentors.
    new_matches_paused = models.BooleanField(_("new matches paused"), default=False)
    new_matches_paused_reason = models.CharField(max_length=200, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(_("asked on"), null=True, blank=True)
    # First time a peer was matched: the wait estimate learns from submitted_at → matched_at.
    matched_at = models.DateTimeField(_("matched on"), null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at", "-created_at"]
        indexes = [
            models.Index(fields=["program", "role", "stage"], name="participant_pipeline"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("participant", args=[self.pk])

    @property
    def is_draft(self) -> bool:
        return self.stage == "draft"

    @property
    def is_mentor(self) -> bool:
        return self.role == ParticipantRole.MENTOR

    def get_stage_display(self) -> str:
        stages = MentorStage if self.is_mentor else PeerStage
        return str(dict(stages.choices).get(self.stage, self.stage))
