"""`mutual load_postcodes FILE`: postcode centres, so matching knows who lives near whom.

FILE is a GeoNames postal-code file (tab-separated, e.g. AU.txt from the GeoNames
"postal codes" download, licensed CC BY 4.0): country, postcode, place name, three
levels of region (name and code each), latitude, longitude, accuracy. Loading again
updates the centres and adds new places; nothing else is changed.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from mutual.matching.models import Postcode

LATITUDE, LONGITUDE = 9, 10


class Command(BaseCommand):
    help = "Load postcode centres from a GeoNames postal-code file (tab-separated)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"There is no file at {path}.")
        rows = []
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
                rows.append(self._parse(row, number))
        with transaction.atomic():
            for country, code, place, lat, lon in rows:
                Postcode.objects.update_or_create(
                    country=country,
                    code=code,
                    place=place,
                    defaults={"latitude": lat, "longitude": lon},
                )
        self.stdout.write(f"Loaded {len(rows)} postcode places.")

    def _parse(self, row: list[str], number: int) -> tuple[str, str, str, float, float]:
        if len(row) <= LONGITUDE:
            raise CommandError(f"Line {number} has {len(row)} columns; a GeoNames file has 12.")
        try:
            lat, lon = float(row[LATITUDE]), float(row[LONGITUDE])
        except ValueError as problem:
            raise CommandError(
                f"Line {number}: latitude and longitude must be numbers."
            ) from problem
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise CommandError(f"Line {number}: {lat}, {lon} is not a place on Earth.")
        return row[0].strip().upper()[:2], row[1].strip(), row[2].strip()[:120], lat, lon
