"""The interface speaks each community language, and the catalogues are complete and safe.

The catalogue checks read the .po files directly (polib is not a dependency) and the
compiled .mo files through the standard library, so they also catch a catalogue that
was edited but not compiled.
"""

from __future__ import annotations

import ast
import gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.translation import to_locale

from tests.conftest import World

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
HTML_TAG = re.compile(r"<[^>]+>")

# What a peer sees on the crisis link, written out so an empty or missing catalogue fails.
NEED_HELP_NOW = {
    "ar": "هل تحتاج إلى مساعدة الآن؟",
    "vi": "Bạn cần giúp đỡ ngay?",
    "zh-hans": "现在需要帮助吗？",
    "hi": "अभी मदद चाहिए?",
    "es": "¿Necesitas ayuda ahora?",
    "el": "Χρειάζεστε βοήθεια τώρα;",
}


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgstrs: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)

    @property
    def sources(self) -> list[str]:
        return [self.msgid] + ([self.msgid_plural] if self.msgid_plural is not None else [])


def po_path(code: str) -> Path:
    return LOCALE_DIR / to_locale(code) / "LC_MESSAGES" / "django.po"


def read_po(path: Path) -> list[Entry]:
    """Parse the live (non-obsolete) entries of a .po file, header excluded."""
    entries: list[Entry] = []
    current, key = Entry(), ""
    values: dict[str, str] = {}

    def finish() -> None:
        nonlocal current, values
        if values:
            current.msgid = values.get("msgid", "")
            current.msgid_plural = values.get("msgid_plural")
            current.msgstrs = [v for k, v in sorted(values.items()) if k.startswith("msgstr")]
            if current.msgid:
                entries.append(current)
        current, values = Entry(), {}

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#~"):
            continue
        if line.startswith("#"):
            if values:
                finish()
            if line.startswith("#,"):
                current.flags |= {f.strip() for f in line[2:].split(",")}
            continue
        if line.startswith('"'):
            values[key] += ast.literal_eval(line)
            continue
        key, _space, literal = line.partition(" ")
        if key in ("msgid", "msgctxt") and values and "msgid" in values:
            finish()
        values[key] = ast.literal_eval(literal)
    finish()
    return entries


def nplurals(path: Path) -> int:
    match = re.search(r"nplurals=(\d+)", path.read_text(encoding="utf-8"))
    assert match, f"{path} has no Plural-Forms header"
    return int(match.group(1))


def page_for(client, world: World, code: str) -> str:
    client.force_login(world.users["peer"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = code
    response = client.get(reverse("home"))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("code", TRANSLATED)
def test_peer_home_shows_the_crisis_link_in_the_chosen_language(
    client, world: World, code: str
) -> None:
    text = page_for(client, world, code)
    assert NEED_HELP_NOW[code] in text
    assert "Need help now?" not in text


@pytest.mark.parametrize("code", [settings.LANGUAGE_CODE, *TRANSLATED])
def test_page_declares_its_language_and_only_arabic_reads_right_to_left(
    client, world: World, code: str
) -> None:
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in page_for(client, world, code)


def test_every_configured_language_has_a_catalogue() -> None:
    assert [code for code in TRANSLATED if not po_path(code).is_file()] == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_has_no_untranslated_entries(code: str) -> None:
    entries = read_po(po_path(code))
    assert entries, "the catalogue is empty"
    assert [e.msgid for e in entries if any(s == "" for s in e.msgstrs)] == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_has_no_fuzzy_entries(code: str) -> None:
    # Fuzzy entries are left out when compiling, so the page would fall back to English.
    assert [e.msgid for e in read_po(po_path(code)) if "fuzzy" in e.flags] == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_plural_entries_fill_every_form_of_the_language(code: str) -> None:
    path = po_path(code)
    forms = nplurals(path)
    plural = [e for e in read_po(path) if e.msgid_plural is not None]
    assert plural, "expected some plural entries"
    assert [e.msgid for e in plural if len(e.msgstrs) != forms] == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_placeholder_survives_translation(code: str) -> None:
    broken = [
        (e.msgid, s)
        for e in read_po(po_path(code))
        for s in e.msgstrs
        if set(PLACEHOLDER.findall(s)) != {p for src in e.sources for p in PLACEHOLDER.findall(src)}
    ]
    assert broken == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_html_inside_strings_is_kept_as_written(code: str) -> None:
    broken = [
        (e.msgid, s)
        for e in read_po(po_path(code))
        for s in e.msgstrs
        if HTML_TAG.findall(s) != HTML_TAG.findall(e.msgid)
    ]
    assert broken == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalogue_matches_the_po_file(code: str) -> None:
    path = po_path(code)
    with path.with_suffix(".mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)._catalog  # type: ignore[attr-defined]
    stale = []
    for e in read_po(path):
        if e.msgid_plural is None:
            ok = compiled.get(e.msgid) == e.msgstrs[0]
        else:
            ok = all(compiled.get((e.msgid, n)) == s for n, s in enumerate(e.msgstrs))
        if not ok:
            stale.append(e.msgid)
    assert stale == [], "run compilemessages"
