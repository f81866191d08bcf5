"""Reading the audit log: one organisation's events, the filters, and everyday words.

The activity page, its CSV download and the API all narrow the log with the same form,
so "who", "what", "program", dates and the name search mean the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from mutual.accounts.models import User
from mutual.audit.models import AuditEvent
from mutual.programs.models import Organisation, Program

# What each action means, in the words a person would use ("Sam gave a role").
# Actions not listed here are shown by their code, so a new action is never hidden.
ACTION_WORDS: dict[str, Promise] = {
    "audit.exported": _("downloaded the activity log"),
    "consent.given": _("recorded someone's consent"),
    "consent.withdrawn": _("recorded that someone withdrew consent"),
    "consent_text.published": _("published new consent wording"),
    "demo.loaded": _("loaded the demonstration data"),
    "experience.created": _("added to the experience list"),
    "experience.updated": _("changed the experience list"),
    "household.created": _("added a household"),
    "household.member_added": _("added someone to a household"),
    "household.member_removed": _("took someone off a household"),
    "household.member_updated": _("changed a household member's details"),
    "household.updated": _("changed a household"),
    "household.viewed": _("looked at a household"),
    "household.list_viewed": _("looked at the list of households"),
    "notice.reset": _("went back to the standard wording of an email"),
    "notice.updated": _("changed the wording of an email"),
    "people.list_viewed": _("looked at the list of people"),
    "participant.draft_started": _("started a form to join"),
    "participant.list_viewed": _("looked at the list of requests and applications"),
    "participant.viewed": _("looked at someone's request or application"),
    "participant.drafts_purged": _("deleted forms left unfinished for 30 days"),
    "participant.stage_changed": _("moved someone to another stage"),
    "participant.submitted": _("sent a form to join"),
    "participant.updated": _("changed someone's answers"),
    "import.checked": _("checked a file of people to bring over"),
    "import.finished": _("brought people over from a file"),
    "import.started": _("started bringing people over from a file"),
    "membership.added": _("gave a role"),
    "membership.ended": _("ended a role"),
    "organisation.created": _("set up the organisation"),
    "matching.accepted": _("started a match: both people said yes"),
    "matching.approved": _("asked a peer mentor about a possible match"),
    "matching.chosen": _("chose a peer mentor for someone"),
    "matching.declined": _("said no to a possible match"),
    "matching.exclusion_added": _("marked two people never to be matched"),
    "matching.mentor_accepted": _("said yes to a possible match"),
    "matching.queue_viewed": _("looked at the matching suggestions"),
    "matching.rematch": _("ended a match to find a better fit"),
    "matching.run_finished": _("finished a search for matches"),
    "matching.run_started": _("started a search for matches"),
    "matching.settings_changed": _("changed what counts in a match"),
    "matching.skipped": _("skipped a suggested match"),
    "matching.suggestions_viewed": _("looked at the best peer mentors for someone"),
    "organisation.updated": _("changed the organisation's details"),
    "referral.received": _("received a referral from a professional"),
    "referral.sharing_changed": _("changed whether their referrer sees updates"),
    "relationship.viewed": _("looked at a match between two people"),
    "screening.check_recorded": _("recorded a check"),
    "screening.interview_recorded": _("recorded a readiness interview"),
    "screening.matches_paused": _("paused new matches after a check expired"),
    "screening.reference_received": _("a referee answered through their link"),
    "screening.reference_recorded": _("recorded a referee's answer"),
    "screening.step_assigned": _("changed who is responsible for a step"),
    "screening.step_overridden": _("went ahead with something still missing"),
    "training.certificate_issued": _("issued a training certificate"),
    "training.completed": _("recorded a training module as done"),
    "training.completion_removed": _("took back a training module's tick"),
    "training.quiz_taken": _("took a training quiz"),
    "training.module_created": _("added a training module"),
    "training.module_updated": _("changed a training module"),
    "program.created": _("set up a program"),
    "program.crisis_help_updated": _("changed a program's crisis help"),
    "program.updated": _("changed a program"),
}


def action_words(action: str) -> str:
    return str(ACTION_WORDS.get(action, action))


def organisation_events(organisation: Organisation) -> QuerySet[AuditEvent]:
    """Every event of one organisation, newest first, with what the table shows."""
    return AuditEvent.objects.filter(organisation=organisation).select_related("actor", "program")


class AuditFilterForm(forms.Form):
    """The filters, built from what is actually in this organisation's log."""

    who = forms.ModelChoiceField(
        label=_("Who"), queryset=User.objects.none(), required=False, empty_label=_("Anyone")
    )
    action = forms.ChoiceField(label=_("What they did"), required=False)
    program = forms.ModelChoiceField(
        label=_("Program"),
        queryset=Program.objects.none(),
        required=False,
        empty_label=_("All programs"),
    )
    date_from = forms.DateField(
        label=_("From (date)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=_("To (date)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    q = forms.CharField(label=_("Record name has"), required=False, max_length=100)

    def __init__(self, data: Any = None, *, organisation: Organisation) -> None:
        super().__init__(data)
        events = AuditEvent.objects.filter(organisation=organisation)
        self.fields["who"].queryset = User.objects.filter(  # type: ignore[attr-defined]
            pk__in=events.exclude(actor=None).values("actor")
        ).order_by("name", "email")
        actions = set(events.order_by().values_list("action", flat=True).distinct())
        choices = sorted(((a, action_words(a)) for a in actions), key=lambda c: c[1].lower())
        self.fields["action"].choices = [("", _("Anything")), *choices]  # type: ignore[attr-defined]
        self.fields["program"].queryset = organisation.programs.all()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            # Attached to the "from" field so the message sits next to it.
            self.add_error(
                "date_from",
                forms.ValidationError(
                    _(
                        "The “from” date is after the “to” date. "
                        "Choose a “from” date on or before the “to” date."
                    ),
                    code="date_order",
                ),
            )
        return data

    def apply(self, events: QuerySet[AuditEvent]) -> QuerySet[AuditEvent]:
        """Narrow ``events`` by the valid filters. Call only after ``is_valid()``."""
        data = self.cleaned_data
        if data.get("who"):
            events = events.filter(actor=data["who"])
        if data.get("action"):
            events = events.filter(action=data["action"])
        if data.get("program"):
            events = events.filter(program=data["program"])
        if data.get("date_from"):
            events = events.filter(created_at__gte=_start_of(data["date_from"]))
        if data.get("date_to"):
            # "To" includes the whole of that day.
            next_day = data["date_to"] + dt.timedelta(days=1)
            events = events.filter(created_at__lt=_start_of(next_day))
        if data.get("q"):
            events = events.filter(object_repr__icontains=data["q"])
        return events

    def summary(self) -> dict[str, str]:
        """The filters in use, in a form that can be stored in an audit event."""
        summary: dict[str, str] = {}
        for name, value in self.cleaned_data.items():
            if value in (None, ""):
                continue
            if isinstance(value, dt.date):
                summary[name] = value.isoformat()
            elif hasattr(value, "pk"):
                summary[name] = str(value.pk)
            else:
                summary[name] = str(value)
        return summary


def _start_of(day: dt.date) -> dt.datetime:
    """Midnight at the start of ``day`` in the installation's local time."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))
