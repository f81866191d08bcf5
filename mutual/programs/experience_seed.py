"""The starter list of lived experiences every Mutual installation begins with.

The data is a plain tree of ``Entry`` tuples. Each entry's slug is built from its path of
keys ("caring", then "parent-with-dementia": ``caring-parent-with-dementia``), so the same
entry has the same slug on every installation and code (the demo, tests) can name it.

``seed_experiences`` is run by the data migration ``programs.0002_seed_experiences`` and
is safe to run again: it only adds entries that are missing and never changes or removes
what platform admins have renamed, moved or retired. To ship new entries later, add them
here and call ``seed_experiences`` again from a new data migration.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple


class Entry(NamedTuple):
    key: str
    name: str
    description: str = ""
    children: tuple[Entry, ...] = ()


class SeedRow(NamedTuple):
    slug: str
    parent_slug: str | None
    name: str
    description: str


def _leaves(*pairs: tuple[str, str]) -> tuple[Entry, ...]:
    return tuple(Entry(key, name) for key, name in pairs)


CARING = Entry(
    "caring",
    "Caring",
    "Looking after someone close who needs help because of illness, disability, age or addiction.",
    _leaves(
        ("parent-with-dementia", "Caring for a parent with dementia"),
        ("ageing-parent", "Caring for an ageing parent"),
        ("partner-with-disability", "Caring for a partner with a disability"),
        ("partner-with-illness", "Caring for a partner with a long-term illness"),
        ("child-with-disability", "Caring for a child with a disability"),
        ("mental-illness", "Caring for someone with mental illness"),
        ("alcohol-drugs", "Caring for someone who uses alcohol or other drugs"),
        ("young-carers", "Young carers"),
        ("after-caring", "When caring has ended"),
    ),
)

CHILD_PROTECTION = Entry(
    "child-protection",
    "Child protection",
    "When child protection services are involved with a family, including children "
    "living away from home and coming back.",
    _leaves(
        ("involved", "Child protection is involved with our family"),
        ("children-in-care", "Our children are living in care"),
        ("reunification", "Our children are coming back home"),
        ("kinship-carers", "Raising a relative's child"),
        ("foster-carers", "Foster caring"),
    ),
)

PARENTING = Entry(
    "parenting",
    "Parenting",
    "Raising children when life is hard.",
    (
        Entry(
            "young-parents",
            "Young parents",
            children=_leaves(
                ("under-25", "Parents under 25"),
                ("teenage", "Teenage parents"),
            ),
        ),
        *_leaves(
            ("single-parents", "Single parents"),
            ("new-parents", "New parents"),
            ("separation", "Separating or sharing care of children"),
            ("challenging-behaviour", "A child with challenging behaviour"),
            ("teenagers", "Parenting teenagers"),
            ("grandparents", "Grandparents raising grandchildren"),
            ("dads", "Dads"),
        ),
    ),
)

DISABILITY = Entry(
    "disability",
    "Disability",
    "Living with disability, or raising a child with a disability or developmental delay.",
    _leaves(
        ("physical", "Physical disability"),
        ("intellectual", "Intellectual disability"),
        ("autism", "Autism"),
        ("developmental-delay", "Developmental delay in a young child"),
        ("brain-injury", "Brain injury"),
        ("sensory", "Blind, low vision, Deaf or hard of hearing"),
        ("ndis", "Getting support through the NDIS"),
    ),
)

MENTAL_HEALTH = Entry(
    "mental-health",
    "Mental health",
    "Living with, or recovering from, mental ill health.",
    _leaves(
        ("depression", "Depression"),
        ("anxiety", "Anxiety"),
        ("psychosis", "Psychosis, including schizophrenia"),
        ("bipolar", "Bipolar disorder"),
        ("eating-disorders", "Eating disorders"),
        ("trauma", "Trauma and PTSD"),
        ("perinatal", "Mental health in pregnancy or after a baby"),
        ("suicidal-crisis", "Surviving a suicidal crisis"),
        ("self-harm", "Self-harm"),
    ),
)

BEREAVEMENT = Entry(
    "bereavement",
    "Grief and loss",
    "Grieving someone who has died, or living with a child who will not grow up.",
    (
        Entry(
            "pregnancy-loss",
            "Pregnancy loss",
            children=_leaves(
                ("miscarriage", "Miscarriage"),
                ("stillbirth", "Stillbirth"),
                ("medical-termination", "Ending a pregnancy for medical reasons"),
            ),
        ),
        Entry(
            "loss-of-a-child",
            "Losing a child",
            children=_leaves(
                ("baby", "The death of a baby"),
                ("child", "The death of a child or teenager"),
                ("adult-child", "The death of an adult son or daughter"),
            ),
        ),
        *_leaves(
            ("child-life-limiting-illness", "Parenting a child with a life-limiting illness"),
            ("partner", "Losing a partner"),
            ("parent", "Losing a parent"),
            ("suicide", "Losing someone to suicide"),
        ),
    ),
)

CHRONIC_ILLNESS = Entry(
    "chronic-illness",
    "Long-term illness",
    "Living with a health condition that does not go away.",
    (
        Entry(
            "diabetes",
            "Diabetes",
            children=_leaves(
                ("type-1", "Type 1 diabetes"),
                ("type-2", "Type 2 diabetes"),
                ("gestational", "Diabetes in pregnancy"),
            ),
        ),
        *_leaves(
            ("hiv", "Living with HIV"),
            ("cancer", "Cancer"),
            ("heart", "Heart disease"),
            ("kidney", "Kidney disease and dialysis"),
            ("chronic-pain", "Chronic pain"),
        ),
    ),
)

ALCOHOL_DRUGS = Entry(
    "alcohol-drugs",
    "Alcohol and other drugs",
    "Your own drinking or drug use, staying in recovery, or someone close who uses.",
    _leaves(
        ("alcohol", "Alcohol"),
        ("ice", "Ice (methamphetamine)"),
        ("opioids", "Opioids, including prescription painkillers"),
        ("cannabis", "Cannabis"),
        ("recovery", "Staying in recovery"),
        ("someone-close", "Someone close drinks or uses drugs"),
    ),
)

GAMBLING = Entry(
    "gambling",
    "Gambling harm",
    "Harm from gambling: your own gambling, or someone else's.",
    (
        Entry(
            "own",
            "My own gambling",
            children=_leaves(
                ("pokies", "Pokies"),
                ("sports-betting", "Sports and race betting"),
                ("online", "Online gambling and casinos"),
            ),
        ),
        Entry(
            "someone-else",
            "Affected by someone else's gambling",
            children=_leaves(
                ("partner", "A partner's gambling"),
                ("parent", "A parent's gambling"),
                ("child", "A son or daughter's gambling"),
            ),
        ),
    ),
)

FAMILY_VIOLENCE = Entry(
    "family-violence",
    "Family and domestic violence",
    "Living with, leaving or rebuilding after violence or abuse at home.",
    _leaves(
        ("leaving", "Leaving a violent relationship"),
        ("rebuilding", "Rebuilding life after violence"),
        ("coercive-control", "Being controlled by a partner"),
        ("children", "Helping children after violence at home"),
        ("elder-abuse", "Abuse of an older person"),
    ),
)

JUSTICE = Entry(
    "justice",
    "Justice and prison",
    "Police, courts or prison, your own or a family member's, and life after release.",
    _leaves(
        ("leaving-prison", "Leaving prison"),
        ("in-prison", "Time in prison"),
        ("family-member", "A family member in prison"),
        ("youth-justice", "Youth justice"),
        ("courts", "Going through court"),
    ),
)

MIGRATION = Entry(
    "migration",
    "Refugees and migration",
    "Making a new life in Australia.",
    _leaves(
        ("refugee", "Coming to Australia as a refugee"),
        ("asylum", "Seeking asylum"),
        ("new-arrival", "New to Australia"),
        ("family-apart", "Family still overseas"),
    ),
)

HOMELESSNESS = Entry(
    "homelessness",
    "Homelessness",
    "Having nowhere safe and steady to live, or being at risk of it.",
    _leaves(
        ("sleeping-rough", "Sleeping rough"),
        ("couch-surfing", "Couch surfing"),
        ("at-risk", "At risk of losing a home"),
        ("housed-again", "Settling into a home after homelessness"),
    ),
)

LEAVING_CARE = Entry(
    "leaving-care",
    "Leaving care",
    "Growing up in foster, kinship or residential care and moving on to adult life.",
    _leaves(
        ("foster", "Grew up in foster care"),
        ("kinship", "Grew up with relatives"),
        ("residential", "Grew up in residential care"),
        ("turning-18", "Leaving care at 18"),
    ),
)

AGEING = Entry(
    "ageing",
    "Ageing",
    "Growing older and the changes it brings.",
    _leaves(
        ("loneliness", "Loneliness"),
        ("aged-care", "Moving into aged care"),
        ("retirement", "Retirement"),
        ("dementia", "Living with dementia"),
    ),
)

DISASTER = Entry(
    "disaster",
    "Disaster recovery",
    "Getting through, and rebuilding after, fire, flood, drought or storm.",
    _leaves(
        ("bushfire", "Bushfire"),
        ("flood", "Flood"),
        ("drought", "Drought"),
        ("storm", "Storms and cyclones"),
        ("getting-ready", "Getting ready for the next one"),
    ),
)

EXPERIENCES: tuple[Entry, ...] = (
    CARING,
    CHILD_PROTECTION,
    PARENTING,
    DISABILITY,
    MENTAL_HEALTH,
    BEREAVEMENT,
    CHRONIC_ILLNESS,
    ALCOHOL_DRUGS,
    GAMBLING,
    FAMILY_VIOLENCE,
    JUSTICE,
    MIGRATION,
    HOMELESSNESS,
    LEAVING_CARE,
    AGEING,
    DISASTER,
)


def seed_rows(
    entries: tuple[Entry, ...] = EXPERIENCES, parent_slug: str | None = None
) -> Iterator[SeedRow]:
    """Every entry with its slug, parents before their children."""
    for entry in entries:
        slug = f"{parent_slug}-{entry.key}" if parent_slug else entry.key
        yield SeedRow(slug, parent_slug, entry.name, entry.description)
        yield from seed_rows(entry.children, slug)


def seed_slugs() -> set[str]:
    return {row.slug for row in seed_rows()}


def seed_experiences(tag_model: Any) -> int:
    """Add the missing starter entries and return how many were added.

    ``tag_model`` is ``ExperienceTag`` or, in a migration, its historical version. An
    entry counts as present if its slug exists, or if an entry of the same name already
    sits under the same parent (an admin may have made it by hand before the seed).
    """
    created = 0
    by_slug: dict[str, Any] = {}
    for row in seed_rows():
        parent = by_slug.get(row.parent_slug) if row.parent_slug else None
        tag = (
            tag_model.objects.filter(slug=row.slug).first()
            or tag_model.objects.filter(parent=parent, name=row.name).first()
        )
        if tag is None:
            tag = tag_model.objects.create(
                slug=row.slug, parent=parent, name=row.name, description=row.description
            )
            created += 1
        by_slug[row.slug] = tag
    return created
