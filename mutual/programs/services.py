"""Verbs for organisations, programs, crisis help and the experience list."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.text import slugify

from mutual.accounts.models import Role, User
from mutual.audit.services import record_event
from mutual.programs.models import CrisisResource, ExperienceTag, Organisation, Program


def unique_slug(model: type[Any], text: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(text)[:70] or "item"
    slug, n = base, 2
    qs = model.objects.all()
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    while qs.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _changed(instance: Any, data: dict[str, Any]) -> list[str]:
    """Fields whose new value differs from what is saved in the database.

    Compared with a fresh copy, not the instance: a validated ModelForm has already
    copied the new values onto the instance, so it would always look unchanged.
    """
    saved = type(instance).objects.get(pk=instance.pk)
    return sorted(k for k, v in data.items() if getattr(saved, k) != v)


@transaction.atomic
def create_organisation(
    actor: User, *, name: str, admin_email: str, admin_name: str, **fields: Any
) -> Organisation:
    """Set up a new organisation with its first admin (invited if new)."""
    from mutual.accounts.services import add_member

    organisation = Organisation.objects.create(
        name=name, slug=unique_slug(Organisation, name), **fields
    )
    record_event(actor, "organisation.created", organisation, organisation=organisation)
    add_member(
        actor, organisation=organisation, email=admin_email, name=admin_name, role=Role.ORG_ADMIN
    )
    return organisation


@transaction.atomic
def update_organisation(actor: User, organisation: Organisation, **fields: Any) -> Organisation:
    changed = _changed(organisation, fields)
    for key, value in fields.items():
        setattr(organisation, key, value)
    organisation.save()
    if changed:
        record_event(
            actor,
            "organisation.updated",
            organisation,
            organisation=organisation,
            fields=changed,
        )
    return organisation


@transaction.atomic
def create_program(
    actor: User,
    organisation: Organisation,
    *,
    experiences: list[ExperienceTag] | None = None,
    **fields: Any,
) -> Program:
    program = Program(
        organisation=organisation, slug=unique_slug(Program, fields["name"]), **fields
    )
    program.full_clean()
    program.save()
    if experiences:
        program.experiences.set(experiences)
    record_event(actor, "program.created", program, program=program)
    return program


@transaction.atomic
def update_program(
    actor: User,
    program: Program,
    *,
    experiences: list[ExperienceTag] | None = None,
    **fields: Any,
) -> Program:
    changed = _changed(program, fields)
    for key, value in fields.items():
        setattr(program, key, value)
    program.full_clean()
    program.save()
    if experiences is not None:
        before = set(program.experiences.values_list("pk", flat=True))
        if before != {tag.pk for tag in experiences}:
            program.experiences.set(experiences)
            changed.append("experiences")
    if changed:
        record_event(actor, "program.updated", program, program=program, fields=changed)
    return program


@transaction.atomic
def set_crisis_resources(
    actor: User, program: Program, resources: list[dict[str, Any]]
) -> list[CrisisResource]:
    """Replace the program's crisis help list in one go (all or nothing)."""
    program.crisis_resources.all().delete()
    created = [
        CrisisResource.objects.create(program=program, order=index, **data)
        for index, data in enumerate(resources)
    ]
    record_event(
        actor,
        "program.crisis_help_updated",
        program,
        program=program,
        names=[r.name for r in created],
    )
    return created


@transaction.atomic
def create_experience_tag(
    actor: User, *, name: str, parent: ExperienceTag | None, description: str = ""
) -> ExperienceTag:
    tag = ExperienceTag.objects.create(
        name=name,
        parent=parent,
        description=description,
        slug=unique_slug(ExperienceTag, f"{parent.slug}-{name}" if parent else name),
    )
    record_event(actor, "experience.created", tag, path=tag.path_label)
    return tag


@transaction.atomic
def update_experience_tag(actor: User, tag: ExperienceTag, **fields: Any) -> ExperienceTag:
    parent = fields.get("parent")
    if parent is not None and (parent.pk == tag.pk or tag in parent.ancestors_and_self()):
        raise ValueError("An entry cannot sit under itself")
    changed = _changed(tag, fields)
    for key, value in fields.items():
        setattr(tag, key, value)
    tag.save()
    if changed:
        record_event(actor, "experience.updated", tag, fields=changed, path=tag.path_label)
    return tag
