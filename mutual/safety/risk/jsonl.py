"""The command line's format: JSON lines in, one JSON line out per line, in order.

Input lines look like ``{"id": "42", "text": "..."}``. A line that cannot be read gets an
error line with its id when one can be found (otherwise its line number), and the run goes on:
one bad line in a big export must not cost the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from mutual.safety.risk.detector import classify


def _error(ident: Any, message: str) -> str:
    return json.dumps({"id": ident, "error": message}, ensure_ascii=False)


def _id_of(record: Any, line_number: int) -> Any:
    if isinstance(record, dict) and isinstance(record.get("id"), (str, int)):
        return record["id"]
    return f"line {line_number}"


def classify_lines(lines: Iterable[str]) -> Iterator[str]:
    """One output line per non-blank input line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(f"line {number}", f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        ident = _id_of(record, number)
        if not isinstance(record, dict):
            yield _error(ident, 'expected an object like {"id": "1", "text": "..."}')
            continue
        text = record.get("text")
        if not isinstance(text, str):
            yield _error(ident, 'the "text" field is missing or is not a string')
            continue
        result = classify(text)
        yield json.dumps(
            {"id": ident, "level": result.level, "score": result.score, "reasons": result.reasons},
            ensure_ascii=False,
        )
