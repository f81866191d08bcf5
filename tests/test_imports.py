"""Bringing participants over from a CSV file: the check, all or nothing, progress."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from mutual.imports import rows, services
from mutual.imports.models import ImportRun
from mutual.participants.models import Consent, Participant
from mutual.participants.services import JoiningError
from tests.conftest import World
from tests.factories import ConsentTextFactory, ParticipantFactory, UserFactory

pytestmark = pytest.mark.django_db

HEADER = "name,email,stage,consent_given_on,languages,postcode\n"
GOOD = (
    HEADER
    + "Mai,mai@example.org,waiting,2025-03-31,Vietnamese; English,2166\n"
    + ("Ali,ali@example.org,new,2025-04-01,Dari,2000\n")
)


@pytest.fixture
def program(world: World) -> Any:
    ConsentTextFactory(program=world.program_a1, audience="peer")
    return world.program_a1


@pytest.fixture
def capture(django_capture_on_commit_callbacks: Any) -> Any:
    return django_capture_on_commit_callbacks


def check(program: Any, text: str, **kwargs: Any) -> ImportRun:
    return services.check_upload(
        UserFactory(),
        program,
        role="peer",
        filename="people.csv",
        data=text.encode(),
        send_invitations=False,
        **kwargs,
    )


def test_a_clean_file_is_reported_ready_and_nothing_is_imported(program: Any) -> None:
    run = check(program, GOOD)
    assert (run.total_rows, run.problems) == (2, [])
    assert not Participant.objects.filter(program=program).exists()


def test_the_check_names_every_problem_by_row(program: Any) -> None:
    ParticipantFactory(program=program, email="taken@example.org")
    text = HEADER + (
        "Mai,mai@,waiting,2025-03-31,,2166\n"
        "Ali,ali@example.org,matched,,Klingon,21\n"
        "Sam,taken@example.org,new,2025-01-01,,\n"
        "Sue,ali@example.org,new,2025-01-01,,\n"
    )
    problems = {p["row"]: p["problem"] for p in check(program, text).problems}
    assert "the email 'mai@' is not complete" in problems[2]
    assert "the stage 'matched' is not one of" in problems[3]
    assert "no consent date" in problems[3]
    assert "the language 'Klingon' is not on our list" in problems[3]
    assert "the postcode '21' does not have 4 digits" in problems[3]
    assert "already in this program" in problems[4]
    assert "also on row 3" in problems[5]


def test_a_file_without_the_needed_columns_is_refused_plainly(program: Any) -> None:
    with pytest.raises(JoiningError, match="Missing: stage, consent_given_on"):
        check(program, "name,email\nMai,mai@example.org\n")


def test_importing_creates_everyone_with_their_consent(program: Any, capture: Any) -> None:
    run = check(program, GOOD)
    with capture(execute=True):
        services.start_import(run.uploaded_by, run)  # the job runs at once in tests
    run.refresh_from_db()
    assert (run.status, run.created_count, run.processed_rows) == ("done", 2, 2)
    mai = Participant.objects.get(email="mai@example.org")
    assert (mai.stage, mai.source, mai.languages) == ("waiting", "import", ["vi", "en"])
    assert mai.membership is not None and mai.user is not None
    assert Consent.objects.get(participant=mai).channel == "import"


def test_starting_twice_imports_once(program: Any, capture: Any) -> None:
    run = check(program, GOOD)
    with capture(execute=True):
        services.start_import(run.uploaded_by, run)
        services.start_import(run.uploaded_by, run)
    assert Participant.objects.filter(program=program).count() == 2


def test_a_problem_found_at_import_time_imports_nobody(program: Any, capture: Any) -> None:
    run = check(program, GOOD)
    ParticipantFactory(program=program, email="ali@example.org")  # arrived since the check
    with capture(execute=True):
        services.start_import(run.uploaded_by, run)
    run.refresh_from_db()
    assert run.status == "failed"
    assert "Row 3" in run.problems[0]["problem"]
    assert not Participant.objects.filter(email="mai@example.org").exists()


def test_a_file_with_problems_cannot_be_imported(program: Any) -> None:
    run = check(program, HEADER + "Mai,mai@,waiting,2025-03-31,,\n")
    with pytest.raises(JoiningError, match="Fix the problems"):
        services.start_import(run.uploaded_by, run)


def test_progress_is_reported_while_checking() -> None:
    seen: list[int] = []
    raw = [
        {
            "name": f"P{n}",
            "email": f"p{n}@example.org",
            "stage": "new",
            "consent_given_on": "2025-01-01",
        }
        for n in range(450)
    ]
    rows.check_rows(
        raw,
        role="peer",
        known_emails=set(),
        experiences={},
        today=__import__("datetime").date(2026, 1, 1),
        on_progress=seen.append,
        every=200,
    )
    assert seen == [200, 400]


def test_the_upload_page_checks_a_file_and_shows_the_report(
    client: Client, world: World, program: Any
) -> None:
    client.force_login(world.users["coordinator"])
    upload = SimpleUploadedFile("people.csv", GOOD.encode(), content_type="text/csv")
    response = client.post(f"/p/{program.pk}/import/", {"role": "peer", "file": upload})
    run = ImportRun.objects.get()
    assert response.headers["Location"] == f"/imports/{run.pk}/"
    page = client.get(f"/imports/{run.pk}/").content.decode()
    assert "2 people are ready to import" in page


def test_the_progress_fragment_polls_while_importing(
    client: Client, world: World, program: Any
) -> None:
    run = check(program, GOOD)
    ImportRun.objects.filter(pk=run.pk).update(status="running", processed_rows=1)
    client.force_login(world.users["coordinator"])
    fragment = client.get(f"/imports/{run.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert 'hx-trigger="every 1s"' in fragment
    assert '<progress id="import-bar" max="2" value="1">' in fragment


def test_the_example_file_passes_its_own_check(program: Any) -> None:
    example = rows.template_csv("peer")
    assert check(program, example).problems == []
