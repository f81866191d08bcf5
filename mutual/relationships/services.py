"""Relationship verbs: log a session, rate it, pause, resume, close.

Each is one transaction with its audit event. Re-matching ("not the right fit") is
``mutual.matching.services.rematch``, because it goes on to suggest the next mentor.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.participants.models import PeerStage
from mutual.participants.services import change_stage
from mutual.relationships.models import (
    Bridge,
    EndReason,
    HelpKind,
    MonthlyCheckIn,
    Relationship,
    RelationshipStage,
    Session,
    SessionEdit,
    SessionMode,
)

logger = logging.getLogger("mutual.relationships")

# The longest a logged session can be (a long day out together).
MAX_MINUTES = 12 * 60


class RelationshipError(ValueError):
    """A request about a relationship that cannot be carried out; shown to the person."""


def last_values(relationship: Relationship) -> dict[str, Any]:
    """The mentor's last choices, so logging the next session is mostly one tap."""
    last = Session.objects.filter(relationship=relationship).order_by("-created_at").first()
    if last is None:
        return {"duration_minutes": 60, "mode": SessionMode.PHONE, "help_kinds": []}
    return {
        "duration_minutes": last.duration_minutes,
        "mode": last.mode,
        "help_kinds": list(last.help_kinds),
    }


@transaction.atomic
def log_session(
    relationship: Relationship, actor: User, data: dict[str, Any], submit_key: str = ""
) -> Session:
    """Record a session. The same ``submit_key`` twice (a double tap) records it once."""
    if submit_key:
        existing = Session.objects.filter(submit_key=submit_key).first()
        if existing is not None:
            return existing
    relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
    if not relationship.is_open:
        raise RelationshipError(_("This match has ended, so sessions can no longer be added."))
    _check_session(data)
    session = Session.objects.create(
        relationship=relationship,
        happened_on=data["happened_on"],
        duration_minutes=data["duration_minutes"],
        mode=data["mode"],
        help_kinds=sorted(set(data.get("help_kinds") or [])),
        others_present=(data.get("others_present") or "").strip(),
        note=(data.get("note") or "").strip(),
        next_steps=(data.get("next_steps") or "").strip(),
        submit_key=submit_key or None,
        logged_by=actor,
    )
    updates: dict[str, Any] = {"session_count": F("session_count") + 1}
    if relationship.last_contact_on is None or session.happened_on > relationship.last_contact_on:
        updates["last_contact_on"] = session.happened_on
    if relationship.stage == RelationshipStage.INTRODUCED:
        updates["stage"] = RelationshipStage.ACTIVE
    Relationship.objects.filter(pk=relationship.pk).update(**updates)
    record_event(actor, "relationship.session_logged", session, program=relationship.program)
    if relationship.session_count == 0:
        from mutual.relationships import fit

        fit.ask(relationship)
    _thank_at_milestones(relationship)
    _ask_peer_to_rate(relationship)
    session.risk = assess_note(session, relationship, actor)  # type: ignore[attr-defined]
    return session


def assess_note(session: Session, relationship: Relationship, actor: User) -> Any:
    """Session notes go through risk detection; a worrying note raises a safety alert, and
    the caller shows the writer the program's crisis help (``docs/safety.md``)."""
    from mutual.safety.services import assess_writing

    text = "\n".join(part for part in (session.note, session.next_steps) if part)
    if not text:
        return None
    try:
        return assess_writing(
            text,
            program=relationship.program,
            author=actor,
            origin="session_note",
            origin_id=session.pk,
            subject=relationship.peer,
            relationship=relationship,
        )
    except Exception:
        # The note itself must never be lost because detection failed: keep it, and make
        # the failure loud in the logs (and error tracking) instead.
        logger.exception("Risk detection failed for session %s", session.pk)
        return None


def _ask_peer_to_rate(relationship: Relationship) -> None:
    """One tap for the peer: "How helpful was today?" (answered on the match's page)."""
    from django.urls import reverse

    from mutual.live.services import notify_user

    if relationship.peer.user is not None:
        notify_user(
            relationship.peer.user,
            _("How helpful was today? One tap to tell us."),
            url=reverse("relationship", args=[relationship.pk]),
        )


# A thank-you note when a mentor's sessions, across all their matches, reach these.
MILESTONES = (1, 10, 25, 50, 100, 250)


