from django.urls import path

from mutual.wellbeing import views

urlpatterns = [
    path("me/wellbeing/", views.my_wellbeing, name="my_wellbeing"),
    path("wellbeing/mentors/<int:mentor_id>/", views.mentor_wellbeing, name="mentor_wellbeing"),
    path(
        "wellbeing/mentors/<int:mentor_id>/check-in/",
        views.check_in,
        name="wellbeing_check_in",
    ),
    path("wellbeing/mentors/<int:mentor_id>/pause/", views.pause, name="wellbeing_pause"),
    path(
        "wellbeing/mentors/<int:mentor_id>/supervision/new/",
        views.supervision_new,
        name="supervision_new",
    ),
    path("programs/<int:program_id>/wellbeing/", views.program_wellbeing, name="program_wellbeing"),
    path(
        "programs/<int:program_id>/wellbeing/settings/",
        views.wellbeing_settings,
        name="wellbeing_settings",
    ),
]
