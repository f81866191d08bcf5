"""Shared fixtures: one world with two organisations, each role, and an outsider.

``world`` builds: organisation A with programs A1 and A2, organisation B with program
B1, and a user for every role in A1 (staff with MFA enrolled). Tests use A2 and B1 as
"another program" and "another organisation".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.utils import translation

from tests.factories import (
    CrisisResourceFactory,
    HouseholdFactory,
    MembershipFactory,
    OrganisationFactory,
    ProgramFactory,
    UserFactory,
)


@dataclass
class World:
    org_a: object
    org_b: object
    program_a1: object
    program_a2: object
    program_b1: object
    users: dict  # role name -> User; includes "platform_admin" and "outsider"
    household_a1: object
    household_b1: object


ROLE_NAMES = [
    "platform_admin",
    "org_admin",
    "coordinator",
    "supervisor",
    "mentor",
    "peer",
    "funder",
    "outsider",
]
STAFF = {"platform_admin", "org_admin", "coordinator", "supervisor"}


def build_world() -> World:
    org_a, org_b = (
        OrganisationFactory(name="Carers Together"),
        OrganisationFactory(name="Other Org"),
    )
    a1 = ProgramFactory(organisation=org_a, name="Carers A1", model="family_to_family")
    a2 = ProgramFactory(organisation=org_a, name="Carers A2")
    b1 = ProgramFactory(organisation=org_b, name="Other B1", model="family_to_family")
    for program in (a1, a2, b1):
        CrisisResourceFactory(program=program)
    users = {
        name: UserFactory(
            name=name.replace("_", " ").title(), email=f"{name}@example.org", with_mfa=name in STAFF
        )
        for name in ROLE_NAMES
    }
    users["platform_admin"].is_platform_admin = True
    users["platform_admin"].save()
    MembershipFactory(user=users["org_admin"], organisation=org_a, program=None, role="org_admin")
    MembershipFactory(user=users["funder"], organisation=org_a, program=None, role="funder")
    for role in ("coordinator", "supervisor", "mentor"):
        MembershipFactory(user=users[role], program=a1, role=role)
    peer_membership = MembershipFactory(user=users["peer"], program=a1, role="peer")
    MembershipFactory(user=users["outsider"], program=b1, role="peer")
    household_a1 = HouseholdFactory(program=a1, contact=peer_membership)
    household_b1 = HouseholdFactory(program=b1)
    return World(org_a, org_b, a1, a2, b1, users, household_a1, household_b1)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches language must not change the next test's messages."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def world(db: None) -> World:
    return build_world()
