"""The starter list of lived experiences that every installation gets from a migration."""

from __future__ import annotations

import pytest

from mutual.programs.experience_seed import EXPERIENCES, seed_experiences, seed_rows
from mutual.programs.models import ExperienceTag

pytestmark = pytest.mark.django_db

TOP_LEVEL_SLUGS = {
    "caring",
    "child-protection",
    "parenting",
    "disability",
    "mental-health",
    "bereavement",
    "chronic-illness",
    "alcohol-drugs",
    "gambling",
    "family-violence",
    "justice",
    "migration",
    "homelessness",
    "leaving-care",
    "ageing",
    "disaster",
}


def test_the_migration_adds_every_top_level_branch() -> None:
    top_level = set(ExperienceTag.objects.filter(parent=None).values_list("slug", flat=True))
    assert top_level >= TOP_LEVEL_SLUGS


def test_the_migration_adds_every_entry_of_the_seed() -> None:
    stored = set(ExperienceTag.objects.values_list("slug", flat=True))
    assert stored >= {row.slug for row in seed_rows()}


def test_seeding_again_adds_nothing() -> None:
    before = ExperienceTag.objects.count()
    assert seed_experiences(ExperienceTag) == 0
    assert ExperienceTag.objects.count() == before


def test_seeding_puts_back_a_missing_entry_under_its_parent() -> None:
    ExperienceTag.objects.get(slug="caring-parent-with-dementia").delete()
    assert seed_experiences(ExperienceTag) == 1
    tag = ExperienceTag.objects.get(slug="caring-parent-with-dementia")
    assert tag.parent is not None and tag.parent.slug == "caring"
    assert tag.name == "Caring for a parent with dementia"


def test_seeding_keeps_what_an_admin_renamed_or_retired() -> None:
    ExperienceTag.objects.filter(slug="ageing-retirement").update(
        name="Stopping work", is_active=False
    )
    seed_experiences(ExperienceTag)
    tag = ExperienceTag.objects.get(slug="ageing-retirement")
    assert (tag.name, tag.is_active) == ("Stopping work", False)
    assert not ExperienceTag.objects.filter(parent=tag.parent, name="Retirement").exists()


def test_seeding_adopts_an_entry_an_admin_made_by_hand() -> None:
    original = ExperienceTag.objects.get(slug="disaster-flood")
    parent = original.parent
    original.delete()
    ExperienceTag.objects.create(parent=parent, name="Flood", slug="floods-by-hand")
    assert seed_experiences(ExperienceTag) == 0
    assert not ExperienceTag.objects.filter(slug="disaster-flood").exists()


def test_slugs_follow_the_path_of_keys() -> None:
    tag = ExperienceTag.objects.get(slug="gambling-someone-else-partner")
    assert [t.slug for t in tag.ancestors_and_self()] == [
        "gambling",
        "gambling-someone-else",
        "gambling-someone-else-partner",
    ]


def test_every_top_level_entry_has_a_description() -> None:
    assert all(entry.description for entry in EXPERIENCES)
    assert not ExperienceTag.objects.filter(
        parent=None, slug__in=TOP_LEVEL_SLUGS, description=""
    ).exists()


def test_the_tree_is_two_or_three_levels_deep() -> None:
    depths = {
        tag.depth for tag in ExperienceTag.objects.filter(slug__in=[r.slug for r in seed_rows()])
    }
    assert depths == {0, 1, 2}


def test_every_slug_in_the_seed_is_unique() -> None:
    slugs = [row.slug for row in seed_rows()]
    assert len(slugs) == len(set(slugs))


def test_names_and_slugs_fit_their_columns() -> None:
    rows = list(seed_rows())
    assert max(len(row.slug) for row in rows) <= ExperienceTag._meta.get_field("slug").max_length
    assert max(len(row.name) for row in rows) <= ExperienceTag._meta.get_field("name").max_length
    longest = ExperienceTag._meta.get_field("description").max_length
    assert max(len(row.description) for row in rows) <= longest
