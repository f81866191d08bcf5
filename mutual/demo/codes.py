"""One-time codes for demo staff, so people trying the demo need no authenticator app."""

from __future__ import annotations

import time

from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt

from mutual.accounts.models import User
from mutual.demo.catalogue import DEMO_DOMAIN


class NoDemoCode(Exception):
    """There is no code to show for this address; the message says why."""


def is_demo_email(email: str) -> bool:
    return email.strip().lower().endswith(f"@{DEMO_DOMAIN}")


def current_code(email: str, now: float | None = None) -> tuple[str, int]:
    """The demo account's code right now, and how many seconds until it changes."""
    if not is_demo_email(email):
        raise NoDemoCode(
            f"Codes are only shown for accounts made by `mutual demo` (ending in @{DEMO_DOMAIN}). "
            "Real accounts must use their own authenticator app."
        )
    user = User.objects.filter(email=email.strip().lower()).first()
    if user is None:
        raise NoDemoCode(f"There is no account {email}. Run `mutual demo` first.")
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        raise NoDemoCode(
            f"{email} does not use one-time codes: log in with the demo password alone."
        )
    secret = decrypt(authenticator.data["secret"])
    seconds = int(time.time() if now is None else now)
    period = app_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, seconds // period)), period - seconds % period
