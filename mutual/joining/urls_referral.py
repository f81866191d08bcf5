"""Referral by a professional, the referrer's status page, and coordinators' view."""

from django.urls import path

from mutual.joining import views_referral

urlpatterns = [
    path("join/<slug:slug>/refer/", views_referral.referral_new, name="referral_new"),
    path("referrals/<str:key>/", views_referral.referral_status, name="referral_status"),
    path(
        "me/programs/<int:participant_id>/referrer/",
        views_referral.referral_sharing,
        name="referral_sharing",
    ),
    path(
        "p/<int:program_id>/referrals/", views_referral.program_referrals, name="program_referrals"
    ),
]
