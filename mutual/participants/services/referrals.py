"""Referral by a professional: the referrer's part, the person's invitation, and what
the referrer may see afterwards.

The referrer is not a user. They get a secret status link; it shows only that the
referral arrived, until the person says the referrer may follow along — then it shows
the stage in plain words, never the person's answers.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from mutual.audit.services import record_event
from mutual.participants.models import Participant, Referral, Source
from mutual.participants.notices import send_notice
from mutual.participants.services.errors import JoiningError
from mutual.participants.services.lifecycle import issue_resume_link, start_draft
from mutual.programs.models import Program

REFERRER_FIELDS = (
    "referrer_name",
    "referrer_email",
    "referrer_phone",
    "referrer_organisation",
    "referrer_kind",
    "reason",
)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def reference(referral: Referral) -> str:
    return f"R-{referral.pk:05d}"


def _status_link(referral: Referral) -> str:
    """A fresh secret link for the referrer (an older one stops working)."""
    secret = secrets.token_urlsafe(24)
    referral.status_key_hash = _hash(secret)
    referral.save(update_fields=["status_key_hash"])
    return settings.SITE_URL.rstrip("/") + reverse("referral_status", args=[secret])


@transaction.atomic
def refer(
    program: Program,
    *,
    draft_key: str,
    person: dict[str, Any],
    referrer: dict[str, Any],
    person_agreed: bool,
) -> Referral:
    """Record a referral and invite the person. The same form sent twice is one referral."""
    if not person_agreed:
        raise JoiningError(
            _("Please ask the person first. We only accept referrals they have agreed to."),
            "person_agreed",
        )
    name, email = person.pop("name"), person.pop("email")
    participant = start_draft(
        program,
        "peer",
        draft_key=draft_key,
        name=name,
        email=email,
        source=Source.REFERRAL,
        **person,
    )
    existing = Referral.objects.filter(participant=participant).first()
    if existing is not None:
        return existing
    referral = Referral.objects.create(
        participant=participant, person_agreed=True, **{k: referrer[k] for k in REFERRER_FIELDS}
    )
    record_event(
        None,
        "referral.received",
        participant,
        program=program,
        referrer_kind=referral.referrer_kind,
        referrer_organisation=referral.referrer_organisation,
    )
    send_notice(
        program,
        "referral_invitation",
        participant.email,
        {
            "name": participant.name,
            "referrer": referral.referrer_name,
            "link": issue_resume_link(participant),
        },
    )
    send_notice(
        program,
        "referral_received",
        referral.referrer_email,
        {
            "referrer": referral.referrer_name,
            "reference": reference(referral),
            "link": _status_link(referral),
        },
    )
    return referral


def find_referral(key: str) -> Referral | None:
    if not key:
        return None
    return (
        Referral.objects.select_related("participant__program__organisation")
        .filter(status_key_hash=_hash(key))
        .first()
    )


@transaction.atomic
def set_referrer_updates(participant: Participant, allowed: bool) -> None:
    """The person decides whether the referrer may see how things are going."""
    referral = Referral.objects.filter(participant=participant).first()
    if referral is None or referral.share_updates == allowed:
        return
    referral.share_updates = allowed
    referral.save(update_fields=["share_updates"])
    record_event(
        participant.user,
        "referral.sharing_changed",
        participant,
        program=participant.program,
        allowed=allowed,
    )


def notify_referrer_if_allowed(participant: Participant) -> None:
    """After a stage change: tell the referrer there is news, if the person allows it."""
    referral = Referral.objects.filter(participant=participant, share_updates=True).first()
    if referral is None:
        return
    send_notice(
        participant.program,
        "referral_update",
        referral.referrer_email,
        {
            "referrer": referral.referrer_name,
            "reference": reference(referral),
            "link": _status_link(referral),
        },
    )
