"""Verbs for screening peer mentor applicants, and for a coordinator's first look at a
peer's request. Views, jobs and tests call these; each is one transaction with its
audit event inside it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.participants.models import MentorStage, Participant, PeerStage
from mutual.participants.notices import send_notice
from mutual.participants.services import JoiningError, change_stage
from mutual.screening import pipeline
from mutual.screening.models import (
    Check,
    Decision,
    DecisionOutcome,
    ReadinessInterview,
    ReadyAnswer,
    Referee,
    ScreeningStep,
    TrustAnswer,
)
from mutual.training.services import is_training_complete

EXPIRY_WARNING = dt.timedelta(days=30)


@transaction.atomic
def set_referees(participant: Participant, referees: list[dict[str, str]]) -> list[Referee]:
    """Name the applicant's referees (replacing any named before, slot by slot)."""
    saved = []
    for position, details in enumerate(referees, start=1):
        referee, _created = Referee.objects.update_or_create(
            participant=participant, position=position, defaults=details
        )
        saved.append(referee)
    Referee.objects.filter(participant=participant, position__gt=len(referees)).delete()
    return saved


def open_step(participant: Participant) -> ScreeningStep | None:
    return (
        ScreeningStep.objects.filter(participant=participant)
        .filter(completed_at__isnull=True)
        .first()
    )


def _open(participant: Participant, owner: User | None, due_on: dt.date | None) -> None:
    stage = participant.stage
    if stage in pipeline.RESTING:
        return
    if due_on is None and stage in pipeline.DUE_DAYS:
        due_on = timezone.localdate() + dt.timedelta(days=pipeline.DUE_DAYS[stage])
    ScreeningStep.objects.create(participant=participant, stage=stage, owner=owner, due_on=due_on)


def _close(participant: Participant, actor: User | None, note: str) -> None:
    step = open_step(participant)
    if step is not None:
        step.completed_at = timezone.now()
        step.completed_by = actor
        step.note = note.strip()
        step.save(update_fields=["completed_at", "completed_by", "note"])


def blockers(participant: Participant, to: str) -> list[str]:
    """What must happen before this move, in words. Empty means the move may go ahead."""
    stage = participant.stage
    problems: list[str] = []
    if to == "not_now" or to in ("paused", "left"):
        return problems
    if stage == "references":
        answers = list(Referee.objects.filter(participant=participant).exclude(responded_at=None))
        if len(answers) < 2:
            problems.append(_("Record both referees' answers first."))
        elif any(r.would_trust == TrustAnswer.NO for r in answers):
            problems.append(_("A referee said no. Talk it through before going on."))
    if stage == "checks" and not valid_checks(participant).exists():
        problems.append(_("Record a check that has not expired first."))
    if (
        stage == "readiness_interview"
        and not ReadinessInterview.objects.filter(participant=participant)
        .filter(outcome=ReadyAnswer.READY)
        .exists()
    ):
        problems.append(_("Record a readiness interview that says 'ready' first."))
    if stage == "training" and not is_training_complete(participant):
        problems.append(_("Finish the required training modules first."))
    return problems


@transaction.atomic
def move(
    actor: User,
    participant: Participant,
    to: str,
    *,
    note: str = "",
    override_reason: str = "",
    owner: User | None = None,
    due_on: dt.date | None = None,
) -> Participant:
    """Move an applicant or mentor to another stage of the pipeline.

    A move that skips what must be true first (two referees, a valid check, a readiness
    interview) is refused unless the coordinator writes why they go ahead anyway; that
    reason is kept on the step and in the audit log.
    """
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if not participant.is_mentor:
        raise JoiningError(_("Only peer mentor applications have screening steps."))
    if not pipeline.can_move(participant.stage, to):
        raise JoiningError(
            _("From “%(stage)s” the next step cannot be that.")
            % {"stage": participant.get_stage_display()}
        )
    if to == "not_now":
        raise JoiningError(_("Use “Not taken on now” to record the decision and its reasons."))
    problems = blockers(participant, to)
    if problems and not override_reason.strip():
        raise JoiningError(" ".join(problems), "override_reason")
    _close(participant, actor, note or override_reason)
    change_stage(actor, participant, to, reason=override_reason or note)
    if to == MentorStage.APPROVED:
        Decision.objects.create(
            participant=participant,
            outcome=DecisionOutcome.APPROVED,
            reasons=note.strip() or _("Screening and training complete."),
            decided_by=actor,
        )
    if to == MentorStage.PAUSED:
        participant.new_matches_paused = True
        participant.new_matches_paused_reason = note.strip()[:200] or _("Paused")
        participant.save(update_fields=["new_matches_paused", "new_matches_paused_reason"])
    if (
        to == MentorStage.ACTIVE
        and participant.new_matches_paused
        and not _has_expired_check(participant)
        and not _paused_by_themselves(participant)
    ):
        participant.new_matches_paused = False
        participant.new_matches_paused_reason = ""
        participant.save(update_fields=["new_matches_paused", "new_matches_paused_reason"])
    _open(participant, owner or actor, due_on)
    if to == "references":
        ask_referees(participant)
    if problems:
        record_event(
            actor,
            "screening.step_overridden",
            participant,
            program=participant.program,
            stage=to,
            reason=override_reason.strip()[:300],
        )
    _tell_applicant(participant, to)
    return participant


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def ask_referees(participant: Participant) -> int:
    """Email each referee who has not answered a link to a few short questions."""
    asked = 0
    for referee in Referee.objects.filter(participant=participant, responded_at=None):
        secret = secrets.token_urlsafe(24)
        referee.response_key_hash = _hash(secret)
        referee.requested_at = timezone.now()
        referee.save(update_fields=["response_key_hash", "requested_at"])
        link = settings.SITE_URL.rstrip("/") + reverse("referee_response", args=[secret])
        send_notice(
            participant.program,
            "referee_request",
            referee.email,
            {"referee": referee.name, "applicant": participant.name, "link": link},
        )
        asked += 1
    return asked


