"""The private fit check after the first session: "Is this a good fit?"

Each side answers alone; the other never sees it. A "no" tells the program's
coordinators straight away, and the board flags the match, so they can talk with both
and match again without blame (``mutual.matching.services.rematch``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import Membership, Role, User
from mutual.audit.services import record_event
from mutual.live.services import notify_user
from mutual.participants.notices import send_notice
from mutual.relationships.models import FitAnswer, FitCheck, Relationship
from mutual.relationships.services import RelationshipError


def ask(relationship: Relationship) -> list[FitCheck]:
    """Ask both sides (once): called when the first session is logged."""
    checks = []
    for side, person in (("peer", relationship.peer), ("mentor", relationship.mentor)):
        check, created = FitCheck.objects.get_or_create(relationship=relationship, side=side)
        checks.append(check)
        if created and person.user is not None:
            path = reverse("fit_check", args=[check.pk])
            notify_user(person.user, _("How is it going? A quick, private question."), url=path)
            language = person.user.preferred_language
            send_notice(
                relationship.program,
                "fit_check",
                person.email,
                {"name": person.name, "link": settings.SITE_URL.rstrip("/") + path},
                language=language,
            )
    return checks


@transaction.atomic
def answer(check: FitCheck, actor: User, answer: str, comment: str = "") -> FitCheck:
    check = (
        FitCheck.objects.select_for_update()
        .select_related("relationship__peer", "relationship__mentor", "relationship__program")
        .get(pk=check.pk)
    )
    if check.person.user_id != actor.pk:
        raise RelationshipError(_("This question is for someone else."))
    if answer not in FitAnswer.values:
        raise RelationshipError(_("Choose one of the answers."))
    check.answer, check.comment = answer, comment.strip()[:300]
    check.answered_at = timezone.now()
    check.save()
    record_event(actor, "relationship.fit_answered", check, program=check.relationship.program)
    if answer == FitAnswer.NO:
        _tell_coordinators(check.relationship)
    return check


def _tell_coordinators(relationship: Relationship) -> None:
    coordinators = User.objects.filter(
        pk__in=Membership.objects.current()
        .filter(program=relationship.program, role=Role.COORDINATOR)
        .values("user")
    )
    for coordinator in coordinators:
        notify_user(
            coordinator,
            _("A fit check said no for a match in %(program)s. Please have a look.")
            % {"program": relationship.program.name},
            url=reverse("relationship", args=[relationship.pk]),
        )
