"""What every program board page does the same way (matches, mentor wellbeing): a filter by
one flag, a count per flag, pages of ``BOARD_PAGE`` rows, and an audit event for the view.
Each board module supplies its ``FLAGS`` and its ``board(program, flag)`` query."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from django.core.paginator import Paginator

from mutual.audit.services import record_event
from mutual.core.http import AuthedRequest

BOARD_PAGE = 100

BoardQuery = Callable[[Any, str], tuple[Sequence[Any], Mapping[str, int], int]]


def board_context(
    request: AuthedRequest,
    program: Any,
    flags: Mapping[str, object],
    query: BoardQuery,
    event: str,
) -> dict[str, Any]:
    """The template context of a board page: one page of rows, the counts and the flag."""
    flag = request.GET.get("flag", "")
    if flag not in flags:
        flag = ""
    rows, counts, total = query(program, flag)
    page = Paginator(rows, BOARD_PAGE).get_page(request.GET.get("page"))
    record_event(request.user, event, program, program=program)
    return {
        "program": program,
        "rows": page.object_list,
        "page": page,
        "counts": [(key, flags[key], counts[key]) for key in flags],
        "total": total,
        "flag": flag,
    }