def find_referee(key: str) -> Referee | None:
    """The referee a link belongs to, while the applicant is still being screened."""
    if not key:
        return None
    return (
        Referee.objects.select_related("participant__program__organisation")
        .filter(response_key_hash=_hash(key), participant__stage__in=pipeline.SCREENING)
        .first()
    )


@transaction.atomic
def answer_as_referee(referee: Referee, *, would_trust: str, comments: str) -> bool:
    """The referee's own answer. Only the first counts; returns whether this one did."""
    referee = Referee.objects.select_for_update().get(pk=referee.pk)
    if referee.responded_at is not None:
        return False
    if would_trust not in TrustAnswer.values:
        raise JoiningError(_("Choose an answer."), "would_trust")
    referee.would_trust = would_trust
    referee.comments = comments.strip()
    referee.responded_at = timezone.now()
    referee.save()
    record_event(
        None,
        "screening.reference_received",
        referee.participant,
        program=referee.participant.program,
        position=referee.position,
    )
    return True


def _tell_applicant(participant: Participant, stage: str) -> None:
    language = participant.user.preferred_language if participant.user else "en"
    link = settings.SITE_URL.rstrip("/") + reverse("my_participation")
    if stage == MentorStage.APPROVED:
        send_notice(
            participant.program,
            "mentor_approved",
            participant.email,
            {"name": participant.name, "link": link},
            language=language,
        )
    elif stage in pipeline.SCREENING:
        send_notice(
            participant.program,
            "screening_next_step",
            participant.email,
            {"name": participant.name, "step": participant.get_stage_display(), "link": link},
            language=language,
        )


def start_screening(participant: Participant) -> None:
    """A new application opens its first step, due within a week, for anyone to take."""
    if participant.is_mentor and open_step(participant) is None:
        _open(participant, None, None)


@transaction.atomic
def assign(
    actor: User, participant: Participant, *, owner: User | None, due_on: dt.date | None
) -> ScreeningStep:
    """Give the current step to someone, or change its due date."""
    step = open_step(participant)
    if step is None:
        raise JoiningError(_("Nothing is waiting on this person right now."))
    step.owner = owner
    step.due_on = due_on
    step.save(update_fields=["owner", "due_on"])
    record_event(
        actor,
        "screening.step_assigned",
        participant,
        program=participant.program,
        owner=owner.pk if owner else None,
        due_on=due_on.isoformat() if due_on else None,
    )
    return step


@transaction.atomic
def decide_not_now(
    actor: User, participant: Participant, *, reasons: str, message: str
) -> Decision:
    """Not taken on now: record why, and send the applicant a kind message."""
    if not reasons.strip():
        raise JoiningError(_("Write the reasons, for the record."), "reasons")
    if not pipeline.can_move(participant.stage, "not_now"):
        raise JoiningError(_("This person is past screening."))
    _close(participant, actor, reasons)
    change_stage(actor, participant, "not_now", reason=reasons)
    decision = Decision.objects.create(
        participant=participant,
        outcome=DecisionOutcome.NOT_NOW,
        reasons=reasons.strip(),
        message=message.strip(),
        decided_by=actor,
    )
    send_notice(
        participant.program,
        "not_now",
        participant.email,
        {"name": participant.name, "reasons": message.strip()},
        language=participant.user.preferred_language if participant.user else "en",
    )
    return decision


@transaction.atomic
def record_referee_answer(
    actor: User, referee: Referee, *, would_trust: str, comments: str
) -> Referee:
    if would_trust not in TrustAnswer.values:
        raise JoiningError(_("Choose the referee's answer."), "would_trust")
    referee.would_trust = would_trust
    referee.comments = comments.strip()
    referee.responded_at = timezone.now()
    referee.recorded_by = actor
    referee.save()
    record_event(
        actor,
        "screening.reference_recorded",
        referee.participant,
        program=referee.participant.program,
        position=referee.position,
    )
    return referee


def valid_checks(participant: Participant) -> QuerySet[Check]:
    return Check.objects.filter(participant=participant).filter(
        expires_on__gte=timezone.localdate()
    )


