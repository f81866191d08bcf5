"""The training module form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from mutual.training.models import QuizQuestion, TrainingModule


class ModuleForm(forms.ModelForm):
    material_url = forms.URLField(
        label=_("Link to the material (optional)"), required=False, assume_scheme="https"
    )

    pass_mark = forms.IntegerField(
        label=_("Quiz pass mark (%)"),
        required=False,
        min_value=1,
        max_value=100,
        initial=80,
        help_text=_("Only used if you add quiz questions to this module."),
    )

    def clean_pass_mark(self) -> int:
        mark = self.cleaned_data.get("pass_mark")
        return 80 if mark is None else int(mark)

    class Meta:
        model = TrainingModule
        fields = [
            "title",
            "description",
            "kind",
            "required",
            "material_url",
            "material_text",
            "session_at",
            "session_place",
            "order",
            "is_active",
            "pass_mark",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 3}),
            "material_text": forms.Textarea(attrs={"rows": 6}),
            "session_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            ),
        }
        help_texts = {"order": _("Modules are listed from the lowest number.")}


class QuestionForm(forms.Form):
    question = forms.CharField(label=_("Question"), max_length=300)
    choices = forms.CharField(
        label=_("Answers to choose from, one per line"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
    correct = forms.IntegerField(
        label=_("Which line is the right answer? (1 for the first)"), min_value=1, max_value=5
    )


class QuizForm(forms.Form):
    """One radio group per question; answers are the choices' positions."""

    def __init__(self, *args: object, questions: list[QuizQuestion], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.questions = questions
        for q in questions:
            self.fields[f"q{q.pk}"] = forms.TypedChoiceField(
                label=q.question,
                choices=list(enumerate(q.choices)),
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose an answer.")},
            )

    def answers(self) -> dict[int, int]:
        return {q.pk: self.cleaned_data[f"q{q.pk}"] for q in self.questions}
