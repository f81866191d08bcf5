"""Arranging sessions ahead: times that suit both, confirm, move, cancel, reminders.

Times are suggested from the weekly free times both people gave (``<day>_<part>``):
mornings start at 10:00, afternoons at 14:00 and evenings at 18:30, in the site's time
zone. The person who proposes a time has agreed to it; the other confirms. Reminders go
out once, a day ahead, by email and text message (``mutual.core.sms``), from a job that
runs every 15 minutes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.core.sms import send_sms
from mutual.live.services import notify_user
from mutual.participants.models import Participant
from mutual.participants.notices import send_notice
from mutual.relationships.models import PlannedSession, PlanStatus, Relationship, SessionMode
from mutual.relationships.services import RelationshipError

PART_STARTS = {"morning": dt.time(10, 0), "afternoon": dt.time(14, 0), "evening": dt.time(18, 30)}
DAY_NUMBERS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
REMINDER_AHEAD = dt.timedelta(hours=24)
# Only suggest times at least this far ahead, so there is time to confirm.
NOTICE = dt.timedelta(hours=12)


def suggested_times(
    relationship: Relationship, now: dt.datetime | None = None, *, days: int = 14, count: int = 6
) -> list[dt.datetime]:
    """The next times inside both people's weekly free times."""
    now = now or timezone.now()
    shared = set(relationship.peer.availability or []) & set(relationship.mentor.availability or [])
    slots = sorted(
        (DAY_NUMBERS[day], PART_STARTS[part])
        for day, _sep, part in (slot.partition("_") for slot in shared)
        if day in DAY_NUMBERS and part in PART_STARTS
    )
    found: list[dt.datetime] = []
    start_day = timezone.localtime(now).date()
    for offset in range(days + 1):
        day = start_day + dt.timedelta(days=offset)
        for weekday, at in slots:
            if day.weekday() != weekday:
                continue
            when = timezone.make_aware(dt.datetime.combine(day, at))
            if when >= now + NOTICE:
                found.append(when)
    return found[:count]


def _other(relationship: Relationship, actor: User) -> Participant | None:
    if relationship.peer.user_id == actor.pk:
        return relationship.mentor
    if relationship.mentor.user_id == actor.pk:
        return relationship.peer
    return None


@transaction.atomic
def propose(relationship: Relationship, actor: User, data: dict[str, Any]) -> PlannedSession:
    if not relationship.is_open:
        raise RelationshipError(_("This match has ended."))
    starts_at = data["starts_at"]
    if starts_at <= timezone.now():
        raise RelationshipError(_("Choose a time in the future."))
    if data.get("mode") not in SessionMode.values:
        raise RelationshipError(_("Choose how you will meet."))
    planned = PlannedSession.objects.create(
        relationship=relationship,
        starts_at=starts_at,
        duration_minutes=data.get("duration_minutes") or 60,
        mode=data["mode"],
        place=(data.get("place") or "").strip()[:200],
        proposed_by=actor,
    )
    record_event(actor, "relationship.session_planned", planned, program=relationship.program)
    _ask_to_confirm(planned, actor)
    return planned


@transaction.atomic
def confirm(planned: PlannedSession, actor: User) -> PlannedSession:
    planned = PlannedSession.objects.select_for_update().get(pk=planned.pk)
    if planned.status != PlanStatus.PROPOSED:
        raise RelationshipError(_("This time has already been confirmed or cancelled."))
    if planned.proposed_by_id == actor.pk:
        raise RelationshipError(_("The other person confirms the time you proposed."))
    planned.status = PlanStatus.CONFIRMED
    planned.save(update_fields=["status", "updated_at"])
    record_event(
        actor, "relationship.session_confirmed", planned, program=planned.relationship.program
    )
    return planned


@transaction.atomic
def move(planned: PlannedSession, actor: User, starts_at: dt.datetime) -> PlannedSession:
    """A new time is a new proposal: the other person confirms it again."""
    planned = PlannedSession.objects.select_for_update().get(pk=planned.pk)
    if planned.status == PlanStatus.CANCELLED:
        raise RelationshipError(_("This session was cancelled."))
    if starts_at <= timezone.now():
        raise RelationshipError(_("Choose a time in the future."))
    planned.starts_at, planned.status = starts_at, PlanStatus.PROPOSED
    planned.proposed_by, planned.reminder_sent_at = actor, None
    planned.save()
    record_event(actor, "relationship.session_moved", planned, program=planned.relationship.program)
    _ask_to_confirm(planned, actor)
    return planned


@transaction.atomic
def cancel(planned: PlannedSession, actor: User) -> PlannedSession:
    planned = PlannedSession.objects.select_for_update().get(pk=planned.pk)
    if planned.status == PlanStatus.CANCELLED:
        raise RelationshipError(_("This session was already cancelled."))
    planned.status = PlanStatus.CANCELLED
    planned.save(update_fields=["status", "updated_at"])
    record_event(
        actor, "relationship.session_cancelled", planned, program=planned.relationship.program
    )
    other = _other(planned.relationship, actor)
    if other is not None and other.user is not None:
        notify_user(
            other.user,
            _("A planned session was cancelled."),
            url=reverse("relationship", args=[planned.relationship_id]),
        )
    return planned


def _ask_to_confirm(planned: PlannedSession, actor: User) -> None:
    other = _other(planned.relationship, actor)
    if other is not None and other.user is not None:
        notify_user(
            other.user,
            _("A time for your next session was proposed. Please confirm it."),
            url=reverse("relationship", args=[planned.relationship_id]),
        )


def send_due_reminders(now: dt.datetime | None = None) -> int:
    """Remind both people of each confirmed session starting within a day; once each."""
    now = now or timezone.now()
    due = PlannedSession.objects.filter(
        status=PlanStatus.CONFIRMED,
        reminder_sent_at=None,
        starts_at__gt=now,
        starts_at__lte=now + REMINDER_AHEAD,
    ).select_related(
        "relationship__peer__user", "relationship__mentor__user", "relationship__program"
    )
    sent = 0
    for planned in due:
        with transaction.atomic():
            claimed = PlannedSession.objects.filter(pk=planned.pk, reminder_sent_at=None).update(
                reminder_sent_at=now
            )
            if not claimed:
                continue  # another worker got it first
            for person in (planned.relationship.peer, planned.relationship.mentor):
                _remind(planned, person)
            sent += 1
    return sent


def _remind(planned: PlannedSession, person: Participant) -> None:
    language = person.user.preferred_language if person.user else "en"
    with translation.override(language):
        when = formats.date_format(timezone.localtime(planned.starts_at), "l j F, H:i")
    link = settings.SITE_URL.rstrip("/") + reverse("relationship", args=[planned.relationship_id])
    values = {"name": person.name, "when": when, "link": link}
    send_notice(
        planned.relationship.program, "session_reminder", person.email, values, language=language
    )
    if person.phone:
        with translation.override(language):
            text = _("Reminder: your peer support session is on %(when)s. %(program)s") % {
                "when": when,
                "program": planned.relationship.program.name,
            }
        transaction.on_commit(lambda: send_sms(person.phone, text))
