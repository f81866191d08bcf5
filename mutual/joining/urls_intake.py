"""Forms to join: asking for support, applying to be a peer mentor, and one's own record."""

from django.urls import path

from mutual.joining import views_intake, views_mine

urlpatterns = [
    path("join/<slug:slug>/support/", views_intake.intake_start, name="intake_start"),
    path("join/<slug:slug>/support/done/", views_intake.intake_done, name="intake_done"),
    path("join/<slug:slug>/support/<slug:step>/", views_intake.intake_step, name="intake_step"),
    path("join/<slug:slug>/mentor/", views_intake.application_start, name="application_start"),
    path("join/<slug:slug>/mentor/done/", views_intake.application_done, name="application_done"),
    path(
        "join/<slug:slug>/mentor/<slug:step>/",
        views_intake.application_step,
        name="application_step",
    ),
    path("join/continue/<str:key>/", views_intake.intake_resume, name="intake_resume"),
    path("me/programs/", views_mine.my_participation, name="my_participation"),
    path(
        "me/programs/<int:participant_id>/leave/",
        views_mine.my_withdraw,
        name="my_withdraw",
    ),
]
