from django.urls import path

from mutual.relationships import views

urlpatterns = [
    path("relationships/<int:relationship_id>/", views.relationship, name="relationship"),
    path(
        "relationships/<int:relationship_id>/rematch/",
        views.relationship_rematch,
        name="relationship_rematch",
    ),
]
