"""A person's private iCalendar feed: their planned sessions, for any calendar app.

The address carries a secret; only its SHA-256 is stored. Making a new address or
turning the feed off makes the old address stop working straight away.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.relationships.models import CalendarFeed, PlannedSession, PlanStatus


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def new_address(user: User) -> str:
    """Make (or replace) the person's feed; returns the full address to copy once."""
    secret = secrets.token_urlsafe(24)
    CalendarFeed.objects.update_or_create(user=user, defaults={"token_hash": _hash(secret)})
    record_event(user, "relationship.calendar_address_made", user)
    return settings.SITE_URL.rstrip("/") + reverse("calendar_feed", args=[secret])


@transaction.atomic
def turn_off(user: User) -> None:
    CalendarFeed.objects.filter(user=user).delete()
    record_event(user, "relationship.calendar_turned_off", user)


def owner_of(secret: str) -> User | None:
    feed = CalendarFeed.objects.select_related("user").filter(token_hash=_hash(secret)).first()
    return feed.user if feed is not None else None


def build(user: User, now: dt.datetime | None = None) -> bytes:
    """The person's planned sessions (the last 30 days and everything ahead)."""
    now = now or timezone.now()
    planned = (
        PlannedSession.objects.filter(
            Q(relationship__peer__user=user) | Q(relationship__mentor__user=user),
            starts_at__gte=now - dt.timedelta(days=30),
        )
        .select_related("relationship__peer", "relationship__mentor", "relationship__program")
        .order_by("starts_at")
    )
    calendar = Calendar()
    calendar.add("prodid", "-//Mutual//peer support sessions//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Peer support sessions"))
    host = settings.SITE_URL.split("//")[-1].split("/")[0] or "mutual"
    for session in planned:
        relationship = session.relationship
        mine_as_mentor = relationship.mentor.user_id == user.pk
        other = relationship.peer if mine_as_mentor else relationship.mentor
        event = Event()
        event.add("uid", f"planned-session-{session.pk}@{host}")
        event.add("dtstamp", session.updated_at)
        event.add("dtstart", session.starts_at)
        event.add("dtend", session.starts_at + dt.timedelta(minutes=session.duration_minutes))
        event.add("summary", _("Peer support with %(name)s") % {"name": other.name.split()[0]})
        event.add("location", session.place or session.get_mode_display())
        event.add(
            "url", settings.SITE_URL.rstrip("/") + reverse("relationship", args=[relationship.pk])
        )
        event.add(
            "status",
            {
                PlanStatus.CONFIRMED: "CONFIRMED",
                PlanStatus.PROPOSED: "TENTATIVE",
                PlanStatus.CANCELLED: "CANCELLED",
            }[PlanStatus(session.status)],
        )
        calendar.add_component(event)
    return calendar.to_ical()
