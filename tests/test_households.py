"""Households: a family taking part as one participant in a family-to-family program.

World: household_a1 is in program A1 and its main contact is world.users["peer"];
household_b1 is in organisation B. The outsider is a peer in B1.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from mutual.accounts.models import Role
from mutual.audit.models import AuditEvent
from mutual.households import services
from mutual.households.models import Household, HouseholdMember
from mutual.households.services import HouseholdError
from tests.conftest import World
from tests.factories import HouseholdFactory, HouseholdMemberFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def as_user(client: Client, user: Any) -> Client:
    client.force_login(user)
    return client


def events(action: str, household: Household | None = None) -> list[AuditEvent]:
    qs = AuditEvent.objects.filter(action=action)
    if household is not None:
        qs = qs.filter(object_type="households.household", object_id=str(household.pk))
    return list(qs)


def another_peer(world: World) -> Any:
    """A peer in the same program as the family, who is not its contact."""
    return MembershipFactory(program=world.program_a1, role=Role.PEER).user


def new_household_form(contact_pk: int, **extra: Any) -> dict[str, Any]:
    return {"name": "The Okafor family", "side": "seeking", "contact": contact_pk, **extra}


def free_peer_membership(world: World) -> Any:
    return MembershipFactory(program=world.program_a1, role=Role.PEER)


# --- the list of households --------------------------------------------------------


@pytest.mark.parametrize("role", ["org_admin", "coordinator", "supervisor"])
def test_staff_see_the_households_of_their_program(client: Client, world: World, role: str) -> None:
    response = as_user(client, world.users[role]).get(
        reverse("households", args=[world.program_a1.pk])
    )
    assert response.status_code == 200
    assert world.household_a1.name in response.content.decode()


def test_list_shows_member_count_and_contact(client: Client, world: World) -> None:
    HouseholdMemberFactory.create_batch(3, household=world.household_a1)
    response = as_user(client, world.users["coordinator"]).get(
        reverse("households", args=[world.program_a1.pk])
    )
    row = response.content.decode().split(world.household_a1.name, 1)[1].split("</tr>", 1)[0]
    assert "<td>3</td>" in row
    assert world.users["peer"].name in row


def test_list_filters_by_side(client: Client, world: World) -> None:
    mentor_membership = MembershipFactory(program=world.program_a1, role=Role.MENTOR)
    offering = HouseholdFactory(
        program=world.program_a1, side="mentoring", contact=mentor_membership, name="Givers"
    )
    response = as_user(client, world.users["coordinator"]).get(
        reverse("households", args=[world.program_a1.pk]), {"side": "mentoring"}
    )
    page = response.content.decode()
    assert offering.name in page
    assert world.household_a1.name not in page


def test_add_button_is_shown_to_those_who_may_add(client: Client, world: World) -> None:
    url = reverse("households", args=[world.program_a1.pk])
    add_url = reverse("household_new", args=[world.program_a1.pk])
    assert add_url in as_user(client, world.users["coordinator"]).get(url).content.decode()
    assert add_url not in as_user(client, world.users["supervisor"]).get(url).content.decode()


def test_list_for_an_individual_program_says_it_has_no_households(
    client: Client, world: World
) -> None:
    # A2 is a one-to-one program of the org admin's organisation.
    response = as_user(client, world.users["org_admin"]).get(
        reverse("households", args=[world.program_a2.pk])
    )
    assert response.status_code == 200
    assert "connects individuals" in response.content.decode()


@pytest.mark.parametrize(
    ("role", "status"), [("outsider", 404), ("funder", 403), ("peer", 403), ("mentor", 403)]
)
def test_list_is_refused_to_people_without_the_right(
    client: Client, world: World, role: str, status: int
) -> None:
    response = as_user(client, world.users[role]).get(
        reverse("households", args=[world.program_a1.pk])
    )
    assert response.status_code == status


# --- adding a household ----------------------------------------------------------


def test_coordinator_adds_a_household_with_its_first_member(client: Client, world: World) -> None:
    contact = free_peer_membership(world)
    data = new_household_form(
        contact.pk,
        suburb="Parramatta",
        **{"member-name": "Ada", "member-relationship": "child", "member-birth_year": "2017"},
    )
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_new", args=[world.program_a1.pk]), data
    )
    household = Household.objects.get(name="The Okafor family")
    assert response.status_code == 302
    assert response["Location"] == reverse("household", args=[household.pk])
    assert (household.program, household.contact, household.suburb) == (
        world.program_a1,
        contact,
        "Parramatta",
    )
    assert list(household.members.values_list("name", "birth_year")) == [("Ada", 2017)]


def test_adding_a_household_writes_audit_events(client: Client, world: World) -> None:
    data = new_household_form(
        free_peer_membership(world).pk,
        **{"member-name": "Ada", "member-relationship": "child"},
    )
    as_user(client, world.users["coordinator"]).post(
        reverse("household_new", args=[world.program_a1.pk]), data
    )
    household = Household.objects.get(name="The Okafor family")
    created = events("household.created", household)
    assert len(created) == 1
    assert created[0].program == world.program_a1
    assert created[0].organisation == world.org_a
    assert len(events("household.member_added", household)) == 1


def test_first_member_may_be_left_empty(client: Client, world: World) -> None:
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_new", args=[world.program_a1.pk]),
        new_household_form(free_peer_membership(world).pk),
    )
    assert response.status_code == 302
    assert not Household.objects.get(name="The Okafor family").members.exists()


def test_contact_from_another_program_is_refused_with_a_message(
    client: Client, world: World
) -> None:
    elsewhere = MembershipFactory(program=world.program_a2, role=Role.PEER)
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_new", args=[world.program_a1.pk]), new_household_form(elsewhere.pk)
    )
    assert response.status_code == 200
    assert "Choose the main contact from the list" in response.content.decode()
    assert not Household.objects.filter(name="The Okafor family").exists()


def test_a_family_looking_for_support_needs_a_peer_as_contact(client: Client, world: World) -> None:
    mentor = MembershipFactory(program=world.program_a1, role=Role.MENTOR)
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_new", args=[world.program_a1.pk]), new_household_form(mentor.pk)
    )
    assert "needs a peer as its main contact" in response.content.decode()
    assert not Household.objects.filter(name="The Okafor family").exists()


def test_implausible_birth_year_of_first_member_saves_nothing(client: Client, world: World) -> None:
    data = new_household_form(
        free_peer_membership(world).pk,
        **{"member-name": "Ada", "member-relationship": "child", "member-birth_year": "1850"},
    )
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_new", args=[world.program_a1.pk]), data
    )
    assert "The year born should be between 1900 and" in response.content.decode()
    assert not Household.objects.filter(name="The Okafor family").exists()
    assert not events("household.created")


def test_first_member_without_a_name_asks_for_it(client: Client, world: World) -> None:
    data = new_household_form(free_peer_membership(world).pk, **{"member-relationship": "child"})
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_new", args=[world.program_a1.pk]), data
    )
    assert "Give the first name, or leave this part empty." in response.content.decode()
    assert not Household.objects.filter(name="The Okafor family").exists()


def test_contact_list_offers_only_people_free_to_be_a_contact(client: Client, world: World) -> None:
    free = free_peer_membership(world)
    response = as_user(client, world.users["coordinator"]).get(
        reverse("household_new", args=[world.program_a1.pk])
    )
    page = response.content.decode()
    assert f'value="{free.pk}"' in page
    assert f'value="{world.household_a1.contact_id}"' not in page  # already a contact


def test_new_household_page_for_an_individual_program_says_so(client: Client, world: World) -> None:
    response = as_user(client, world.users["org_admin"]).get(
        reverse("household_new", args=[world.program_a2.pk])
    )
    assert response.status_code == 200
    assert "connects individuals" in response.content.decode()


@pytest.mark.parametrize(
    ("role", "status"),
    [("outsider", 404), ("funder", 403), ("supervisor", 403), ("peer", 403)],
)
def test_adding_a_household_is_refused_without_the_right(
    client: Client, world: World, role: str, status: int
) -> None:
    response = as_user(client, world.users[role]).post(
        reverse("household_new", args=[world.program_a1.pk]),
        new_household_form(free_peer_membership(world).pk),
    )
    assert response.status_code == status
    assert not Household.objects.filter(name="The Okafor family").exists()


# --- viewing a household -----------------------------------------------------------


@pytest.mark.parametrize("role", ["org_admin", "coordinator", "supervisor"])
def test_staff_view_of_a_household_is_audited(client: Client, world: World, role: str) -> None:
    response = as_user(client, world.users[role]).get(
        reverse("household", args=[world.household_a1.pk])
    )
    assert response.status_code == 200
    viewed = events("household.viewed", world.household_a1)
    assert [e.actor for e in viewed] == [world.users[role]]
    assert viewed[0].program == world.program_a1


def test_family_sees_its_own_household_without_an_audit_event(client: Client, world: World) -> None:
    HouseholdMemberFactory(household=world.household_a1, name="Mia")
    response = as_user(client, world.users["peer"]).get(
        reverse("household", args=[world.household_a1.pk])
    )
    assert response.status_code == 200
    assert "Mia" in response.content.decode()
    assert not events("household.viewed")


def test_household_page_shows_age_from_year_born(client: Client, world: World) -> None:
    year = timezone.localdate().year
    HouseholdMemberFactory(household=world.household_a1, name="Mia", birth_year=year - 7)
    response = as_user(client, world.users["coordinator"]).get(
        reverse("household", args=[world.household_a1.pk])
    )
    assert "about 7 years old" in response.content.decode()


def test_supervisor_sees_no_change_buttons(client: Client, world: World) -> None:
    response = as_user(client, world.users["supervisor"]).get(
        reverse("household", args=[world.household_a1.pk])
    )
    assert reverse("household_member_add", args=[world.household_a1.pk]) not in (
        response.content.decode()
    )


@pytest.mark.parametrize(("role", "status"), [("outsider", 404), ("funder", 403), ("mentor", 404)])
def test_household_is_hidden_from_people_without_the_right(
    client: Client, world: World, role: str, status: int
) -> None:
    response = as_user(client, world.users[role]).get(
        reverse("household", args=[world.household_a1.pk])
    )
    assert response.status_code == status
    assert not events("household.viewed")


def test_another_peer_in_the_program_gets_404(client: Client, world: World) -> None:
    response = as_user(client, another_peer(world)).get(
        reverse("household", args=[world.household_a1.pk])
    )
    assert response.status_code == 404


def test_staff_of_one_organisation_get_404_on_another_organisations_household(
    client: Client, world: World
) -> None:
    response = as_user(client, world.users["coordinator"]).get(
        reverse("household", args=[world.household_b1.pk])
    )
    assert response.status_code == 404


# --- editing a household -----------------------------------------------------------


def test_coordinator_changes_side_and_contact(client: Client, world: World) -> None:
    mentor = MembershipFactory(program=world.program_a1, role=Role.MENTOR)
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_edit", args=[world.household_a1.pk]),
        {"name": "The Lees", "side": "mentoring", "contact": mentor.pk, "suburb": "Ryde"},
    )
    assert response.status_code == 302
    world.household_a1.refresh_from_db()
    assert (world.household_a1.name, world.household_a1.side, world.household_a1.contact) == (
        "The Lees",
        "mentoring",
        mentor,
    )
    updated = events("household.updated", world.household_a1)
    assert updated[0].details["fields"] == ["contact", "name", "side", "suburb"]


def test_changing_the_side_without_a_fitting_contact_saves_nothing(
    client: Client, world: World
) -> None:
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_edit", args=[world.household_a1.pk]),
        {"name": "The Lees", "side": "mentoring", "contact": world.household_a1.contact_id},
    )
    assert "needs a peer mentor as its main contact" in response.content.decode()
    world.household_a1.refresh_from_db()
    assert world.household_a1.side == "seeking"
    assert world.household_a1.name != "The Lees"
    assert not events("household.updated")


def test_family_updates_its_own_details_but_not_its_side(client: Client, world: World) -> None:
    response = as_user(client, world.users["peer"]).post(
        reverse("household_edit", args=[world.household_a1.pk]),
        {"name": "The Lees", "suburb": "Ryde", "side": "mentoring"},
    )
    assert response.status_code == 302
    world.household_a1.refresh_from_db()
    assert (world.household_a1.name, world.household_a1.suburb) == ("The Lees", "Ryde")
    assert world.household_a1.side == "seeking"


@pytest.mark.parametrize(
    ("role", "status"), [("outsider", 404), ("funder", 403), ("supervisor", 403), ("mentor", 404)]
)
def test_editing_a_household_is_refused_without_the_right(
    client: Client, world: World, role: str, status: int
) -> None:
    response = as_user(client, world.users[role]).post(
        reverse("household_edit", args=[world.household_a1.pk]), {"name": "Taken over"}
    )
    assert response.status_code == status
    world.household_a1.refresh_from_db()
    assert world.household_a1.name != "Taken over"


# --- adding, changing and removing members -----------------------------------------


def test_family_adds_a_member_to_its_own_household(client: Client, world: World) -> None:
    response = as_user(client, world.users["peer"]).post(
        reverse("household_member_add", args=[world.household_a1.pk]),
        {"name": "Mia", "relationship": "child", "birth_year": "2019", "notes": "Loves drawing"},
    )
    assert response.status_code == 302
    member = world.household_a1.members.get()
    assert (member.name, member.relationship, member.birth_year) == ("Mia", "child", 2019)
    added = events("household.member_added", world.household_a1)
    assert [(e.actor, e.details["member_id"]) for e in added] == [(world.users["peer"], member.pk)]


def test_coordinator_adds_a_member(client: Client, world: World) -> None:
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_member_add", args=[world.household_a1.pk]),
        {"name": "Nan", "relationship": "grandparent"},
    )
    assert response.status_code == 302
    assert world.household_a1.members.get().name == "Nan"


@pytest.mark.parametrize("year", ["1850", str(timezone.localdate().year + 1)])
def test_implausible_birth_year_is_refused_with_a_message(
    client: Client, world: World, year: str
) -> None:
    response = as_user(client, world.users["peer"]).post(
        reverse("household_member_add", args=[world.household_a1.pk]),
        {"name": "Mia", "relationship": "child", "birth_year": year},
    )
    assert response.status_code == 200
    assert "The year born should be between 1900 and" in response.content.decode()
    assert not world.household_a1.members.exists()
    assert not events("household.member_added")


@pytest.mark.parametrize(
    ("role", "status"), [("outsider", 404), ("funder", 403), ("supervisor", 403), ("mentor", 404)]
)
def test_adding_a_member_is_refused_without_the_right(
    client: Client, world: World, role: str, status: int
) -> None:
    response = as_user(client, world.users[role]).post(
        reverse("household_member_add", args=[world.household_a1.pk]),
        {"name": "Mia", "relationship": "child"},
    )
    assert response.status_code == status
    assert not world.household_a1.members.exists()


def test_another_peer_cannot_add_a_member(client: Client, world: World) -> None:
    response = as_user(client, another_peer(world)).post(
        reverse("household_member_add", args=[world.household_a1.pk]),
        {"name": "Mia", "relationship": "child"},
    )
    assert response.status_code == 404


def test_coordinator_edits_a_member(client: Client, world: World) -> None:
    member = HouseholdMemberFactory(household=world.household_a1, name="Mia", birth_year=2018)
    response = as_user(client, world.users["coordinator"]).post(
        reverse("household_member_edit", args=[world.household_a1.pk, member.pk]),
        {"name": "Mia", "relationship": "child", "birth_year": "2017"},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.birth_year == 2017
    updated = events("household.member_updated", world.household_a1)
    assert updated[0].details == {"member_id": member.pk, "fields": ["birth_year"]}


def test_editing_a_member_with_a_bad_year_changes_nothing(client: Client, world: World) -> None:
    member = HouseholdMemberFactory(household=world.household_a1, name="Mia", birth_year=2018)
    response = as_user(client, world.users["peer"]).post(
        reverse("household_member_edit", args=[world.household_a1.pk, member.pk]),
        {"name": "Mimi", "relationship": "child", "birth_year": "1850"},
    )
    assert "The year born should be between 1900 and" in response.content.decode()
    member.refresh_from_db()
    assert (member.name, member.birth_year) == ("Mia", 2018)


def test_member_of_another_household_is_404(client: Client, world: World) -> None:
    # The family's own household in the URL, another family's member id: not found.
    stranger = HouseholdMemberFactory(household=HouseholdFactory(program=world.program_a1))
    client = as_user(client, world.users["peer"])
    for name in ("household_member_edit", "household_member_remove"):
        url = reverse(name, args=[world.household_a1.pk, stranger.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, {"name": "X", "relationship": "child"}).status_code == 404
    assert HouseholdMember.objects.filter(pk=stranger.pk, name=stranger.name).exists()


@pytest.mark.parametrize(
    ("role", "status"), [("outsider", 404), ("funder", 403), ("supervisor", 403), ("mentor", 404)]
)
def test_editing_a_member_is_refused_without_the_right(
    client: Client, world: World, role: str, status: int
) -> None:
    member = HouseholdMemberFactory(household=world.household_a1, name="Mia")
    response = as_user(client, world.users[role]).post(
        reverse("household_member_edit", args=[world.household_a1.pk, member.pk]),
        {"name": "Changed", "relationship": "child"},
    )
    assert response.status_code == status
    member.refresh_from_db()
    assert member.name == "Mia"


def test_remove_asks_first_and_changes_nothing_on_get(client: Client, world: World) -> None:
    member = HouseholdMemberFactory(household=world.household_a1, name="Mia")
    response = as_user(client, world.users["coordinator"]).get(
        reverse("household_member_remove", args=[world.household_a1.pk, member.pk])
    )
    assert response.status_code == 200
    assert "Remove Mia from the household?" in response.content.decode()
    assert HouseholdMember.objects.filter(pk=member.pk).exists()


def test_family_removes_a_member_and_it_is_audited(client: Client, world: World) -> None:
    member = HouseholdMemberFactory(household=world.household_a1, name="Mia")
    response = as_user(client, world.users["peer"]).post(
        reverse("household_member_remove", args=[world.household_a1.pk, member.pk])
    )
    assert response.status_code == 302
    assert not HouseholdMember.objects.filter(pk=member.pk).exists()
    removed = events("household.member_removed", world.household_a1)
    assert removed[0].details == {"member_id": member.pk}


@pytest.mark.parametrize(
    ("role", "status"), [("outsider", 404), ("funder", 403), ("supervisor", 403), ("mentor", 404)]
)
def test_removing_a_member_is_refused_without_the_right(
    client: Client, world: World, role: str, status: int
) -> None:
    member = HouseholdMemberFactory(household=world.household_a1)
    response = as_user(client, world.users[role]).post(
        reverse("household_member_remove", args=[world.household_a1.pk, member.pk])
    )
    assert response.status_code == status
    assert HouseholdMember.objects.filter(pk=member.pk).exists()


# --- services on their own ---------------------------------------------------------


def test_households_exist_only_in_family_to_family_programs(world: World) -> None:
    contact = MembershipFactory(program=world.program_a2, role=Role.PEER)
    with pytest.raises(HouseholdError, match="connects individuals"):
        services.create_household(
            world.users["org_admin"], world.program_a2, name="X", side="seeking", contact=contact
        )
    assert not Household.objects.filter(program=world.program_a2).exists()


def test_a_person_is_the_contact_for_one_household_only(world: World) -> None:
    with pytest.raises(HouseholdError, match="already the main contact"):
        services.create_household(
            world.users["coordinator"],
            world.program_a1,
            name="Second family",
            side="seeking",
            contact=world.household_a1.contact,
        )


def test_a_contact_whose_role_has_ended_is_refused(world: World) -> None:
    contact = free_peer_membership(world)
    contact.ended_at = timezone.now()
    contact.save()
    with pytest.raises(HouseholdError, match="peer or peer mentor in this program"):
        services.create_household(
            world.users["coordinator"], world.program_a1, name="X", side="seeking", contact=contact
        )


def test_member_events_do_not_carry_the_members_name(world: World) -> None:
    member = services.add_member(
        world.users["coordinator"], world.household_a1, name="Mia", relationship="child"
    )
    event = events("household.member_added", world.household_a1)[0]
    assert "Mia" not in f"{event.object_repr} {event.details}"
    assert event.details == {"member_id": member.pk}


def test_saving_unchanged_details_writes_no_event(world: World) -> None:
    services.update_household(
        world.users["coordinator"], world.household_a1, name=world.household_a1.name
    )
    assert not events("household.updated")


def test_age_counts_whole_years_since_the_year_born() -> None:
    year = timezone.localdate().year
    assert services.age_in_years(year - 10) == 10
    assert services.age_in_years(year) == 0
    assert services.age_in_years(None) is None


def test_service_refuses_an_implausible_birth_year(world: World) -> None:
    with pytest.raises(HouseholdError, match="between 1900 and") as caught:
        services.add_member(
            world.users["peer"],
            world.household_a1,
            name="Mia",
            relationship="child",
            birth_year=1850,
        )
    assert caught.value.field == "birth_year"
    assert not world.household_a1.members.exists()


def test_bad_first_member_leaves_no_half_saved_household(world: World) -> None:
    with pytest.raises(HouseholdError) as caught:
        services.create_household(
            world.users["coordinator"],
            world.program_a1,
            name="The Okafor family",
            side="seeking",
            contact=free_peer_membership(world),
            first_member={"name": "Ada", "relationship": "cousin"},
        )
    assert caught.value.field == "first_member.relationship"
    assert not Household.objects.filter(name="The Okafor family").exists()


def test_opening_the_household_list_is_audited(client, world):
    from mutual.audit.models import AuditEvent

    client.force_login(world.users["coordinator"])
    client.get(reverse("households", args=[world.program_a1.pk]))
    assert AuditEvent.objects.filter(
        action="household.list_viewed", program=world.program_a1
    ).exists()


def test_staff_opening_the_edit_page_is_audited_as_a_view(client, world):
    from mutual.audit.models import AuditEvent

    client.force_login(world.users["coordinator"])
    client.get(reverse("household_edit", args=[world.household_a1.pk]))
    assert AuditEvent.objects.filter(
        action="household.viewed", object_id=str(world.household_a1.pk)
    ).exists()


def test_a_double_submitted_household_shows_a_message_not_an_error(world):
    from mutual.households.services import HouseholdError, create_household

    kwargs = {"name": "The Second", "side": "seeking", "contact": world.household_a1.contact}
    with pytest.raises(HouseholdError, match="already the main contact"):
        create_household(world.users["coordinator"], world.program_a1, **kwargs)
