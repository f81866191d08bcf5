"""Wellbeing verbs: check in, suggest supervision, record supervision, pause myself.

Each is one transaction with its audit event; notifications and emails go out on commit.
``suggest_supervision`` is the entry point for other parts of Mutual (the safety work
calls it when several alerts occur in one mentor's caseload): docs/wellbeing.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mutual.accounts.models import Role, User
from mutual.accounts.services import people_in_roles
from mutual.audit.services import record_event
from mutual.live.services import notify_user
from mutual.participants.models import MentorStage, Participant
from mutual.participants.notices import send_notice
from mutual.programs.models import Program
from mutual.screening.services import _has_expired_check
from mutual.wellbeing import rules
from mutual.wellbeing.models import (
    DEFAULT_CADENCE_DAYS,
    CheckIn,
    MentorWellbeing,
    SupervisionRecord,
    SupervisionTheme,
    WellbeingSettings,
)

# Mentors in these stages check in, and may pause themselves.
MENTORING_STAGES = (MentorStage.ACTIVE, MentorStage.PAUSED)
CADENCE_RANGE = (7, 182)
LOW_TOTAL_RANGE = (3, 14)
NOTE_LENGTH = 1000
LOW_CHECK_IN = gettext_lazy("Low wellbeing check-in")
PAUSED_BY_MENTOR = gettext_lazy("Paused by the peer mentor")


class WellbeingError(ValueError):
    """A wellbeing request that cannot be carried out; shown to the person."""


# --- settings and state ---------------------------------------------------------------


def settings_for(program: Program) -> WellbeingSettings:
    """The program's settings, or the defaults (unsaved) if it never changed them."""
    found = WellbeingSettings.objects.filter(program=program).first()
    return found or WellbeingSettings(program=program)


@transaction.atomic
def update_settings(
    program: Program, actor: User, cadence_days: int, low_total: int
) -> WellbeingSettings:
    if not CADENCE_RANGE[0] <= cadence_days <= CADENCE_RANGE[1]:
        raise WellbeingError(_("Choose between 7 and 182 days between check-ins."))
    if not LOW_TOTAL_RANGE[0] <= low_total <= LOW_TOTAL_RANGE[1]:
        raise WellbeingError(_("Choose a total between 3 and 14."))
    chosen, _created = WellbeingSettings.objects.update_or_create(
        program=program,
        defaults={"cadence_days": cadence_days, "low_total": low_total, "updated_by": actor},
    )
    record_event(
        actor, "wellbeing.settings_changed", program, program=program,
        cadence_days=cadence_days, low_total=low_total,
    )  # fmt: skip
    return chosen


def _state(mentor: Participant) -> MentorWellbeing:
    """The mentor's state row, locked for the rest of the transaction."""
    MentorWellbeing.objects.get_or_create(mentor=mentor)
    return MentorWellbeing.objects.select_for_update().get(mentor=mentor)


def started_on(mentor: Participant) -> dt.date:
    when = mentor.stage_changed_at or mentor.submitted_at or mentor.created_at
    return timezone.localdate(when)


def next_due(mentor: Participant, state: MentorWellbeing | None, cadence_days: int) -> dt.date:
    """When the mentor's next check-in is due. ``state.last_check_in`` should be loaded."""
    last = state.last_check_in if state is not None else None
    anchor = timezone.localdate(last.created_at) if last is not None else started_on(mentor)
    return rules.due_on(anchor, cadence_days)


def paused_by_themselves(mentor: Participant) -> bool:
    """Whether the mentor paused new matches themselves (only they lift it)."""
    return MentorWellbeing.objects.filter(mentor=mentor, paused_self_at__isnull=False).exists()


# --- check-ins ----------------------------------------------------------------------


def _answers(data: dict[str, Any]) -> tuple[int, int, int]:
    try:
        answers = tuple(int(data[key]) for key in ("feeling", "manageable", "supported"))
    except (KeyError, TypeError, ValueError) as missing:
        raise WellbeingError(_("Choose an answer for each of the three questions.")) from missing
    if not all(a in rules.SCALE for a in answers):
        raise WellbeingError(_("Choose an answer for each of the three questions."))
    return answers  # type: ignore[return-value]


@transaction.atomic
def submit_check_in(
    mentor: Participant, actor: User, data: dict[str, Any], submit_key: str = ""
) -> CheckIn:
    """Record the mentor's check-in. A low one suggests supervision. The same
    ``submit_key`` twice (a double tap) records it once."""
    if mentor.user_id != actor.pk:
        raise WellbeingError(_("Only the peer mentor can check in for themselves."))
    state = _state(mentor)  # locked: a second tap waits here, then finds the first
    if submit_key:
        existing = CheckIn.objects.filter(mentor=mentor, submit_key=submit_key).first()
        if existing is not None:
            return existing
    if mentor.stage not in MENTORING_STAGES:
        raise WellbeingError(_("Check-ins are for peer mentors who are mentoring now."))
    answers = _answers(data)
    note = (data.get("note") or "").strip()
    if len(note) > NOTE_LENGTH:
        raise WellbeingError(_("Please keep the note under 1,000 characters."))
    low = rules.is_low(answers, settings_for(mentor.program).low_total)
    check_in = CheckIn.objects.create(
        mentor=mentor,
        feeling=answers[0],
        manageable=answers[1],
        supported=answers[2],
        note=note,
        is_low=low,
        submit_key=submit_key or None,
    )
    state.previous_total = state.last_check_in.total if state.last_check_in else None
    state.last_check_in = check_in
    state.save(update_fields=["previous_total", "last_check_in"])
    record_event(actor, "wellbeing.checked_in", check_in, program=mentor.program, low=low)
    if low:
        with translation.override(settings.LANGUAGE_CODE):
            reason = str(LOW_CHECK_IN)
        suggest_supervision(mentor, reason, actor=actor)
    return check_in


