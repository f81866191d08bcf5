"""Live updates: a notification reaches the person's open page over a WebSocket."""

from __future__ import annotations

from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from django.contrib.auth.models import AnonymousUser
from django.test import TestCase

from mutual.live.consumers import LiveConsumer
from mutual.live.services import notify_user
from tests.conftest import World


async def _receive_after_notify(user) -> str:  # type: ignore[no-untyped-def]
    from asgiref.sync import sync_to_async

    communicator = WebsocketCommunicator(LiveConsumer.as_asgi(), "/ws/live/")
    communicator.scope["user"] = user
    connected, _ = await communicator.connect()
    assert connected
    await sync_to_async(_notify_and_commit)(user)
    message = await communicator.receive_from(timeout=2)
    await communicator.disconnect()
    return message


def _notify_and_commit(user) -> None:  # type: ignore[no-untyped-def]
    # The push waits for the transaction to commit; the test's transaction never does,
    # so run the on-commit callbacks as a commit would.
    with TestCase.captureOnCommitCallbacks(execute=True):
        notify_user(user, "You are now Peer mentor in Carers A2.")


async def _connect_anonymous() -> tuple[bool, int | None]:
    communicator = WebsocketCommunicator(LiveConsumer.as_asgi(), "/ws/live/")
    communicator.scope["user"] = AnonymousUser()
    connected, code = await communicator.connect()
    return connected, code


def test_a_notification_is_pushed_to_the_persons_open_page(world: World) -> None:
    message = async_to_sync(_receive_after_notify)(world.users["mentor"])
    assert "You are now Peer mentor in Carers A2." in message
    assert 'hx-swap-oob="afterbegin:#notification-list"' in message


def test_anonymous_visitors_cannot_listen(db: None) -> None:
    connected, code = async_to_sync(_connect_anonymous)()
    assert not connected
    assert code == 4401


def test_a_new_notification_says_just_now(world: World) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from mutual.live.models import Notification

    fresh = Notification.objects.create(user=world.users["peer"], text="Hello")
    assert fresh.is_just_now
    Notification.objects.filter(pk=fresh.pk).update(created_at=timezone.now() - timedelta(hours=2))
    fresh.refresh_from_db()
    assert not fresh.is_just_now
