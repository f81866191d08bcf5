"""Training for peer mentors: a program's modules, and each mentor's progress.

A module is self-paced (material to read or watch; the mentor marks it done) or an
attended session (staff record attendance). When every required module is done the
mentor gets a certificate, one of the incentives the white paper names.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ModuleKind(models.TextChoices):
    SELF_PACED = "self_paced", _("In your own time")
    SESSION = "session", _("A session to attend")


class TrainingModule(models.Model):
    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="training_modules"
    )
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(_("what it covers"))
    kind = models.CharField(_("how it is done"), max_length=12, choices=ModuleKind.choices)
    required = models.BooleanField(_("required before mentoring"), default=True)
    material_url = models.URLField(_("link to the material (optional)"), blank=True)
    material_text = models.TextField(_("material to read (optional)"), blank=True)
    session_at = models.DateTimeField(_("when (sessions)"), null=True, blank=True)
    session_place = models.CharField(_("where (sessions)"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(
        _("in use"), default=True, help_text=_("Retired modules stay on mentors' records.")
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("quiz pass mark (%)"),
        default=80,
        help_text=_("Only used if you add quiz questions to this module."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["program", "order", "title"]
        constraints = [
            models.UniqueConstraint(fields=["program", "title"], name="unique_module_title")
        ]

    def __str__(self) -> str:
        return self.title


class QuizQuestion(models.Model):
    """A short multiple-choice question; a module with questions is done when passed."""

    module = models.ForeignKey(TrainingModule, on_delete=models.CASCADE, related_name="questions")
    question = models.CharField(_("question"), max_length=300)
    choices = models.JSONField(_("answers to choose from"))
    correct = models.PositiveSmallIntegerField(_("the right answer"))  # index into choices
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["module", "order", "pk"]

    def __str__(self) -> str:
        return self.question


class TrainingRecord(models.Model):
    module = models.ForeignKey(TrainingModule, on_delete=models.PROTECT, related_name="records")
    participant = models.ForeignKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="training_records"
    )
    completed_at = models.DateTimeField()
    attended = models.BooleanField(default=False)
    quiz_score = models.PositiveSmallIntegerField(null=True, blank=True)  # percent
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["participant", "module__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["module", "participant"], name="one_record_per_module_and_mentor"
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant} · {self.module}"


class Certificate(models.Model):
    participant = models.OneToOneField(
        "participants.Participant", on_delete=models.CASCADE, related_name="certificate"
    )
    code = models.CharField(max_length=12, unique=True)
    issued_at = models.DateTimeField()

    def __str__(self) -> str:
        return self.code