# --- supervision ----------------------------------------------------------------------


@transaction.atomic
def suggest_supervision(
    mentor: Participant, reason: str, *, actor: User | None = None
) -> MentorWellbeing:
    """Mark supervision as suggested for a mentor and tell the program's supervisors and
    coordinators. Safe to call again: the same reason twice tells nobody twice; a new
    reason is added to the earlier ones. The flag clears when a supervision session on
    or after the suggestion is recorded.

    Called by a low check-in, and by the safety work when several alerts occur in one
    mentor's caseload (``reason`` is shown to the professionals, not to the mentor).
    """
    reason = " ".join(reason.split())[:300] or str(LOW_CHECK_IN)
    state = _state(mentor)
    reasons = [r for r in state.supervision_reason.split("; ") if r]
    if state.supervision_suggested and reason in reasons:
        return state
    if not state.supervision_suggested:
        state.supervision_suggested_at, reasons = timezone.now(), []
    reasons.append(reason)
    while len("; ".join(reasons)) > 300:  # keep the latest reasons whole
        reasons.pop(0)
    state.supervision_reason = "; ".join(reasons)
    state.save(update_fields=["supervision_suggested_at", "supervision_reason"])
    record_event(
        actor, "wellbeing.supervision_suggested", mentor, program=mentor.program, reason=reason
    )
    _tell_professionals(mentor)
    return state


def professionals(program: Program) -> list[User]:
    """The program's current supervisors and coordinators."""
    return people_in_roles(program, (Role.SUPERVISOR, Role.COORDINATOR))


def _tell_professionals(mentor: Participant) -> None:
    path = reverse("mentor_wellbeing", args=[mentor.pk])
    link = settings.SITE_URL.rstrip("/") + path
    for person in professionals(mentor.program):
        if person.pk == mentor.user_id:
            continue
        with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
            text = _("Supervision suggested for %(name)s. Please offer them a chat.") % {
                "name": mentor.name
            }
        notify_user(person, text, url=path)
        send_notice(
            mentor.program,
            "supervision_suggested",
            person.email,
            {"name": person.name, "link": link},
            language=person.preferred_language or settings.LANGUAGE_CODE,
        )


def _check_supervision(data: dict[str, Any]) -> None:
    today = timezone.localdate()
    held_on = data.get("held_on")
    if not isinstance(held_on, dt.date):
        raise WellbeingError(_("Give the date of the session."))
    if held_on > today:
        raise WellbeingError(_("The session cannot be in the future."))
    if held_on < today - dt.timedelta(days=365):
        raise WellbeingError(_("That date is more than a year ago. Please check it."))
    themes = set(data.get("themes") or [])
    if not themes <= set(SupervisionTheme.values):
        raise WellbeingError(_("Choose themes from the list."))
    if not themes and not (data.get("other_themes") or "").strip():
        raise WellbeingError(_("Choose at least one theme, or write what you talked about."))
    next_on = data.get("next_on")
    if next_on is not None and not held_on < next_on <= held_on + dt.timedelta(days=365):
        raise WellbeingError(_("The next session should be after this one, within a year."))


@transaction.atomic
def record_supervision(
    mentor: Participant, actor: User, data: dict[str, Any], submit_key: str = ""
) -> SupervisionRecord:
    """Record a supervision session. One on or after a suggestion clears it."""
    if mentor.user_id == actor.pk:
        raise WellbeingError(_("Someone else records your supervision."))
    state = _state(mentor)  # locked: a second tap waits here, then finds the first
    if submit_key:
        existing = SupervisionRecord.objects.filter(mentor=mentor, submit_key=submit_key).first()
        if existing is not None:
            return existing
    _check_supervision(data)
    record = SupervisionRecord.objects.create(
        mentor=mentor,
        held_on=data["held_on"],
        themes=sorted(set(data.get("themes") or [])),
        other_themes=(data.get("other_themes") or "").strip()[:300],
        actions=(data.get("actions") or "").strip(),
        next_on=data.get("next_on"),
        private_note=(data.get("private_note") or "").strip(),
        submit_key=submit_key or None,
        recorded_by=actor,
    )
    if state.last_supervision_on is None or record.held_on >= state.last_supervision_on:
        state.last_supervision_on, state.next_supervision_on = record.held_on, record.next_on
    suggested = state.supervision_suggested_at
    if suggested is not None and record.held_on >= timezone.localdate(suggested):
        state.supervision_suggested_at, state.supervision_reason = None, ""
    state.save(
        update_fields=[
            "last_supervision_on",
            "next_supervision_on",
            "supervision_suggested_at",
            "supervision_reason",
        ]
    )
    record_event(actor, "wellbeing.supervision_recorded", record, program=mentor.program)
    if mentor.user is not None:
        with translation.override(mentor.user.preferred_language or settings.LANGUAGE_CODE):
            text = _("The notes from your supervision are ready to read.")
        notify_user(mentor.user, text, url=reverse("mentor_wellbeing", args=[mentor.pk]))
    return record


