"""From participants in the database to the matching core's plain profiles.

Everything a matching run needs is loaded in a fixed number of queries, whatever the
size of the program: waiting peers, active mentors with the places they have left,
the experience list, postcode centres, and who must not be matched with whom.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Max
from django.utils import timezone

from mutual.matching.models import DECLINED, HOLDING, Exclusion, Postcode, Proposal, ProposalStatus
from mutual.matching.profile import Preference, Profile, Taxonomy
from mutual.participants.models import MentorStage, Participant, PeerStage
from mutual.programs.models import ExperienceTag, Program
from mutual.relationships.models import OPEN_STAGES, EndReason, Relationship
from mutual.screening.models import Check


@dataclass
class Population:
    program: Program
    peers: list[Participant]
    mentors: list[Participant]
    room: dict[int, int]  # mentor participant id → places left
    profiles: dict[int, Profile]  # participant id → profile
    taxonomy: Taxonomy
    year: int


def taxonomy() -> Taxonomy:
    rows = ExperienceTag.objects.values_list("pk", "parent_id", "name")
    return Taxonomy.from_pairs(
        (str(pk), str(parent) if parent else None, name) for pk, parent, name in rows
    )


def postcode_centres(codes: set[str]) -> dict[str, tuple[float, float]]:
    """The centre of each postcode (the mean of its places), for the codes asked about."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    rows = Postcode.objects.filter(code__in=codes).values_list("code", "latitude", "longitude")
    for code, lat, lon in rows:
        entry = sums[code]
        entry[0] += lat
        entry[1] += lon
        entry[2] += 1
    return {code: (lat / n, lon / n) for code, (lat, lon, n) in sums.items()}


def places_left(mentors: list[Participant]) -> dict[int, int]:
    """A mentor's capacity minus open relationships and offers waiting for an answer."""
    ids = [m.pk for m in mentors]
    busy = dict(
        Relationship.objects.filter(mentor_id__in=ids, stage__in=OPEN_STAGES)
        .values_list("mentor_id")
        .annotate(n=Count("pk"))
    )
    held = dict(
        Proposal.objects.filter(mentor_id__in=ids, status__in=HOLDING)
        .values_list("mentor_id")
        .annotate(n=Count("pk"))
    )
    return {
        m.pk: max(0, (m.capacity or 1) - busy.get(m.pk, 0) - held.get(m.pk, 0)) for m in mentors
    }


def active_mentors(
    program: Program, today: dt.date, only: Participant | None = None
) -> list[Participant]:
    """Active, not paused, and no check has run out (the daily job may not have run yet).
    With ``only``, just that mentor (if they qualify)."""
    # A renewed check is a new row: only the latest of each kind counts.
    expired = (
        Check.objects.values("participant_id", "kind")
        .annotate(latest=Max("expires_on"))
        .filter(latest__lt=today)
        .values("participant_id")
    )
    mentors = Participant.objects.filter(
        program=program, role="mentor", stage=MentorStage.ACTIVE, new_matches_paused=False
    )
    if only is not None:
        mentors = mentors.filter(pk=only.pk)
    return list(mentors.exclude(pk__in=expired).prefetch_related("experiences").order_by("pk"))


def waiting_peers(program: Program) -> list[Participant]:
    """Peers on the waiting list with no offer already on its way to them."""
    on_the_way = Proposal.objects.filter(status__in=HOLDING).values("peer_id")
    return list(
        Participant.objects.filter(program=program, role="peer", stage=PeerStage.WAITING)
        .exclude(pk__in=on_the_way)
        .prefetch_related("experiences")
        .order_by("submitted_at", "pk")
    )


def excluded_pairs(program: Program) -> dict[int, set[int]]:
    """Peer id → mentor ids never to suggest: declared, declined, skipped, or re-matched."""
    pairs: dict[int, set[int]] = defaultdict(set)
    for peer, mentor in Exclusion.objects.filter(program=program).values_list("peer", "mentor"):
        pairs[peer].add(mentor)
    refused = Proposal.objects.filter(
        program=program, status__in=[*DECLINED, ProposalStatus.SKIPPED]
    ).values_list("peer", "mentor")
    for peer, mentor in refused:
        pairs[peer].add(mentor)
    ended = Relationship.objects.filter(
        program=program, end_reason=EndReason.REMATCHED
    ).values_list("peer", "mentor")
    for peer, mentor in ended:
        pairs[peer].add(mentor)
    return pairs


def profile_of(
    person: Participant,
    centres: dict[str, tuple[float, float]],
    excluded: set[int] | None = None,
) -> Profile:
    wishes = {
        key: Preference(value.get("value"), bool(value.get("must")))
        for key, value in (person.preferences or {}).items()
        if isinstance(value, dict) and value.get("value") not in (None, "", [])
    }
    return Profile(
        id=str(person.pk),
        experiences=frozenset(str(tag.pk) for tag in person.experiences.all()),
        experience_years_ago=person.experience_years_ago,
        languages=frozenset(person.languages or []),
        culture=person.cultural_background,
        faith=person.faith,
        gender=person.gender,
        birth_year=person.birth_year,
        location=centres.get(person.postcode.strip()),
        travel_km=person.travel_km,
        modes=frozenset(person.delivery_modes or []),
        availability=frozenset(person.availability or []),
        preferences=wishes,
        # One person can hold both roles; they are never matched with themselves.
        household=f"user-{person.user_id}" if person.user_id else "",
        excluded=frozenset(str(m) for m in (excluded or ())),
    )


def population(program: Program, peers: list[Participant] | None = None) -> Population:
    today = timezone.localdate()
    peers = waiting_peers(program) if peers is None else peers
    mentors = active_mentors(program, today)
    centres = postcode_centres({p.postcode.strip() for p in [*peers, *mentors] if p.postcode})
    excluded = excluded_pairs(program)
    profiles = {p.pk: profile_of(p, centres, excluded.get(p.pk)) for p in peers}
    profiles.update({m.pk: profile_of(m, centres) for m in mentors})
    return Population(
        program, peers, mentors, places_left(mentors), profiles, taxonomy(), today.year
    )


def pair_profiles(peer: Participant, mentor: Participant) -> tuple[Profile, Profile, Taxonomy, int]:
    """Profiles for one pair, without loading the rest of the program."""
    centres = postcode_centres({peer.postcode.strip(), mentor.postcode.strip()} - {""})
    excluded = excluded_pairs(peer.program).get(peer.pk)
    return (
        profile_of(peer, centres, excluded),
        profile_of(mentor, centres),
        taxonomy(),
        timezone.localdate().year,
    )


def waited_weeks(peer: Participant, now: dt.datetime | None = None) -> float:
    since = peer.submitted_at or peer.created_at
    return max(0.0, ((now or timezone.now()) - since).total_seconds() / (7 * 24 * 3600))


def has_holding_offer(peer: Participant) -> bool:
    return Proposal.objects.filter(peer=peer, status__in=HOLDING).exists()