def _thank_at_milestones(relationship: Relationship) -> None:
    mentor = relationship.mentor
    if mentor.user is None:
        return
    total = Session.objects.filter(relationship__mentor__user=mentor.user).count()
    if total in MILESTONES:
        from mutual.live.services import notify_user

        text = (
            _("Your first session is logged. Thank you for being there.")
            if total == 1
            else _("That is %(count)d sessions you have given. Thank you.") % {"count": total}
        )
        notify_user(mentor.user, text)


def _check_session(data: dict[str, Any]) -> None:
    today = timezone.localdate()
    if data["happened_on"] > today:
        raise RelationshipError(_("A session cannot be in the future. Plan it instead."))
    if data["happened_on"] < today - dt.timedelta(days=365):
        raise RelationshipError(_("That date is more than a year ago. Please check it."))
    if not 1 <= data["duration_minutes"] <= MAX_MINUTES:
        raise RelationshipError(_("Give a length between 1 minute and 12 hours."))
    if data["mode"] not in SessionMode.values:
        raise RelationshipError(_("Choose how you met."))
    if not set(data.get("help_kinds") or []) <= set(HelpKind.values):
        raise RelationshipError(_("Choose kinds of help from the list."))


@transaction.atomic
def rate_session(session: Session, actor: User, rating: int) -> Session:
    """The peer's one-tap "How helpful was today?"; they may change their answer."""
    if session.relationship.peer.user_id != actor.pk:
        raise RelationshipError(_("Only the peer can rate a session."))
    if rating not in (1, 2, 3):
        raise RelationshipError(_("Choose one of the answers."))
    session.peer_rating, session.rated_at = rating, timezone.now()
    session.save(update_fields=["peer_rating", "rated_at"])
    record_event(actor, "relationship.session_rated", session, program=session.relationship.program)
    return session


@transaction.atomic
def pause(relationship: Relationship, actor: User, reason: str) -> Relationship:
    relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
    if not relationship.is_open:
        raise RelationshipError(_("This match has ended."))
    if relationship.is_paused:
        raise RelationshipError(_("This match is already paused."))
    if not reason.strip():
        raise RelationshipError(_("Say in a few words why, so everyone knows."))
    relationship.paused_at, relationship.pause_reason = timezone.now(), reason.strip()[:300]
    relationship.save(update_fields=["paused_at", "pause_reason"])
    record_event(actor, "relationship.paused", relationship, program=relationship.program)
    return relationship


@transaction.atomic
def resume(relationship: Relationship, actor: User) -> Relationship:
    relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
    if not relationship.is_paused:
        raise RelationshipError(_("This match is not paused."))
    relationship.paused_at, relationship.pause_reason = None, ""
    relationship.save(update_fields=["paused_at", "pause_reason"])
    record_event(actor, "relationship.resumed", relationship, program=relationship.program)
    return relationship


@transaction.atomic
def start_closing(relationship: Relationship, actor: User) -> Relationship:
    """The planned end is near: the match is "coming to an end"."""
    relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
    if relationship.stage not in (RelationshipStage.INTRODUCED, RelationshipStage.ACTIVE):
        raise RelationshipError(_("Only a match that is meeting can start coming to an end."))
    relationship.stage = RelationshipStage.CLOSING
    relationship.save(update_fields=["stage"])
    record_event(actor, "relationship.closing", relationship, program=relationship.program)
    return relationship


@transaction.atomic
def close(
    relationship: Relationship,
    actor: User,
    reason: str,
    note: str = "",
    checklist: list[str] | None = None,
    invite_to_mentor: bool = False,
) -> Relationship:
    """End a match with its reason and closing checklist; thank both people; invite the
    peer to become a mentor if they want to hear about it. Re-matching is separate."""
    relationship = Relationship.objects.select_for_update().get(pk=relationship.pk)
    if not relationship.is_open:
        raise RelationshipError(_("This match has already ended."))
    if reason not in EndReason.values or reason == EndReason.REMATCHED:
        raise RelationshipError(_("Choose why the match is ending."))
    relationship.stage, relationship.ended_at = RelationshipStage.CLOSED, timezone.now()
    relationship.end_reason, relationship.end_note = reason, note.strip()[:300]
    relationship.closing_checklist = sorted(set(checklist or []))
    relationship.paused_at, relationship.pause_reason = None, ""
    relationship.save()
    record_event(actor, "relationship.closed", relationship, program=relationship.program)
    if relationship.peer.stage == PeerStage.MATCHED:
        change_stage(actor, relationship.peer, PeerStage.ENDED, reason=_("The match ended."))
    for person in (relationship.peer, relationship.mentor):
        _notice(relationship, person, "match_closed", {})
    if invite_to_mentor:
        _invite(relationship, actor)
    return relationship


