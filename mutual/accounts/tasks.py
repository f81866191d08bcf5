"""Background jobs for accounts. Thin wrappers: the work is in services and templates."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from huey.contrib.djhuey import db_task

from mutual.accounts.models import Membership
from mutual.accounts.services import set_password_link


@db_task(retries=3, retry_delay=60)
def send_invitation(user_id: int, membership_id: int) -> None:
    membership = Membership.objects.select_related("user", "organisation", "program").get(
        pk=membership_id, user_id=user_id
    )
    context = {
        "membership": membership,
        "link": set_password_link(membership.user, settings.SITE_URL),
    }
    with translation.override(membership.user.preferred_language):
        subject = render_to_string("accounts/email/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/email/invitation.txt", context)
    send_mail(
        subject=subject,
        message=body,
        from_email=None,
        recipient_list=[membership.user.email],
    )
