"""Text normalisation shared by the rules and the model.

People type fast, on cheap phones, in several scripts. Before anything is matched the text is
put into one predictable shape, so a pattern written once matches the many ways it is typed:

- Unicode compatibility forms folded (full-width letters, ligatures) and everything lower-case;
- accents dropped from Latin letters, so "suicidarme" and "suicídarme", "tôi muốn chết" and
  "toi muon chet" (Vietnamese typed without tone marks, very common in chat) look the same;
  "đ" becomes "d" because Unicode does not decompose it;
- Arabic written without short vowels or tatweel, and its alef, yeh and teh marbuta forms
  folded (أ إ آ → ا, ى → ي, ة → ه), as Arabic search engines do;
- curly quotes and apostrophes made straight, and "dont" / "don't" / "don`t" treated alike;
- a letter repeated three or more times shortened to two when English often doubles it
  ("killll" → "kill", "sooooo" → "soo") and to one otherwise ("diiiie" → "die") — see
  ``squeeze``.

Scripts with combining marks that carry meaning (Devanagari vowel signs, Vietnamese once
stripped of tone marks is still readable) keep them unless the base letter is Latin.
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
# Letters English often doubles ("kill", "feel", "soon") keep two of a stretched run; the
# others keep one ("diiiie" → "die", "plsss" → "pls" would need two s: s is in the list).
_DOUBLES = frozenset("bcdefglmnoprstz")
_SPACES = re.compile(r"[ \t\u00a0\u200b\u200c\u200d]+")
_LATIN_EXTRA = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe"})


def _strip_latin_accents(text: str) -> str:
    """Drop combining marks that follow a Latin letter; keep those of other scripts."""
    out: list[str] = []
    base_is_latin = False
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if base_is_latin:
                continue
        else:
            base_is_latin = char.isascii() and char.isalpha()
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def squeeze(text: str) -> str:
    """Shorten stretched letters: "killlll" → "kill", "diiiie" → "die", "noooo" → "noo"."""
    return _REPEATS.sub(lambda m: m.group(1) * (2 if m.group(1) in _DOUBLES else 1), text)


def normalize(text: str) -> str:
    """The form every rule pattern is matched against (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_QUOTES).translate(_LATIN_EXTRA)
    text = _strip_latin_accents(text)
    text = _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_FOLD)
    text = squeeze(text)
    return _SPACES.sub(" ", text)


def normalize_pattern(pattern: str) -> str:
    """Fold a hand-written regular expression the same way, without touching its escapes.

    Only accents and Arabic letter forms are folded (not case: ``\\S`` must stay ``\\S``), so
    pattern authors may write natural text with accents; patterns are written lower-case.
    """
    pattern = unicodedata.normalize("NFKC", pattern).translate(_QUOTES).translate(_LATIN_EXTRA)
    pattern = _strip_latin_accents(pattern)
    return _ARABIC_DIACRITICS.sub("", pattern).translate(_ARABIC_FOLD)
