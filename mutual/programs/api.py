"""API: the programs a person may see, with their crisis help and experiences."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from mutual.access.policy import Perm, access_program, programs_for
from mutual.programs.models import CrisisResource, Program

router = Router(tags=["programs"])


class NamedRef(Schema):
    """A short pointer to an organisation, program or person: its id and name."""

    id: int
    name: str


class ProgramOut(Schema):
    id: int
    name: str
    organisation: NamedRef
    focus_area: str
    model: str
    model_label: str
    status: str
    status_label: str
    region: str
    delivery_modes: list[str]
    length_label: str


class CrisisResourceOut(Schema):
    name: str
    description: str
    phone: str
    text_number: str
    website: str
    hours: str


class ExperienceOut(Schema):
    id: int
    label: str


class ProgramDetailOut(ProgramOut):
    public_description: str
    delivery_mode_labels: list[str]
    crisis_resources: list[CrisisResourceOut]
    experiences: list[ExperienceOut]


def _program(program: Program) -> dict[str, Any]:
    return {
        "id": program.pk,
        "name": program.name,
        "organisation": NamedRef(id=program.organisation.pk, name=program.organisation.name),
        "focus_area": program.focus_area,
        "model": program.model,
        "model_label": str(program.get_model_display()),
        "status": program.status,
        "status_label": str(program.get_status_display()),
        "region": program.region,
        "delivery_modes": list(program.delivery_modes),
        "length_label": program.length_label,
    }


def _crisis_resource(resource: CrisisResource) -> CrisisResourceOut:
    return CrisisResourceOut(
        name=resource.name,
        description=resource.description,
        phone=resource.phone,
        text_number=resource.text_number,
        website=resource.website,
        hours=resource.hours,
    )


@router.get("", response=list[ProgramOut], url_name="programs", summary="Programs you can see")
def program_list(request: HttpRequest) -> list[ProgramOut]:
    programs = programs_for(request.user, Perm.VIEW_PROGRAM)
    return [ProgramOut(**_program(p)) for p in programs]


@router.get("/{program_id}", response=ProgramDetailOut, url_name="program", summary="One program")
def program_detail(request: HttpRequest, program_id: int) -> ProgramDetailOut:
    program = access_program(request.user, program_id, Perm.VIEW_PROGRAM)
    # Tags usually sit two or three levels deep; fetching parents avoids a query per level.
    tags = program.experiences.select_related("parent__parent")
    return ProgramDetailOut(
        **_program(program),
        public_description=program.public_description,
        delivery_mode_labels=program.delivery_mode_labels(),
        crisis_resources=[_crisis_resource(r) for r in program.crisis_resources.all()],
        experiences=[ExperienceOut(id=t.pk, label=t.path_label) for t in tags],
    )
