"""Crisis services a new program starts from, by country; coordinators then edit them.

Only Australia is listed so far (where Mutual's first programs run). A program elsewhere
starts with an empty form and the page's own "call your local emergency number" line.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

DEFAULTS: dict[str, list[dict[str, object]]] = {
    "AU": [
        {
            "name": _("Emergency: police, ambulance, fire"),
            "phone": "000",
            "description": _("If you or someone else is in danger right now."),
        },
        {
            "name": "Lifeline",
            "phone": "13 11 14",
            "text_number": "0477 13 11 14",
            "website": "https://www.lifeline.org.au",
            "description": _(
                "Someone to talk to when things feel too much, or you think of suicide."
            ),
        },
        {
            "name": "Suicide Call Back Service",
            "phone": "1300 659 467",
            "website": "https://www.suicidecallbackservice.org.au",
            "description": _("Phone and online counselling for anyone affected by suicide."),
        },
        {
            "name": "Kids Helpline",
            "phone": "1800 55 1800",
            "website": "https://kidshelpline.com.au",
            "description": _("For children and young people aged 5 to 25."),
        },
        {
            "name": "1800RESPECT",
            "phone": "1800 737 732",
            "website": "https://www.1800respect.org.au",
            "description": _("For anyone hurt by family, domestic or sexual violence."),
        },
        {
            "name": "13YARN",
            "phone": "13 92 76",
            "website": "https://www.13yarn.org.au",
            "description": _(
                "Crisis support by and for Aboriginal and Torres Strait Islander people."
            ),
        },
    ],
}


def defaults_for(country: str = "AU") -> list[dict[str, object]]:
    """The starting list for a country, with every field the form has, as plain strings."""
    fields = ("name", "description", "phone", "text_number", "website", "hours")
    return [
        {f: str(item.get(f, "24/7" if f == "hours" else "")) for f in fields}
        for item in DEFAULTS.get(country, [])
    ]
