"""Email wording per program (staff)."""

from django.urls import path

from mutual.participants import views_notices

urlpatterns = [
    path("p/<int:program_id>/emails/", views_notices.program_notices, name="program_notices"),
    path(
        "p/<int:program_id>/emails/<slug:key>/",
        views_notices.program_notice_edit,
        name="program_notice_edit",
    ),
]
