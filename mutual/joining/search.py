"""Finding a program: by what someone is going through, by words, and by area.

A program serves branches of the experience list. Someone choosing "Caring for a parent
with dementia" should find programs for that entry, for "Caring" above it, and for any
entry below it, so the search widens the chosen entry to its ancestors and descendants.
"""

from __future__ import annotations

from django.db.models import Case, Q, QuerySet, Value, When

from mutual.programs.models import ExperienceTag, Program, ProgramStatus

LISTED = (ProgramStatus.OPEN, ProgramStatus.PAUSED)
# Programs that can support someone wherever they live.
REMOTE_MODES = ("phone", "video", "text")


def related_tag_ids(tag: ExperienceTag) -> set[int]:
    ids = {t.pk for t in tag.ancestors_and_self()}
    frontier = [tag.pk]
    while frontier:
        frontier = list(
            ExperienceTag.objects.filter(parent_id__in=frontier)
            .exclude(pk__in=ids)
            .values_list("pk", flat=True)
        )
        ids.update(frontier)
    return ids


def find_programs(
    *, words: str = "", tag: ExperienceTag | None = None, area: str = ""
) -> QuerySet[Program]:
    programs = Program.objects.filter(status__in=LISTED).select_related("organisation")
    if tag is not None:
        programs = programs.filter(experiences__in=related_tag_ids(tag))
    for word in words.split()[:8]:
        programs = programs.filter(
            Q(name__icontains=word)
            | Q(focus_area__icontains=word)
            | Q(public_description__icontains=word)
            | Q(organisation__name__icontains=word)
            | Q(experiences__name__icontains=word)
        )
    area = area.strip()
    if area:
        # Ways of meeting are a JSON list; the listed programs are few, so test in Python
        # rather than rely on JSON lookups that differ between SQLite and PostgreSQL.
        remote = [
            p.pk
            for p in Program.objects.filter(status__in=LISTED).only("pk", "delivery_modes")
            if serves_remotely(p)
        ]
        programs = programs.filter(Q(region__icontains=area) | Q(pk__in=remote))
    # Open programs first; the joins above may repeat a program.
    paused_last = Case(When(status=ProgramStatus.PAUSED, then=Value(1)), default=Value(0))
    return programs.annotate(paused_last=paused_last).distinct().order_by("paused_last", "name")


def serves_remotely(program: Program) -> bool:
    return any(mode in program.delivery_modes for mode in REMOTE_MODES)
