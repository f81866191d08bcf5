"""The access policy's rules, tested directly (the permission test covers the routes)."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone

from mutual.access.policy import (
    Perm,
    access_household,
    access_participant,
    access_program,
    forget_memberships,
    is_staff_member,
    program_perms,
    programs_for,
)
from tests.conftest import World
from tests.factories import MembershipFactory, ParticipantFactory, ProgramFactory, UserFactory


def test_org_wide_membership_covers_every_program_of_the_organisation(world: World) -> None:
    admin = world.users["org_admin"]
    assert Perm.MANAGE_PROGRAM in program_perms(admin, world.program_a2)
    assert program_perms(admin, world.program_b1) == set()


def test_program_membership_covers_only_that_program(world: World) -> None:
    coordinator = world.users["coordinator"]
    assert Perm.MANAGE_PARTICIPANTS in program_perms(coordinator, world.program_a1)
    assert program_perms(coordinator, world.program_a2) == set()


def test_an_ended_membership_gives_no_rights(world: World) -> None:
    coordinator = world.users["coordinator"]
    coordinator.memberships.update(ended_at=timezone.now())
    forget_memberships(coordinator)
    with pytest.raises(Http404):
        access_program(coordinator, world.program_a1.pk, Perm.VIEW_PROGRAM)


def test_insider_without_the_right_gets_403(world: World) -> None:
    with pytest.raises(PermissionDenied):
        access_program(world.users["mentor"], world.program_a1.pk, Perm.MANAGE_PROGRAM)


def test_outsider_gets_404_even_for_a_program_that_exists(world: World) -> None:
    with pytest.raises(Http404):
        access_program(world.users["outsider"], world.program_a1.pk, Perm.VIEW_PROGRAM)


def test_an_id_that_is_not_a_number_is_404(world: World) -> None:
    with pytest.raises(Http404):
        access_program(world.users["coordinator"], "1 OR 1=1", Perm.VIEW_PROGRAM)


def test_funder_sees_counts_but_not_people(world: World) -> None:
    perms = program_perms(world.users["funder"], world.program_a1)
    assert Perm.VIEW_AGGREGATES in perms
    assert Perm.VIEW_PARTICIPANTS not in perms


def test_platform_admin_does_not_see_private_household_records(world: World) -> None:
    with pytest.raises(Http404):
        access_household(
            world.users["platform_admin"], world.household_a1.pk, Perm.VIEW_PARTICIPANTS
        )


def test_a_family_sees_its_own_household(world: World) -> None:
    household = access_household(world.users["peer"], world.household_a1.pk, Perm.VIEW_PARTICIPANTS)
    assert household == world.household_a1


def test_another_peer_in_the_same_program_cannot_see_a_household(world: World) -> None:
    other_peer = MembershipFactory(program=world.program_a1, role="peer").user
    with pytest.raises(Http404):
        access_household(other_peer, world.household_a1.pk, Perm.VIEW_PARTICIPANTS)


def test_one_person_can_be_peer_in_one_program_and_mentor_in_another(world: World) -> None:
    person = UserFactory()
    MembershipFactory(user=person, program=world.program_a1, role="peer")
    MembershipFactory(user=person, program=world.program_a2, role="mentor")
    assert {p.pk for p in programs_for(person, Perm.VIEW_PROGRAM)} == {
        world.program_a1.pk,
        world.program_a2.pk,
    }


def test_programs_for_lists_only_programs_with_the_right(world: World) -> None:
    ProgramFactory(organisation=world.org_a)  # a third program: covered by the org admin only
    assert programs_for(world.users["coordinator"], Perm.VIEW_PARTICIPANTS).count() == 1
    assert programs_for(world.users["org_admin"], Perm.VIEW_PARTICIPANTS).count() == 3


@pytest.mark.parametrize(
    ("role", "staff"),
    [
        ("platform_admin", True),
        ("org_admin", True),
        ("coordinator", True),
        ("supervisor", True),
        ("mentor", False),
        ("peer", False),
        ("funder", False),
    ],
)
def test_which_roles_must_use_mfa(world: World, role: str, staff: bool) -> None:
    assert is_staff_member(world.users[role]) is staff


def test_a_former_contact_no_longer_sees_the_household(world: World) -> None:
    contact = world.household_a1.contact
    contact.ended_at = timezone.now()
    contact.save()
    forget_memberships(world.users["peer"])
    with pytest.raises(Http404):
        access_household(world.users["peer"], world.household_a1.pk, Perm.VIEW_PARTICIPANTS)


def test_a_member_of_another_household_is_404(world: World) -> None:
    from mutual.access.policy import access_household_member
    from tests.factories import HouseholdMemberFactory

    elsewhere = HouseholdMemberFactory(household=world.household_b1)
    with pytest.raises(Http404):
        access_household_member(
            world.users["coordinator"], world.household_a1.pk, elsewhere.pk, Perm.VIEW_PARTICIPANTS
        )


# --- a peer's request or a mentor's application -------------------------------------


def test_a_mentor_never_sees_another_mentors_application(world: World) -> None:
    application = ParticipantFactory(program=world.program_a1, role="mentor", stage="applied")
    with pytest.raises(Http404):
        access_participant(world.users["mentor"], application.pk, Perm.VIEW_PARTICIPANTS)


def test_a_person_reads_their_own_record_but_cannot_act_on_it(world: World) -> None:
    mine = ParticipantFactory(
        program=world.program_a1, role="mentor", stage="applied", user=world.users["mentor"]
    )
    assert access_participant(world.users["mentor"], mine.pk, Perm.VIEW_PARTICIPANTS) == mine
    with pytest.raises(PermissionDenied):
        access_participant(world.users["mentor"], mine.pk, Perm.MANAGE_PARTICIPANTS)


def test_a_supervisor_reads_records_but_does_not_act(world: World) -> None:
    record = ParticipantFactory(program=world.program_a1)
    assert access_participant(world.users["supervisor"], record.pk, Perm.VIEW_PARTICIPANTS)
    with pytest.raises(PermissionDenied):
        access_participant(world.users["supervisor"], record.pk, Perm.MANAGE_PARTICIPANTS)


def test_a_funder_is_refused_a_persons_record(world: World) -> None:
    record = ParticipantFactory(program=world.program_a1)
    with pytest.raises(PermissionDenied):
        access_participant(world.users["funder"], record.pk, Perm.VIEW_PARTICIPANTS)


def test_a_draft_is_never_reached_by_id_even_by_staff(world: World) -> None:
    draft = ParticipantFactory(program=world.program_a1, stage="draft", submitted_at=None)
    with pytest.raises(Http404):
        access_participant(world.users["coordinator"], draft.pk, Perm.VIEW_PARTICIPANTS)


def test_staff_of_another_organisation_get_404_for_a_record(world: World) -> None:
    record = ParticipantFactory(program=world.program_b1)
    with pytest.raises(Http404):
        access_participant(world.users["coordinator"], record.pk, Perm.VIEW_PARTICIPANTS)
