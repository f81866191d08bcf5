"""Public pages: the index of programs, each program's page, and its poster.

Anyone may see these: they are how people find support without stigma. They show
only what a program publishes about itself; drafts stay hidden from the public.
"""

from __future__ import annotations

from django import forms
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from mutual.access.policy import access_public_program
from mutual.joining.poster import poster_pdf, public_url, qr_svg
from mutual.joining.search import find_programs, serves_remotely
from mutual.participants.services import current_consent_text
from mutual.programs.models import CrisisResource, ExperienceTag, Program, ProgramStatus

PAGE_SIZE = 20


class ProgramSearchForm(forms.Form):
    q = forms.CharField(label=_("Words to search for"), required=False, max_length=100)
    experience = forms.ModelChoiceField(
        label=_("What you are going through"),
        queryset=ExperienceTag.objects.none(),
        required=False,
        empty_label=_("Anything"),
    )
    area = forms.CharField(
        label=_("Where you live"),
        required=False,
        max_length=100,
        help_text=_("A town, city or state. Programs that meet by phone or video are included."),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # Only entries some listed program serves, and the branches above them.
        served = ExperienceTag.objects.filter(
            programs__status__in=(ProgramStatus.OPEN, ProgramStatus.PAUSED), is_active=True
        ).distinct()
        ids: set[int] = set()
        for tag in served:
            ids.update(t.pk for t in tag.ancestors_and_self())
        field = self.fields["experience"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = ExperienceTag.objects.filter(pk__in=ids).order_by("name")
        field.label_from_instance = lambda tag: tag.path_label  # type: ignore[method-assign,assignment]


def public_programs(request: HttpRequest) -> HttpResponse:
    form = ProgramSearchForm(request.GET or None)
    searching = form.is_bound and form.is_valid()
    if searching:
        data = form.cleaned_data
        programs = find_programs(words=data["q"], tag=data["experience"], area=data["area"])
    else:
        programs = find_programs()
    page = Paginator(programs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "joining/public_programs.html",
        {"form": form, "page": page, "searching": searching, "query": query.urlencode()},
    )


def _listed_program(request: HttpRequest, slug: str) -> Program:
    program = Program.objects.filter(slug=slug).only("pk").first()
    if program is None:
        raise Http404
    found = access_public_program(request.user, program.pk)
    if found.status == ProgramStatus.CLOSED:
        raise Http404
    return found


def public_program(request: HttpRequest, slug: str) -> HttpResponse:
    program = _listed_program(request, slug)
    request.help_program = program  # type: ignore[attr-defined]
    experiences = program.experiences.filter(is_active=True).order_by("name")
    return render(
        request,
        "joining/public_program.html",
        {
            "program": program,
            "experiences": experiences,
            "resources": CrisisResource.objects.filter(program=program),
            "consent": current_consent_text(program, "peer"),
            "open": program.status == ProgramStatus.OPEN,
            "remote": serves_remotely(program),
            "page_url": public_url(program),
        },
    )


def _poster_context(program: Program) -> dict[str, object]:
    url = public_url(program)
    return {
        "program": program,
        "url": url,
        "qr": qr_svg(url),
        "experiences": program.experiences.filter(is_active=True).order_by("name")[:6],
    }


def public_program_poster(request: HttpRequest, slug: str) -> HttpResponse:
    program = _listed_program(request, slug)
    return render(request, "joining/poster.html", _poster_context(program))


def public_program_poster_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    program = _listed_program(request, slug)
    html = render(request, "joining/poster_print.html", _poster_context(program)).content
    response = HttpResponse(poster_pdf(html.decode()), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{program.slug}-poster.pdf"'
    return response
