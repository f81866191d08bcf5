"""Factories for test data. Names are invented."""

from __future__ import annotations

import factory
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.utils import timezone

from mutual.accounts.models import Membership, Role, User
from mutual.households.models import Household, HouseholdMember, HouseholdSide
from mutual.participants.models import ConsentText, Participant
from mutual.programs.models import (
    CrisisResource,
    ExperienceTag,
    Organisation,
    Program,
    ProgramStatus,
)

PASSWORD = "correct horse battery staple"
# A fixed base32 secret so tests can compute valid one-time codes.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    name = factory.Sequence(lambda n: f"Person {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def with_mfa(self, create: bool, extracted: bool | None, **kwargs: object) -> None:
        self.save()
        if create and extracted:
            TOTP.activate(self, TOTP_SECRET)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")


class ProgramFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Program

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Program {n}")
    slug = factory.Sequence(lambda n: f"program-{n}")
    focus_area = "Caring for a family member"
    model = "one_to_one"
    delivery_modes = ["in_person", "phone"]
    region = "Greater Sydney"
    public_description = "People who care for someone, supporting each other."
    status = ProgramStatus.OPEN


class CrisisResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CrisisResource

    program = factory.SubFactory(ProgramFactory)
    name = "Lifeline"
    phone = "13 11 14"
    description = "Crisis support and suicide prevention"


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    program = factory.SubFactory(ProgramFactory)
    organisation = factory.LazyAttribute(lambda m: m.program.organisation if m.program else None)
    role = Role.PEER


class ExperienceTagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExperienceTag

    name = factory.Sequence(lambda n: f"Experience {n}")
    slug = factory.Sequence(lambda n: f"experience-{n}")


class HouseholdFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Household

    program = factory.SubFactory(ProgramFactory, model="family_to_family")
    name = factory.Sequence(lambda n: f"The Family {n}")
    side = HouseholdSide.SEEKING
    contact = factory.SubFactory(
        MembershipFactory, program=factory.SelfAttribute("..program"), role=Role.PEER
    )


class HouseholdMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HouseholdMember

    household = factory.SubFactory(HouseholdFactory)
    name = factory.Sequence(lambda n: f"Child {n}")
    relationship = "child"
    birth_year = 2018


class ParticipantFactory(factory.django.DjangoModelFactory):
    """A submitted peer request (pass role="mentor", stage="applied" for an application).

    Pass ``user`` (or ``membership``) to tie it to an account; drafts have neither.
    """

    class Meta:
        model = Participant

    program = factory.SubFactory(ProgramFactory)
    role = "peer"
    stage = "new"
    name = factory.Sequence(lambda n: f"Participant {n}")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    submitted_at = factory.LazyFunction(timezone.now)
    stage_changed_at = factory.LazyFunction(timezone.now)


class ConsentTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsentText

    program = factory.SubFactory(ProgramFactory)
    audience = "peer"
    version = factory.Sequence(lambda n: n + 1)
    body = "I agree that the program keeps what I tell it, to find me a peer mentor."


def has_totp(user: User) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