def _has_expired_check(participant: Participant) -> bool:
    """Whether some kind of check has only expired records (no newer valid one)."""
    today = timezone.localdate()
    kinds = set(Check.objects.filter(participant=participant).values_list("kind", flat=True))
    valid = set(
        Check.objects.filter(participant=participant)
        .filter(expires_on__gte=today)
        .values_list("kind", flat=True)
    )
    return bool(kinds - valid)


def _paused_by_themselves(participant: Participant) -> bool:
    """A mentor who paused new matches themselves ("Pause myself", mutual.wellbeing)
    stays paused until they start again, whatever the checks say."""
    from mutual.wellbeing.services import paused_by_themselves

    return paused_by_themselves(participant)


@transaction.atomic
def record_check(
    actor: User,
    participant: Participant,
    *,
    kind: str,
    number: str,
    expires_on: dt.date,
    issued_in: str = "",
    other_name: str = "",
) -> Check:
    number = number.strip()
    if not number:
        raise JoiningError(_("Enter the check's number."), "number")
    if expires_on < timezone.localdate():
        raise JoiningError(
            _("This check has already expired. Ask for a current one."), "expires_on"
        )
    check = Check.objects.create(
        participant=participant,
        kind=kind,
        number=number,
        expires_on=expires_on,
        issued_in=issued_in.strip(),
        other_name=other_name.strip(),
        verified_by=actor,
    )
    if (
        participant.new_matches_paused
        and not _has_expired_check(participant)
        and (participant.stage != MentorStage.PAUSED)
        and not _paused_by_themselves(participant)
    ):
        participant.new_matches_paused = False
        participant.new_matches_paused_reason = ""
        participant.save(update_fields=["new_matches_paused", "new_matches_paused_reason"])
    record_event(
        actor,
        "screening.check_recorded",
        participant,
        program=participant.program,
        kind=kind,
        expires_on=expires_on.isoformat(),
    )
    return check


@transaction.atomic
def record_interview(
    actor: User, participant: Participant, **answers: object
) -> ReadinessInterview:
    interview = ReadinessInterview.objects.create(
        participant=participant, interviewer=actor, **answers
    )
    record_event(
        actor,
        "screening.interview_recorded",
        participant,
        program=participant.program,
        outcome=interview.outcome,
    )
    return interview


def review_checks(today: dt.date | None = None) -> dict[str, int]:
    """The daily job: warn about checks expiring within 30 days (once each), and pause
    new matches for mentors whose check has expired."""
    today = today or timezone.localdate()
    warned = paused = 0
    soon = Check.objects.filter(
        expires_on__gte=today, expires_on__lte=today + EXPIRY_WARNING, expiry_warned_at=None
    ).select_related("participant__program__organisation", "participant__user")
    for check in soon:
        participant = check.participant
        if (
            Check.objects.filter(participant=participant)
            .filter(kind=check.kind, expires_on__gt=check.expires_on)
            .exists()
        ):
            continue  # already renewed
        with transaction.atomic():
            check.expiry_warned_at = timezone.now()
            check.save(update_fields=["expiry_warned_at"])
            send_notice(
                participant.program,
                "check_expiring",
                participant.email,
                {
                    "name": participant.name,
                    "check": check.label,
                    "date": check.expires_on.strftime("%d/%m/%Y"),
                },
                language=participant.user.preferred_language if participant.user else "en",
            )
        warned += 1
    candidates = (
        Participant.objects.filter(
            role="mentor", new_matches_paused=False, checks__expires_on__lt=today
        )
        .exclude(stage__in=["left", "not_now", "withdrawn"])
        .distinct()
    )
    for participant in candidates:
        if not _has_expired_check(participant):
            continue
        with transaction.atomic():
            participant.new_matches_paused = True
            participant.new_matches_paused_reason = _("A check has expired.")
            participant.save(update_fields=["new_matches_paused", "new_matches_paused_reason"])
            record_event(None, "screening.matches_paused", participant, program=participant.program)
        paused += 1
    return {"warned": warned, "paused": paused}


# --- peers: the coordinator's first look ---------------------------------------------


@transaction.atomic
def accept_request(actor: User, participant: Participant, *, note: str = "") -> Participant:
    """A coordinator has spoken with the person: they join the waiting list."""
    if participant.is_mentor or participant.stage != PeerStage.NEW:
        raise JoiningError(_("Only new requests can be moved to the waiting list."))
    return change_stage(actor, participant, PeerStage.WAITING, reason=note)


@transaction.atomic
def refer_elsewhere(actor: User, participant: Participant, *, reason: str) -> Participant:
    """This program is not the right help: the person was helped to find other support."""
    if participant.is_mentor or participant.stage not in (PeerStage.NEW, PeerStage.WAITING):
        raise JoiningError(_("Only requests still waiting can be closed this way."))
    if not reason.strip():
        raise JoiningError(_("Say where the person was helped to go instead."), "reason")
    return change_stage(actor, participant, PeerStage.NOT_SUITABLE, reason=reason)
