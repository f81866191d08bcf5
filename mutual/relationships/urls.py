from django.urls import path

from mutual.relationships import views, views_care, views_schedule

urlpatterns = [
    path("relationships/<int:relationship_id>/", views.relationship, name="relationship"),
    path(
        "relationships/<int:relationship_id>/sessions/new/",
        views.session_new,
        name="session_new",
    ),
    path(
        "relationships/<int:relationship_id>/pause/",
        views.relationship_pause,
        name="relationship_pause",
    ),
    path(
        "relationships/<int:relationship_id>/close/",
        views.relationship_close,
        name="relationship_close",
    ),
    path(
        "relationships/<int:relationship_id>/rematch/",
        views.relationship_rematch,
        name="relationship_rematch",
    ),
    path("sessions/<int:session_id>/rate/", views.session_rate, name="session_rate"),
    path("sessions/<int:session_id>/edit/", views.session_edit, name="session_edit"),
    path("sessions/<int:session_id>/delete/", views.session_delete, name="session_delete"),
    path("me/caseload/", views.my_caseload, name="my_caseload"),
    path("fit-checks/<int:check_id>/", views_care.fit_check, name="fit_check"),
    path("relationships/<int:relationship_id>/goals/new/", views_care.goal_new, name="goal_new"),
    path("goals/<int:goal_id>/review/", views_care.goal_review, name="goal_review"),
    path("relationships/<int:relationship_id>/bridges/", views_care.bridge_new, name="bridge_new"),
    path("relationships/<int:relationship_id>/check-in/", views_care.check_in, name="check_in"),
    path(
        "relationships/<int:relationship_id>/closing/",
        views_care.relationship_closing,
        name="relationship_closing",
    ),
    path(
        "relationships/<int:relationship_id>/plan/",
        views_schedule.session_plan,
        name="session_plan",
    ),
    path(
        "planned/<int:planned_id>/confirm/",
        views_schedule.planned_confirm,
        name="planned_confirm",
    ),
    path("planned/<int:planned_id>/cancel/", views_schedule.planned_cancel, name="planned_cancel"),
    path("me/calendar/", views_schedule.my_calendar, name="my_calendar"),
    path("calendar/<str:secret>.ics", views_schedule.calendar_feed, name="calendar_feed"),
    path(
        "programs/<int:program_id>/relationships/",
        views.program_relationships,
        name="program_relationships",
    ),
]
