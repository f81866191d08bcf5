"""The peer mentor screening pipeline as plain data: which moves exist, and how long
each step may take. No Django here, so the rules can be read and tested on their own.

    applied → first_conversation → references → checks → readiness_interview
            → training → approved → active ⇄ paused → left
    any screening stage → not_now (not taken on now)

What must be true before a move (two referees answered, a valid check, a readiness
interview that says ready) is checked by the services, which know the records.
"""

from __future__ import annotations

SCREENING = (
    "applied",
    "first_conversation",
    "references",
    "checks",
    "readiness_interview",
    "training",
    "approved",
)
ORDER = (*SCREENING, "active")

# Days a coordinator has to finish each step before it shows as overdue.
DUE_DAYS = {
    "applied": 7,
    "first_conversation": 14,
    "references": 14,
    "checks": 28,
    "readiness_interview": 14,
    "training": 42,
    "approved": 14,
    "paused": 90,
}

# Stages with no due date: nothing is waiting on staff.
RESTING = frozenset({"active", "left", "not_now", "withdrawn"})


def next_stage(stage: str) -> str | None:
    """The stage that follows in screening, or None when there is no forward step."""
    if stage in ORDER[:-1]:
        return ORDER[ORDER.index(stage) + 1]
    return None


def allowed_moves(stage: str) -> list[str]:
    moves: list[str] = []
    forward = next_stage(stage)
    if forward:
        moves.append(forward)
    if stage in SCREENING:
        moves.append("not_now")
    if stage == "active":
        moves += ["paused", "left"]
    if stage == "paused":
        moves += ["active", "left"]
    return moves


def can_move(stage: str, to: str) -> bool:
    return to in allowed_moves(stage)
