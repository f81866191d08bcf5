"""The days a program's service is closed, besides weekends: the public holidays of its place
(the ``holidays`` library) and its own closed days. No Django imports.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Container, Iterable

import holidays

logger = logging.getLogger(__name__)


@functools.cache
def countries() -> list[tuple[str, str]]:
    """(ISO code, English name) of every country the library knows, by name."""
    named = [
        (code, _words(type(holidays.country_holidays(code)).__bases__[0].__name__))
        for code in holidays.list_supported_countries(include_aliases=False)
    ]
    return sorted(named, key=lambda pair: pair[1])


@functools.cache
def subdivisions(country: str) -> list[tuple[str, str]]:
    """(code, name) of the states, territories or regions with holidays of their own."""
    if country not in dict(countries()):
        return []
    found = holidays.country_holidays(country)
    names: dict[str, str] = {}
    for name, code in found.subdivisions_aliases.items():
        names.setdefault(code, name)  # the first alias is the everyday English name
    return [
        (code, f"{names[code]} ({code})" if code in names else code) for code in found.subdivisions
    ]


def country_name(country: str) -> str:
    return dict(countries()).get(country, country)


def closed_days(country: str, subdivision: str, own: Iterable[dt.date] = ()) -> Container[dt.date]:
    """Public holidays of the place (every year, worked out when asked) and ``own`` days.

    A place the library no longer knows must not stop an alert from being raised: it is
    logged, and the national holidays (or none) are used instead."""
    days = holidays.HolidayBase()
    for subdiv in dict.fromkeys([subdivision or None, None]):
        try:
            days = holidays.country_holidays(country, subdiv=subdiv)
            break
        except NotImplementedError:
            logger.exception("No public holidays for %r, %r", country, subdiv)
    days.update(dict.fromkeys(own, "Service closed"))
    return days


def _words(class_name: str) -> str:
    """A class name in words: AmericanSamoa → American Samoa, DRCongo → DR Congo."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", class_name)
