"""`mutual demo_code <email>`: show the current one-time code of a demo staff account."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from mutual.demo.codes import NoDemoCode, current_code


class Command(BaseCommand):
    help = (
        "Print the current one-time login code of a staff account made by `mutual demo`, "
        "so you can try the demo without an authenticator app."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email", help="A demo account, e.g. admin@demo.mutual.test")

    def handle(self, *args: Any, email: str, **options: Any) -> None:
        try:
            code, seconds_left = current_code(email)
        except NoDemoCode as error:
            raise CommandError(str(error)) from error
        self.stdout.write(code)
        self.stderr.write(f"Valid for about {seconds_left} more seconds, and for one login only.")
