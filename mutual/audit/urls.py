from django.urls import path

from mutual.audit import views

urlpatterns = [
    path("o/<int:organisation_id>/activity/", views.audit_log, name="audit_log"),
    path("o/<int:organisation_id>/activity.csv", views.audit_log_csv, name="audit_log_csv"),
]
