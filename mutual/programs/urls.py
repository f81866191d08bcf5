from django.urls import path

from mutual.programs import views, views_people, views_platform

urlpatterns = [
    path("platform/organisations/", views_platform.organisations, name="platform_organisations"),
    path(
        "platform/organisations/new/",
        views_platform.organisation_new,
        name="platform_organisation_new",
    ),
    path("platform/experiences/", views_platform.taxonomy, name="taxonomy"),
    path("platform/experiences/new/", views_platform.taxonomy_new, name="taxonomy_new"),
    path(
        "platform/experiences/<int:tag_id>/edit/",
        views_platform.taxonomy_edit,
        name="taxonomy_edit",
    ),
    path("o/<int:organisation_id>/", views.organisation_detail, name="organisation"),
    path("o/<int:organisation_id>/edit/", views.organisation_edit, name="organisation_edit"),
    path("o/<int:organisation_id>/programs/new/", views.program_new, name="program_new"),
    path(
        "o/<int:organisation_id>/people/",
        views_people.organisation_people,
        name="organisation_people",
    ),
    path(
        "o/<int:organisation_id>/people/add/",
        views_people.organisation_people_add,
        name="organisation_people_add",
    ),
    path("people/<int:membership_id>/end/", views_people.membership_end, name="membership_end"),
    path("p/<int:program_id>/", views.program_detail, name="program"),
    path("p/<int:program_id>/edit/", views.program_edit, name="program_edit"),
    path(
        "p/<int:program_id>/crisis-help/edit/",
        views.program_crisis_edit,
        name="program_crisis_edit",
    ),
    path("p/<int:program_id>/help/", views.program_help, name="program_help"),
]
