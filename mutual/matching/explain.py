"""Reasons from the matching core, in everyday words, in the reader's language.

The core (``mutual.matching.score``) gives codes with details; this module words them
("Both speak Vietnamese · 4 km apart · Both free on Tuesday evenings") and says what
does not match ("Mentor is 20 years older"). Codes are kept on proposals as JSON and
worded when shown, so a change of language or wording applies to old proposals too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mutual.matching.score import Reason
from mutual.participants.models.participant import Gender
from mutual.participants.vocab import FAITHS, SPOKEN_LANGUAGES, TIME_SLOTS, time_slot_label
from mutual.programs.models import DeliveryMode

LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)
FAITH_NAMES = dict(FAITHS)
MODE_NAMES = dict(DeliveryMode.choices)
GENDER_NAMES = dict(Gender.choices)
SLOT_ORDER = {slot: i for i, slot in enumerate(TIME_SLOTS)}  # Monday morning first


def _list(values: Iterable[str]) -> str:
    return ", ".join(str(v) for v in values)


def _languages(codes: Iterable[str]) -> str:
    return _list(str(LANGUAGE_NAMES.get(code, code)) for code in codes)


def sentence(code: str, params: Mapping[str, Any]) -> str:
    """One reason as a short phrase. Unknown codes are shown as they are."""
    p = dict(params)
    match code:
        case "experience_same":
            return _("Both know “%(tag)s”") % p
        case "experience_close":
            return _("Close experiences: “%(tag)s” and “%(mentor_tag)s”") % p
        case "experience_branch":
            return _("Both have lived experience of %(branch)s") % p
        case "experience_years":
            years = int(p["years"])
            if years < 1:
                return _("Mentor came through it less than a year ago")
            return ngettext(
                "Mentor came through it %(years)d year ago",
                "Mentor came through it %(years)d years ago",
                years,
            ) % {"years": years}
        case "language":
            return _("Both speak %(languages)s") % {"languages": _languages(p["languages"])}
        case "language_none":
            return _("Mentor does not speak %(languages)s") % {
                "languages": _languages(p["languages"])
            }
        case "culture":
            return _("Same cultural background (%(culture)s)") % p
        case "culture_differs":
            return _("Different cultural background")
        case "faith":
            return _("Same faith (%(faith)s)") % {"faith": FAITH_NAMES.get(p["faith"], p["faith"])}
        case "faith_differs":
            return _("Different faith")
        case "age_close":
            return _("Close in age")
        case "age_older" | "age_younger":
            gap = int(p["gap"])
            if code == "age_older":
                return ngettext(
                    "Mentor is %(gap)d year older", "Mentor is %(gap)d years older", gap
                ) % {"gap": gap}
            return ngettext(
                "Mentor is %(gap)d year younger", "Mentor is %(gap)d years younger", gap
            ) % {"gap": gap}
        case "age_in_range":
            return _("Mentor's age is in the range asked for (%(low)s–%(high)s)") % p
        case "age_out_of_range":
            return _("Mentor's age is outside the range asked for (%(low)s–%(high)s)") % p
        case "gender":
            return _("Mentor is the gender asked for")
        case "gender_differs":
            return _("Mentor is not the gender asked for")
        case "distance":
            return _("%(km)s km apart") % {"km": _km(p["km"])}
        case "distance_far":
            return _("%(km)s km apart: too far to meet in person") % {"km": _km(p["km"])}
        case "modes":
            names = _list(str(MODE_NAMES.get(m, m)).lower() for m in p["modes"])
            return _("Can meet: %(modes)s") % {"modes": names}
        case "availability":
            slots = sorted(p["slots"], key=lambda slot: SLOT_ORDER.get(slot, len(SLOT_ORDER)))
            shown = _list(time_slot_label(s) for s in slots[:3])
            if len(slots) > 3:
                return _("Both free at %(count)d times, such as %(slots)s") % {
                    "count": len(slots),
                    "slots": shown,
                }
            return _("Both free: %(slots)s") % {"slots": shown}
        case "no_shared_time":
            return _("No free time in common yet")
    return _blocker_sentence(code, p)


def _blocker_sentence(code: str, p: dict[str, Any]) -> str:
    match code:
        case "excluded":
            return _("Marked never to be matched")
        case "same_household":
            return _("Same person or household")
        case "no_shared_experience":
            if p.get("nobody"):
                return _("No mentor with room shares this lived experience")
            return _("No shared lived experience")
        case "no_shared_way_to_meet":
            return _("No way of meeting that suits both")
        case "too_far":
            return _("Too far apart to meet in person")
        case "must_language":
            languages = _languages(p["languages"])
            if p.get("nobody"):
                return _("No mentor with room speaks %(languages)s") % {"languages": languages}
            return _("Does not speak %(languages)s") % {"languages": languages}
        case "must_gender":
            gender = str(GENDER_NAMES.get(p["gender"], p["gender"])).lower()
            if p.get("nobody"):
                return _("No mentor with room is a %(gender)s") % {"gender": gender}
            return _("Not the gender asked for")
        case "must_culture":
            if p.get("nobody"):
                return _("No mentor with room has a %(culture)s background") % p
            return _("Not the cultural background asked for")
        case "must_faith":
            faith = FAITH_NAMES.get(p["faith"], p["faith"])
            if p.get("nobody"):
                return _("No mentor with room is %(faith)s") % {"faith": faith}
            return _("Not the faith asked for")
        case "must_age":
            if p.get("nobody"):
                return _("No mentor with room is aged %(low)s–%(high)s") % p
            return _("Outside the age range asked for")
        case "all_fits_full":
            return ngettext(
                "The %(count)d mentor who would fit is full",
                "All %(count)d mentors who would fit are full",
                p["count"],
            ) % {"count": p["count"]}
        case "taken_by_others":
            return _(
                "Mentors who fit were matched with people who fit them better or waited longer"
            )
        case "only_weak_fits":
            return _("Mentors with room fit too little to suggest")
        case "no_mentors":
            return _("No active mentor has room")
    return code


def _km(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def words(reasons: Iterable[Reason | Mapping[str, Any]]) -> tuple[list[str], list[str]]:
    """(what matches, what does not) as phrases, from Reasons or their stored JSON."""
    good: list[str] = []
    bad: list[str] = []
    for reason in reasons:
        if isinstance(reason, Reason):
            code, ok, params = reason.code, reason.good, reason.params
        else:
            code, ok, params = reason["code"], reason.get("good", False), reason.get("params", {})
        (good if ok else bad).append(sentence(code, params))
    return good, bad


def as_json(reasons: Iterable[Reason]) -> list[dict[str, Any]]:
    return [{"code": r.code, "good": r.good, "params": dict(r.params)} for r in reasons]
