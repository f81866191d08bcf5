"""The REST API: who may call each route, and what it returns."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mutual.audit.models import AuditEvent
from tests.factories import CrisisResourceFactory, ExperienceTagFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "platform_admin",
    "org_admin",
    "coordinator",
    "supervisor",
    "mentor",
    "peer",
    "funder",
    "outsider",
]


def call(client, user, name, *args, **params):
    if user is not None:
        client.force_login(user)
    return client.get(reverse(f"api:{name}", args=args), params)


def add_event(world, org=None, **fields) -> AuditEvent:
    defaults = dict(
        actor=world.users["org_admin"],
        action="program.updated",
        object_repr="Carers A1",
        organisation=org or world.org_a,
    )
    return AuditEvent.objects.create(**{**defaults, **fields})


# --- /api/me -----------------------------------------------------------------------


def test_me_describes_the_signed_in_person(client, world):
    body = call(client, world.users["coordinator"], "me").json()
    assert (body["name"], body["email"], body["language"]) == (
        "Coordinator",
        "coordinator@example.org",
        "en",
    )


def test_me_lists_roles_with_where_they_apply(client, world):
    body = call(client, world.users["coordinator"], "me").json()
    assert body["roles"] == [
        {
            "role": "coordinator",
            "role_label": "Coordinator",
            "organisation": {"id": world.org_a.pk, "name": "Carers Together"},
            "program": {"id": world.program_a1.pk, "name": "Carers A1"},
        }
    ]


def test_me_shows_organisation_wide_roles_without_a_program(client, world):
    roles = call(client, world.users["org_admin"], "me").json()["roles"]
    assert [(r["role"], r["program"]) for r in roles] == [("org_admin", None)]


@pytest.mark.parametrize("role", ROLES)
def test_me_answers_every_signed_in_role(client, world, role):
    assert call(client, world.users[role], "me").status_code == 200


# --- anonymous callers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "args"),
    [("me", ()), ("programs", ()), ("program", ("A1",)), ("organisation_audit", ("A",))],
)
def test_anonymous_callers_get_401_with_a_message(client, world, name, args):
    ids = {"A1": world.program_a1.pk, "A": world.org_a.pk}
    response = call(client, None, name, *[ids[a] for a in args])
    assert response.status_code == 401
    assert response.json() == {"detail": "Please log in first."}


# --- /api/programs -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("platform_admin", {"Carers A1", "Carers A2", "Other B1"}),
        ("org_admin", {"Carers A1", "Carers A2"}),
        ("funder", {"Carers A1", "Carers A2"}),
        ("coordinator", {"Carers A1"}),
        ("supervisor", {"Carers A1"}),
        ("mentor", {"Carers A1"}),
        ("peer", {"Carers A1"}),
        ("outsider", {"Other B1"}),
    ],
)
def test_program_list_holds_only_programs_the_role_may_see(client, world, role, expected):
    response = call(client, world.users[role], "programs")
    assert response.status_code == 200
    assert {p["name"] for p in response.json()} == expected


# --- /api/programs/{id} ------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("platform_admin", 200),
        ("org_admin", 200),
        ("coordinator", 200),
        ("supervisor", 200),
        ("mentor", 200),
        ("peer", 200),
        ("funder", 200),
        ("outsider", 404),
    ],
)
def test_program_in_organisation_a(client, world, role, status):
    assert call(client, world.users[role], "program", world.program_a1.pk).status_code == status


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("platform_admin", 200),
        ("org_admin", 404),
        ("coordinator", 404),
        ("supervisor", 404),
        ("mentor", 404),
        ("peer", 404),
        ("funder", 404),
        ("outsider", 200),
    ],
)
def test_program_in_organisation_b(client, world, role, status):
    assert call(client, world.users[role], "program", world.program_b1.pk).status_code == status


def test_program_role_does_not_reach_a_sister_program(client, world):
    response = call(client, world.users["coordinator"], "program", world.program_a2.pk)
    assert response.status_code == 404


def test_outsider_404_has_a_message_that_confirms_nothing(client, world):
    response = call(client, world.users["outsider"], "program", world.program_a1.pk)
    assert response.json() == {"detail": "We could not find that, or you do not have access to it."}


def test_program_that_does_not_exist_gets_404(client, world):
    assert call(client, world.users["platform_admin"], "program", 999999).status_code == 404


def test_program_includes_its_crisis_help(client, world):
    CrisisResourceFactory(
        program=world.program_a1, name="Carer Line", phone="1800 242 636", order=1
    )
    body = call(client, world.users["peer"], "program", world.program_a1.pk).json()
    assert [(r["name"], r["phone"]) for r in body["crisis_resources"]] == [
        ("Lifeline", "13 11 14"),
        ("Carer Line", "1800 242 636"),
    ]


def test_program_includes_experience_path_labels(client, world):
    caring = ExperienceTagFactory(name="Looking after family")
    dementia = ExperienceTagFactory(name="A parent with dementia", parent=caring)
    world.program_a1.experiences.set([dementia])
    body = call(client, world.users["mentor"], "program", world.program_a1.pk).json()
    assert body["experiences"] == [
        {"id": dementia.pk, "label": "Looking after family › A parent with dementia"}
    ]


# --- /api/organisations/{id}/audit -------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("platform_admin", 403),
        ("org_admin", 200),
        ("coordinator", 403),
        ("supervisor", 403),
        ("mentor", 403),
        ("peer", 403),
        ("funder", 403),
        ("outsider", 404),
    ],
)
def test_audit_of_organisation_a(client, world, role, status):
    response = call(client, world.users[role], "organisation_audit", world.org_a.pk)
    assert response.status_code == status


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("platform_admin", 403),
        ("org_admin", 404),
        ("coordinator", 404),
        ("funder", 404),
        ("outsider", 403),
    ],
)
def test_audit_of_organisation_b(client, world, role, status):
    response = call(client, world.users[role], "organisation_audit", world.org_b.pk)
    assert response.status_code == status


def test_audit_403_explains_in_words(client, world):
    response = call(client, world.users["coordinator"], "organisation_audit", world.org_a.pk)
    assert response.json() == {"detail": "Your role does not allow this."}


def test_audit_lists_only_this_organisations_events(client, world):
    add_event(world, object_repr="in A")
    add_event(world, org=world.org_b, object_repr="in B")
    body = call(client, world.users["org_admin"], "organisation_audit", world.org_a.pk).json()
    assert body["count"] == 1
    assert [(e["object_repr"], e["action_label"]) for e in body["items"]] == [
        ("in A", "changed a program")
    ]


def test_audit_filters_work_as_on_the_page(client, world):
    add_event(world, action="membership.added", object_repr="role given")
    add_event(world, action="program.updated", object_repr="program changed")
    body = call(
        client,
        world.users["org_admin"],
        "organisation_audit",
        world.org_a.pk,
        action="membership.added",
    ).json()
    assert [e["object_repr"] for e in body["items"]] == ["role given"]


def test_audit_pages_with_limit_and_offset(client, world):
    for n in range(5):
        add_event(world, object_repr=f"event {n}")
    body = call(
        client, world.users["org_admin"], "organisation_audit", world.org_a.pk, limit=2, offset=2
    ).json()
    assert (body["count"], [e["object_repr"] for e in body["items"]]) == (5, ["event 2", "event 1"])


def test_audit_refuses_more_than_200_at_once(client, world):
    response = call(
        client, world.users["org_admin"], "organisation_audit", world.org_a.pk, limit=201
    )
    assert response.status_code == 422


def test_audit_bad_date_range_is_explained(client, world):
    response = call(
        client,
        world.users["org_admin"],
        "organisation_audit",
        world.org_a.pk,
        date_from="2025-03-05",
        date_to="2025-03-01",
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", "date_from"]
    assert error["msg"].startswith("The “from” date is after the “to” date.")


def test_audit_query_count_does_not_grow_with_events(client, world):
    client.force_login(world.users["org_admin"])
    url = reverse("api:organisation_audit", args=[world.org_a.pk])

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    add_event(world, program=world.program_a1)
    few = queries()
    for _ in range(10):
        add_event(world, program=world.program_a2, actor=world.users["coordinator"])
    assert queries() == few


def test_reading_the_audit_api_is_not_itself_recorded(client, world):
    add_event(world)
    call(client, world.users["org_admin"], "organisation_audit", world.org_a.pk)
    assert AuditEvent.objects.count() == 1


# --- documentation -----------------------------------------------------------------


def test_openapi_schema_lists_every_route(client, world):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert {
        "/api/me",
        "/api/programs",
        "/api/programs/{program_id}",
        "/api/organisations/{organisation_id}/audit",
    } <= set(response.json()["paths"])


def test_api_docs_page_loads(client, world):
    assert client.get("/api/docs").status_code == 200
