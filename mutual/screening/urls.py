"""Routes of screening: the pipeline page and the actions on a person's record."""

from django.urls import path

from mutual.screening import views

urlpatterns = [
    path("references/<str:key>/", views.referee_response, name="referee_response"),
    path("p/<int:program_id>/joining/", views.program_pipeline, name="program_pipeline"),
    path(
        "participants/<int:participant_id>/move/", views.participant_move, name="participant_move"
    ),
    path(
        "participants/<int:participant_id>/assign/",
        views.participant_assign,
        name="participant_assign",
    ),
    path(
        "participants/<int:participant_id>/not-now/",
        views.participant_not_now,
        name="participant_not_now",
    ),
    path(
        "participants/<int:participant_id>/referees/<int:referee_id>/",
        views.participant_referee,
        name="participant_referee",
    ),
    path(
        "participants/<int:participant_id>/checks/",
        views.participant_check,
        name="participant_check",
    ),
    path(
        "participants/<int:participant_id>/interview/",
        views.participant_interview,
        name="participant_interview",
    ),
    path(
        "participants/<int:participant_id>/accept/",
        views.participant_accept,
        name="participant_accept",
    ),
    path(
        "participants/<int:participant_id>/elsewhere/",
        views.participant_refer_elsewhere,
        name="participant_refer_elsewhere",
    ),
]
