"""The forms to join: asking for support (peers) and applying (peer mentors).

Anyone may fill them in, signed in or not. The draft being filled is bound to the
browser session (or reached again through the emailed "carry on" link); steps can be
revisited but not skipped; each step saves before moving on. Without JavaScript every
step is a plain form post.
"""

from __future__ import annotations

import secrets

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from mutual.access.policy import access_public_program
from mutual.joining.forms_intake import ConsentForm, RefereesForm, StepForm
from mutual.joining.steps import STEPS, Step, step_number
from mutual.participants.models import Participant, ParticipantRole
from mutual.participants.services import (
    JoiningError,
    current_consent_text,
    email_resume_link,
    find_draft,
    save_answers,
    start_draft,
    submit,
    wait_estimate,
)
from mutual.participants.services.referrals import set_referrer_updates
from mutual.programs.models import CrisisResource, Program, ProgramStatus
from mutual.screening.services import set_referees

ROUTES = {"peer": "intake_step", "mentor": "application_step"}
DONE = {"peer": "intake_done", "mentor": "application_done"}
DONE_KEY = "joining:done"
AT_RISK_KEY = "joining:at_risk"


def _session_key(program: Program, role: str) -> str:
    return f"joining:{program.pk}:{role}"


def _program(request: HttpRequest, slug: str) -> Program:
    found = Program.objects.filter(slug=slug).only("pk").first()
    if found is None:
        raise Http404
    program = access_public_program(request.user, found.pk)
    if program.status == ProgramStatus.CLOSED:
        raise Http404
    request.help_program = program  # type: ignore[attr-defined]
    return program


def _bound_draft(request: HttpRequest, program: Program, role: str) -> Participant | None:
    pk = request.session.get(_session_key(program, role))
    if pk is None:
        return None
    return Participant.objects.filter(pk=pk, program=program, role=role, stage="draft").first()


def _step_url(program: Program, role: str, step: Step) -> str:
    return reverse(ROUTES[role], args=[program.slug, step.slug])


def _next_unfinished(role: str, participant: Participant | None) -> Step:
    steps = STEPS[role]
    done = participant.last_step if participant else 0
    return steps[min(done, len(steps) - 1)]


def _not_taking(request: HttpRequest, program: Program) -> HttpResponse:
    return render(request, "joining/intake_closed.html", {"program": program})


def _start(request: HttpRequest, slug: str, role: str) -> HttpResponse:
    program = _program(request, slug)
    if program.status != ProgramStatus.OPEN:
        return _not_taking(request, program)
    draft = _bound_draft(request, program, role)
    return redirect(_step_url(program, role, _next_unfinished(role, draft)))


def intake_start(request: HttpRequest, slug: str) -> HttpResponse:
    return _start(request, slug, ParticipantRole.PEER)


def application_start(request: HttpRequest, slug: str) -> HttpResponse:
    return _start(request, slug, ParticipantRole.MENTOR)


def intake_step(request: HttpRequest, slug: str, step: str) -> HttpResponse:
    return _step(request, slug, ParticipantRole.PEER, step)


def application_step(request: HttpRequest, slug: str, step: str) -> HttpResponse:
    return _step(request, slug, ParticipantRole.MENTOR, step)


