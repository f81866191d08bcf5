"""The REST API (django-ninja, OpenAPI at /api/docs). Routers live in each app's api.py.

Every route fetches objects through the access policy, so the API answers exactly as
the pages do: 404 for people outside, 403 for people inside without the right.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.security import django_auth

from mutual.accounts.api import router as accounts_router
from mutual.audit.api import router as audit_router
from mutual.matching.api import router as matching_router
from mutual.participants.api import router as participants_router
from mutual.programs.api import router as programs_router
from mutual.safety.api import router as safety_router

api = NinjaAPI(
    title="Mutual API",
    version="1",
    description=str(gettext_lazy("Programs, people and records you are allowed to see.")),
    auth=django_auth,
    urls_namespace="api",
)

api.add_router("/", accounts_router)
api.add_router("/programs", programs_router)
api.add_router("/organisations", audit_router)
api.add_router("/", participants_router)
api.add_router("/", matching_router)
api.add_router("/", safety_router)


@api.exception_handler(AuthenticationError)
def not_signed_in(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(request, {"detail": _("Please log in first.")}, status=401)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    detail = _("We could not find that, or you do not have access to it.")
    return api.create_response(request, {"detail": detail}, status=404)


@api.exception_handler(PermissionDenied)
def not_allowed(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    detail = _("Your role does not allow this.")
    return api.create_response(request, {"detail": detail}, status=403)
