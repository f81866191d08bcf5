"""The activity log page and its CSV download, for organisation admins."""

from __future__ import annotations

import csv
import datetime as dt
import io
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from mutual.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def add_event(
    world,
    action="program.updated",
    *,
    org=None,
    program=None,
    actor=None,
    record="Carers A1",
    when=None,
) -> AuditEvent:
    """One audit event, written at ``when`` if given."""
    org = org or world.org_a
    fields = dict(
        actor=actor or world.users["org_admin"],
        action=action,
        object_repr=record,
        organisation=org,
        program=program,
    )
    if when is None:
        return AuditEvent.objects.create(**fields)
    with mock.patch("django.utils.timezone.now", return_value=when):
        return AuditEvent.objects.create(**fields)


def local(*parts: int) -> dt.datetime:
    """A time on the installation's clock."""
    return dt.datetime(*parts, tzinfo=timezone.get_default_timezone())


def get_log(client, user, organisation, **params):
    client.force_login(user)
    return client.get(reverse("audit_log", args=[organisation.pk]), params)


def shown(response) -> list[str]:
    """The record names in the table, in the order shown."""
    return [event.object_repr for event, _words in response.context["rows"]]


def test_org_admin_sees_only_their_organisations_events(client, world):
    add_event(world, record="Event in A")
    add_event(world, org=world.org_b, record="Event in B")
    response = get_log(client, world.users["org_admin"], world.org_a)
    assert response.status_code == 200
    assert shown(response) == ["Event in A"]


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("org_admin", 200),
        ("platform_admin", 403),
        ("coordinator", 403),
        ("supervisor", 403),
        ("mentor", 403),
        ("peer", 403),
        ("funder", 403),
        ("outsider", 404),
    ],
)
def test_only_org_admins_may_open_the_log(client, world, role, status):
    assert get_log(client, world.users[role], world.org_a).status_code == status


def test_org_admin_of_another_organisation_gets_404(client, world):
    assert get_log(client, world.users["org_admin"], world.org_b).status_code == 404


def test_anonymous_visitor_is_sent_to_log_in(client, world):
    response = client.get(reverse("audit_log", args=[world.org_a.pk]))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_opening_the_log_is_not_itself_recorded(client, world):
    add_event(world)
    get_log(client, world.users["org_admin"], world.org_a)
    assert AuditEvent.objects.count() == 1


def test_actions_are_shown_in_everyday_words(client, world):
    add_event(world, "membership.added")
    response = get_log(client, world.users["org_admin"], world.org_a)
    assert "gave a role" in response.content.decode()


def test_unknown_actions_are_shown_by_their_code(client, world):
    add_event(world, "matching.solver_ran")
    response = get_log(client, world.users["org_admin"], world.org_a)
    assert "matching.solver_ran" in response.content.decode()


def test_newest_events_come_first(client, world):
    add_event(world, record="older", when=local(2025, 3, 1, 9, 0))
    add_event(world, record="newer", when=local(2025, 3, 2, 9, 0))
    assert shown(get_log(client, world.users["org_admin"], world.org_a)) == ["newer", "older"]


def test_log_shows_fifty_events_per_page(client, world):
    for n in range(51):
        add_event(world, record=f"event {n}")
    admin = world.users["org_admin"]
    assert len(shown(get_log(client, admin, world.org_a))) == 50
    assert shown(get_log(client, admin, world.org_a, page=2)) == ["event 0"]


def test_times_are_local_and_machine_readable(client, world, settings):
    settings.TIME_ZONE = "Australia/Sydney"
    when = dt.datetime(2025, 7, 1, 4, 30, tzinfo=dt.UTC)  # 14:30 in Sydney (UTC+10 in July)
    add_event(world, when=when)
    html = get_log(client, world.users["org_admin"], world.org_a).content.decode()
    assert '<time datetime="2025-07-01T14:30:00+1000">' in html


def test_filter_by_who(client, world):
    add_event(world, actor=world.users["org_admin"], record="by admin")
    add_event(world, actor=world.users["coordinator"], record="by coordinator")
    response = get_log(
        client, world.users["org_admin"], world.org_a, who=world.users["coordinator"].pk
    )
    assert shown(response) == ["by coordinator"]


