from django.urls import path

from mutual.accounts import views

urlpatterns = [path("me/", views.profile, name="profile")]
