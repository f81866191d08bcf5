"""From the first saved step of a form to a place on the waiting list or in screening.

A draft ``Participant`` is made at the first step and each later step saves straight
into it, so nothing typed is lost. Submitting creates (or reuses) the person's account
and program role. Drafts are reached by the form's own key (same browser) or by the
secret "carry on" link emailed to the person; never by id.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from mutual.access.policy import forget_memberships
from mutual.accounts.models import Membership, Role, User
from mutual.audit.services import record_event
from mutual.live.services import notify_user
from mutual.participants.models import (
    ConsentChannel,
    ConsentText,
    MentorStage,
    Participant,
    ParticipantRole,
    PeerStage,
    Source,
)
from mutual.participants.notices import send_notice
from mutual.participants.services.consent import give_consent
from mutual.participants.services.errors import JoiningError
from mutual.programs.models import ExperienceTag, Program, ProgramStatus

logger = logging.getLogger("mutual.participants")

DRAFT = "draft"
DRAFT_LIFETIME = timedelta(days=30)

# The answers a form may save. Anything else (stage, user, keys) changes only through
# the verbs below.
ANSWER_FIELDS = frozenset(
    {
        "name",
        "email",
        "phone",
        "preferred_channel",
        "safe_to_leave_message",
        "contact_notes",
        "own_words",
        "experience_years_ago",
        "what_matters",
        "hopes",
        "motivation",
        "languages",
        "cultural_background",
        "faith",
        "gender",
        "birth_year",
        "preferences",
        "suburb",
        "postcode",
        "travel_km",
        "delivery_modes",
        "availability",
        "access_needs",
        "capacity",
        "hours_per_week",
    }
)

FIRST_STAGE = {ParticipantRole.PEER: PeerStage.NEW, ParticipantRole.MENTOR: MentorStage.APPLIED}
STAGES = {ParticipantRole.PEER: PeerStage, ParticipantRole.MENTOR: MentorStage}


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _clean_email(email: str) -> str:
    email = User.objects.normalize_email(email).strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise JoiningError(
            _("Enter an email address like name@example.com, so we can reach you."), "email"
        ) from exc
    return email


def _check_open(program: Program) -> None:
    if program.status != ProgramStatus.OPEN:
        raise JoiningError(
            _("%(program)s is not taking new people right now.") % {"program": program.name}
        )


def allowed_experiences(program: Program) -> set[int]:
    """Ids of the experiences a person in this program may choose: its branches, and below."""
    chosen = list(program.experiences.filter(is_active=True).values_list("pk", flat=True))
    allowed = set(chosen)
    frontier = chosen
    while frontier:
        frontier = list(
            ExperienceTag.objects.filter(parent_id__in=frontier, is_active=True)
            .exclude(pk__in=allowed)
            .values_list("pk", flat=True)
        )
        allowed.update(frontier)
    return allowed


@transaction.atomic
def start_draft(
    program: Program,
    role: str,
    *,
    draft_key: str,
    name: str,
    email: str,
    source: str = Source.SELF,
    **fields: Any,
) -> Participant:
    """Make the draft at the first step. The same ``draft_key`` twice finds the same draft."""
    if role not in ParticipantRole.values:
        raise JoiningError(_("Choose whether you are asking for support or offering it."))
    if not draft_key or len(draft_key) > 64:
        raise JoiningError(_("This form has expired. Please start again."))
    existing = Participant.objects.filter(draft_key=draft_key).first()
    if existing is not None:
        if existing.program_id != program.pk or existing.role != role:
            raise JoiningError(_("This form has expired. Please start again."))
        if existing.stage == DRAFT:
            save_answers(existing, {"name": name, "email": email, **fields})
        return existing
    _check_open(program)
    name = name.strip()
    if not name:
        raise JoiningError(_("Tell us a name we can call you. A first name is fine."), "name")
    unknown = set(fields) - ANSWER_FIELDS
    if unknown:
        raise JoiningError(_("Some answers could not be saved. Please try again."))
    participant = Participant.objects.create(
        program=program,
        role=role,
        stage=DRAFT,
        source=source,
        draft_key=draft_key,
        name=name[:150],
        email=_clean_email(email),
        last_step=1,
        **fields,
    )
    record_event(None, "participant.draft_started", participant, program=program, role=role)
    return participant


@transaction.atomic
def save_answers(
    participant: Participant,
    fields: dict[str, Any],
    *,
    experiences: list[int] | None = None,
    step: int | None = None,
    actor: User | None = None,
) -> Participant:
    """Save some answers. Drafts save silently; changes after submitting are audited."""
    if participant.stage == "withdrawn":
        raise JoiningError(_("This record is closed because consent was withdrawn."))
    unknown = set(fields) - ANSWER_FIELDS
    if unknown:
        raise JoiningError(_("Some answers could not be saved. Please try again."))
    if "email" in fields:
        fields["email"] = _clean_email(str(fields["email"]))
    if "name" in fields:
        fields["name"] = str(fields["name"]).strip()[:150]
        if not fields["name"]:
            raise JoiningError(_("Tell us a name we can call you. A first name is fine."), "name")
    for key, value in fields.items():
        setattr(participant, key, value)
    update = [*fields, "updated_at"]
    if step is not None and step > participant.last_step:
        participant.last_step = step
        update.append("last_step")
    participant.save(update_fields=update)
    if experiences is not None:
        allowed = allowed_experiences(participant.program)
        if not set(experiences) <= allowed:
            raise JoiningError(
                _("Choose from the experiences this program supports."), "experiences"
            )
        participant.experiences.set(experiences)
    if participant.stage != DRAFT:
        record_event(
            actor or participant.user,
            "participant.updated",
            participant,
            program=participant.program,
            fields=sorted([*fields, *(["experiences"] if experiences is not None else [])]),
        )
    return participant


def issue_resume_link(participant: Participant) -> str:
    """A fresh secret "carry on" link for a draft (an older link stops working)."""
    secret = secrets.token_urlsafe(24)
    participant.resume_key_hash = _hash(secret)
    participant.save(update_fields=["resume_key_hash", "updated_at"])
    return settings.SITE_URL.rstrip("/") + reverse("intake_resume", args=[secret])


def email_resume_link(participant: Participant, *, language: str = "en") -> None:
    """Send the person their "carry on" link. Only ever to the address on the draft."""
    link = issue_resume_link(participant)
    send_notice(
        participant.program,
        "intake_resume",
        participant.email,
        {"name": participant.name, "link": link},
        language=language,
    )


def find_draft(resume_key: str) -> Participant | None:
    """The draft a "carry on" link points at, if it is still a draft and not too old."""
    if not resume_key:
        return None
    return (
        Participant.objects.select_related("program__organisation")
        .filter(
            resume_key_hash=_hash(resume_key),
            stage=DRAFT,
            created_at__gte=timezone.now() - DRAFT_LIFETIME,
        )
        .first()
    )


def _account_for(participant: Participant) -> tuple[User, bool]:
    user = User.objects.filter(email=participant.email).first()
    if user is not None:
        return user, False
    user = User.objects.create_user(
        email=participant.email,
        password=None,
        name=participant.name,
        preferred_language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    return user, True


def _membership_for(user: User, participant: Participant) -> Membership:
    program = participant.program
    membership = (
        Membership.objects.current()
        .filter(user=user, program=program, role=participant.role)
        .first()
    )
    if membership is None:
        membership = Membership.objects.create(
            user=user, organisation=program.organisation, program=program, role=participant.role
        )
        forget_memberships(user)
    return membership


def _tell_coordinators(participant: Participant) -> None:
    program = participant.program
    coordinators = User.objects.filter(
        memberships__in=Membership.objects.current().filter(program=program, role=Role.COORDINATOR)
    ).distinct()
    for coordinator in coordinators:
        with translation.override(coordinator.preferred_language):
            if participant.is_mentor:
                text = _("New peer mentor application in %(program)s") % {"program": program}
            else:
                text = _("New request for support in %(program)s") % {"program": program}
        notify_user(coordinator, text, url=participant.get_absolute_url())


@transaction.atomic
def submit(
    participant: Participant,
    *,
    consent_text: ConsentText | None,
    channel: str = ConsentChannel.WEB,
    actor: User | None = None,
) -> Participant:
    """Finish the form: consent, account, program role, first stage. Submitting twice is once."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if participant.stage != DRAFT:
        return participant
    if consent_text is None:
        raise JoiningError(
            _(
                "This program has not published what people agree to yet, so it cannot take "
                "requests online. Please contact the program."
            ),
        )
    _check_open(participant.program)
    user, created = _account_for(participant)
    participant.user = user
    participant.membership = _membership_for(user, participant)
    now = timezone.now()
    participant.stage = FIRST_STAGE[ParticipantRole(participant.role)]
    participant.stage_changed_at = now
    participant.submitted_at = now
    participant.resume_key_hash = ""  # the "carry on" link has done its job
    participant.save()
    give_consent(participant, consent_text, channel=channel, recorded_by=actor if actor else None)
    record_event(
        actor or user,
        "participant.submitted",
        participant,
        program=participant.program,
        role=participant.role,
        source=participant.source,
        new_account=created,
    )
    if participant.is_mentor:
        from mutual.screening.services import start_screening

        start_screening(participant)
    _tell_coordinators(participant)
    _send_received(participant, user, created)
    participant.risk = _assess_own_words(participant, actor or user)  # type: ignore[attr-defined]
    return participant