def _step(request: HttpRequest, slug: str, role: str, step_slug: str) -> HttpResponse:
    program = _program(request, slug)
    if program.status != ProgramStatus.OPEN:
        return _not_taking(request, program)
    number = step_number(role, step_slug)
    if number is None:
        raise Http404
    steps = STEPS[role]
    step = steps[number - 1]
    draft = _bound_draft(request, program, role)
    if number > 1 and (draft is None or number > draft.last_step + 1):
        # Not started here, or trying to skip ahead: go to the step that comes next.
        return redirect(_step_url(program, role, _next_unfinished(role, draft)))
    form_class = step.form
    if request.method == "POST":
        form = form_class(request.POST, program=program, participant=draft)
        if form.is_valid():
            try:
                return _save_step(request, program, role, number, step, form, draft)
            except JoiningError as error:
                form.add_error(error.field if error.field in form.fields else None, str(error))
    elif draft is None and number == 1 and request.user.is_authenticated:
        # Someone already signed in starts with their own name and email, so their
        # request or application joins their account rather than making another.
        user = request.user
        form = form_class(
            program=program, initial={"name": getattr(user, "name", ""), "email": user.email}
        )
    else:
        form = form_class(program=program, participant=draft)
    consent = current_consent_text(program, role) if step.slug == "agree" else None
    return render(
        request,
        "joining/intake_step.html",
        {
            "program": program,
            "role": role,
            "step": step,
            "number": number,
            "total": len(steps),
            "form": form,
            "draft_key": request.POST.get("draft_key") or secrets.token_urlsafe(24),
            "previous": _step_url(program, role, steps[number - 2]) if number > 1 else None,
            "consent": consent,
            "can_save_later": draft is not None or number == 1,
        },
    )


def _save_step(
    request: HttpRequest,
    program: Program,
    role: str,
    number: int,
    step: Step,
    form: StepForm,
    draft: Participant | None,
) -> HttpResponse:
    steps = STEPS[role]
    if draft is None:
        answers = form.answers()
        draft = start_draft(
            program,
            role,
            draft_key=request.POST.get("draft_key", ""),
            name=answers.pop("name"),
            email=answers.pop("email"),
            **answers,
        )
        request.session[_session_key(program, role)] = draft.pk
    else:
        save_answers(draft, form.answers(), experiences=form.experiences(), step=number)
        if isinstance(form, RefereesForm):
            set_referees(draft, form.referees())
    if "later" in request.POST:
        email_resume_link(draft, language=request.LANGUAGE_CODE)
        return render(request, "joining/intake_saved.html", {"program": program, "draft": draft})
    if step.slug == "agree":
        sharing = form.referrer_may_see() if isinstance(form, ConsentForm) else None
        if sharing is not None:
            set_referrer_updates(draft, sharing)
        submitted = submit(draft, consent_text=current_consent_text(program, role))
        request.session.pop(_session_key(program, role), None)
        request.session[DONE_KEY] = submitted.pk
        risk = getattr(submitted, "risk", None)
        request.session[AT_RISK_KEY] = bool(risk is not None and risk.at_risk)
        return redirect(DONE[role], slug=program.slug)
    return redirect(_step_url(program, role, steps[number]))


def intake_resume(request: HttpRequest, key: str) -> HttpResponse:
    """The emailed "carry on" link: bind the draft to this browser and go on."""
    draft = find_draft(key)
    if draft is None:
        return render(request, "joining/intake_expired.html", status=404)
    request.session[_session_key(draft.program, draft.role)] = draft.pk
    messages.success(request, _("Welcome back. Your answers so far are saved."))
    return redirect(_step_url(draft.program, draft.role, _next_unfinished(draft.role, draft)))


def _done(request: HttpRequest, slug: str, role: str) -> HttpResponse:
    program = _program(request, slug)
    pk = request.session.get(DONE_KEY)
    participant = (
        Participant.objects.filter(pk=pk, program=program, role=role).exclude(stage="draft").first()
        if pk
        else None
    )
    if participant is None:
        return redirect("public_program", slug=program.slug)
    estimate = wait_estimate(program, participant) if role == ParticipantRole.PEER else None
    # Words that suggest the person may be at risk: crisis help first, before anything else.
    crisis = (
        CrisisResource.objects.filter(program=program) if request.session.get(AT_RISK_KEY) else None
    )
    return render(
        request,
        f"joining/{'intake' if role == 'peer' else 'application'}_done.html",
        {"program": program, "participant": participant, "estimate": estimate, "crisis": crisis},
    )


def intake_done(request: HttpRequest, slug: str) -> HttpResponse:
    return _done(request, slug, ParticipantRole.PEER)


def application_done(request: HttpRequest, slug: str) -> HttpResponse:
    return _done(request, slug, ParticipantRole.MENTOR)
