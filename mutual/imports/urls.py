"""Routes of imports."""

from django.urls import path

from mutual.imports import views

urlpatterns = [
    path("p/<int:program_id>/import/", views.program_import, name="program_import"),
    path("p/<int:program_id>/import/example.csv", views.import_template, name="import_template"),
    path("imports/<int:run_id>/", views.import_run, name="import_run"),
]
