"""The live-updates WebSocket: each signed-in person listens to their own group."""

from __future__ import annotations

from typing import Any

from channels.generic.websocket import AsyncWebsocketConsumer

from mutual.live.services import user_group


class LiveConsumer(AsyncWebsocketConsumer):
    group: str | None = None

    async def connect(self) -> None:
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=4401)
            return
        self.group = user_group(user.pk)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if self.group:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def notification_created(self, event: dict[str, Any]) -> None:
        # htmx's ws extension swaps the fragment in by its hx-swap-oob attribute.
        await self.send(text_data=event["html"])
