"""Training pages: the program's modules and matrix for staff; a mentor's own training."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from mutual.access.policy import (
    Perm,
    access_participant,
    access_program,
    access_training_module,
    can,
    is_own_participant,
)
from mutual.core.http import AuthedRequest
from mutual.participants.models import Participant
from mutual.participants.services import JoiningError
from mutual.programs.models import Program
from mutual.training import services
from mutual.training.forms import ModuleForm, QuestionForm, QuizForm
from mutual.training.models import Certificate, QuizQuestion, TrainingModule, TrainingRecord


@login_required
def program_training(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.VIEW_PARTICIPANTS)
    return render(
        request,
        "training/program.html",
        {
            "program": program,
            "matrix": services.training_matrix(program),
            "retired": TrainingModule.objects.filter(program=program, is_active=False),
            "can_manage": can(request.user, Perm.MANAGE_PARTICIPANTS, program),
            "can_edit": can(request.user, Perm.MANAGE_PROGRAM, program),
        },
    )


def _module_form(
    request: AuthedRequest, program: Program, module: TrainingModule | None
) -> HttpResponse:
    form = ModuleForm(request.POST or None, instance=module)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in ModuleForm.Meta.fields}
        if module is not None:
            module.refresh_from_db()  # the form wrote onto the instance; the service decides
        try:
            services.save_module(request.user, program, fields, module)
        except JoiningError as error:
            form.add_error(error.field if error.field in form.fields else None, str(error))
        else:
            messages.success(request, _("Module saved."))
            return redirect("program_training", program_id=program.pk)
    return render(
        request, "training/module_form.html", {"program": program, "form": form, "module": module}
    )


@login_required
@require_http_methods(["GET", "POST"])
def training_module_new(request: AuthedRequest, program_id: int) -> HttpResponse:
    program = access_program(request.user, program_id, Perm.MANAGE_PROGRAM)
    return _module_form(request, program, None)


@login_required
@require_http_methods(["GET", "POST"])
def training_module_edit(request: AuthedRequest, module_id: int) -> HttpResponse:
    module = access_training_module(request.user, module_id, Perm.MANAGE_PROGRAM)
    return _module_form(request, module.program, module)


@login_required
@require_POST
def training_record(request: AuthedRequest, module_id: int, participant_id: int) -> HttpResponse:
    """Staff tick a module done (or attended) for a mentor, or take the tick back."""
    module = access_training_module(request.user, module_id, Perm.MANAGE_PARTICIPANTS)
    participant = access_participant(request.user, participant_id, Perm.MANAGE_PARTICIPANTS)
    if participant.program_id != module.program_id:
        raise Http404
    try:
        if request.POST.get("undo"):
            services.undo(request.user, participant, module)
        else:
            services.complete(request.user, participant, module, attended=True)
    except JoiningError as error:
        messages.error(request, str(error))
    return redirect("program_training", program_id=module.program_id)


def _own_mentor_record(request: AuthedRequest, participant_id: int) -> Participant:
    participant = access_participant(request.user, participant_id, Perm.VIEW_PARTICIPANTS)
    if not participant.is_mentor:
        raise Http404
    return participant


@login_required
def my_training(request: AuthedRequest, participant_id: int) -> HttpResponse:
    """A mentor's training (staff may look too, to help)."""
    participant = _own_mentor_record(request, participant_id)
    records = {r.module_id: r for r in TrainingRecord.objects.filter(participant=participant)}
    modules = services.modules_for(participant.program)
    with_quiz = set(
        QuizQuestion.objects.filter(module__in=modules).values_list("module_id", flat=True)
    )
    return render(
        request,
        "training/mine.html",
        {
            "participant": participant,
            "program": participant.program,
            "rows": [(m, records.get(m.pk), m.pk in with_quiz) for m in modules],
            "own": is_own_participant(request.user, participant),
            "certificate": Certificate.objects.filter(participant=participant).first(),
        },
    )


@login_required
@require_POST
def my_training_done(request: AuthedRequest, participant_id: int, module_id: int) -> HttpResponse:
    participant = _own_mentor_record(request, participant_id)
    if not is_own_participant(request.user, participant):
        raise Http404
    module = TrainingModule.objects.filter(
        pk=module_id, program_id=participant.program_id, is_active=True
    ).first()
    if module is None:
        raise Http404
    try:
        services.complete(request.user, participant, module)
    except JoiningError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Well done: “%(title)s” is done.") % {"title": module.title})
    return redirect("my_training", participant_id=participant.pk)


@login_required
def training_certificate(request: AuthedRequest, participant_id: int) -> HttpResponse:
    participant = _own_mentor_record(request, participant_id)
    certificate = Certificate.objects.filter(participant=participant).first()
    if certificate is None:
        raise Http404
    records = TrainingRecord.objects.filter(participant=participant).select_related("module")
    html = render_to_string(
        "training/certificate.html",
        {"participant": participant, "certificate": certificate, "records": records},
        request=request,
    )
    from weasyprint import HTML  # loads fonts on import: only when a certificate is asked for

    response = HttpResponse(HTML(string=html).write_pdf(), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.pdf"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def training_module_quiz(request: AuthedRequest, module_id: int) -> HttpResponse:
    """Staff add and remove a module's quiz questions."""
    module = access_training_module(request.user, module_id, Perm.MANAGE_PROGRAM)
    form = QuestionForm(None if "remove" in request.POST else request.POST or None)
    if request.method == "POST" and "remove" in request.POST:
        remove = request.POST.get("remove", "")
        question = (
            QuizQuestion.objects.filter(pk=int(remove), module=module).first()
            if remove.isdigit()
            else None
        )
        if question is not None:
            services.remove_question(request.user, question)
            messages.success(request, _("Question removed."))
        return redirect("training_module_quiz", module_id=module.pk)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.add_question(
                request.user,
                module,
                question=data["question"],
                choices=data["choices"].splitlines(),
                correct=data["correct"],
            )
        except JoiningError as error:
            form.add_error(error.field if error.field in form.fields else None, str(error))
        else:
            messages.success(request, _("Question added."))
            return redirect("training_module_quiz", module_id=module.pk)
    return render(
        request,
        "training/quiz_edit.html",
        {
            "module": module,
            "program": module.program,
            "form": form,
            "questions": module.questions.all(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def my_training_quiz(request: AuthedRequest, participant_id: int, module_id: int) -> HttpResponse:
    participant = _own_mentor_record(request, participant_id)
    if not is_own_participant(request.user, participant):
        raise Http404
    module = TrainingModule.objects.filter(
        pk=module_id, program_id=participant.program_id, is_active=True
    ).first()
    questions = list(module.questions.all()) if module else []
    if module is None or not questions:
        raise Http404
    form = QuizForm(request.POST or None, questions=questions)
    result = None
    if request.method == "POST" and form.is_valid():
        result = services.take_quiz(request.user, participant, module, form.answers())
        if result.passed:
            messages.success(
                request,
                _("You passed (%(right)d of %(total)d). “%(title)s” is done.")
                % {"right": result.right, "total": result.total, "title": module.title},
            )
            return redirect("my_training", participant_id=participant.pk)
        form = QuizForm(questions=questions)
    return render(
        request,
        "training/quiz_take.html",
        {
            "participant": participant,
            "module": module,
            "program": module.program,
            "form": form,
            "result": result,
        },
    )
