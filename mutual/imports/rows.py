"""Reading and checking a CSV of participants: every row's problems in plain words.

Pure Python (no database): the caller passes what it knows (emails already in the
program, the experience list) so the same checks serve the dry run and the import.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from mutual.participants.vocab import SPOKEN_LANGUAGES

MAX_ROWS = 20_000
REQUIRED = ("name", "email", "stage", "consent_given_on")
COLUMNS = (
    "name",
    "email",
    "phone",
    "stage",
    "consent_given_on",
    "languages",
    "suburb",
    "postcode",
    "experiences",
    "capacity",
    "hours_per_week",
)
STAGES = {
    "peer": ("new", "waiting"),
    "mentor": (
        "applied",
        "first_conversation",
        "references",
        "checks",
        "readiness_interview",
        "training",
        "approved",
        "active",
        "paused",
    ),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Row:
    number: int  # as a spreadsheet shows it: the header is row 1
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class FileProblem(ValueError):
    """The file as a whole cannot be read; the message says what to do."""


def read(text: str) -> list[dict[str, str]]:
    text = text.lstrip("\ufeff")  # Excel's byte-order mark
    reader = csv.DictReader(io.StringIO(text))
    headers = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in headers]
    if missing:
        raise FileProblem(
            _("The first row must name the columns. Missing: %(cols)s.")
            % {"cols": ", ".join(missing)}
        )
    reader.fieldnames = headers
    rows = [{k: (v or "").strip() for k, v in r.items() if k} for r in reader]
    if not rows:
        raise FileProblem(_("The file has no rows under the column names."))
    if len(rows) > MAX_ROWS:
        raise FileProblem(
            _("The file has %(n)d rows; the most we take at once is %(max)d. Split it into parts.")
            % {"n": len(rows), "max": MAX_ROWS}
        )
    return rows


def _language_codes() -> dict[str, str]:
    lookup = {code.lower(): code for code, _label in SPOKEN_LANGUAGES}
    lookup.update({str(label).lower(): code for code, label in SPOKEN_LANGUAGES})
    return lookup


def check_rows(
    raw: list[dict[str, str]],
    *,
    role: str,
    known_emails: set[str],
    experiences: dict[str, int],
    today: dt.date,
    on_progress: Callable[[int], None] | None = None,
    every: int = 200,
) -> list[Row]:
    """Check every row; a row with problems keeps them all, so one pass fixes the file."""
    languages = _language_codes()
    seen: dict[str, int] = {}
    checked = []
    for index, values in enumerate(raw, start=2):
        row = Row(index)
        problems = row.problems
        name = values.get("name", "")
        email = values.get("email", "").lower()
        if not name:
            problems.append(_("the name is empty"))
        if not _EMAIL.match(email):
            problems.append(_("the email '%(email)s' is not complete") % {"email": email})
        elif email in seen:
            problems.append(
                _("the email %(email)s is also on row %(row)d")
                % {"email": email, "row": seen[email]}
            )
        elif email in known_emails:
            problems.append(_("%(email)s is already in this program") % {"email": email})
        seen.setdefault(email, index)
        stage = values.get("stage", "").lower().replace(" ", "_")
        if stage not in STAGES[role]:
            problems.append(
                _("the stage '%(stage)s' is not one of: %(stages)s")
                % {"stage": values.get("stage", ""), "stages": ", ".join(STAGES[role])}
            )
        consent = values.get("consent_given_on", "")
        try:
            consent_on = dt.date.fromisoformat(consent)
            if consent_on > today:
                problems.append(_("the consent date is in the future"))
        except ValueError:
            consent_on = None
            problems.append(
                _(
                    "there is no consent date like 2025-03-31: we cannot import anyone "
                    "without a record of consent"
                )
            )
        codes = []
        for item in filter(None, (x.strip() for x in values.get("languages", "").split(";"))):
            code = languages.get(item.lower())
            if code is None:
                problems.append(_("the language '%(lang)s' is not on our list") % {"lang": item})
            else:
                codes.append(code)
        tag_ids = []
        for item in filter(None, (x.strip() for x in values.get("experiences", "").split(";"))):
            tag = experiences.get(item.lower())
            if tag is None:
                problems.append(
                    _("the experience '%(exp)s' is not on this program's list") % {"exp": item}
                )
            else:
                tag_ids.append(tag)
        postcode = values.get("postcode", "")
        if postcode and not re.fullmatch(r"\d{4}", postcode):
            problems.append(_("the postcode '%(pc)s' does not have 4 digits") % {"pc": postcode})
        numbers: dict[str, int | None] = {}
        for column in ("capacity", "hours_per_week"):
            raw_number = values.get(column, "")
            if not raw_number:
                numbers[column] = None
            elif raw_number.isdigit() and 0 < int(raw_number) <= 40:
                numbers[column] = int(raw_number)
            else:
                problems.append(
                    _("%(col)s '%(value)s' is not a whole number")
                    % {"col": column, "value": raw_number}
                )
        row.values = {
            "name": name[:150],
            "email": email,
            "phone": values.get("phone", "")[:40],
            "stage": stage,
            "consent_given_on": consent_on,
            "languages": codes,
            "suburb": values.get("suburb", "")[:120],
            "postcode": postcode,
            "experiences": tag_ids,
            **numbers,
        }
        checked.append(row)
        if on_progress is not None and len(checked) % every == 0:
            on_progress(len(checked))
    return checked


def template_csv(role: str) -> str:
    """An example file people can fill in."""
    example = {
        "peer": [
            "Mai Nguyen",
            "mai@example.org",
            "0400 000 000",
            "waiting",
            "2025-03-31",
            "Vietnamese; English",
            "Cabramatta",
            "2166",
            "",
            "",
            "",
        ],
        "mentor": [
            "Tran Le",
            "tran@example.org",
            "",
            "active",
            "2024-11-02",
            "Vietnamese",
            "Bankstown",
            "2200",
            "",
            "2",
            "3",
        ],
    }[role]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerow(example)
    return out.getvalue()
