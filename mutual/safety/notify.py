"""Telling people about alerts: a live notification, an email, and for urgent levels a text.

Messages say how urgent it is, which program, and by when to acknowledge — never what the
person wrote (email and text messages are not private enough); the link leads to the alert,
where the words are shown after logging in. Every message sent is a line on the timeline.
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.core.sms import send_sms
from mutual.live.services import notify_user
from mutual.participants.tasks import send_email
from mutual.safety.models import Alert, AlertEvent, AlertLevel, EventKind
from mutual.safety.roster import Responder, step_responders

URGENT = (AlertLevel.IMMINENT, AlertLevel.ELEVATED)


def _tell(alert: Alert, responder: Responder, headline: str) -> list[str]:
    """Send one person the alert; returns the ways it went ("email", "text message")."""
    user = responder.user
    link = settings.SITE_URL.rstrip("/") + reverse("safety_alert", args=[alert.pk])
    with translation.override(user.preferred_language or "en"):
        due = formats.date_format(timezone.localtime(alert.due_at), "DATETIME_FORMAT")
        level = str(AlertLevel(alert.level).label)
        text = _("%(headline)s %(level)s in %(program)s. Please acknowledge by %(due)s.") % {
            "headline": headline,
            "level": level,
            "program": alert.program.name,
            "due": due,
        }
        notify_user(user, text, url=reverse("safety_alert", args=[alert.pk]))
        ways = []
        if user.email:
            send_email(
                user.email, _("Safety alert: %(level)s") % {"level": level}, f"{text}\n\n{link}\n"
            )
            ways.append(_("email"))
        if alert.level in URGENT and responder.phone:
            send_sms(responder.phone, f"Mutual: {text} {link}")
            ways.append(_("text message"))
    return ways


def _tell_step(alert: Alert, step: int, headline: str) -> None:
    responders, _last = step_responders(alert.program, step)
    told = []
    for responder in responders:
        ways = _tell(alert, responder, headline)
        told.append(
            f"{responder.user.name or responder.user.email} ({', '.join(ways) or _('in Mutual')})"
        )
    text = (
        _("Told: %(people)s") % {"people": "; ".join(told)}
        if told
        else _("Nobody to tell: add people to the on-call list.")
    )
    AlertEvent.objects.create(alert=alert, kind=EventKind.NOTIFIED, text=text, at=timezone.now())


def _alert(alert_id: int) -> Alert | None:
    return Alert.objects.select_related("program__organisation").filter(pk=alert_id).first()


def new_alert(alert_id: int) -> None:
    alert = _alert(alert_id)
    if alert is not None:
        _tell_step(alert, 0, _("New safety alert:"))


def escalated(alert_id: int, step: int) -> None:
    alert = _alert(alert_id)
    if alert is not None:
        _tell_step(alert, step, _("Safety alert not yet acknowledged:"))


def handed_over(alert_id: int, user_id: int) -> None:
    alert = _alert(alert_id)
    user = User.objects.filter(pk=user_id).first()
    if alert is not None and user is not None:
        _tell(alert, Responder(user), _("A safety alert was handed to you:"))
