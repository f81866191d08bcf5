"""Verbs for safety: assess writing, raise an alert, and everything done with one after.

Every verb is one transaction and leaves an audit event; notifications go out on commit
(``notify.py``), so a rolled-back alert never pages anyone. The views, the API, background
jobs and tests all call these.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.households.models import HouseholdMember
from mutual.participants.models import Participant
from mutual.programs.models import Program
from mutual.relationships.models import Relationship
from mutual.safety import notify
from mutual.safety.deadlines import deadline
from mutual.safety.models import (
    LEVEL_ORDER,
    Alert,
    AlertEvent,
    AlertLevel,
    AlertSource,
    AlertStatus,
    EventKind,
    Incident,
    SafetySettings,
)
from mutual.safety.risk import Assessment, classify
from mutual.safety.roster import first_responder


class SafetyError(ValueError):
    """A request that cannot be done, with a message for the person who asked."""


def settings_for(program: Program) -> SafetySettings:
    found = SafetySettings.objects.filter(program=program).first()
    return found or SafetySettings(program=program)


def _event(alert: Alert, kind: str, actor: User | None, text: str = "", at: Any = None) -> None:
    AlertEvent.objects.create(
        alert=alert, kind=kind, actor=actor, text=text, at=at or timezone.now()
    )


def _children_in_household(person: Participant | None) -> bool:
    if person is None or person.membership_id is None:
        return False
    youngest_adult = timezone.localdate().year - 17
    return HouseholdMember.objects.filter(
        household__contact_id=person.membership_id, birth_year__gte=youngest_adult
    ).exists()


def assess_writing(
    text: str,
    *,
    program: Program,
    author: User | None,
    origin: str,
    origin_id: object = "",
    subject: Participant | None = None,
    relationship: Relationship | None = None,
) -> Assessment:
    """Assess anything a person wrote (a message, a group post, a session note, intake words).

    The one entry point for every place people write: callers show the writer the program's
    crisis help when ``result.at_risk`` is true. A concern or worse raises an alert for the
    program's professionals; the text itself is always kept by the caller, never dropped.
    """
    # A session note is written about the peer: "she has a plan" is the peer's own risk.
    result = classify(text, reported=origin == "session_note")
    found = LEVEL_ORDER[AlertLevel(result.level)] if result.level != "none" else 0
    if found >= LEVEL_ORDER[ALERT_FROM.get(origin, AlertLevel.CONCERN)]:
        raise_alert(
            program,
            level=result.level,
            source=AlertSource.WRITING,
            summary=_summary_for(origin),
            raised_by=None,
            subject=subject,
            relationship=relationship,
            excerpt=text[:4000],
            reasons=result.reasons,
            score=result.score,
            origin=origin,
            origin_id=str(origin_id),
            author=author,
        )
    return result


# The lowest level that raises an alert, by where the words come from. Everyone who asks
# for support describes a hard time, so a joining form alerts only from elevated: a concern
# there is the reason they are joining, and the coordinator reads the form anyway.
ALERT_FROM = {"intake": AlertLevel.ELEVATED}


def _summary_for(origin: str) -> str:
    labels = {
        "session_note": _("Words in a session note suggest risk."),
        "message": _("Words in a message suggest risk."),
        "intake": _("Words in a joining form suggest risk."),
    }
    return labels.get(origin, _("Something written suggests risk."))


def raise_alert(
    program: Program,
    *,
    level: str,
    source: str,
    summary: str,
    raised_by: User | None,
    subject: Participant | None = None,
    relationship: Relationship | None = None,
    excerpt: str = "",
    reasons: list[str] | None = None,
    score: float | None = None,
    origin: str = "",
    origin_id: str = "",
    submit_key: str = "",
    author: User | None = None,
    now: dt.datetime | None = None,
) -> Alert:
    """Open an alert, give it to the first person on the roster, and tell them.

    The same ``submit_key`` twice (a double tap) raises one alert. Writing about the same
    thing again while its alert is still open adds to that alert instead of a second one,
    and raises its level if the new words are worse.
    """
    if level not in LEVEL_ORDER:
        raise SafetyError(_("Choose how worried you are."))
    if submit_key and (existing := Alert.objects.filter(submit_key=submit_key).first()):
        return existing
    now = now or timezone.now()
    with transaction.atomic():
        same = _open_alert_for(program, origin, origin_id) if origin_id else None
        if same is not None:
            return _add_to_open_alert(same, level, excerpt, reasons or [], score, now)
        alert = Alert.objects.create(
            program=program,
            level=level,
            source=source,
            subject=subject,
            relationship=relationship,
            raised_by=raised_by,
            summary=summary[:300],
            excerpt=excerpt,
            reasons=reasons or [],
            score=score,
            origin=origin,
            origin_id=origin_id,
            owner=first_responder(program),
            due_at=deadline(level, now, settings_for(program)),
            raised_at=now,
            children_in_household=_children_in_household(subject),
            submit_key=submit_key or None,
        )
        _event(alert, EventKind.RAISED, raised_by or author, summary, at=now)
        record_event(raised_by, "safety.alert_raised", alert, program=program, level=level)
        _prompt_supervision(alert, now)
        transaction.on_commit(lambda: notify.new_alert(alert.pk))
    return alert


# Several alerts in one mentor's caseload within this many days suggest supervision: the
# mentor is carrying a lot (seed 003: burnout, re-traumatisation).
CASELOAD_ALERTS = 2
CASELOAD_DAYS = 30


def _prompt_supervision(alert: Alert, now: dt.datetime) -> None:
    from mutual.wellbeing.services import suggest_supervision

    if alert.relationship is None:
        return
    mentor = alert.relationship.mentor
    recent = Alert.objects.filter(
        relationship__mentor=mentor, raised_at__gte=now - dt.timedelta(days=CASELOAD_DAYS)
    ).count()
    if recent >= CASELOAD_ALERTS:
        suggest_supervision(
            mentor,
            _("%(n)d safety alerts in this mentor's matches in %(days)d days")
            % {"n": recent, "days": CASELOAD_DAYS},
        )


def _open_alert_for(program: Program, origin: str, origin_id: str) -> Alert | None:
    return (
        Alert.objects.select_for_update()
        .filter(program=program, origin=origin, origin_id=origin_id)
        .exclude(status=AlertStatus.RESOLVED)
        .first()
    )


def _add_to_open_alert(
    alert: Alert, level: str, excerpt: str, reasons: list[str], score: float | None, now: Any
) -> Alert:
    alert.excerpt, alert.reasons, alert.score = excerpt, reasons, score
    fields = ["excerpt", "reasons", "score"]
    if LEVEL_ORDER[AlertLevel(level)] > LEVEL_ORDER[AlertLevel(alert.level)]:
        alert.level = level
        fields.append("level")
        if alert.status == AlertStatus.OPEN:
            alert.due_at = min(alert.due_at, deadline(level, now, settings_for(alert.program)))
            fields.append("due_at")
    alert.save(update_fields=fields)
    _event(alert, EventKind.NOTE, None, _("The writing was changed; the alert was updated."), now)
    return alert


def raise_concern(
    relationship: Relationship, actor: User, words: str, *, urgent: bool, submit_key: str = ""
) -> Alert:
    """ "Raise a concern" on a match's page, by the mentor, the peer or staff."""
    words = words.strip()
    if not words:
        raise SafetyError(_("Please say in a few words what worries you."))
    if len(words) > 2000:
        raise SafetyError(_("Please keep it under 2,000 characters."))
    level = AlertLevel.IMMINENT if urgent else AlertLevel.CONCERN
    detected = classify(words)
    if not urgent and detected.level == "elevated":
        level = AlertLevel.ELEVATED
    if detected.level == "imminent":
        level = AlertLevel.IMMINENT
    return raise_alert(
        relationship.program,
        level=level,
        source=AlertSource.PERSON,
        summary=words[:300],
        raised_by=actor,
        subject=relationship.peer,
        relationship=relationship,
        excerpt=words,
        reasons=detected.reasons,
        origin="manual",
        submit_key=submit_key,
    )


