"""`mutual match --program SLUG [--dry-run]`: batch matching from the command line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from mutual.matching import explain, services
from mutual.matching.models import MatchRun
from mutual.programs.models import Program

# Show a progress bar when at least this many peers are waiting.
PROGRESS_FROM = 500


class Command(BaseCommand):
    help = (
        "Find the best peer mentor for everyone waiting in a program; print the "
        "suggestions and why anyone is left without one. Without --dry-run the "
        "suggestions go to the coordinators' queue (nobody is asked until they approve)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--program",
            required=True,
            action="append",
            help="The program's short web name; give it more than once for several programs.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only print; change nothing.")

    def handle(self, *args: Any, **options: Any) -> None:
        translation.activate("en")
        programs = []
        for slug in options["program"]:
            program = Program.objects.filter(slug=slug).first()
            if program is None:
                raise CommandError(f"No program has the short web name {slug!r}.")
            programs.append(program)
        for program in programs:
            self._match(program, dry_run=options["dry_run"])

    def _match(self, program: Program, *, dry_run: bool) -> None:
        shown: list[bool] = []
        outcome = services.compute(program, self._progress_bar(shown))
        if shown:
            sys.stderr.write("\n")
        if not dry_run:
            services.save_outcome(MatchRun.objects.create(program=program), outcome)
        self._print(program, outcome, dry_run=dry_run)

    def _progress_bar(self, shown: list[bool]) -> Callable[[int, int], None]:
        def progress(done: int, total: int) -> None:
            if total < PROGRESS_FROM:
                return
            shown[:] = [True]
            filled = int(30 * done / total)
            sys.stderr.write(f"\rScoring [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
            sys.stderr.flush()

        return progress

    def _print(self, program: Program, outcome: services.Outcome, *, dry_run: bool) -> None:
        names = {p.pk: p.name for p in [*outcome.people.peers, *outcome.people.mentors]}
        weights = services.settings_for(program).weights
        verb = "Would suggest" if dry_run else "Suggested"
        self.stdout.write(f"{program.name}: {verb} {len(outcome.pairs)} pair(s).")
        for peer_id, mentor_id in outcome.pairs.items():
            breakdown = outcome.breakdown(peer_id, mentor_id, weights)
            good = " · ".join(explain.words(breakdown.reasons)[0])
            fit = round(breakdown.score * 100)
            self.stdout.write(f"  {names[peer_id]} → {names[mentor_id]} (fit {fit}%): {good}")
        unmatched = outcome.unmatched()
        if unmatched:
            self.stdout.write(f"No suggestion for {len(unmatched)}:")
        for row in unmatched:
            why = "; ".join(explain.words(row["reasons"])[1])
            self.stdout.write(f"  {names[row['peer']]}: {why}")