def _invite(relationship: Relationship, actor: User) -> None:
    """The invitation never stops the match from ending (the program may be paused)."""
    from mutual.participants.services.errors import JoiningError
    from mutual.relationships.closure import invite_to_mentor

    try:
        with transaction.atomic():
            invite_to_mentor(relationship.peer)
    except JoiningError:
        return
    record_event(
        actor, "relationship.mentor_invitation", relationship, program=relationship.program
    )


def _notice(relationship: Relationship, person: Any, key: str, extra: dict[str, str]) -> None:
    from mutual.participants.notices import send_notice

    language = person.user.preferred_language if person.user else "en"
    values = {"name": person.name, **extra}
    send_notice(relationship.program, key, person.email, values, language=language)


@transaction.atomic
def add_bridge(relationship: Relationship, actor: User, data: dict[str, Any]) -> Bridge:
    what = (data.get("what") or "").strip()
    if not what:
        raise RelationshipError(_("Say what the connection was."))
    bridge = Bridge.objects.create(
        relationship=relationship,
        what=what[:200],
        where=(data.get("where") or "").strip()[:200],
        outcome=(data.get("outcome") or "").strip()[:300],
        created_by=actor,
    )
    record_event(actor, "relationship.bridge_added", bridge, program=relationship.program)
    return bridge


def this_month(today: dt.date | None = None) -> dt.date:
    return (today or timezone.localdate()).replace(day=1)


@transaction.atomic
def tick_check_in(relationship: Relationship, actor: User, note: str = "") -> MonthlyCheckIn:
    """This month's check-in with the match, done; ticking twice keeps the first."""
    check_in, created = MonthlyCheckIn.objects.get_or_create(
        relationship=relationship,
        month=this_month(),
        defaults={"note": note.strip()[:300], "done_by": actor},
    )
    if created:
        record_event(actor, "relationship.checked_in", check_in, program=relationship.program)
    return check_in


EDITABLE = (
    "happened_on",
    "duration_minutes",
    "mode",
    "help_kinds",
    "others_present",
    "note",
    "next_steps",
)


@transaction.atomic
def edit_session(session: Session, actor: User, data: dict[str, Any]) -> Session:
    """Change a session, keeping what each changed field was before."""
    session = Session.objects.select_for_update().get(pk=session.pk)
    _check_session({**{f: getattr(session, f) for f in EDITABLE}, **data})
    if "help_kinds" in data:
        data = {**data, "help_kinds": sorted(set(data["help_kinds"] or []))}
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for field in EDITABLE:
        if field not in data:
            continue
        old, new = getattr(session, field), data[field]
        if isinstance(new, str):
            new = new.strip()
        if old != new:
            before[field], after[field] = _plain(old), _plain(new)
            setattr(session, field, new)
    if not before:
        return session
    session.save()
    SessionEdit.objects.create(session=session, changed_by=actor, before=before, after=after)
    _recount(session.relationship_id)
    if "note" in before or "next_steps" in before:
        session.risk = assess_note(session, session.relationship, actor)  # type: ignore[attr-defined]
    record_event(
        actor, "relationship.session_edited", session,
        program=session.relationship.program, fields=sorted(before),
    )  # fmt: skip
    return session


@transaction.atomic
def delete_session(session: Session, actor: User) -> None:
    """Only coordinators delete (the view checks); the audit log keeps what it was."""
    relationship = session.relationship
    record_event(
        actor, "relationship.session_deleted", relationship, program=relationship.program,
        happened_on=session.happened_on.isoformat(), minutes=session.duration_minutes,
    )  # fmt: skip
    session.delete()
    _recount(relationship.pk)


def _recount(relationship_id: int) -> None:
    sessions = Session.objects.filter(relationship_id=relationship_id)
    last = sessions.order_by("-happened_on").values_list("happened_on", flat=True).first()
    Relationship.objects.filter(pk=relationship_id).update(
        session_count=sessions.count(), last_contact_on=last
    )


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value
