"""The permission test: every URL of the platform, as every role, on every kind of object.

``RULES`` says what each role must get from each named route: for objects of its own
organisation and program, of another program in the same organisation, and of another
organisation. ``test_every_route_has_a_rule`` fails when a route is added without a
rule here, so no page can ship without its access being decided and proven.
Third-party routes (log-in pages from django-allauth, the language switch) are listed
in ``THIRD_PARTY`` with the reason they need no rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests import (
    rules_imports,
    rules_joining,
    rules_matching,
    rules_participants,
    rules_safety,
    rules_screening,
    rules_training,
    rules_wellbeing,
)
from tests.conftest import World
from tests.factories import ExperienceTagFactory, HouseholdMemberFactory, MembershipFactory
from tests.permission_rules import (
    AUDIT,
    AUDIT_B,
    HOUSEHOLD_B,
    HOUSEHOLD_MANAGE,
    HOUSEHOLD_VIEW,
    ORG_MANAGE,
    ORG_MANAGE_B,
    PARTICIPANTS_MANAGE,
    PARTICIPANTS_MANAGE_A2,
    PARTICIPANTS_VIEW,
    PARTICIPANTS_VIEW_A2,
    PARTICIPANTS_VIEW_B,
    PLATFORM_ONLY,
    PROGRAM_MANAGE,
    PROGRAM_MANAGE_A2,
    PROGRAM_MANAGE_B,
    PROGRAM_VIEW,
    PROGRAM_VIEW_A2,
    PROGRAM_VIEW_B,
    ROLES,
    Rule,
    expect,
)

RULES: dict[str, Rule] = {
    # Public and personal pages
    "welcome": Rule("none", expect(302, anonymous=200)),
    "healthz": Rule("none", expect(200, anonymous=200)),
    "home": Rule("none", expect(200)),
    "profile": Rule("none", expect(200)),
    "notifications_read": Rule("none", expect(302), method="POST"),
    # The language switch: anyone, signed in or not; it only changes their own choice.
    "set_language": Rule("none", expect(302, anonymous=302), method="POST"),
    # Platform administration
    "platform_organisations": Rule("none", PLATFORM_ONLY),
    "platform_organisation_new": Rule("none", PLATFORM_ONLY, also_post=True),
    "taxonomy": Rule("none", PLATFORM_ONLY),
    "taxonomy_new": Rule("none", PLATFORM_ONLY, also_post=True),
    "taxonomy_edit": Rule("tag", PLATFORM_ONLY, also_post=True),
    # Organisations
    "organisation": Rule(
        "org",
        expect(403, platform_admin=200, org_admin=200, funder=200, outsider=404),
        other_org=ORG_MANAGE_B,
    ),
    "organisation_edit": Rule("org", ORG_MANAGE, other_org=ORG_MANAGE_B, also_post=True),
    "program_new": Rule("org", ORG_MANAGE, other_org=ORG_MANAGE_B, also_post=True),
    "organisation_people": Rule("org", ORG_MANAGE, other_org=ORG_MANAGE_B),
    "organisation_people_add": Rule("org", ORG_MANAGE, other_org=ORG_MANAGE_B, also_post=True),
    # The membership used is a peer's: platform admins manage staff roles only.
    "membership_end": Rule(
        "membership",
        expect(403, org_admin=200, outsider=404),
        other_org=expect(404, platform_admin=403, outsider=403),
        also_post=True,
    ),
    "audit_log": Rule("org", AUDIT, other_org=AUDIT_B),
    "audit_log_csv": Rule("org", AUDIT, other_org=AUDIT_B),
    # Programs
    "program": Rule(
        "program", PROGRAM_VIEW, other_program=PROGRAM_VIEW_A2, other_org=PROGRAM_VIEW_B
    ),
    "program_edit": Rule(
        "program",
        PROGRAM_MANAGE,
        other_program=PROGRAM_MANAGE_A2,
        other_org=PROGRAM_MANAGE_B,
        also_post=True,
    ),
    "program_crisis_edit": Rule(
        "program",
        PROGRAM_MANAGE,
        other_program=PROGRAM_MANAGE_A2,
        other_org=PROGRAM_MANAGE_B,
        also_post=True,
    ),
    # Crisis help is public on purpose: nobody in crisis should meet a log-in page.
    "program_help": Rule(
        "program",
        expect(200, anonymous=200),
        other_program=expect(200, anonymous=200),
        other_org=expect(200, anonymous=200),
    ),
    # Households (family-to-family programs)
    "households": Rule(
        "program",
        PARTICIPANTS_VIEW,
        other_program=PARTICIPANTS_VIEW_A2,
        other_org=PARTICIPANTS_VIEW_B,
    ),
    "household_new": Rule(
        "program",
        PARTICIPANTS_MANAGE,
        other_program=PARTICIPANTS_MANAGE_A2,
        other_org=PARTICIPANTS_VIEW_B,
        also_post=True,
    ),
    "household": Rule("household", HOUSEHOLD_VIEW, other_org=HOUSEHOLD_B),
    "household_edit": Rule("household", HOUSEHOLD_MANAGE, other_org=HOUSEHOLD_B, also_post=True),
    "household_member_add": Rule(
        "household", HOUSEHOLD_MANAGE, other_org=HOUSEHOLD_B, also_post=True
    ),
    "household_member_edit": Rule(
        "household_member", HOUSEHOLD_MANAGE, other_org=HOUSEHOLD_B, also_post=True
    ),
    "household_member_remove": Rule(
        "household_member", HOUSEHOLD_MANAGE, other_org=HOUSEHOLD_B, also_post=True
    ),
}

# Routes from libraries, and why they need no rule of ours.
THIRD_PARTY_PREFIXES = {
    "account_": "django-allauth log-in, log-out, password and email pages; they act only "
    "on the signed-in person's own account",
    "mfa_": "django-allauth multi-factor set-up; acts only on the signed-in person's account",
    "api:": "API routes: covered by tests/test_api_permissions.py",
}


def walk(resolver: URLResolver, prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    """Yield (qualified name, pattern) for every route, descending into includes."""
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from walk(entry, namespace)
        else:
            yield f"{prefix}{entry.name or ''}", entry


def uncovered_routes(resolver: URLResolver, rules: dict[str, Rule]) -> list[str]:
    """Routes that have neither a rule nor a third-party reason. Unnamed routes count too."""
    missing = []
    for name, pattern in walk(resolver):
        if name in rules or name.startswith(tuple(THIRD_PARTY_PREFIXES)):
            continue
        missing.append(name or f"<unnamed: {pattern.pattern}>")
    return sorted(set(missing))


def test_every_route_has_a_rule() -> None:
    assert uncovered_routes(get_resolver(), RULES) == []


def test_every_rule_names_a_route() -> None:
    names = {name for name, _ in walk(get_resolver())}
    assert sorted(set(RULES) - names) == []


def test_a_route_added_without_a_rule_is_caught() -> None:
    """The test of the test: a new page with no rule must make the walk fail."""
    from django.http import HttpResponse
    from django.urls import path

    def new_page(request: Any) -> HttpResponse:
        return HttpResponse("secret")

    class Extended:
        urlpatterns = [*get_resolver().url_patterns, path("new-page/", new_page, name="new_page")]

    resolver = get_resolver(Extended)
    assert uncovered_routes(resolver, RULES) == ["new_page"]


def test_an_unnamed_route_is_caught() -> None:
    from django.http import HttpResponse
    from django.urls import path

    class Extended:
        urlpatterns = [*get_resolver().url_patterns, path("anon/", lambda r: HttpResponse())]

    assert uncovered_routes(get_resolver(Extended), RULES) == ["<unnamed: anon/>"]


# --- building URLs for each scope -------------------------------------------------


def _membership_in(organisation: Any) -> Any:
    return organisation.memberships.filter(role="peer").first() or MembershipFactory(
        program=organisation.programs.first()
    )


def _household_member(household: Any) -> Any:
    return household.members.first() or HouseholdMemberFactory(household=household)


SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {
    "none": {"own": lambda w: {}},
    "tag": {"own": lambda w: {"tag_id": ExperienceTagFactory().pk}},
    "org": {
        "own": lambda w: {"organisation_id": w.org_a.pk},
        "other_org": lambda w: {"organisation_id": w.org_b.pk},
    },
    "membership": {
        "own": lambda w: {"membership_id": _membership_in(w.org_a).pk},
        "other_org": lambda w: {"membership_id": _membership_in(w.org_b).pk},
    },
    "program": {
        "own": lambda w: {"program_id": w.program_a1.pk},
        "other_program": lambda w: {"program_id": w.program_a2.pk},
        "other_org": lambda w: {"program_id": w.program_b1.pk},
    },
    "household": {
        "own": lambda w: {"household_id": w.household_a1.pk},
        "other_org": lambda w: {"household_id": w.household_b1.pk},
    },
    "household_member": {
        "own": lambda w: {
            "household_id": w.household_a1.pk,
            "member_id": _household_member(w.household_a1).pk,
        },
        "other_org": lambda w: {
            "household_id": w.household_b1.pk,
            "member_id": _household_member(w.household_b1).pk,
        },
    },
}


# Each area of the product keeps its rules and scopes in its own file (tests/rules_*.py).
AREAS = (
    rules_participants,
    rules_joining,
    rules_screening,
    rules_training,
    rules_imports,
    rules_matching,
    rules_safety,
    rules_wellbeing,
)
for _area in AREAS:
    RULES.update(_area.RULES)
    SCOPES.update(_area.SCOPES)


def cases(rules: dict[str, Rule]) -> Iterator[Any]:
    """One test case per route, scope and role (shared with the API's permission test)."""
    for name, rule in sorted(rules.items()):
        for where in ("own", "other_program", "other_org"):
            statuses = rule.own if where == "own" else getattr(rule, where)
            if statuses is None:
                continue
            for role in ROLES:
                yield pytest.param(name, where, role, statuses[role], id=f"{name}-{where}-{role}")


@pytest.mark.parametrize(("name", "where", "role", "status"), list(cases(RULES)))
def test_route_as_role(
    client: Any, world: World, name: str, where: str, role: str, status: int
) -> None:
    rule = RULES[name]
    url = reverse(name, kwargs=SCOPES[rule.scope][where](world))
    if role != "anonymous":
        client.force_login(world.users[role])
    response = client.post(url) if rule.method == "POST" else client.get(url)
    assert response.status_code == status, f"{rule.method} {url} as {role}"
    if rule.also_post and status in (403, 404):
        # Refused people must be refused before any form is read or anything changes.
        assert client.post(url, {"name": "x"}).status_code == status, f"POST {url} as {role}"


def test_every_rule_checks_outsiders_on_objects_of_another_organisation() -> None:
    """Routes that point at an object must say what another organisation's people get."""
    missing = [
        n for n, r in RULES.items() if r.scope not in ("none", "tag") and r.other_org is None
    ]
    assert missing == []
