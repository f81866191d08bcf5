from django.urls import path

from mutual.households import views

urlpatterns = [
    path("p/<int:program_id>/households/", views.household_list, name="households"),
    path("p/<int:program_id>/households/new/", views.household_new, name="household_new"),
    path("households/<int:household_id>/", views.household_detail, name="household"),
    path("households/<int:household_id>/edit/", views.household_edit, name="household_edit"),
    path(
        "households/<int:household_id>/members/add/",
        views.member_add,
        name="household_member_add",
    ),
    path(
        "households/<int:household_id>/members/<int:member_id>/edit/",
        views.member_edit,
        name="household_member_edit",
    ),
    path(
        "households/<int:household_id>/members/<int:member_id>/remove/",
        views.member_remove,
        name="household_member_remove",
    ),
]
