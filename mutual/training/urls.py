"""Routes of training."""

from django.urls import path

from mutual.training import views

urlpatterns = [
    path("p/<int:program_id>/training/", views.program_training, name="program_training"),
    path("p/<int:program_id>/training/new/", views.training_module_new, name="training_module_new"),
    path("training/<int:module_id>/edit/", views.training_module_edit, name="training_module_edit"),
    path("training/<int:module_id>/quiz/", views.training_module_quiz, name="training_module_quiz"),
    path(
        "me/training/<int:participant_id>/<int:module_id>/quiz/",
        views.my_training_quiz,
        name="my_training_quiz",
    ),
    path(
        "training/<int:module_id>/mentors/<int:participant_id>/",
        views.training_record,
        name="training_record",
    ),
    path("me/training/<int:participant_id>/", views.my_training, name="my_training"),
    path(
        "me/training/<int:participant_id>/<int:module_id>/done/",
        views.my_training_done,
        name="my_training_done",
    ),
    path(
        "me/training/<int:participant_id>/certificate.pdf",
        views.training_certificate,
        name="training_certificate",
    ),
]