def view_alert(alert: Alert, actor: User) -> None:
    """Every look at an alert is recorded (who saw what, when)."""
    record_event(actor, "safety.alert_viewed", alert, program=alert.program)


def _locked(alert: Alert) -> Alert:
    return Alert.objects.select_for_update().get(pk=alert.pk)


@transaction.atomic
def acknowledge(alert: Alert, actor: User) -> Alert:
    """Someone has seen it and is acting: the clock stops and escalation ends."""
    alert = _locked(alert)
    if alert.status != AlertStatus.OPEN:
        return alert
    alert.status = AlertStatus.ACKNOWLEDGED
    alert.acknowledged_at = timezone.now()
    alert.acknowledged_by = actor
    alert.owner = actor
    alert.save(update_fields=["status", "acknowledged_at", "acknowledged_by", "owner"])
    _event(alert, EventKind.ACKNOWLEDGED, actor)
    record_event(actor, "safety.alert_acknowledged", alert, program=alert.program)
    return alert


@transaction.atomic
def add_note(alert: Alert, actor: User, text: str) -> AlertEvent:
    text = text.strip()
    if not text:
        raise SafetyError(_("Write a note first."))
    alert = _locked(alert)
    event = AlertEvent.objects.create(
        alert=alert, kind=EventKind.NOTE, actor=actor, text=text[:4000], at=timezone.now()
    )
    record_event(actor, "safety.alert_note_added", alert, program=alert.program)
    return event


