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


# --- quizzes -----------------------------------------------------------------------


def quizzed(program: Any) -> TrainingModule:
    quiz = module(program, "Safety", pass_mark=50)
    staff = UserFactory()
    services.add_question(
        staff, quiz, question="Who do you call in danger?", choices=["000", "Your peer"], correct=1
    )
    services.add_question(
        staff,
        quiz,
        question="Share your number?",
        choices=["Always", "Only if both choose"],
        correct=2,
    )
    return quiz


def test_passing_the_quiz_completes_the_module_with_its_score() -> None:
    program = ProgramFactory()
    quiz = quizzed(program)
    user = UserFactory()
    person = mentor(program, user=user)
    questions = list(quiz.questions.all())
    result = services.take_quiz(user, person, quiz, {questions[0].pk: 0, questions[1].pk: 0})
    assert (result.right, result.passed) == (1, True)
    assert TrainingRecord.objects.get(participant=person).quiz_score == 50


def test_failing_the_quiz_leaves_the_module_open() -> None:
    program = ProgramFactory()
    quiz = quizzed(program)
    user = UserFactory()
    person = mentor(program, user=user)
    questions = list(quiz.questions.all())
    result = services.take_quiz(user, person, quiz, {questions[0].pk: 1, questions[1].pk: 0})
    assert not result.passed
    assert not TrainingRecord.objects.exists()


def test_a_mentor_cannot_skip_a_quiz_by_ticking_the_module() -> None:
    program = ProgramFactory()
    quiz = quizzed(program)
    user = UserFactory()
    with pytest.raises(JoiningError, match="quiz"):
        services.complete(user, mentor(program, user=user), quiz)


def test_a_question_needs_two_to_five_answers_and_a_right_one() -> None:
    quiz = module(ProgramFactory())
    with pytest.raises(JoiningError, match="between 2 and 5"):
        services.add_question(UserFactory(), quiz, question="Q", choices=["only"], correct=1)
    with pytest.raises(JoiningError, match="from 1 to 2"):
        services.add_question(UserFactory(), quiz, question="Q", choices=["a", "b"], correct=3)


def test_the_quiz_page_says_the_score_and_invites_another_try(client: Client, world: World) -> None:
    quiz = quizzed(world.program_a1)
    person = mentor(world.program_a1, user=world.users["mentor"])
    client.force_login(world.users["mentor"])
    questions = list(quiz.questions.all())
    page = client.post(
        f"/me/training/{person.pk}/{quiz.pk}/quiz/",
        {f"q{questions[0].pk}": 1, f"q{questions[1].pk}": 0},
    ).content.decode()
    assert "You got 0 of 2" in page and "try again" in page
