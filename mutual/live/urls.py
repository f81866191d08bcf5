from django.urls import path

from mutual.live import views

urlpatterns = [
    path("notifications/read/", views.notifications_read, name="notifications_read"),
]
