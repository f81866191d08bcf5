"""Giving and ending roles: accounts, invitations, history and the audit trail."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from mutual.accounts.models import Membership, User
from mutual.accounts.services import MembershipError, add_member, end_membership
from mutual.audit.models import AuditEvent
from mutual.live.models import Notification
from tests.conftest import World


def test_adding_a_new_person_creates_an_account_and_emails_an_invitation(
    world: World, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        membership, created = add_member(
            world.users["org_admin"],
            organisation=world.org_a,
            email="New.Person@Example.org",
            name="New Person",
            role="coordinator",
            program=world.program_a2,
        )
    assert created
    assert membership.user.email == "new.person@example.org"
    assert not membership.user.has_usable_password()
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_adding_a_role_is_audited_and_notifies_the_person(world: World) -> None:
    membership, _ = add_member(
        world.users["org_admin"],
        organisation=world.org_a,
        email=world.users["mentor"].email,
        name="",
        role="mentor",
        program=world.program_a2,
    )
    assert AuditEvent.objects.filter(
        action="membership.added", object_id=str(membership.pk)
    ).exists()
    assert Notification.objects.filter(
        user=world.users["mentor"], text__contains=world.program_a2.name
    ).exists()


def test_an_existing_person_gets_no_invitation(world: World) -> None:
    add_member(
        world.users["org_admin"],
        organisation=world.org_a,
        email=world.users["peer"].email,
        name="",
        role="mentor",
        program=world.program_a2,
    )
    assert mail.outbox == []


def test_the_same_role_twice_is_refused(world: World) -> None:
    with pytest.raises(MembershipError, match="already has this role"):
        add_member(
            world.users["org_admin"],
            organisation=world.org_a,
            email=world.users["coordinator"].email,
            name="",
            role="coordinator",
            program=world.program_a1,
        )


def test_a_program_role_needs_a_program(world: World) -> None:
    with pytest.raises(MembershipError, match="belongs to one program"):
        add_member(
            world.users["org_admin"],
            organisation=world.org_a,
            email="x@example.org",
            name="X",
            role="mentor",
            program=None,
        )
    assert not User.objects.filter(email="x@example.org").exists()


def test_a_program_of_another_organisation_is_refused(world: World) -> None:
    with pytest.raises(MembershipError, match="another organisation"):
        add_member(
            world.users["org_admin"],
            organisation=world.org_a,
            email="x@example.org",
            name="X",
            role="mentor",
            program=world.program_b1,
        )


def test_ending_a_role_keeps_its_history(world: World) -> None:
    membership = world.users["mentor"].memberships.get()
    end_membership(world.users["org_admin"], membership, reason="moved away")
    membership.refresh_from_db()
    assert membership.ended_at is not None
    assert AuditEvent.objects.get(action="membership.ended").details == {"reason": "moved away"}


def test_the_last_organisation_admin_cannot_be_removed(world: World) -> None:
    membership = world.users["org_admin"].memberships.get()
    with pytest.raises(MembershipError, match="at least one admin"):
        end_membership(world.users["org_admin"], membership)


def test_add_person_form_shows_a_clear_message_for_a_missing_program(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    response = client.post(
        reverse("organisation_people_add", args=[world.org_a.pk]),
        {"name": "Sam", "email": "sam@example.org", "role": "mentor", "program": ""},
    )
    assert response.status_code == 200
    assert "This role belongs to one program" in response.content.decode()
    assert not Membership.objects.filter(user__email="sam@example.org").exists()


def test_add_person_form_adds_the_role(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    response = client.post(
        reverse("organisation_people_add", args=[world.org_a.pk]),
        {
            "name": "Sam",
            "email": "sam@example.org",
            "role": "mentor",
            "program": world.program_a2.pk,
        },
    )
    assert response.status_code == 302
    assert Membership.objects.filter(
        user__email="sam@example.org", program=world.program_a2
    ).exists()


def test_platform_admin_sees_staff_but_not_peers(client, world: World) -> None:
    client.force_login(world.users["platform_admin"])
    text = client.get(reverse("organisation_people", args=[world.org_a.pk])).content.decode()
    assert world.users["coordinator"].email in text
    assert world.users["peer"].email not in text
    assert world.users["mentor"].email not in text


def test_platform_admin_can_only_give_the_admin_role(client, world: World) -> None:
    client.force_login(world.users["platform_admin"])
    response = client.post(
        reverse("organisation_people_add", args=[world.org_a.pk]),
        {
            "name": "Pat",
            "email": "pat@example.org",
            "role": "mentor",
            "program": world.program_a1.pk,
        },
    )
    assert response.status_code == 200
    assert not Membership.objects.filter(user__email="pat@example.org").exists()


def test_platform_admin_cannot_give_themselves_a_role(client, world: World) -> None:
    admin = world.users["platform_admin"]
    client.force_login(admin)
    response = client.post(
        reverse("organisation_people_add", args=[world.org_a.pk]),
        {"name": "Me", "email": admin.email, "role": "org_admin", "program": ""},
    )
    assert "cannot give yourself a role" in response.content.decode()
    assert not admin.memberships.exists()


def test_adding_says_the_same_whether_or_not_the_person_has_an_account(
    client, world: World
) -> None:
    client.force_login(world.users["org_admin"])
    url = reverse("organisation_people_add", args=[world.org_a.pk])
    existing = client.post(
        url,
        {
            "name": "Typed Name",
            "email": world.users["outsider"].email,
            "role": "mentor",
            "program": world.program_a2.pk,
        },
        follow=True,
    ).content.decode()
    new = client.post(
        url,
        {
            "name": "Typed Name",
            "email": "brand.new@example.org",
            "role": "mentor",
            "program": world.program_a2.pk,
        },
        follow=True,
    ).content.decode()
    message = "Typed Name was added. If they are new to Mutual"
    assert message in existing and message in new


def test_listing_peers_is_audited(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    client.get(reverse("organisation_people", args=[world.org_a.pk]))
    assert AuditEvent.objects.filter(action="people.list_viewed", organisation=world.org_a).exists()


def test_the_notification_is_written_in_the_persons_own_language(world: World) -> None:
    mentor = world.users["mentor"]
    mentor.preferred_language = "es"
    mentor.save()
    add_member(
        world.users["org_admin"],
        organisation=world.org_a,
        email=mentor.email,
        name="",
        role="mentor",
        program=world.program_a2,
    )
    text = Notification.objects.get(user=mentor).text
    assert world.program_a2.name in text
    assert not text.startswith("You are now")


def test_the_database_refuses_a_second_organisation_wide_role(world: World) -> None:
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(
            user=world.users["funder"], organisation=world.org_a, program=None, role="funder"
        )
