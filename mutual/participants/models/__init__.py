"""People joining a program, what they told us, and what they agreed to.

``Participant`` is the record of one person in one program, as a peer or a peer mentor,
from the first step of their form (a draft) to leaving. Screening, training, matching
and relationships all hang off it.
"""

from mutual.participants.models.consent import Consent, ConsentChannel, ConsentText
from mutual.participants.models.notices import NoticeTemplate
from mutual.participants.models.participant import (
    ACTIVE_MENTOR_STAGES,
    DELIVERY_MODE_CHOICES,
    Gender,
    MentorStage,
    Participant,
    ParticipantRole,
    PeerStage,
    PreferredChannel,
    SafeToLeaveMessage,
    Source,
)
from mutual.participants.models.referral import Referral, ReferrerKind

__all__ = [
    "ACTIVE_MENTOR_STAGES",
    "DELIVERY_MODE_CHOICES",
    "Consent",
    "ConsentChannel",
    "ConsentText",
    "Gender",
    "MentorStage",
    "NoticeTemplate",
    "Participant",
    "ParticipantRole",
    "PeerStage",
    "PreferredChannel",
    "Referral",
    "ReferrerKind",
    "SafeToLeaveMessage",
    "Source",
]