# --- pause myself -------------------------------------------------------------------


@transaction.atomic
def pause_new_matches(mentor: Participant, actor: User) -> MentorWellbeing:
    """The mentor stops taking new matches (their current peers are not affected).

    Uses the mechanism matching already respects, ``Participant.new_matches_paused``.
    Pausing twice is the same as once.
    """
    if mentor.user_id != actor.pk:
        raise WellbeingError(_("Only the peer mentor can pause themselves."))
    if mentor.stage not in MENTORING_STAGES:
        raise WellbeingError(_("You are not taking matches at the moment."))
    state = _state(mentor)
    if state.paused_self_at is not None:
        return state
    state.paused_self_at = timezone.now()
    state.save(update_fields=["paused_self_at"])
    mentor = Participant.objects.select_for_update().get(pk=mentor.pk)
    if not mentor.new_matches_paused:
        with translation.override(settings.LANGUAGE_CODE):
            mentor.new_matches_paused_reason = str(PAUSED_BY_MENTOR)
        mentor.new_matches_paused = True
        mentor.save(update_fields=["new_matches_paused", "new_matches_paused_reason"])
    record_event(actor, "wellbeing.paused_self", mentor, program=mentor.program)
    return state


@transaction.atomic
def resume_new_matches(mentor: Participant, actor: User) -> Participant:
    """The mentor takes new matches again, unless something else still stops them (an
    expired check, or the program paused them): then new matches stay paused for that
    reason. Returns the mentor as saved; resuming twice is the same as once."""
    if mentor.user_id != actor.pk:
        raise WellbeingError(_("Only the peer mentor can start taking matches again."))
    state = _state(mentor)
    mentor = Participant.objects.select_for_update().get(pk=mentor.pk)
    if state.paused_self_at is None:
        return mentor
    state.paused_self_at = None
    state.save(update_fields=["paused_self_at"])
    expired = _has_expired_check(mentor)
    with translation.override(settings.LANGUAGE_CODE):
        own_reason = str(PAUSED_BY_MENTOR)
        other_reason = _("A check has expired.") if expired else _("Paused")
    if mentor.stage == MentorStage.ACTIVE and not expired:
        mentor.new_matches_paused, mentor.new_matches_paused_reason = False, ""
    elif mentor.new_matches_paused_reason == own_reason or expired:
        mentor.new_matches_paused, mentor.new_matches_paused_reason = True, other_reason
    mentor.save(update_fields=["new_matches_paused", "new_matches_paused_reason"])
    record_event(actor, "wellbeing.resumed_self", mentor, program=mentor.program)
    return mentor


# --- reminders ------------------------------------------------------------------------


def send_check_in_reminders(today: dt.date | None = None) -> int:
    """The daily job: remind each active mentor whose check-in is due, once per due date,
    with a notification and an email. Returns how many were reminded."""
    today = today or timezone.localdate()
    mentors = (
        Participant.objects.filter(role="mentor", stage=MentorStage.ACTIVE, user__isnull=False)
        .exclude(program__status="closed")
        .select_related("program__organisation", "user", "wellbeing__last_check_in")
        .order_by("pk")
    )
    cadence = dict(WellbeingSettings.objects.values_list("program_id", "cadence_days"))
    sent = 0
    for mentor in mentors:
        state = getattr(mentor, "wellbeing", None)
        due = next_due(mentor, state, cadence.get(mentor.program_id, DEFAULT_CADENCE_DAYS))
        if due > today or (state is not None and state.reminded_for == due):
            continue
        with transaction.atomic():
            state = state or MentorWellbeing.objects.get_or_create(mentor=mentor)[0]
            claimed = (
                MentorWellbeing.objects.filter(pk=state.pk)
                .exclude(reminded_for=due)
                .update(reminded_for=due)
            )
            if not claimed:
                continue  # another worker got it first
            _remind(mentor)
            sent += 1
    return sent


def _remind(mentor: Participant) -> None:
    assert mentor.user is not None
    language = mentor.user.preferred_language or settings.LANGUAGE_CODE
    path = reverse("wellbeing_check_in", args=[mentor.pk])
    with translation.override(language):
        text = _("Time for your wellbeing check-in: three quick questions.")
    notify_user(mentor.user, text, url=path)
    send_notice(
        mentor.program,
        "wellbeing_check_in_due",
        mentor.email or mentor.user.email,
        {"name": mentor.name, "link": settings.SITE_URL.rstrip("/") + path},
        language=language,
    )
