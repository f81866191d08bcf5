"""The import job (thin: the work is in services)."""

from __future__ import annotations

from huey.contrib.djhuey import db_task


@db_task()
def run_import(run_id: int) -> None:
    from mutual.imports.services import perform_import

    perform_import(run_id)