@transaction.atomic
def assign(alert: Alert, actor: User, to: User) -> Alert:
    """Hand an alert to another professional of the program (it stays acknowledged)."""
    alert = _locked(alert)
    alert.owner = to
    alert.save(update_fields=["owner"])
    _event(alert, EventKind.ASSIGNED, actor, to.name or to.email)
    record_event(actor, "safety.alert_assigned", alert, program=alert.program, to=to.pk)
    transaction.on_commit(lambda: notify.handed_over(alert.pk, to.pk))
    return alert


@transaction.atomic
def resolve(alert: Alert, actor: User, notes: str) -> Alert:
    notes = notes.strip()
    if not notes:
        raise SafetyError(_("Say what was done, so the next person knows."))
    alert = _locked(alert)
    if alert.status == AlertStatus.RESOLVED:
        raise SafetyError(_("This alert is already resolved."))
    now = timezone.now()
    if alert.acknowledged_at is None:
        alert.acknowledged_at, alert.acknowledged_by = now, actor
    alert.status, alert.resolved_at, alert.resolved_by = AlertStatus.RESOLVED, now, actor
    alert.resolution = notes[:4000]
    alert.save()
    _event(alert, EventKind.RESOLVED, actor, alert.resolution)
    record_event(actor, "safety.alert_resolved", alert, program=alert.program)
    return alert


@transaction.atomic
def reopen(alert: Alert, actor: User, why: str) -> Alert:
    alert = _locked(alert)
    if alert.status != AlertStatus.RESOLVED:
        raise SafetyError(_("Only a resolved alert can be reopened."))
    alert.status = AlertStatus.ACKNOWLEDGED
    alert.owner = actor
    alert.save(update_fields=["status", "owner"])
    _event(alert, EventKind.REOPENED, actor, why.strip()[:2000])
    record_event(actor, "safety.alert_reopened", alert, program=alert.program)
    return alert


@transaction.atomic
def record_incident(alert: Alert, actor: User, data: dict[str, Any]) -> Incident:
    """Create or update the alert's incident record (one per alert)."""
    for field in ("what_happened", "actions_taken"):
        if not str(data.get(field) or "").strip():
            raise SafetyError(_("Say what happened and what was done."))
    alert = _locked(alert)
    incident, created = Incident.objects.update_or_create(
        alert=alert,
        defaults={
            "what_happened": data["what_happened"].strip(),
            "actions_taken": data["actions_taken"].strip(),
            "emergency_services": bool(data.get("emergency_services")),
            "reported_to": str(data.get("reported_to") or "").strip()[:300],
            "recorded_by": actor,
            "recorded_at": timezone.now(),
        },
    )
    _event(
        alert,
        EventKind.INCIDENT,
        actor,
        _("Incident record written") if created else _("Incident record changed"),
    )
    record_event(actor, "safety.incident_recorded", alert, program=alert.program)
    return incident
