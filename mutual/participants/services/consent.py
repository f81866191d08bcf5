"""Consent: publishing a program's wording, agreeing to it, and withdrawing.

Withdrawing stops processing: the person leaves the waiting list or the pipeline, their
program role ends, matching and emails skip them. The agreement rows stay (stamped with
when and how consent was withdrawn) because the record of consent is itself a duty.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.participants.models import Consent, ConsentText, Participant, ParticipantRole
from mutual.participants.notices import send_notice
from mutual.participants.services.errors import JoiningError
from mutual.programs.models import Program

WITHDRAWN = "withdrawn"


def current_consent_text(program: Program, audience: str) -> ConsentText | None:
    """The newest published version for peers or mentors of the program, if any."""
    return (
        ConsentText.objects.filter(program=program, audience=audience).order_by("-version").first()
    )


@transaction.atomic
def publish_consent_text(
    actor: User | None, program: Program, audience: str, body: str
) -> ConsentText:
    """Publish a new version. Publishing the same words again is not a new version."""
    body = body.strip()
    if audience not in ParticipantRole.values:
        raise JoiningError(_("Choose who this wording is for."), "audience")
    if len(body) < 20:
        raise JoiningError(
            _("Write what people agree to, in a few plain sentences (at least 20 characters)."),
            "body",
        )
    # Lock the program row so two publishers cannot both take the same version number.
    Program.objects.select_for_update().filter(pk=program.pk).first()
    current = current_consent_text(program, audience)
    if current is not None and current.body == body:
        return current
    latest = ConsentText.objects.filter(program=program, audience=audience).aggregate(
        n=Max("version")
    )["n"]
    text = ConsentText.objects.create(
        program=program,
        audience=audience,
        version=(latest or 0) + 1,
        body=body,
        published_by=actor,
    )
    record_event(
        actor,
        "consent_text.published",
        text,
        program=program,
        audience=audience,
        version=text.version,
    )
    return text


def current_consent(participant: Participant) -> Consent | None:
    return participant.consents.filter(withdrawn_at__isnull=True).first()


def has_current_consent(participant: Participant) -> bool:
    return current_consent(participant) is not None


@transaction.atomic
def give_consent(
    participant: Participant,
    consent_text: ConsentText,
    *,
    channel: str,
    recorded_by: User | None = None,
) -> Consent:
    """Record agreement to ``consent_text``; agreeing to a newer version replaces the old."""
    if consent_text.program_id != participant.program_id:
        raise JoiningError(_("That wording belongs to another program."))
    if consent_text.audience != participant.role:
        raise JoiningError(_("That wording is for a different kind of participant."))
    existing = current_consent(participant)
    if existing is not None and existing.consent_text_id == consent_text.pk:
        return existing  # agreeing twice to the same words is one agreement
    now = timezone.now()
    if existing is not None:
        existing.withdrawn_at = now
        existing.withdrawn_channel = channel
        existing.withdrawal_reason = "replaced by a newer version"
        existing.save(update_fields=["withdrawn_at", "withdrawn_channel", "withdrawal_reason"])
    consent = Consent.objects.create(
        participant=participant,
        consent_text=consent_text,
        given_at=now,
        channel=channel,
        recorded_by=recorded_by,
    )
    record_event(
        recorded_by or participant.user,
        "consent.given",
        participant,
        program=participant.program,
        version=consent_text.version,
        channel=channel,
    )
    return consent


@transaction.atomic
def withdraw_consent(
    actor: User | None, participant: Participant, *, channel: str, reason: str = ""
) -> None:
    """Stop processing: end the agreement, the program role and any place in the queue."""
    from mutual.accounts.services import end_membership
    from mutual.participants.services.lifecycle import change_stage

    consent = current_consent(participant)
    if consent is None and participant.stage == WITHDRAWN:
        return  # already withdrawn: saying it twice changes nothing
    now = timezone.now()
    if consent is not None:
        consent.withdrawn_at = now
        consent.withdrawn_channel = channel
        consent.withdrawn_recorded_by = actor
        consent.withdrawal_reason = reason.strip()[:300]
        consent.save(
            update_fields=[
                "withdrawn_at",
                "withdrawn_channel",
                "withdrawn_recorded_by",
                "withdrawal_reason",
            ]
        )
    change_stage(actor, participant, WITHDRAWN, reason=reason)
    if participant.membership is not None and participant.membership.ended_at is None:
        end_membership(actor, participant.membership, reason="consent withdrawn")
    record_event(
        actor, "consent.withdrawn", participant, program=participant.program, channel=channel
    )
    send_notice(
        participant.program,
        "consent_withdrawn",
        participant.email,
        {"name": participant.name},
        language=participant.user.preferred_language if participant.user else "en",
    )
