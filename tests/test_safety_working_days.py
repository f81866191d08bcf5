"""A concern's deadline counts working days on the program's own calendar: local days,
without weekends, the public holidays of its country and state, or its own closed days."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from mutual.safety import services
from mutual.safety.deadlines import deadline
from mutual.safety.forms import SafetySettingsForm
from mutual.safety.models import SafetySettings
from tests.conftest import World

SYDNEY = ZoneInfo("Australia/Sydney")


@pytest.fixture(autouse=True)
def _sydney(settings) -> None:  # type: ignore[no-untyped-def]
    settings.TIME_ZONE = "Australia/Sydney"


def _due(start: dt.datetime, days: int = 1, **calendar: object) -> dt.datetime:
    return deadline("concern", start, SafetySettings(concern_working_days=days, **calendar))


def _form(**changes: str) -> SafetySettingsForm:
    data = {
        "imminent_minutes": "15",
        "elevated_minutes": "240",
        "concern_working_days": "2",
        "holiday_country": "AU",
        **changes,
    }
    return SafetySettingsForm(data)


def test_a_concern_raised_the_thursday_before_easter_in_nsw_is_due_after_easter_monday(
    world: World,
) -> None:
    SafetySettings.objects.create(program=world.program_a1, holiday_subdivision="NSW")
    thursday = dt.datetime(2026, 4, 2, 10, 0, tzinfo=SYDNEY)

    alert = services.raise_alert(
        world.program_a1,
        level="concern",
        source="person",
        summary="Worried about them",
        raised_by=world.users["mentor"],
        now=thursday,
    )

    # Good Friday 3 April, the weekend, Easter Monday 6 April: Tuesday and Wednesday count.
    assert alert.due_at == dt.datetime(2026, 4, 8, 10, 0, tzinfo=SYDNEY)


def test_a_state_holiday_counts_in_that_state_but_not_another() -> None:
    monday = dt.datetime(2026, 11, 2, 10, 0, tzinfo=SYDNEY)  # Melbourne Cup: Tuesday 3 Nov

    assert _due(monday, holiday_subdivision="VIC") == dt.datetime(2026, 11, 4, 10, 0, tzinfo=SYDNEY)
    assert _due(monday, holiday_subdivision="NSW") == dt.datetime(2026, 11, 3, 10, 0, tzinfo=SYDNEY)


def test_a_day_the_service_is_closed_is_not_a_working_day() -> None:
    monday = dt.datetime(2026, 11, 9, 10, 0, tzinfo=SYDNEY)

    due = _due(monday, other_closed_days=["2026-11-10"])

    assert due == dt.datetime(2026, 11, 11, 10, 0, tzinfo=SYDNEY)


def test_working_days_are_counted_in_the_local_time_zone() -> None:
    # Sunday 23:30 in UTC is Monday 10:30 in Sydney: five working days end the next
    # Monday morning there, not on Friday night UTC (a Saturday in Sydney).
    sunday_utc = dt.datetime(2026, 12, 6, 23, 30, tzinfo=dt.UTC)

    due = _due(sunday_utc, days=5)

    assert due == dt.datetime(2026, 12, 14, 10, 30, tzinfo=SYDNEY)


def test_the_form_rejects_a_state_of_another_country() -> None:
    form = _form(holiday_country="NZ", holiday_subdivision="NSW")

    assert form.errors["holiday_subdivision"] == [
        "NSW is not a state or territory of New Zealand. Choose one from the list, or leave "
        "it blank to count only the holidays of the whole country."
    ]


def test_the_form_rejects_a_date_that_does_not_exist() -> None:
    form = _form(other_closed_days="2026-12-24\n2026-02-30")

    assert form.errors["other_closed_days"] == [
        "Not a date: 2026-02-30. Write each date on its own line as year-month-day, for "
        "example 2026-12-24 for 24 December 2026."
    ]


def test_the_settings_page_saves_the_working_days_without_javascript(client, world: World) -> None:
    client.force_login(world.users["coordinator"])
    url = reverse("safety_settings", kwargs={"program_id": world.program_a1.pk})
    assert "Other days the service is closed" in client.get(url).content.decode()

    response = client.post(
        url,
        {
            "imminent_minutes": "15",
            "elevated_minutes": "240",
            "concern_working_days": "2",
            "holiday_country": "AU",
            "holiday_subdivision": "VIC",
            "other_closed_days": "2026-12-31\n\n2026-12-24\n",
        },
    )

    assert response.status_code == 302
    saved = SafetySettings.objects.get(program=world.program_a1)
    assert (saved.holiday_subdivision, saved.other_closed_days) == (
        "VIC",
        ["2026-12-24", "2026-12-31"],
    )
