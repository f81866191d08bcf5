"""What the permission tests expect: statuses per role, and the named expectations
shared by the pages' and the API's permission tests and by each area's rule file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.conftest import ROLE_NAMES

ROLES = [*ROLE_NAMES, "anonymous"]
LOGIN = 302  # login_required sends anonymous people to the log-in page


def expect(default: int, anonymous: int = LOGIN, **overrides: int) -> dict[str, int]:
    statuses = dict.fromkeys(ROLE_NAMES, default)
    statuses["anonymous"] = anonymous
    statuses.update(overrides)
    return statuses


@dataclass(frozen=True)
class Rule:
    scope: str  # which object the URL points at: none, tag, org, program, household, ...
    own: dict[str, int]
    other_program: dict[str, int] | None = None  # program A2: same organisation
    other_org: dict[str, int] | None = None  # organisation B / program B1
    method: str = "GET"
    also_post: bool = False  # POST must be refused exactly like GET for those refused
    notes: str = field(default="")


# Outsider = a peer in program B1 of organisation B. Staff of A are 404 on B's objects.
B_HIDDEN = expect(404, platform_admin=404)
ORG_MANAGE = expect(403, platform_admin=200, org_admin=200, outsider=404)
ORG_MANAGE_B = expect(404, platform_admin=200, outsider=403)
PLATFORM_ONLY = expect(403, platform_admin=200)
PROGRAM_VIEW = expect(200, outsider=404)
PROGRAM_VIEW_A2 = expect(404, platform_admin=200, org_admin=200, funder=200)
PROGRAM_VIEW_B = expect(404, platform_admin=200, outsider=200)
PROGRAM_MANAGE = expect(403, org_admin=200, coordinator=200, outsider=404)
PROGRAM_MANAGE_A2 = expect(404, platform_admin=403, org_admin=200, funder=403)
PROGRAM_MANAGE_B = expect(404, platform_admin=403, outsider=403)
# Lists of participants: staff with the right. Mentors and peers of the program are
# insiders there (403); people of other programs are not (404).
PARTICIPANTS_VIEW = expect(403, org_admin=200, coordinator=200, supervisor=200, outsider=404)
PARTICIPANTS_VIEW_A2 = expect(404, org_admin=200, funder=403, platform_admin=403)
PARTICIPANTS_VIEW_B = expect(404, platform_admin=403, outsider=403)
PARTICIPANTS_MANAGE = expect(403, org_admin=200, coordinator=200, outsider=404)
PARTICIPANTS_MANAGE_A2 = expect(404, org_admin=200, funder=403, platform_admin=403)
# A household is a private record: only staff with the right and the family's own
# contact (world.users["peer"]) are insiders; everyone else gets 404.
HOUSEHOLD_VIEW = expect(404, org_admin=200, coordinator=200, supervisor=200, peer=200, funder=403)
HOUSEHOLD_MANAGE = expect(404, org_admin=200, coordinator=200, supervisor=403, peer=200, funder=403)
HOUSEHOLD_B = expect(404)
AUDIT = expect(403, org_admin=200, outsider=404)
AUDIT_B = expect(404, platform_admin=403, outsider=403)
