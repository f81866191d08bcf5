"""The batch matching job (thin: the work is in services)."""

from __future__ import annotations

from huey.contrib.djhuey import db_task


@db_task()
def run_matching(run_id: int) -> None:
    from mutual.matching.models import MatchRun
    from mutual.matching.services import perform_run

    run = MatchRun.objects.select_related("program", "started_by").get(pk=run_id)

    def progress(done: int, total: int) -> None:
        # Scoring is most of the work; the last tenth is solving and writing.
        percent = int(90 * done / total) if total else 90
        MatchRun.objects.filter(pk=run_id).update(progress=percent)

    perform_run(run, progress)
