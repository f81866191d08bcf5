"""Telling people about things: a stored notification, pushed live over a WebSocket.

The push happens after the transaction commits, so nobody is told about a change
that was rolled back. Without JavaScript, the notification still shows on reload.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from mutual.live.models import Notification

if TYPE_CHECKING:
    from mutual.accounts.models import User


def user_group(user_id: int) -> str:
    return f"user.{user_id}"


def notify_user(user: User, text: str, *, url: str = "") -> Notification:
    notification = Notification.objects.create(user=user, text=text[:300], url=url)
    transaction.on_commit(lambda: push_notification(notification))
    return notification


def push_notification(notification: Notification) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    html = render_to_string("live/notification_item.html", {"n": notification, "oob": True})
    async_to_sync(layer.group_send)(
        user_group(notification.user_id), {"type": "notification.created", "html": html}
    )


@transaction.atomic
def mark_all_read(user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
