"""Permission rules for the screening pages (merged into tests/test_permissions.py).

``RULES`` maps each route name to what every role gets; ``SCOPES`` builds the URL
arguments for each scope named in a rule; ``API_RULES`` does the same for API routes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.conftest import World
from tests.permission_rules import Rule

RULES: dict[str, Rule] = {}
API_RULES: dict[str, Rule] = {}
SCOPES: dict[str, dict[str, Callable[[World], dict[str, Any]]]] = {}