def test_who_choices_are_people_in_this_organisations_log(client, world):
    add_event(world, actor=world.users["coordinator"])
    add_event(world, org=world.org_b, actor=world.users["outsider"])
    response = get_log(client, world.users["org_admin"], world.org_a)
    people = list(response.context["form"].fields["who"].queryset)
    assert people == [world.users["coordinator"]]


def test_filter_by_action(client, world):
    add_event(world, "membership.added", record="role given")
    add_event(world, "program.updated", record="program changed")
    response = get_log(client, world.users["org_admin"], world.org_a, action="membership.added")
    assert shown(response) == ["role given"]


def test_filter_by_program(client, world):
    add_event(world, program=world.program_a1, record="in A1")
    add_event(world, program=world.program_a2, record="in A2")
    response = get_log(client, world.users["org_admin"], world.org_a, program=world.program_a2.pk)
    assert shown(response) == ["in A2"]


def test_filter_by_dates_includes_whole_last_day(client, world):
    add_event(world, record="before", when=local(2025, 3, 1, 23, 59))
    add_event(world, record="first day", when=local(2025, 3, 2, 0, 0))
    add_event(world, record="last day", when=local(2025, 3, 3, 23, 59))
    add_event(world, record="after", when=local(2025, 3, 4, 0, 0))
    response = get_log(
        client, world.users["org_admin"], world.org_a, date_from="2025-03-02", date_to="2025-03-03"
    )
    assert shown(response) == ["last day", "first day"]


def test_filter_by_record_name_ignores_case(client, world):
    add_event(world, record="The Nguyen family")
    add_event(world, record="Carers A1")
    response = get_log(client, world.users["org_admin"], world.org_a, q="nguyen")
    assert shown(response) == ["The Nguyen family"]


def test_from_date_after_to_date_explains_the_problem(client, world):
    add_event(world)
    response = get_log(
        client, world.users["org_admin"], world.org_a, date_from="2025-03-05", date_to="2025-03-01"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "The “from” date is after the “to” date." in html
    assert response.context["rows"] == []


def test_csv_contains_the_filtered_rows(client, world):
    add_event(world, "membership.added", record="role given")
    add_event(world, "program.updated", record="program changed")
    add_event(world, "membership.added", org=world.org_b, record="other organisation")
    client.force_login(world.users["org_admin"])
    response = client.get(
        reverse("audit_log_csv", args=[world.org_a.pk]), {"action": "membership.added"}
    )
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["record"], r["what_they_did"]) for r in rows] == [("role given", "gave a role")]


def test_csv_download_is_recorded_with_its_filters(client, world):
    add_event(world, "membership.added")
    client.force_login(world.users["org_admin"])
    client.get(reverse("audit_log_csv", args=[world.org_a.pk]), {"action": "membership.added"})
    export = AuditEvent.objects.get(action="audit.exported")
    assert export.actor == world.users["org_admin"]
    assert export.organisation == world.org_a
    assert export.details == {"rows": 1, "filters": {"action": "membership.added"}}


def test_csv_stops_record_names_running_as_formulas(client, world):
    add_event(world, record='=HYPERLINK("http://bad.example")')
    client.force_login(world.users["org_admin"])
    response = client.get(reverse("audit_log_csv", args=[world.org_a.pk]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0]["record"] == '\'=HYPERLINK("http://bad.example")'


def test_csv_with_bad_dates_goes_back_to_the_page_unrecorded(client, world):
    client.force_login(world.users["org_admin"])
    url = reverse("audit_log_csv", args=[world.org_a.pk])
    response = client.get(url, {"date_from": "2025-03-05", "date_to": "2025-03-01"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("audit_log", args=[world.org_a.pk]))
    assert not AuditEvent.objects.filter(action="audit.exported").exists()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("org_admin", 200),
        ("platform_admin", 403),
        ("coordinator", 403),
        ("funder", 403),
        ("outsider", 404),
    ],
)
def test_csv_follows_the_same_access_rule(client, world, role, status):
    client.force_login(world.users[role])
    response = client.get(reverse("audit_log_csv", args=[world.org_a.pk]))
    assert response.status_code == status
