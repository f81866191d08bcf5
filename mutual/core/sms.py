"""Text messages (SMS) through a pluggable gateway.

Mutual does not depend on one SMS provider. ``SMS_GATEWAY`` names a class with a
``send(to, text)`` method; the default, ``ConsoleGateway``, writes each message to the
log (and keeps it in ``outbox`` for tests), so reminders work end to end on a first run.
A real provider is a small class in the same shape, named in the setting.
"""

from __future__ import annotations

import logging
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger("mutual.sms")


class SmsGateway(Protocol):
    def send(self, to: str, text: str) -> None: ...


class ConsoleGateway:
    """Writes messages to the log instead of sending them."""

    outbox: list[tuple[str, str]] = []

    def send(self, to: str, text: str) -> None:
        ConsoleGateway.outbox.append((to, text))
        logger.info("SMS to %s: %s", to, text)


def gateway() -> SmsGateway:
    path = getattr(settings, "SMS_GATEWAY", "mutual.core.sms.ConsoleGateway")
    gateway_class: type[SmsGateway] = import_string(path)
    return gateway_class()


def send_sms(to: str, text: str) -> None:
    if to.strip():
        gateway().send(to.strip(), text)
