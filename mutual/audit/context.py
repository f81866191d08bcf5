"""Where the current request came from, for audit events written deep in services.

Services take the acting user explicitly; the IP address and browser are ambient
facts of the request, so a middleware puts them here rather than threading the
request through every service call. Jobs and commands leave them empty.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse


@dataclass(frozen=True)
class RequestOrigin:
    ip_address: str | None
    user_agent: str


_origin: ContextVar[RequestOrigin | None] = ContextVar("audit_origin", default=None)


def current_origin() -> RequestOrigin | None:
    return _origin.get()


def origin_from_request(request: HttpRequest) -> RequestOrigin:
    # REMOTE_ADDR is the proxy's address behind a proxy; deploy.md sets the server to
    # pass the client's address through (uvicorn --proxy-headers), so REMOTE_ADDR is right.
    return RequestOrigin(
        ip_address=request.META.get("REMOTE_ADDR") or None,
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
    )


class AuditOriginMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _origin.set(origin_from_request(request))
        try:
            return self.get_response(request)
        finally:
            _origin.reset(token)
