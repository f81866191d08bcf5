"""`mutual demo`: fill the site with invented organisations, programs and people."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from mutual.demo.catalogue import DEFAULT_SEED, DEMO_PASSWORD
from mutual.demo.loader import DemoError, load_demo
from mutual.demo.logins import format_table, login_rows
from mutual.demo.people import demo_people


class Command(BaseCommand):
    help = (
        "Fill this site with demo organisations, programs, staff, peer mentors, peers and "
        "households. Safe to run again: it only adds what is missing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--seed",
            type=int,
            default=DEFAULT_SEED,
            help=f"Pick a different crowd of people (default {DEFAULT_SEED}).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even though DEBUG is off. Only for a site that is just a demo.",
        )

    def handle(self, *args: Any, seed: int, force: bool, **options: Any) -> None:
        if not (settings.DEBUG or settings.TESTING or force):
            raise CommandError(
                "DEBUG is off, so this may be a live site. The demo adds accounts with a "
                "published password, a platform admin among them. If this site is only a "
                "demo, run `mutual demo --force`."
            )
        try:
            created = load_demo(seed)
        except DemoError as error:
            raise CommandError(str(error)) from error
        if created:
            summary = ", ".join(f"{count} {what}" for what, count in created.items())
            self.stdout.write(self.style.SUCCESS(f"Demo loaded: {summary}."))
        else:
            self.stdout.write("The demo is already loaded; nothing changed.")
        self.stdout.write("")
        self.stdout.write(format_table(login_rows(demo_people(seed))))
        self.stdout.write("")
        self.stdout.write(f"Password for every demo account: {DEMO_PASSWORD}")
        self.stdout.write(
            "Staff accounts ask for a one-time code after the password. Get one with:\n"
            "  mutual demo_code <email>"
        )
