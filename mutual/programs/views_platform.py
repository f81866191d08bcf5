"""Platform admin pages: organisations and the lived-experience list."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from mutual.access.policy import access_experience_tag, require_platform_admin
from mutual.core.http import AuthedRequest
from mutual.programs import services
from mutual.programs.forms import ExperienceTagForm, NewOrganisationForm
from mutual.programs.models import ExperienceTag, Organisation


@login_required
def organisations(request: AuthedRequest) -> HttpResponse:
    require_platform_admin(request.user)
    rows = Organisation.objects.annotate(program_count=Count("programs", distinct=True))
    return render(request, "programs/platform_organisations.html", {"organisations": rows})


@login_required
@require_http_methods(["GET", "POST"])
def organisation_new(request: AuthedRequest) -> HttpResponse:
    require_platform_admin(request.user)
    form = NewOrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        organisation = services.create_organisation(
            request.user,
            admin_email=data.pop("admin_email"),
            admin_name=data.pop("admin_name"),
            **data,
        )
        messages.success(request, _("Organisation created and its first admin invited."))
        return redirect(organisation)
    return render(request, "programs/organisation_form.html", {"form": form, "is_new": True})


def _tree() -> list[tuple[ExperienceTag, list]]:
    """The experience list as nested (tag, children) pairs, loaded in one query."""
    tags = list(ExperienceTag.objects.annotate(program_count=Count("programs")))
    children: dict[int | None, list[ExperienceTag]] = {}
    for tag in tags:
        children.setdefault(tag.parent_id, []).append(tag)

    def build(parent_id: int | None) -> list[tuple[ExperienceTag, list]]:
        return [
            (tag, build(tag.pk))
            for tag in sorted(children.get(parent_id, []), key=lambda t: t.name)
        ]

    return build(None)


@login_required
def taxonomy(request: AuthedRequest) -> HttpResponse:
    require_platform_admin(request.user)
    return render(
        request,
        "programs/taxonomy.html",
        {"tree": _tree(), "total": ExperienceTag.objects.count()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def taxonomy_new(request: AuthedRequest) -> HttpResponse:
    require_platform_admin(request.user)
    form = ExperienceTagForm(request.POST or None, initial={"parent": request.GET.get("parent")})
    if request.method == "POST" and form.is_valid():
        tag = services.create_experience_tag(
            request.user,
            name=form.cleaned_data["name"],
            parent=form.cleaned_data["parent"],
            description=form.cleaned_data["description"],
        )
        messages.success(request, _("Added “%(name)s”.") % {"name": tag.path_label})
        return redirect("taxonomy")
    return render(request, "programs/taxonomy_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def taxonomy_edit(request: AuthedRequest, tag_id: int) -> HttpResponse:
    tag = access_experience_tag(request.user, tag_id)
    form = ExperienceTagForm(request.POST or None, instance=tag)
    if request.method == "POST" and form.is_valid():
        services.update_experience_tag(
            request.user, tag, **{f: form.cleaned_data[f] for f in form.Meta.fields}
        )
        messages.success(request, _("Saved."))
        return redirect("taxonomy")
    return render(request, "programs/taxonomy_form.html", {"form": form, "tag": tag})
