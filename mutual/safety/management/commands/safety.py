"""`mutual safety classify`: assess JSON lines from standard input (see ``risk/jsonl.py``)."""

from __future__ import annotations

import io
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from mutual.safety.risk.jsonl import classify_lines


class Command(BaseCommand):
    help = (
        "Safety tools. `classify`: read JSON lines {id, text}; write {id, level, score, reasons}."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser(
            "classify",
            help='Read {"id": ..., "text": ...} lines from standard input; write one result '
            "line per input line to standard output, in the same order.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # Read as UTF-8 whatever the terminal's locale says; undecodable bytes must not
        # stop the run, so they become U+FFFD in the text of that one line.
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        out = self.stdout
        for line in classify_lines(stdin):
            out.write(line)
            out.flush()
