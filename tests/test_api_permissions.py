"""The permission test for the REST API: every API route, as every role, on every scope.

Like tests/test_permissions.py for pages: a route added to the API without a rule here
fails ``test_every_api_route_has_a_rule``.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import get_resolver, reverse

from tests.conftest import World
from tests.factories import ParticipantFactory
from tests.test_permissions import AREAS, SCOPES, Rule, cases, expect, walk

SIGNED_IN = expect(200, anonymous=401)
AUDIT = expect(403, org_admin=200, outsider=404, anonymous=401)
AUDIT_B = expect(404, platform_admin=403, outsider=403, anonymous=401)

API_RULES: dict[str, Rule] = {
    # The API's own description is public, like any OpenAPI document.
    "api:openapi-json": Rule("none", expect(200, anonymous=200)),
    "api:openapi-view": Rule("none", expect(200, anonymous=200)),
    "api:me": Rule("none", SIGNED_IN),
    "api:programs": Rule("none", SIGNED_IN),
    "api:program": Rule(
        "program",
        expect(200, outsider=404, anonymous=401),
        other_program=expect(404, platform_admin=200, org_admin=200, funder=200, anonymous=401),
        other_org=expect(404, platform_admin=200, outsider=200, anonymous=401),
    ),
    "api:organisation_audit": Rule("org", AUDIT, other_org=AUDIT_B),
    # Requests and applications: private records, like the pages.
    "api:program_participants": Rule(
        "program",
        expect(403, org_admin=200, coordinator=200, supervisor=200, outsider=404, anonymous=401),
        other_program=expect(404, org_admin=200, funder=403, platform_admin=403, anonymous=401),
        other_org=expect(404, platform_admin=403, outsider=403, anonymous=401),
    ),
    "api:participant": Rule(
        "someone_elses_request",
        expect(404, org_admin=200, coordinator=200, supervisor=200, funder=403, anonymous=401),
        other_org=expect(404, anonymous=401),
    ),
    # Counts name nobody: funders see them too.
    "api:program_pipeline_counts": Rule(
        "program",
        expect(
            403,
            org_admin=200,
            coordinator=200,
            supervisor=200,
            funder=200,
            outsider=404,
            anonymous=401,
        ),
        other_program=expect(404, org_admin=200, funder=200, platform_admin=403, anonymous=401),
        other_org=expect(404, platform_admin=403, outsider=403, anonymous=401),
    ),
}
# A peer's request in A1 that belongs to nobody in the world: every participant gets 404.
SCOPES["someone_elses_request"] = {
    "own": lambda w: {"participant_id": ParticipantFactory(program=w.program_a1).pk},
    "other_org": lambda w: {"participant_id": ParticipantFactory(program=w.program_b1).pk},
}
for _area in AREAS:
    API_RULES.update(_area.API_RULES)
# Routes django-ninja adds itself, and why they need no rule.
NINJA_OWN = {"api:api-root": "ninja's index of the API; lists nothing private"}


def api_routes(resolver: Any) -> list[str]:
    return sorted({name for name, _ in walk(resolver) if name.startswith("api:")})


def uncovered_api_routes(resolver: Any) -> list[str]:
    return [n for n in api_routes(resolver) if n not in API_RULES and n not in NINJA_OWN]


def test_every_api_route_has_a_rule() -> None:
    assert uncovered_api_routes(get_resolver()) == []


def test_every_api_rule_names_a_route() -> None:
    assert sorted(set(API_RULES) - set(api_routes(get_resolver()))) == []


def test_an_api_route_added_without_a_rule_is_caught() -> None:
    from django.urls import path
    from ninja import NinjaAPI, Router

    router = Router()

    @router.get("/secrets", url_name="secrets")
    def secrets(request: Any) -> dict[str, str]:
        return {"secret": "x"}

    extra = NinjaAPI(urls_namespace="api", version="test")
    extra.add_router("/", router)

    class Extended:
        urlpatterns = [*get_resolver().url_patterns, path("api-extra/", extra.urls)]

    assert "api:secrets" in uncovered_api_routes(get_resolver(Extended))


@pytest.mark.parametrize(("name", "where", "role", "status"), list(cases(API_RULES)))
def test_api_route_as_role(
    client: Any, world: World, name: str, where: str, role: str, status: int
) -> None:
    rule = API_RULES[name]
    url = reverse(name, kwargs=SCOPES[rule.scope][where](world))
    if role != "anonymous":
        client.force_login(world.users[role])
    if rule.method == "POST":
        # A valid body, so refusals come from the access policy, not from input checks.
        body = {"accept": False, "reason": ""}
        response = client.post(url, body, content_type="application/json")
    else:
        response = client.get(url)
    assert response.status_code == status, f"{rule.method} {url} as {role}"