def _assess_own_words(participant: Participant, author: User) -> Any:
    """What someone wrote about themselves when joining goes through risk detection; the
    joining page then shows crisis help if it is worrying (docs/safety.md)."""
    from mutual.safety.services import assess_writing

    parts = (participant.own_words, participant.what_matters, participant.hopes)
    text = "\n".join(p for p in parts if p)
    if not text:
        return None
    try:
        return assess_writing(
            text,
            program=participant.program,
            author=author,
            origin="intake",
            origin_id=participant.pk,
            subject=participant,
        )
    except Exception:
        logger.exception("Risk detection failed for joining form %s", participant.pk)
        return None


def _send_received(participant: Participant, user: User, created: bool) -> None:
    from mutual.accounts.services import set_password_link
    from mutual.participants.services.wait import wait_estimate

    link = (
        set_password_link(user, settings.SITE_URL)
        if created
        else settings.SITE_URL.rstrip("/") + reverse("account_login")
    )
    with translation.override(user.preferred_language):
        if participant.is_mentor:
            key, values = "application_received", {"name": participant.name, "link": link}
        else:
            wait = wait_estimate(participant.program, participant).sentence()
            key, values = "intake_received", {"name": participant.name, "link": link, "wait": wait}
    send_notice(
        participant.program, key, participant.email, values, language=user.preferred_language
    )


