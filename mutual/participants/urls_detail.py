"""One participant's record, for staff."""

from django.urls import path

from mutual.participants import views_detail

urlpatterns = [
    path(
        "participants/<int:participant_id>/",
        views_detail.participant_detail,
        name="participant",
    ),
]
