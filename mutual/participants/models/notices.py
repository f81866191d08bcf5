"""Per-program wording of the emails Mutual sends at each step (defaults in notices.py)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class NoticeTemplate(models.Model):
    """A program's own wording for one kind of email. Without one, the default is used."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="notice_templates"
    )
    key = models.CharField(max_length=40)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"))
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["program", "key"]
        constraints = [
            models.UniqueConstraint(fields=["program", "key"], name="one_notice_template_per_key")
        ]

    def __str__(self) -> str:
        return f"{self.program} · {self.key}"
