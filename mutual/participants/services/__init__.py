"""Verbs for joining a program. Views, the API, jobs and tests all call these."""

from mutual.participants.services.consent import (
    current_consent,
    current_consent_text,
    give_consent,
    has_current_consent,
    publish_consent_text,
    withdraw_consent,
)
from mutual.participants.services.errors import JoiningError
from mutual.participants.services.lifecycle import (
    ANSWER_FIELDS,
    allowed_experiences,
    change_stage,
    email_resume_link,
    find_draft,
    issue_resume_link,
    save_answers,
    start_draft,
    submit,
)
from mutual.participants.services.wait import WaitEstimate, wait_estimate

__all__ = [
    "ANSWER_FIELDS",
    "JoiningError",
    "WaitEstimate",
    "allowed_experiences",
    "change_stage",
    "current_consent",
    "current_consent_text",
    "email_resume_link",
    "find_draft",
    "give_consent",
    "has_current_consent",
    "issue_resume_link",
    "publish_consent_text",
    "save_answers",
    "start_draft",
    "submit",
    "wait_estimate",
    "withdraw_consent",
]
