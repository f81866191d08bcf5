from django.urls import path

from mutual.matching import views, views_offer

urlpatterns = [
    path("programs/<int:program_id>/matching/", views.program_matching, name="program_matching"),
    path(
        "programs/<int:program_id>/matching/run/",
        views.matching_run_start,
        name="matching_run_start",
    ),
    path(
        "programs/<int:program_id>/matching/settings/",
        views.matching_settings,
        name="matching_settings",
    ),
    path("matching/runs/<int:run_id>/", views.match_run, name="match_run"),
    path(
        "matching/proposals/<int:proposal_id>/ask/",
        views.proposal_approve,
        name="proposal_approve",
    ),
    path("matching/proposals/<int:proposal_id>/skip/", views.proposal_skip, name="proposal_skip"),
    path("matching/offers/<int:proposal_id>/", views_offer.match_offer, name="match_offer"),
    path("participants/<int:participant_id>/mentors/", views.peer_mentors, name="peer_mentors"),
    path(
        "participants/<int:participant_id>/mentors/<int:mentor_id>/ask/",
        views.peer_choose_mentor,
        name="peer_choose_mentor",
    ),
    path(
        "participants/<int:participant_id>/mentors/<int:mentor_id>/never/",
        views.peer_exclude_mentor,
        name="peer_exclude_mentor",
    ),
]
