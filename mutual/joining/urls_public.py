"""Public pages: the program index, each program's page and its poster."""

from django.urls import path

from mutual.joining import views_public

urlpatterns = [
    path("programs/", views_public.public_programs, name="public_programs"),
    path("join/<slug:slug>/", views_public.public_program, name="public_program"),
    path(
        "join/<slug:slug>/poster/",
        views_public.public_program_poster,
        name="public_program_poster",
    ),
    path(
        "join/<slug:slug>/poster.pdf",
        views_public.public_program_poster_pdf,
        name="public_program_poster_pdf",
    ),
]
