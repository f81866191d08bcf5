"""After a match: the invitation to become a peer mentor, with answers filled in.

Only when the peer said they would like it. Their request's answers (how to reach them,
languages, background, place, free times, experiences) start a mentor application as a
draft; the emailed link opens it where they can change anything, add what mentors are
asked (how long ago, why they want to help, referees) and send it — or ignore it.
"""

from __future__ import annotations

import secrets

from mutual.participants.models import Participant, Source
from mutual.participants.notices import send_notice
from mutual.participants.services.lifecycle import issue_resume_link, start_draft

# Answers that mean the same in a request for support and a mentor application.
CARRIED_OVER = (
    "phone",
    "preferred_channel",
    "safe_to_leave_message",
    "languages",
    "cultural_background",
    "faith",
    "gender",
    "birth_year",
    "suburb",
    "postcode",
    "travel_km",
    "delivery_modes",
    "availability",
)


def invite_to_mentor(peer: Participant) -> Participant:
    draft = start_draft(
        peer.program,
        "mentor",
        draft_key=secrets.token_urlsafe(24),
        name=peer.name,
        email=peer.email,
        source=Source.SELF,
        **{field: getattr(peer, field) for field in CARRIED_OVER},
    )
    draft.experiences.set(peer.experiences.all())
    language = peer.user.preferred_language if peer.user else "en"
    send_notice(
        peer.program,
        "mentor_invitation",
        peer.email,
        {"name": peer.name, "link": issue_resume_link(draft)},
        language=language,
    )
    return draft
