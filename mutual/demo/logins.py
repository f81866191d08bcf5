"""The table of demo logins printed at the end of `mutual demo`."""

from __future__ import annotations

from mutual.accounts.models import Role
from mutual.demo.catalogue import ALL_STAFF, ORGANISATIONS, PROGRAMS, DemoStaff
from mutual.demo.people import DemoPerson

_ORGANISATION_NAMES = {spec.slug: spec.name for spec in ORGANISATIONS}
_PROGRAM_NAMES = {spec.slug: spec.name for spec in PROGRAMS}


def login_rows(people: list[DemoPerson]) -> list[tuple[str, str, str]]:
    """(email, role, where) for every staff account and one active mentor and peer per program."""
    rows = [_staff_row(staff) for staff in ALL_STAFF]
    for program in PROGRAMS:
        for role in ("mentor", "peer"):
            person = next(
                (
                    p
                    for p in people
                    if p.program_slug == program.slug
                    and p.role == role
                    and p.pipeline_state == "active"
                ),
                None,
            )
            if person is not None:
                rows.append((person.email, _role_label(role), program.name))
    return rows


def _staff_row(staff: DemoStaff) -> tuple[str, str, str]:
    if staff.program_slug:
        where = _PROGRAM_NAMES[staff.program_slug]
    elif staff.organisation_slug:
        where = _ORGANISATION_NAMES[staff.organisation_slug]
    else:
        where = "Whole site"
    return staff.email, _role_label(staff.role), where


def _role_label(role: str) -> str:
    return "Platform admin" if role == "platform_admin" else str(Role(role).label)


def format_table(rows: list[tuple[str, str, str]]) -> str:
    header = ("Email", "Role", "Where")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)
