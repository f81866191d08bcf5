"""Setting up programs: forms, messages, crisis help, the experience list."""

from __future__ import annotations

from django.urls import reverse

from mutual.audit.models import AuditEvent
from mutual.programs.models import CrisisResource, ExperienceTag, Program
from tests.conftest import World
from tests.factories import ExperienceTagFactory

VALID = {
    "name": "Dads Together",
    "focus_area": "New dads finding their feet",
    "model": "one_to_one",
    "delivery_modes": ["phone", "video"],
    "length_value": "6",
    "length_unit": "sessions",
    "region": "Greater Melbourne",
    "public_description": "Dads who have been there, for dads who are there now.",
    "status": "draft",
}


def test_org_admin_creates_a_program_and_is_sent_to_crisis_help(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    response = client.post(reverse("program_new", args=[world.org_a.pk]), VALID)
    program = Program.objects.get(name="Dads Together")
    assert response["Location"] == reverse("program_crisis_edit", args=[program.pk])
    assert program.organisation == world.org_a
    assert AuditEvent.objects.filter(action="program.created", object_id=str(program.pk)).exists()


def test_a_program_needs_a_way_to_meet(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    response = client.post(
        reverse("program_new", args=[world.org_a.pk]), {**VALID, "delivery_modes": []}
    )
    assert "Choose at least one way to meet." in response.content.decode()
    assert not Program.objects.filter(name="Dads Together").exists()


def test_a_counted_length_needs_a_number(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    response = client.post(
        reverse("program_new", args=[world.org_a.pk]), {**VALID, "length_value": ""}
    )
    assert "Say how many" in response.content.decode()


def test_open_ended_programs_need_no_length(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    client.post(
        reverse("program_new", args=[world.org_a.pk]),
        {**VALID, "length_value": "", "length_unit": "open_ended"},
    )
    assert Program.objects.get(name="Dads Together").length_label == "Open-ended"


def test_coordinator_edits_the_program_and_the_change_is_audited(client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    tag = ExperienceTagFactory()
    data = {**VALID, "name": world.program_a1.name, "experiences": [tag.pk]}
    client.post(reverse("program_edit", args=[world.program_a1.pk]), data)
    world.program_a1.refresh_from_db()
    assert world.program_a1.region == "Greater Melbourne"
    assert list(world.program_a1.experiences.all()) == [tag]
    event = AuditEvent.objects.get(action="program.updated")
    assert "experiences" in event.details["fields"]


def test_crisis_help_needs_a_way_to_reach_the_service(client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("program_crisis_edit", args=[world.program_a1.pk])
    data = {
        "help-TOTAL_FORMS": "1",
        "help-INITIAL_FORMS": "0",
        "help-MIN_NUM_FORMS": "1",
        "help-MAX_NUM_FORMS": "1000",
        "help-0-name": "Local line",
        "help-0-description": "Help",
        "help-0-hours": "24/7",
    }
    response = client.post(url, data)
    assert "Give at least a phone number" in response.content.decode()
    assert CrisisResource.objects.filter(program=world.program_a1).count() == 1  # unchanged


def test_crisis_help_is_replaced_in_one_go(client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("program_crisis_edit", args=[world.program_a1.pk])
    data = {
        "help-TOTAL_FORMS": "2",
        "help-INITIAL_FORMS": "0",
        "help-MIN_NUM_FORMS": "1",
        "help-MAX_NUM_FORMS": "1000",
        "help-0-name": "1800RESPECT",
        "help-0-description": "Family violence",
        "help-0-phone": "1800 737 732",
        "help-0-hours": "24/7",
        "help-1-name": "Beyond Blue",
        "help-1-description": "Anxiety and depression",
        "help-1-phone": "1300 22 4636",
        "help-1-hours": "24/7",
    }
    assert client.post(url, data).status_code == 302
    names = list(
        CrisisResource.objects.filter(program=world.program_a1).values_list("name", flat=True)
    )
    assert names == ["1800RESPECT", "Beyond Blue"]


def test_crisis_help_page_is_public_and_lists_phone_links(client, world: World) -> None:
    response = client.get(reverse("program_help", args=[world.program_a1.pk]))
    assert 'href="tel:131114"' in response.content.decode()


def test_crisis_help_of_a_program_still_being_set_up_is_not_public(client, world: World) -> None:
    world.program_a1.status = "draft"
    world.program_a1.save()
    assert client.get(reverse("program_help", args=[world.program_a1.pk])).status_code == 404


def test_platform_admin_adds_an_entry_under_a_parent(client, world: World) -> None:
    parent = ExperienceTagFactory(name="Looking after someone")
    client.force_login(world.users["platform_admin"])
    client.post(
        reverse("taxonomy_new"),
        {
            "name": "Looking after a grandparent",
            "parent": parent.pk,
            "description": "",
            "is_active": "on",
        },
    )
    tag = ExperienceTag.objects.get(parent=parent)
    assert tag.path_label == "Looking after someone › Looking after a grandparent"


def test_an_entry_cannot_be_moved_under_its_own_child(client, world: World) -> None:
    parent = ExperienceTagFactory(name="Looking after someone")
    child = ExperienceTagFactory(name="Young people looking after someone", parent=parent)
    client.force_login(world.users["platform_admin"])
    response = client.post(
        reverse("taxonomy_edit", args=[parent.pk]),
        {"name": "Looking after someone", "parent": child.pk, "is_active": "on"},
    )
    assert "not this entry or one of its own entries" in response.content.decode()
    parent.refresh_from_db()
    assert parent.parent is None


def test_new_organisation_gets_its_first_admin(client, world: World) -> None:
    client.force_login(world.users["platform_admin"])
    client.post(
        reverse("platform_organisation_new"),
        {
            "name": "Grief Circle",
            "about": "",
            "website": "griefcircle.org.au",
            "contact_email": "",
            "admin_name": "Ada Admin",
            "admin_email": "ada@example.org",
        },
    )
    organisation = world.org_a.__class__.objects.get(name="Grief Circle")
    assert organisation.website == "https://griefcircle.org.au"
    assert organisation.memberships.get().user.email == "ada@example.org"


def test_submitting_the_same_new_program_twice_makes_one_program(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    url = reverse("program_new", args=[world.org_a.pk])
    client.post(url, VALID)
    response = client.post(url, VALID)
    assert "already has a program with this name" in response.content.decode()
    assert Program.objects.filter(name="Dads Together").count() == 1


def test_renaming_an_organisation_is_audited(client, world: World) -> None:
    client.force_login(world.users["org_admin"])
    client.post(
        reverse("organisation_edit", args=[world.org_a.pk]),
        {"name": "Carers Together Australia", "about": "", "website": "", "contact_email": ""},
    )
    assert AuditEvent.objects.get(action="organisation.updated").details == {"fields": ["name"]}


def test_changing_only_a_programs_status_is_audited(client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    program = world.program_a1
    data = {
        **VALID,
        "name": program.name,
        "region": program.region,
        "focus_area": program.focus_area,
        "public_description": program.public_description,
        "model": program.model,
        "delivery_modes": program.delivery_modes,
        "length_value": "",
        "length_unit": "open_ended",
        "status": "paused",
    }
    client.post(reverse("program_edit", args=[program.pk]), data)
    assert "status" in AuditEvent.objects.get(action="program.updated").details["fields"]


def test_renaming_an_experience_is_audited(client, world: World) -> None:
    tag = ExperienceTagFactory(name="Looking after someone")
    client.force_login(world.users["platform_admin"])
    client.post(
        reverse("taxonomy_edit", args=[tag.pk]),
        {"name": "Caring for someone at home", "parent": "", "is_active": "on"},
    )
    assert AuditEvent.objects.get(action="experience.updated").details["fields"] == ["name"]


def test_a_peer_of_a_program_still_being_set_up_still_finds_crisis_help(
    client, world: World
) -> None:
    world.program_a1.status = "draft"
    world.program_a1.save()
    client.force_login(world.users["peer"])
    assert client.get(reverse("program_help", args=[world.program_a1.pk])).status_code == 200


def test_a_program_without_crisis_help_starts_from_the_australian_services(
    client, world: World
) -> None:
    CrisisResource.objects.filter(program=world.program_a1).delete()
    client.force_login(world.users["coordinator"])

    page = client.get(reverse("program_crisis_edit", args=[world.program_a1.pk]))

    html = page.content.decode()
    for number in ("000", "13 11 14", "1300 659 467", "1800 55 1800", "1800 737 732", "13 92 76"):
        assert f'value="{number}"' in html
