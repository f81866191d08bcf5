"""Bringing existing participants over from a CSV file: check first, then import all
or nothing.

The check (a dry run) reports every row's problem in plain words and imports nothing.
The import runs as a background job: it checks the rows again (the program may have
changed since), showing progress as it goes, then writes everyone in one transaction,
so a problem anywhere leaves the program exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import Membership, User
from mutual.audit.services import record_event
from mutual.imports import rows as csv_rows
from mutual.imports.models import ImportRun, ImportStatus
from mutual.participants.models import Consent, ConsentChannel, Participant, Source
from mutual.participants.services import JoiningError, allowed_experiences, current_consent_text
from mutual.programs.models import ExperienceTag, Program

MAX_BYTES = 5 * 1024 * 1024
PROGRESS_EVERY = 200


def _experience_lookup(program: Program) -> dict[str, int]:
    tags = ExperienceTag.objects.filter(pk__in=allowed_experiences(program))
    lookup: dict[str, int] = {}
    for tag in tags:
        lookup[tag.slug.lower()] = tag.pk
        lookup[tag.name.lower()] = tag.pk
    return lookup


def _known_emails(program: Program) -> set[str]:
    return set(
        Participant.objects.filter(program=program)
        .exclude(stage__in=["draft", "withdrawn"])
        .values_list("email", flat=True)
    )


def _check(run: ImportRun, on_progress: Callable[[int], None] | None = None) -> list[csv_rows.Row]:
    raw = csv_rows.read(run.csv_text)
    return csv_rows.check_rows(
        raw,
        role=run.role,
        known_emails=_known_emails(run.program),
        experiences=_experience_lookup(run.program),
        today=timezone.localdate(),
        on_progress=on_progress,
        every=PROGRESS_EVERY,
    )


def check_upload(
    actor: User, program: Program, *, role: str, filename: str, data: bytes, send_invitations: bool
) -> ImportRun:
    """The dry run: read and check the file, keep the report, import nothing."""
    if role not in csv_rows.STAGES:
        raise JoiningError(_("Choose whether the file lists peers or peer mentors."), "role")
    if len(data) > MAX_BYTES:
        raise JoiningError(_("The file is larger than 5 MB. Split it into parts."), "file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JoiningError(
            _("The file is not plain text in UTF-8. In your spreadsheet, save it as 'CSV UTF-8'."),
            "file",
        ) from exc
    if current_consent_text(program, role) is None:
        raise JoiningError(
            _("Publish what people agree to first: each imported person's consent points at it.")
        )
    run = ImportRun(
        program=program,
        role=role,
        uploaded_by=actor,
        filename=filename[:200],
        csv_text=text,
        send_invitations=send_invitations,
    )
    try:
        checked = _check(run)
    except csv_rows.FileProblem as problem:
        raise JoiningError(str(problem), "file") from problem
    run.total_rows = len(checked)
    run.problems = [
        {"row": row.number, "problem": "; ".join(row.problems)} for row in checked if row.problems
    ]
    run.save()
    record_event(
        actor,
        "import.checked",
        run,
        program=program,
        rows=run.total_rows,
        problems=len(run.problems),
    )
    return run


@transaction.atomic
def start_import(actor: User, run: ImportRun) -> ImportRun:
    """Queue the import. Starting twice (a double click) queues it once."""
    run = ImportRun.objects.select_for_update().get(pk=run.pk)
    if run.status != ImportStatus.CHECKED:
        return run
    if run.problems:
        raise JoiningError(_("Fix the problems in the file and check it again first."))
    run.status = ImportStatus.QUEUED
    run.save(update_fields=["status"])
    record_event(actor, "import.started", run, program=run.program, rows=run.total_rows)
    from mutual.imports.tasks import run_import

    transaction.on_commit(lambda: run_import(run.pk))
    return run


def _progress(run: ImportRun, done: int) -> None:
    ImportRun.objects.filter(pk=run.pk).update(processed_rows=done)


def perform_import(run_id: int) -> ImportRun:
    run = ImportRun.objects.select_related("program__organisation").get(pk=run_id)
    if run.status not in (ImportStatus.QUEUED, ImportStatus.RUNNING):
        return run
    ImportRun.objects.filter(pk=run.pk).update(status=ImportStatus.RUNNING, processed_rows=0)
    try:
        # Checking again is the first half of the bar; saving everyone is the second.
        checked = _check(run, lambda done: _progress(run, done // 2))
        problems = [r for r in checked if r.problems]
        if problems:
            raise JoiningError(
                _("Row %(row)d: %(problem)s")
                % {"row": problems[0].number, "problem": "; ".join(problems[0].problems)}
            )
        _progress(run, len(checked) // 2)
        created = _write(run, checked)
    except (JoiningError, csv_rows.FileProblem) as error:
        ImportRun.objects.filter(pk=run.pk).update(
            status=ImportStatus.FAILED,
            finished_at=timezone.now(),
            problems=[{"row": 0, "problem": str(error)}],
        )
    else:
        ImportRun.objects.filter(pk=run.pk).update(
            status=ImportStatus.DONE,
            processed_rows=len(checked),
            created_count=created,
            finished_at=timezone.now(),
        )
    run.refresh_from_db()
    return run


@transaction.atomic
def _write(run: ImportRun, checked: list[csv_rows.Row]) -> int:
    """Everyone in one transaction: accounts, program roles, records, consents."""
    program = run.program
    consent_text = current_consent_text(program, run.role)
    if consent_text is None:
        raise JoiningError(_("The program's consent wording was removed. Nothing was imported."))
    emails = [row.values["email"] for row in checked]
    existing = {u.email: u for u in User.objects.filter(email__in=emails)}
    unusable = make_password(None)
    User.objects.bulk_create(
        User(email=row.values["email"], name=row.values["name"], password=unusable)
        for row in checked
        if row.values["email"] not in existing
    )
    users = {u.email: u for u in User.objects.filter(email__in=emails)}
    held = set(
        Membership.objects.current()
        .filter(program=program, role=run.role, user__in=users.values())
        .values_list("user_id", flat=True)
    )
    Membership.objects.bulk_create(
        Membership(user=users[e], organisation=program.organisation, program=program, role=run.role)
        for e in emails
        if users[e].pk not in held
    )
    memberships = {
        m.user_id: m
        for m in Membership.objects.current().filter(
            program=program, role=run.role, user__in=users.values()
        )
    }
    now = timezone.now()
    participants = Participant.objects.bulk_create(
        Participant(
            program=program,
            role=run.role,
            stage=row.values["stage"],
            stage_changed_at=now,
            source=Source.IMPORT,
            user=users[row.values["email"]],
            membership=memberships[users[row.values["email"]].pk],
            name=row.values["name"],
            email=row.values["email"],
            phone=row.values["phone"],
            languages=row.values["languages"],
            suburb=row.values["suburb"],
            postcode=row.values["postcode"],
            capacity=row.values["capacity"],
            hours_per_week=row.values["hours_per_week"],
            submitted_at=now,
        )
        for row in checked
    )
    through = Participant.experiences.through
    through.objects.bulk_create(
        through(participant_id=p.pk, experiencetag_id=tag)
        for p, row in zip(participants, checked, strict=True)
        for tag in row.values["experiences"]
    )
    Consent.objects.bulk_create(
        Consent(
            participant=p,
            consent_text=consent_text,
            channel=ConsentChannel.IMPORT,
            given_at=timezone.make_aware(
                dt.datetime.combine(row.values["consent_given_on"], dt.time())
            ),
            recorded_by=run.uploaded_by,
        )
        for p, row in zip(participants, checked, strict=True)
    )
    record_event(
        run.uploaded_by, "import.finished", run, program=program, created=len(participants)
    )
    if run.send_invitations:
        from mutual.accounts.tasks import send_invitation

        new_ids = [(users[e].pk, memberships[users[e].pk].pk) for e in emails if e not in existing]
        transaction.on_commit(lambda: [send_invitation(u, m) for u, m in new_ids])
    return len(participants)
