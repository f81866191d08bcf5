"""The public index of programs, each program's page, and its poster."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from django.test import Client

from mutual.joining.search import find_programs
from tests.factories import (
    ConsentTextFactory,
    CrisisResourceFactory,
    ExperienceTagFactory,
    ProgramFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree() -> dict[str, Any]:
    caring = ExperienceTagFactory(name="Caring (test)")
    dementia = ExperienceTagFactory(name="Caring for a parent with dementia (test)", parent=caring)
    grief = ExperienceTagFactory(name="Grief (test)")
    return {"caring": caring, "dementia": dementia, "grief": grief}


def test_choosing_an_experience_finds_programs_for_its_branch_and_below(tree: Any) -> None:
    broad = ProgramFactory(name="Carers")
    broad.experiences.add(tree["caring"])
    narrow = ProgramFactory(name="Dementia carers")
    narrow.experiences.add(tree["dementia"])
    other = ProgramFactory(name="Grief")
    other.experiences.add(tree["grief"])
    assert set(find_programs(tag=tree["dementia"])) == {broad, narrow}
    assert set(find_programs(tag=tree["caring"])) == {broad, narrow}


def test_drafts_and_closed_programs_are_never_listed() -> None:
    listed = ProgramFactory(status="open")
    ProgramFactory(status="draft")
    ProgramFactory(status="closed")
    assert list(find_programs()) == [listed]


def test_paused_programs_come_after_open_ones() -> None:
    paused = ProgramFactory(name="A paused", status="paused")
    open_ = ProgramFactory(name="B open", status="open")
    assert list(find_programs()) == [open_, paused]


def test_words_search_names_and_descriptions_in_any_case() -> None:
    wanted = ProgramFactory(name="Gambling harm peers", public_description="x")
    ProgramFactory(name="Carers", public_description="caring")
    assert list(find_programs(words="GAMBLING")) == [wanted]


def test_area_finds_local_programs_and_those_that_meet_by_phone() -> None:
    local = ProgramFactory(region="Western Sydney", delivery_modes=["in_person"])
    phone = ProgramFactory(region="Victoria", delivery_modes=["phone"])
    ProgramFactory(region="Perth", delivery_modes=["in_person"])
    assert set(find_programs(area="sydney")) == {local, phone}


def test_the_program_page_says_free_length_and_both_calls_to_action(client: Client) -> None:
    program = ProgramFactory(slug="carers", length_unit="sessions", length_value=6)
    CrisisResourceFactory(program=program, name="Carer line")
    ConsentTextFactory(program=program, body="We keep what you tell us safe and private, always.")
    page = client.get("/join/carers/").content.decode()
    assert "It is free." in page
    assert "6 sessions" in page
    assert 'href="/join/carers/support/"' in page
    assert 'href="/join/carers/mentor/"' in page
    assert "Carer line" in page
    assert "We keep what you tell us safe" in page


def test_a_paused_program_page_keeps_crisis_help_but_no_get_support(client: Client) -> None:
    program = ProgramFactory(slug="paused", status="paused")
    CrisisResourceFactory(program=program, name="Carer line")
    page = client.get("/join/paused/").content.decode()
    assert "/join/paused/support/" not in page
    assert "Carer line" in page


def test_a_draft_program_page_is_hidden_from_the_public(client: Client) -> None:
    ProgramFactory(slug="hidden", status="draft")
    assert client.get("/join/hidden/").status_code == 404


def test_the_index_search_form_works_without_javascript(client: Client) -> None:
    ProgramFactory(name="Gambling harm peers")
    ProgramFactory(name="Carers")
    page = client.get("/programs/", {"q": "gambling"}).content.decode()
    assert "1 program found" in page
    assert "Gambling harm peers" in page and "Carers</a>" not in page


def test_an_empty_search_suggests_what_to_try(client: Client) -> None:
    page = client.get("/programs/", {"q": "zzz"}).content.decode()
    assert "Try fewer words" in page
    assert "Need help now?" in page


def test_the_poster_qr_code_points_at_the_public_page(client: Client, settings: Any) -> None:
    settings.SITE_URL = "https://mutual.example.org"
    ProgramFactory(slug="carers")
    with mock.patch("mutual.joining.views_public.qr_svg", return_value="<svg></svg>") as qr:
        page = client.get("/join/carers/poster/").content.decode()
    qr.assert_called_once_with("https://mutual.example.org/join/carers/")
    assert "https://mutual.example.org/join/carers/" in page


def test_the_poster_pdf_is_a_pdf(client: Client) -> None:
    ProgramFactory(slug="carers")
    response = client.get("/join/carers/poster.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
