"""Organisations (the tenants), their programs, and the lived-experience list."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    """A service provider that runs one or more programs. The unit of tenancy."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short web name"), max_length=80, unique=True)
    about = models.TextField(_("about"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation", args=[self.pk])


class ExperienceTag(models.Model):
    """One entry in the hierarchical list of lived experiences.

    For example "Caring › Caring for a parent with dementia". Matching counts the same
    entry most, a sibling less and a parent least, so the tree shape matters.
    """

    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("description"), max_length=300, blank=True)
    slug = models.SlugField(max_length=120, unique=True)
    is_active = models.BooleanField(
        _("in use"), default=True, help_text=_("Retired entries stay on old records only.")
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="unique_tag_name_per_parent"),
            # A top-level entry has no parent, and NULLs never clash in the one above.
            models.UniqueConstraint(
                fields=["name"],
                condition=models.Q(parent__isnull=True),
                name="unique_top_level_tag_name",
            ),
        ]

    def __str__(self) -> str:
        return self.path_label

    @property
    def path_label(self) -> str:
        return " › ".join(tag.name for tag in self.ancestors_and_self())

    def ancestors_and_self(self) -> list[ExperienceTag]:
        chain: list[ExperienceTag] = []
        node: ExperienceTag | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))

    @property
    def depth(self) -> int:
        return len(self.ancestors_and_self()) - 1


class ProgramModel(models.TextChoices):
    ONE_TO_ONE = "one_to_one", _("One-to-one")
    FAMILY_TO_FAMILY = "family_to_family", _("Family-to-family")
    GROUP = "group", _("Group")
    TEXT_LINE = "text_line", _("Text line")


class DeliveryMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIDEO = "video", _("Video call")
    PHONE = "phone", _("Phone")
    TEXT = "text", _("Text messages")


class ProgramStatus(models.TextChoices):
    DRAFT = "draft", _("Being set up")
    OPEN = "open", _("Open")
    PAUSED = "paused", _("Not taking new people")
    CLOSED = "closed", _("Closed")


class LengthUnit(models.TextChoices):
    SESSIONS = "sessions", _("sessions")
    WEEKS = "weeks", _("weeks")
    MONTHS = "months", _("months")
    OPEN_ENDED = "open_ended", _("open-ended")


class Program(models.Model):
    """A peer-to-peer support program run by one organisation."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="programs"
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short web name"), max_length=80, unique=True)
    focus_area = models.CharField(
        _("focus"),
        max_length=200,
        help_text=_("In a few words, what people in this program are going through."),
    )
    model = models.CharField(
        _("how people are connected"), max_length=20, choices=ProgramModel.choices
    )
    delivery_modes = models.JSONField(_("ways to meet"), default=list)
    length_value = models.PositiveSmallIntegerField(_("planned length"), null=True, blank=True)
    length_unit = models.CharField(
        _("length counted in"),
        max_length=12,
        choices=LengthUnit.choices,
        default=LengthUnit.OPEN_ENDED,
    )
    region = models.CharField(
        _("area served"),
        max_length=200,
        help_text=_("For example: Greater Sydney, or Australia-wide."),
    )
    public_description = models.TextField(
        _("public description"),
        help_text=_("Shown on the public page. Use everyday words."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ProgramStatus.choices, default=ProgramStatus.DRAFT
    )
    no_contact_days = models.PositiveSmallIntegerField(
        _("flag a match after this many days without contact"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("The relationships board flags matches that have gone quiet this long."),
    )
    experiences = models.ManyToManyField(
        ExperienceTag,
        blank=True,
        related_name="programs",
        verbose_name=_("experiences served"),
        help_text=_("Choose the branches of the experience list this program serves."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organisation__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="unique_program_name"),
            models.CheckConstraint(
                condition=models.Q(length_unit="open_ended") | models.Q(length_value__gt=0),
                name="program_length_set_unless_open_ended",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("program", args=[self.pk])

    @property
    def length_label(self) -> str:
        if self.length_unit == LengthUnit.OPEN_ENDED or not self.length_value:
            return str(_("Open-ended"))
        return f"{self.length_value} {self.get_length_unit_display()}"

    def delivery_mode_labels(self) -> list[str]:
        labels = dict(DeliveryMode.choices)
        return [str(labels.get(mode, mode)) for mode in self.delivery_modes]


class CrisisResource(models.Model):
    """Where a participant can get urgent help, shown on every participant page."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="crisis_resources")
    name = models.CharField(_("name"), max_length=120)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    text_number = models.CharField(_("text number"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    hours = models.CharField(_("when open"), max_length=80, default="24/7")
    description = models.CharField(_("what they help with"), max_length=300)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name
