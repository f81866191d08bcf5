from django.urls import path

from mutual.safety import views, views_settings

urlpatterns = [
    path("programs/<int:program_id>/safety/", views.alert_queue, name="safety_queue"),
    path(
        "programs/<int:program_id>/safety/settings/",
        views_settings.safety_settings,
        name="safety_settings",
    ),
    path("safety/alerts/<int:alert_id>/", views.alert_detail, name="safety_alert"),
    path(
        "safety/alerts/<int:alert_id>/acknowledge/",
        views.alert_acknowledge,
        name="safety_alert_acknowledge",
    ),
    path("safety/alerts/<int:alert_id>/note/", views.alert_note, name="safety_alert_note"),
    path("safety/alerts/<int:alert_id>/resolve/", views.alert_resolve, name="safety_alert_resolve"),
    path("safety/alerts/<int:alert_id>/reopen/", views.alert_reopen, name="safety_alert_reopen"),
    path("safety/alerts/<int:alert_id>/assign/", views.alert_assign, name="safety_alert_assign"),
    path(
        "safety/alerts/<int:alert_id>/incident/",
        views.alert_incident,
        name="safety_alert_incident",
    ),
    path(
        "relationships/<int:relationship_id>/concern/",
        views.raise_concern,
        name="raise_concern",
    ),
]
