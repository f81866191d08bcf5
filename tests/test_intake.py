"""Asking for support: the steps, drafts, the carry-on link, submitting once."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client

from mutual.participants.models import Participant
from tests.factories import ConsentTextFactory, ExperienceTagFactory, ProgramFactory

pytestmark = pytest.mark.django_db

CONTACT = {
    "draft_key": "form-1",
    "name": "Mai",
    "email": "mai@example.org",
    "preferred_channel": "email",
    "safe_to_leave_message": "yes",
}


@pytest.fixture
def program() -> Any:
    program = ProgramFactory(slug="carers", delivery_modes=["in_person", "phone"])
    branch = ExperienceTagFactory(name="Caring for someone (test)")
    program.experiences.add(branch)
    ConsentTextFactory(program=program, audience="peer")
    return program


def step(client: Client, name: str, data: dict[str, Any]) -> Any:
    return client.post(f"/join/carers/support/{name}/", data)


def fill_all(client: Client, program: Any) -> Any:
    tag = program.experiences.get()
    step(client, "contact", CONTACT)
    step(client, "experience", {"experiences_chosen": [tag.pk], "own_words": "My mum"})
    step(client, "matters", {"what_matters": "Sleep", "hopes": "Less alone"})
    step(client, "preferences", {"want_languages": ["vi"], "want_languages_how": "must"})
    step(client, "practical", {"delivery_modes": ["phone"], "availability": ["tue_evening"]})
    return step(client, "agree", {"agree": "on"})


def test_start_sends_a_new_person_to_the_first_step(client: Client, program: Any) -> None:
    response = client.get("/join/carers/support/")
    assert response.headers["Location"] == "/join/carers/support/contact/"


def test_every_step_saves_into_one_draft(client: Client, program: Any) -> None:
    step(client, "contact", CONTACT)
    step(client, "matters", {"what_matters": "x"})  # skipping ahead is not allowed
    tag = program.experiences.get()
    step(client, "experience", {"experiences_chosen": [tag.pk]})
    draft = Participant.objects.get()
    assert (draft.stage, draft.last_step, draft.what_matters) == ("draft", 2, "")
    assert list(draft.experiences.all()) == [tag]


def test_a_later_step_cannot_be_reached_without_a_draft(client: Client, program: Any) -> None:
    response = client.get("/join/carers/support/practical/")
    assert response.headers["Location"] == "/join/carers/support/contact/"


def test_bad_input_is_named_and_nothing_is_lost(client: Client, program: Any) -> None:
    response = step(client, "contact", {**CONTACT, "email": "mai@", "preferred_channel": "text"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please check the form" in page
    assert "Add a phone number so we can call or text you." in page
    assert 'value="Mai"' in page  # what was typed stays in the form
    assert not Participant.objects.exists()


def test_preferences_marked_must_are_kept_as_hard_rules(client: Client, program: Any) -> None:
    fill_all(client, program)
    participant = Participant.objects.get()
    assert participant.preferences == {"languages": {"value": ["vi"], "must": True}}


def test_a_wish_without_a_value_is_questioned(client: Client, program: Any) -> None:
    step(client, "contact", CONTACT)
    tag = program.experiences.get()
    step(client, "experience", {"experiences_chosen": [tag.pk]})
    step(client, "matters", {})
    response = step(client, "preferences", {"want_gender_how": "must"})
    assert "Say what you would like" in response.content.decode()


def test_a_postcode_must_have_four_digits(client: Client, program: Any) -> None:
    fill_all(client, program)
    other = Client()
    step(other, "contact", {**CONTACT, "draft_key": "form-2"})
    response = other.get("/join/carers/support/practical/")
    assert response.status_code == 302  # steps 2-4 not done yet
    draft = Participant.objects.get(draft_key="form-2")
    draft.last_step = 4
    draft.save()
    response = step(
        other,
        "practical",
        {"delivery_modes": ["in_person"], "postcode": "21", "availability": ["mon_morning"]},
    )
    assert "An Australian postcode has 4 digits" in response.content.decode()


def test_sending_puts_the_person_on_the_waiting_list(client: Client, program: Any) -> None:
    response = fill_all(client, program)
    assert response.headers["Location"] == "/join/carers/support/done/"
    participant = Participant.objects.get()
    assert participant.stage == "new"
    assert participant.consents.get().consent_text.audience == "peer"
    done = client.get("/join/carers/support/done/").content.decode()
    assert "You are on the waiting list" in done
    assert "cannot estimate the wait yet" in done


def test_a_double_submit_creates_nothing_twice(client: Client, program: Any) -> None:
    fill_all(client, program)
    again = step(client, "agree", {"agree": "on"})
    assert again.status_code == 302
    assert Participant.objects.count() == 1
    assert Participant.objects.get().consents.count() == 1


def test_the_first_step_posted_twice_is_one_draft(client: Client, program: Any) -> None:
    step(client, "contact", CONTACT)
    Client().post("/join/carers/support/contact/", CONTACT)  # same form, another tab
    assert Participant.objects.count() == 1


def test_consent_must_be_ticked(client: Client, program: Any) -> None:
    tag = program.experiences.get()
    step(client, "contact", CONTACT)
    step(client, "experience", {"experiences_chosen": [tag.pk]})
    step(client, "matters", {})
    step(client, "preferences", {})
    step(client, "practical", {"delivery_modes": ["phone"], "availability": ["tue_evening"]})
    response = step(client, "agree", {})
    assert "Tick the box to say you agree" in response.content.decode()
    assert Participant.objects.get().stage == "draft"


def test_a_half_finished_form_is_resumed_from_the_emailed_link(
    client: Client, program: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        step(client, "contact", {**CONTACT, "later": "1"})
    link = next(line for line in mail.outbox[0].body.splitlines() if "/join/continue/" in line)
    other_device = Client()
    response = other_device.get(
        link.strip().split("testserver")[-1].replace("http://127.0.0.1:8000", "")
    )
    assert response.headers["Location"] == "/join/carers/support/experience/"
    tag = program.experiences.get()
    step(other_device, "experience", {"experiences_chosen": [tag.pk]})
    assert Participant.objects.get().last_step == 2


def test_an_unknown_carry_on_link_is_a_kind_404(client: Client, program: Any) -> None:
    response = client.get("/join/continue/not-a-real-key/")
    assert response.status_code == 404
    assert "This link has expired" in response.content.decode()


def test_a_paused_program_explains_it_is_not_taking_people(client: Client) -> None:
    ProgramFactory(slug="paused", status="paused")
    response = client.get("/join/paused/support/")
    assert "not taking new people" in response.content.decode()
    assert not Participant.objects.exists()


def test_a_draft_program_is_not_found(client: Client) -> None:
    ProgramFactory(slug="hidden", status="draft")
    assert client.get("/join/hidden/support/").status_code == 404


def test_a_signed_in_person_starts_with_their_own_name_and_email(
    client: Client, program: Any
) -> None:
    from tests.factories import UserFactory

    person = UserFactory(name="Lan Nguyen", email="lan@example.org")
    client.force_login(person)

    page = client.get("/join/carers/support/contact/").content.decode()

    assert 'value="lan@example.org"' in page
    assert 'value="Lan Nguyen"' in page


def test_worrying_words_in_the_form_show_crisis_help_and_raise_an_alert(
    client: Client, program: Any
) -> None:
    from mutual.safety.models import Alert
    from tests.factories import CrisisResourceFactory

    CrisisResourceFactory(program=program, name="Lifeline", phone="13 11 14")
    tag = program.experiences.get()
    step(client, "contact", CONTACT)
    step(client, "experience", {"experiences_chosen": [tag.pk], "own_words": "My mum has dementia"})
    step(client, "matters", {"what_matters": "Sleep", "hopes": "honestly i want to die"})
    step(client, "preferences", {"want_languages": ["vi"], "want_languages_how": "must"})
    step(client, "practical", {"delivery_modes": ["phone"], "availability": ["tue_evening"]})
    done = client.get(step(client, "agree", {"agree": "on"})["Location"])

    page = done.content.decode()
    assert "Things sound very hard right now" in page and "13 11 14" in page
    alert = Alert.objects.get()
    assert (alert.origin, alert.subject) == ("intake", Participant.objects.get())


def test_ordinary_words_in_the_form_show_no_crisis_block(client: Client, program: Any) -> None:
    from mutual.safety.models import Alert

    done = client.get(fill_all(client, program)["Location"])

    assert "Things sound very hard right now" not in done.content.decode()
    assert not Alert.objects.exists()
