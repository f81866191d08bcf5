"""Training: modules, completion by mentors and staff, the matrix, the certificate."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from mutual.participants.services import JoiningError
from mutual.screening import services as screening
from mutual.training import services
from mutual.training.models import Certificate, TrainingModule, TrainingRecord
from tests.conftest import World
from tests.factories import ParticipantFactory, ProgramFactory, UserFactory

pytestmark = pytest.mark.django_db


def module(program: Any, title: str = "Boundaries", **fields: Any) -> TrainingModule:
    values = {"description": "Keeping yourself and your peer safe", "kind": "self_paced", **fields}
    return TrainingModule.objects.create(program=program, title=title, **values)


def mentor(program: Any, **fields: Any) -> Any:
    return ParticipantFactory(program=program, role="mentor", stage="training", **fields)


def test_training_is_complete_when_every_required_module_is_done() -> None:
    program = ProgramFactory()
    first, second = module(program, "One"), module(program, "Two")
    module(program, "Extra", required=False)
    person = mentor(program)
    services.complete(UserFactory(), person, first)
    assert not services.is_training_complete(person)
    services.complete(UserFactory(), person, second)
    assert services.is_training_complete(person)


def test_finishing_the_required_modules_issues_one_certificate() -> None:
    program = ProgramFactory()
    only = module(program)
    person = mentor(program)
    services.complete(UserFactory(), person, only)
    services.complete(UserFactory(), person, only)
    assert Certificate.objects.filter(participant=person).count() == 1
    assert TrainingRecord.objects.count() == 1


def test_a_mentor_cannot_tick_an_attended_session_themself() -> None:
    program = ProgramFactory()
    session = module(program, kind="session", session_place="Community hall")
    user = UserFactory()
    with pytest.raises(JoiningError, match="attendance"):
        services.complete(user, mentor(program, user=user), session)


def test_a_session_module_needs_a_place() -> None:
    with pytest.raises(JoiningError):
        services.save_module(
            UserFactory(),
            ProgramFactory(),
            {"title": "Meet-up", "description": "x", "kind": "session", "session_place": ""},
        )


def test_module_titles_are_unique_in_a_program() -> None:
    program = ProgramFactory()
    module(program, "Boundaries")
    with pytest.raises(JoiningError, match="already has"):
        services.save_module(
            UserFactory(),
            program,
            {"title": "boundaries", "description": "x", "kind": "self_paced"},
        )


def test_screening_waits_for_training_before_approval() -> None:
    program = ProgramFactory()
    only = module(program)
    person = mentor(program)
    with pytest.raises(JoiningError, match="training"):
        screening.move(UserFactory(), person, "approved")
    services.complete(UserFactory(), person, only)
    screening.move(UserFactory(), person, "approved")


def test_the_matrix_uses_the_same_number_of_queries_for_more_mentors(
    django_assert_num_queries: Any,
) -> None:
    program = ProgramFactory()
    modules = [module(program, f"M{n}") for n in range(3)]
    for _ in range(2):
        services.complete(UserFactory(), mentor(program), modules[0])
    with django_assert_num_queries(3):
        small = services.training_matrix(program)
    for _ in range(10):
        services.complete(UserFactory(), mentor(program), modules[1])
    with django_assert_num_queries(3):
        big = services.training_matrix(program)
    assert (len(small.rows), len(big.rows)) == (2, 12)


def test_a_mentor_marks_a_module_done_from_their_page(client: Client, world: World) -> None:
    person = mentor(world.program_a1, user=world.users["mentor"])
    only = module(world.program_a1)
    client.force_login(world.users["mentor"])
    client.post(f"/me/training/{person.pk}/{only.pk}/done/")
    page = client.get(f"/me/training/{person.pk}/").content.decode()
    assert "Download your certificate" in page


def test_the_certificate_is_a_pdf(client: Client, world: World) -> None:
    person = mentor(world.program_a1, user=world.users["mentor"])
    services.complete(world.users["coordinator"], person, module(world.program_a1))
    client.force_login(world.users["mentor"])
    response = client.get(f"/me/training/{person.pk}/certificate.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_matrix_page_shows_who_has_done_what(client: Client, world: World) -> None:
    person = mentor(world.program_a1, name="Tran Le")
    services.complete(world.users["coordinator"], person, module(world.program_a1))
    client.force_login(world.users["coordinator"])
    page = client.get(f"/p/{world.program_a1.pk}/training/").content.decode()
    assert "Tran Le" in page and "Done" in page


def test_a_coordinator_adds_a_module_and_bad_input_is_named(client: Client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = f"/p/{world.program_a1.pk}/training/new/"
    response = client.post(url, {"title": "", "description": "x", "kind": "self_paced", "order": 0})
    assert "This field is required" in response.content.decode()
    client.post(
        url,
        {
            "title": "Listening",
            "description": "x",
            "kind": "self_paced",
            "order": 1,
            "required": "on",
            "is_active": "on",
        },
    )
    assert TrainingModule.objects.get().title == "Listening"