@transaction.atomic
def change_stage(
    actor: User | None, participant: Participant, stage: str, *, reason: str = ""
) -> Participant:
    """Move a person to another stage. Which moves are allowed is the caller's rule
    (the screening pipeline for mentors); this records when and who."""
    stages = STAGES[ParticipantRole(participant.role)]
    if stage not in stages.values or stage == DRAFT:
        raise JoiningError(_("That is not a stage of this form."))
    if participant.stage == stage:
        return participant
    previous = participant.stage
    now = timezone.now()
    participant.stage = stage
    participant.stage_changed_at = now
    update = ["stage", "stage_changed_at", "updated_at"]
    if stage == PeerStage.MATCHED and participant.matched_at is None and not participant.is_mentor:
        participant.matched_at = now
        update.append("matched_at")
    participant.save(update_fields=update)
    from mutual.participants.services.referrals import notify_referrer_if_allowed

    notify_referrer_if_allowed(participant)
    record_event(
        actor,
        "participant.stage_changed",
        participant,
        program=participant.program,
        previous=previous,
        stage=stage,
        reason=reason.strip()[:300],
    )
    return participant


def purge_stale_drafts() -> int:
    """Delete drafts older than ``DRAFT_LIFETIME``; returns how many went."""
    stale = Participant.objects.filter(stage=DRAFT, created_at__lt=timezone.now() - DRAFT_LIFETIME)
    count = stale.count()
    if count:
        stale.delete()
        record_event(None, "participant.drafts_purged", None, count=count)
    return count
