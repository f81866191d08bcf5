"""The emails sent at each step of joining, and how a program words them.

Every email goes through ``send_notice``. A program may replace the default wording of
any notice (``NoticeTemplate``); defaults are translated into the reader's language.
Bodies never carry sensitive detail (what someone is going through, check results):
they say that something happened and link to a page behind a log-in or a secret link.

Placeholders are written ``{name}``; only the ones listed for a notice are filled, so a
stray brace in a program's wording is left as it is rather than breaking the email.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from mutual.participants.models import NoticeTemplate
from mutual.programs.models import Program


@dataclass(frozen=True)
class Notice:
    label: object  # shown to coordinators choosing which email to edit
    subject: object
    body: object
    placeholders: tuple[str, ...]


COMMON = ("name", "program", "organisation")

NOTICES: dict[str, Notice] = {
    "intake_resume": Notice(
        _("Link to carry on a form"),
        _("Carry on with your form for {program}"),
        _(
            "Hello {name},\n\nYour answers so far are saved. To carry on where you left off, "
            "open this link:\n{link}\n\nThe link works for 30 days. If you did not start this "
            "form, you can ignore this email.\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "intake_received": Notice(
        _("Request for support received"),
        _("{program} has your request"),
        _(
            "Hello {name},\n\nThank you for reaching out. We have your request and someone "
            "from {program} will contact you the way you asked.\n\n{wait}\n\nYou can see "
            "where things are, or change your answers, here:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "wait", "link"),
    ),
    "referral_invitation": Notice(
        _("Invitation after a referral"),
        _("{referrer} suggested {program} for you"),
        _(
            "Hello {name},\n\n{referrer} suggested that {program} could help, and said you "
            "agreed. It is free. To tell us a little about yourself, in your own time, open "
            "this link:\n{link}\n\nIf you do not want this, you can ignore this email and "
            "nothing more will happen.\n\n{organisation}"
        ),
        (*COMMON, "referrer", "link"),
    ),
    "referral_received": Notice(
        _("Referral received (to the referrer)"),
        _("Thank you for your referral to {program}"),
        _(
            "Hello {referrer},\n\nThank you for your referral (reference {reference}). We have "
            "invited the person to finish their part. You will see updates at the link below "
            "only if they agree to it.\n{link}\n\n{organisation}"
        ),
        (*COMMON, "referrer", "reference", "link"),
    ),
    "referral_update": Notice(
        _("Update on a referral (to the referrer)"),
        _("An update on your referral {reference}"),
        _(
            "Hello {referrer},\n\nThere is an update on your referral {reference} to "
            "{program}. See it here:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "referrer", "reference", "link"),
    ),
    "application_received": Notice(
        _("Peer mentor application received"),
        _("Thank you for applying to {program}"),
        _(
            "Hello {name},\n\nThank you for offering to be a peer mentor. We have your "
            "application. Someone from {program} will contact you soon for a first "
            "conversation.\n\nYou can see where your application is here:\n{link}\n\n"
            "{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "screening_next_step": Notice(
        _("Next step of a peer mentor application"),
        _("Your application to {program}: next step"),
        _(
            "Hello {name},\n\nYour application has moved to the next step: {step}.\n\n"
            "See what happens next here:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "step", "link"),
    ),
    "referee_request": Notice(
        _("Request to a referee"),
        _("{applicant} named you as a referee"),
        _(
            "Hello {referee},\n\n{applicant} has offered to be a volunteer peer mentor with "
            "{program} and named you as a referee. It takes about five minutes to answer a "
            "few questions here:\n{link}\n\nThank you.\n\n{organisation}"
        ),
        (*COMMON, "referee", "applicant", "link"),
    ),
    "not_now": Notice(
        _("Application not taken forward now"),
        _("About your application to {program}"),
        _(
            "Hello {name},\n\nThank you for offering your time and your story. We are not "
            "able to take your application further right now. This is not a judgement of "
            "you or of what you have been through. {reasons}\n\nYou are welcome to talk to "
            "us about it, or to apply again later.\n\n{organisation}"
        ),
        (*COMMON, "reasons"),
    ),
    "mentor_approved": Notice(
        _("Peer mentor approved"),
        _("Welcome to {program} as a peer mentor"),
        _(
            "Hello {name},\n\nYou have finished screening and training. Welcome to the team! "
            "We will be in touch when there is someone we think you could support.\n\n{link}"
            "\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "check_expiring": Notice(
        _("A check is about to expire"),
        _("Please renew your {check}"),
        _(
            "Hello {name},\n\nYour {check} runs out on {date}. Please renew it and let "
            "{program} know, so you can keep being matched with peers.\n\n{organisation}"
        ),
        (*COMMON, "check", "date"),
    ),
    "training_complete": Notice(
        _("Training finished"),
        _("You finished the training for {program}"),
        _(
            "Hello {name},\n\nWell done: you have finished the training. Your certificate is "
            "here:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "match_offer_mentor": Notice(
        _("A possible match (to the peer mentor)"),
        _("Someone may be a good match for you"),
        _(
            "Hello {name},\n\nWe think you could be a good peer mentor for someone in "
            "{program}. Please look and say yes or no here:\n{link}\n\nSaying no is fine: "
            "we will look for someone else.\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "match_offer_peer": Notice(
        _("A possible match (to the peer)"),
        _("We found a peer mentor for you"),
        _(
            "Hello {name},\n\nWe found a peer mentor in {program} who we think could be a "
            "good match for you. Please look and say yes or no here:\n{link}\n\nIf they are "
            "not right for you, say so: you keep your place on the list.\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "match_made": Notice(
        _("Match made (to both)"),
        _("You have been matched in {program}"),
        _(
            "Hello {name},\n\nYou both said yes. The next step is to arrange your first "
            "meeting. See the details here:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "fit_check": Notice(
        _("Is this a good fit? (after the first session)"),
        _("A quick question about your match"),
        _(
            "Hello {name},\n\nHow did your first session go? We would like to know, "
            "privately, whether this is a good fit for you. Only the program's staff see "
            "your answer:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "session_reminder": Notice(
        _("Reminder of a planned session (to both)"),
        _("Reminder: your session on {when}"),
        _(
            "Hello {name},\n\nThis is a reminder of your peer support session on {when}. "
            "If you cannot make it, please say so here:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "when", "link"),
    ),
    "match_closed": Notice(
        _("A match has ended (to both)"),
        _("Thank you from {program}"),
        _(
            "Hello {name},\n\nYour match in {program} has now ended. Thank you for the time "
            "and care you gave. We hope it helped, and we are here if you need us again."
            "\n\n{organisation}"
        ),
        COMMON,
    ),
    "mentor_invitation": Notice(
        _("Invitation to become a peer mentor (after a match)"),
        _("Would you like to help someone, one day?"),
        _(
            "Hello {name},\n\nYou said you might like to become a peer mentor one day. "
            "There is no hurry. When you are ready, your application is started for you, "
            "with the answers you already gave us:\n{link}\n\nThe link works for 30 days. "
            "If now is not the time, just ignore this email.\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "consent_withdrawn": Notice(
        _("Consent withdrawn"),
        _("You have left {program}"),
        _(
            "Hello {name},\n\nAs you asked, {program} has stopped using your information. "
            "If this was a mistake, or you want to come back, please contact us.\n\n"
            "{organisation}"
        ),
        COMMON,
    ),
    "wellbeing_check_in_due": Notice(
        _("Wellbeing check-in due (to the peer mentor)"),
        _("Time for your wellbeing check-in"),
        _(
            "Hello {name},\n\nHow are you going? It is time for your wellbeing check-in: "
            "three quick questions about how mentoring has been for you. It helps us notice "
            "when you could use some support:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
    "supervision_suggested": Notice(
        _("Supervision suggested (to supervisors and coordinators)"),
        _("A peer mentor in {program} may need support"),
        _(
            "Hello {name},\n\nSupervision has been suggested for a peer mentor in {program}. "
            "Please offer them a chat soon. See who and why here:\n{link}\n\n{organisation}"
        ),
        (*COMMON, "link"),
    ),
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text: str, allowed: tuple[str, ...], values: Mapping[str, object]) -> str:
    """Replace the allowed ``{placeholders}``; leave anything else exactly as written."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in allowed and key in values:
            return str(values[key])
        return match.group(0)

    return _PLACEHOLDER.sub(replace, text)


def wording(program: Program, key: str, language: str) -> tuple[str, str]:
    """The subject and body to use: the program's own wording, else the default."""
    notice = NOTICES[key]
    custom = NoticeTemplate.objects.filter(program=program, key=key).first()
    if custom is not None:
        return custom.subject, custom.body
    with translation.override(language):
        return str(notice.subject), str(notice.body)


def render_notice(
    program: Program, key: str, values: Mapping[str, object], language: str = "en"
) -> tuple[str, str]:
    notice = NOTICES[key]
    filled = {
        "program": program.name,
        "organisation": program.organisation.name,
        **values,
    }
    subject, body = wording(program, key, language)
    return fill(subject, notice.placeholders, filled), fill(body, notice.placeholders, filled)


def send_notice(
    program: Program,
    key: str,
    to: str,
    values: Mapping[str, object],
    *,
    language: str = "en",
) -> None:
    """Queue one email, after the surrounding transaction commits (never for a rollback)."""
    if not to:
        return
    from mutual.participants.tasks import send_email

    subject, body = render_notice(program, key, values, language)
    transaction.on_commit(lambda: send_email(to, subject, body))
