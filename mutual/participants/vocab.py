"""Fixed lists people choose from: spoken languages, faiths, weekly time slots.

Pure Python (no Django imports beyond lazy translation) so the matching core and the
import checker can use the same codes. Codes are stored; labels are shown.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

# Spoken languages, most common community languages in Australia first after English.
# Codes are ISO 639 where one exists. Not the same list as the site's interface languages.
SPOKEN_LANGUAGES: list[tuple[str, object]] = [
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("vi", _("Vietnamese")),
    ("zh", _("Mandarin")),
    ("yue", _("Cantonese")),
    ("hi", _("Hindi")),
    ("es", _("Spanish")),
    ("el", _("Greek")),
    ("it", _("Italian")),
    ("pa", _("Punjabi")),
    ("ne", _("Nepali")),
    ("prs", _("Dari")),
    ("haz", _("Hazaragi")),
    ("fa", _("Persian (Farsi)")),
    ("tl", _("Tagalog (Filipino)")),
    ("ko", _("Korean")),
    ("ta", _("Tamil")),
    ("ur", _("Urdu")),
    ("bn", _("Bengali")),
    ("tr", _("Turkish")),
    ("asf", _("Auslan")),
    ("sm", _("Samoan")),
    ("to", _("Tongan")),
    ("so", _("Somali")),
    ("sw", _("Swahili")),
    ("id", _("Indonesian")),
    ("th", _("Thai")),
    ("km", _("Khmer")),
    ("my", _("Burmese")),
    ("kar", _("Karen")),
    ("aii", _("Assyrian")),
    ("si", _("Sinhala")),
    ("ml", _("Malayalam")),
    ("te", _("Telugu")),
    ("gu", _("Gujarati")),
    ("ja", _("Japanese")),
    ("fr", _("French")),
    ("de", _("German")),
    ("pt", _("Portuguese")),
    ("ru", _("Russian")),
    ("mk", _("Macedonian")),
    ("sr", _("Serbian")),
    ("hr", _("Croatian")),
    ("pl", _("Polish")),
    ("uk", _("Ukrainian")),
]
SPOKEN_LANGUAGE_CODES = frozenset(code for code, _label in SPOKEN_LANGUAGES)

FAITHS: list[tuple[str, object]] = [
    ("none", _("No religion")),
    ("christian", _("Christian")),
    ("muslim", _("Muslim")),
    ("buddhist", _("Buddhist")),
    ("hindu", _("Hindu")),
    ("jewish", _("Jewish")),
    ("sikh", _("Sikh")),
    ("other", _("Another faith")),
]
FAITH_CODES = frozenset(code for code, _label in FAITHS)

DAYS: list[tuple[str, object]] = [
    ("mon", _("Monday")),
    ("tue", _("Tuesday")),
    ("wed", _("Wednesday")),
    ("thu", _("Thursday")),
    ("fri", _("Friday")),
    ("sat", _("Saturday")),
    ("sun", _("Sunday")),
]
PARTS_OF_DAY: list[tuple[str, object]] = [
    ("morning", _("Morning")),
    ("afternoon", _("Afternoon")),
    ("evening", _("Evening")),
]
# A weekly time slot is "<day>_<part>", e.g. "tue_evening".
TIME_SLOTS: list[str] = [f"{day}_{part}" for day, _d in DAYS for part, _p in PARTS_OF_DAY]
TIME_SLOT_SET = frozenset(TIME_SLOTS)


def time_slot_label(slot: str) -> str:
    day, _sep, part = slot.partition("_")
    days = dict(DAYS)
    parts = dict(PARTS_OF_DAY)
    return f"{days.get(day, day)} {str(parts.get(part, part)).lower()}"


# Preferences a peer can state about their peer mentor. Each is kept as
# {"value": ..., "must": bool}: "must" makes it a hard rule for matching,
# otherwise it is "nice to have" and only adds to the score.
PREFERENCE_KEYS = ("languages", "gender", "culture", "faith", "age_range")
