"""`mutual safety classify`: JSON lines in, one JSON line out per line, in order."""

from __future__ import annotations

import io
import json
import sys

import pytest
from django.core.management import call_command


def run(monkeypatch: pytest.MonkeyPatch, data: bytes) -> list[dict]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    out = io.StringIO()
    call_command("safety", "classify", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_gets_a_result_in_the_same_order(monkeypatch) -> None:
    lines = (
        b'{"id": "a", "text": "this traffic is killing me"}\n'
        b'{"id": "b", "text": "the pills are lined up on the table"}\n'
    )

    results = run(monkeypatch, lines)

    assert [r["id"] for r in results] == ["a", "b"]
    assert [r["level"] for r in results] == ["none", "imminent"]
    assert set(results[1]) == {"id", "level", "score", "reasons"}
    assert isinstance(results[1]["score"], float) and results[1]["reasons"]


def test_a_malformed_line_gets_an_error_and_the_run_goes_on(monkeypatch) -> None:
    lines = b'{"id": "1", "text": "hi"}\nnot json\n{"id": "3"}\n[1, 2]\n{"id": "5", "text": "ok"}\n'

    results = run(monkeypatch, lines)

    assert [r["id"] for r in results] == ["1", "line 2", "3", "line 4", "5"]
    assert "error" in results[1] and "error" in results[2] and "error" in results[3]
    assert results[4]["level"] == "none"


def test_blank_lines_are_skipped_and_non_english_text_is_read(monkeypatch) -> None:
    results = run(monkeypatch, '\n{"id": 7, "text": "我不想活了"}\n\n'.encode())

    assert results == [
        {
            "id": 7,
            "level": results[0]["level"],
            "score": results[0]["score"],
            "reasons": results[0]["reasons"],
        }
    ]
    assert results[0]["level"] in ("elevated", "imminent")
