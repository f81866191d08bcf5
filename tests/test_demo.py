"""`mutual demo` fills a site with invented programs and people; `demo_code` logs staff in."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from allauth.mfa.totp.internal.auth import validate_totp_code
from django.core.management import CommandError, call_command
from django.urls import reverse

from mutual.accounts.models import STAFF_ROLES, Membership, Role, User
from mutual.audit.models import AuditEvent
from mutual.demo.catalogue import (
    ALL_STAFF,
    DEMO_DOMAIN,
    DEMO_PASSWORD,
    DEMO_TOTP_SECRET,
    ORGANISATIONS,
    PROGRAMS,
)
from mutual.demo.people import MENTOR_STATES, PEER_STATES, demo_people
from mutual.households.models import Household, HouseholdMember
from mutual.participants.models import Consent, Participant
from mutual.participants.services import wait_estimate
from mutual.programs.experience_seed import seed_slugs
from mutual.programs.models import CrisisResource, Organisation, Program, ProgramStatus
from tests.conftest import World
from tests.factories import OrganisationFactory, ProgramFactory, has_totp

DEMO_ORGANISATION_SLUGS = [spec.slug for spec in ORGANISATIONS]


def run(command: str, *args: object, **options: object) -> str:
    out = StringIO()
    call_command(command, *args, stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


@pytest.fixture
def demo_output(db: None) -> str:
    return run("demo")


def demo_memberships(role: str) -> int:
    return Membership.objects.filter(
        organisation__slug__in=DEMO_ORGANISATION_SLUGS, role=role
    ).count()


def table_counts() -> dict[str, int]:
    models = [
        User,
        Membership,
        Organisation,
        Program,
        CrisisResource,
        Household,
        HouseholdMember,
        AuditEvent,
        Participant,
        Consent,
    ]
    return {model.__name__: model.objects.count() for model in models}


# --- what the demo creates ---


def test_demo_creates_two_organisations_with_five_open_programs(demo_output: str) -> None:
    programs = Program.objects.filter(organisation__slug__in=DEMO_ORGANISATION_SLUGS)
    assert Organisation.objects.filter(slug__in=DEMO_ORGANISATION_SLUGS).count() == 2
    assert programs.count() == 5
    assert set(programs.values_list("status", flat=True)) == {ProgramStatus.OPEN}


def test_demo_programs_cover_each_way_of_connecting_people(demo_output: str) -> None:
    models = set(Program.objects.values_list("model", flat=True))
    assert models == {"one_to_one", "family_to_family", "text_line"}


def test_demo_creates_sixty_mentors_and_two_hundred_peers(demo_output: str) -> None:
    assert demo_memberships(Role.MENTOR) == 60
    assert demo_memberships(Role.PEER) == 200


def test_every_program_has_mentors_peers_and_its_own_coordinator_and_supervisor(
    demo_output: str,
) -> None:
    for program in Program.objects.all():
        roles = set(program.memberships.current().values_list("role", flat=True))
        assert roles == {"coordinator", "supervisor", "mentor", "peer"}, program.name


def test_every_role_has_a_demo_user(demo_output: str) -> None:
    for role in Role.values:
        assert (
            Membership.objects.current()
            .filter(role=role, user__email__endswith=f"@{DEMO_DOMAIN}")
            .exists()
        ), role
    assert User.objects.filter(is_platform_admin=True, email__endswith=f"@{DEMO_DOMAIN}").exists()


def test_funders_cover_their_whole_organisation(demo_output: str) -> None:
    funders = Membership.objects.filter(role=Role.FUNDER)
    assert funders.count() == 2
    assert not funders.filter(program__isnull=False).exists()


def test_every_staff_user_has_a_one_time_code_set_up(demo_output: str) -> None:
    staff_roles = sorted(str(role) for role in STAFF_ROLES)
    staff = (
        User.objects.filter(is_platform_admin=True)
        | User.objects.filter(memberships__role__in=staff_roles)
    ).distinct()
    expected = {s.email for s in ALL_STAFF if s.role == "platform_admin" or s.role in staff_roles}
    assert {user.email for user in staff} == expected
    assert all(has_totp(user) for user in staff)


def test_only_staff_and_participants_get_accounts_never_household_members(demo_output: str) -> None:
    assert User.objects.count() == len(ALL_STAFF) + len(demo_people())


def test_every_program_has_experiences_and_crisis_help(demo_output: str) -> None:
    for program in Program.objects.prefetch_related("experiences", "crisis_resources"):
        assert program.experiences.exists(), program.name
        names = {resource.name for resource in program.crisis_resources.all()}
        assert "Lifeline" in names, program.name


def test_the_gambling_program_lists_gambling_help(demo_output: str) -> None:
    program = Program.objects.get(slug="fair-go-peer-line")
    phones = set(program.crisis_resources.values_list("phone", flat=True))
    assert "1800 858 858" in phones


def test_people_who_left_or_finished_have_ended_memberships(demo_output: str) -> None:
    by_email = {
        (m.user.email, m.role): m
        for m in Membership.objects.filter(role__in=["mentor", "peer"]).select_related("user")
    }
    for person in demo_people():
        membership = by_email[(person.email, person.role)]
        assert (membership.ended_at is not None) == person.has_ended, person.email


def test_every_demo_person_has_a_record_with_consent_in_their_program(demo_output: str) -> None:
    people = Participant.objects.filter(program__organisation__slug__in=DEMO_ORGANISATION_SLUGS)
    assert (
        people.count()
        == Membership.objects.filter(
            organisation__slug__in=DEMO_ORGANISATION_SLUGS, role__in=["mentor", "peer"]
        ).count()
    )
    assert not people.filter(consents__isnull=True).exists()
    assert not people.filter(membership__program_id__isnull=True).exists()


def test_demo_mentors_are_spread_over_the_screening_stages(demo_output: str) -> None:
    stages = set(Participant.objects.filter(role="mentor").values_list("stage", flat=True))
    assert {"applied", "references", "checks", "training", "active", "paused"} <= stages


def test_every_demo_applicant_in_screening_has_an_open_step_with_an_owner(
    demo_output: str,
) -> None:
    from mutual.screening.models import ScreeningStep
    from mutual.screening.pipeline import SCREENING

    in_screening = Participant.objects.filter(role="mentor", stage__in=SCREENING)
    steps = ScreeningStep.objects.filter(completed_at__isnull=True, owner__isnull=False)
    assert in_screening.count() == steps.filter(participant__in=in_screening).count() > 0


def test_demo_active_mentors_have_finished_training_and_a_check(demo_output: str) -> None:
    from mutual.training.services import is_training_complete

    active = Participant.objects.filter(role="mentor", stage="active")
    assert active.exists()
    assert all(is_training_complete(m) and m.checks.exists() for m in active)


def test_demo_history_gives_each_program_an_honest_wait_estimate(demo_output: str) -> None:
    for program in Program.objects.filter(organisation__slug__in=DEMO_ORGANISATION_SLUGS):
        assert wait_estimate(program).known, program


def test_family_to_family_households_have_two_to_five_members_with_children(
    demo_output: str,
) -> None:
    households = Household.objects.filter(program__slug="family-to-family")
    assert 12 <= households.count() <= 20
    for household in households.prefetch_related("members"):
        relationships = [member.relationship for member in household.members.all()]
        assert 2 <= len(relationships) <= 5, household.name
        assert "child" in relationships, household.name


def test_each_household_contact_is_a_membership_on_the_matching_side(demo_output: str) -> None:
    households = Household.objects.select_related("contact")
    assert {h.side for h in households} == {"seeking", "mentoring"}
    for household in households:
        expected_role = "mentor" if household.side == "mentoring" else "peer"
        assert household.contact.role == expected_role
        assert household.contact.program_id == household.program_id


def test_every_demo_account_uses_the_printed_password(demo_output: str) -> None:
    assert f"Password for every demo account: {DEMO_PASSWORD}" in demo_output
    assert all(user.check_password(DEMO_PASSWORD) for user in User.objects.all())


def test_demo_prints_a_login_for_every_staff_account(demo_output: str) -> None:
    for staff in ALL_STAFF:
        assert staff.email in demo_output
    assert "mutual demo_code" in demo_output


def test_demo_records_one_audit_event_for_the_bulk_load(demo_output: str) -> None:
    event = AuditEvent.objects.get(action="demo.loaded")
    assert event.details["seed"] == 2026
    assert event.details["created"]["people"] == 260


# --- running it again, and refusing ---


def test_running_demo_twice_changes_nothing_and_says_so(demo_output: str) -> None:
    before = table_counts()
    output = run("demo")
    assert "nothing changed" in output
    assert table_counts() == before
    assert AuditEvent.objects.filter(action="demo.loaded").count() == 1


def test_demo_refuses_a_site_that_may_be_live(db: None, settings) -> None:
    settings.DEBUG, settings.TESTING = False, False
    with pytest.raises(CommandError, match="--force"):
        run("demo")
    assert not User.objects.exists()


def test_demo_loads_on_a_site_that_may_be_live_when_forced(db: None, settings) -> None:
    settings.DEBUG, settings.TESTING = False, False
    run("demo", force=True)
    assert demo_memberships(Role.PEER) == 200


def test_demo_saves_nothing_when_it_cannot_finish(db: None) -> None:
    ProgramFactory(organisation=OrganisationFactory(), slug="family-to-family")
    with pytest.raises(CommandError, match="family-to-family"):
        run("demo")
    assert not User.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").exists()
    assert not Organisation.objects.filter(slug__in=DEMO_ORGANISATION_SLUGS).exists()


# --- the people (no database needed) ---


def test_the_same_seed_gives_the_same_people() -> None:
    assert demo_people(7) == demo_people(7)


def test_another_seed_gives_other_people() -> None:
    assert [p.email for p in demo_people(7)] != [p.email for p in demo_people(8)]


def test_every_person_has_a_unique_demo_email() -> None:
    emails = [person.email for person in demo_people()]
    assert len(emails) == len(set(emails))
    assert all(email.endswith(f"@{DEMO_DOMAIN}") for email in emails)


def test_people_only_have_experiences_from_the_taxonomy() -> None:
    known = seed_slugs()
    for person in demo_people():
        assert set(person.experiences) <= known, person.experiences
    for spec in PROGRAMS:
        assert set(spec.experiences) <= known, spec.slug


def test_people_speak_every_demo_language() -> None:
    spoken = {language for person in demo_people() for language in person.languages}
    assert spoken == {"en", "ar", "vi", "zh-hans", "hi", "es", "el"}


def test_the_default_crowd_has_someone_in_every_pipeline_state() -> None:
    people = demo_people()
    assert {p.pipeline_state for p in people if p.role == "mentor"} == set(MENTOR_STATES)
    assert {p.pipeline_state for p in people if p.role == "peer"} == set(PEER_STATES)


def test_only_mentors_say_how_long_ago_they_went_through_it() -> None:
    for person in demo_people():
        assert (person.years_since_experience is not None) == (person.role == "mentor")


def test_young_parents_program_peers_are_under_25() -> None:
    ages = [
        p.age
        for p in demo_people()
        if p.program_slug == "young-parents-connect" and p.role == "peer"
    ]
    assert ages and max(ages) < 25


def test_postcodes_belong_to_the_person_s_state() -> None:
    first_digit = {"NSW": "2", "VIC": "3", "SA": "5"}
    for person in demo_people():
        assert person.postcode.startswith(first_digit[person.state_or_territory]), person.suburb


def test_a_person_s_attributes_are_json_ready() -> None:
    person = demo_people()[0]
    assert json.loads(json.dumps(person.as_json()))["name"] == person.name


# --- demo_code ---


def test_demo_code_prints_a_code_allauth_accepts(demo_output: str) -> None:
    code = run("demo_code", "coordinator.carer-to-carer@demo.mutual.test").strip()
    assert len(code) == 6 and code.isdigit()
    assert validate_totp_code(DEMO_TOTP_SECRET, code)


def test_demo_staff_log_in_with_the_password_and_the_demo_code(client, demo_output: str) -> None:
    email = "supervisor.family-to-family@demo.mutual.test"
    response = client.post(reverse("account_login"), {"login": email, "password": DEMO_PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    response = client.post(reverse("mfa_authenticate"), {"code": run("demo_code", email).strip()})
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200


def test_demo_code_refuses_an_account_the_demo_did_not_make(world: World) -> None:
    with pytest.raises(CommandError, match="only shown for accounts made by `mutual demo`"):
        run("demo_code", "coordinator@example.org")


def test_demo_code_refuses_a_demo_account_without_one_time_codes(demo_output: str) -> None:
    with pytest.raises(CommandError, match="does not use one-time codes"):
        run("demo_code", "funder.family-bridges-network@demo.mutual.test")


def test_demo_code_refuses_a_demo_address_with_no_account(db: None) -> None:
    with pytest.raises(CommandError, match="Run `mutual demo` first"):
        run("demo_code", "coordinator.carer-to-carer@demo.mutual.test")
