"""`mutual match`: batch matching from the command line."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from mutual.matching.models import MatchRun, Proposal
from tests.conftest import World
from tests.factories_matching import mentor, peer, tags


def run_command(*args: str) -> str:
    out = io.StringIO()
    call_command("match", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_dry_run_prints_pairs_and_reasons_and_changes_nothing(world: World) -> None:
    t = tags()
    ana = peer(world.program_a1, [t["dementia"]], name="Ana Lopez")
    mentor(world.program_a1, [t["dementia"]], name="Mai Tran")
    peer(world.program_a1, [t["gambling"]], name="Bo Chen")

    printed = run_command("--program", world.program_a1.slug, "--dry-run")

    assert "Would suggest 1 pair(s)." in printed
    assert "Ana Lopez → Mai Tran" in printed and "Both know" in printed
    assert "Bo Chen: No mentor with room shares this lived experience" in printed
    assert not Proposal.objects.filter(peer=ana).exists()
    assert not MatchRun.objects.exists()


def test_a_real_run_puts_the_pairs_in_the_queue(world: World) -> None:
    t = tags()
    ana = peer(world.program_a1, [t["dementia"]])
    mai = mentor(world.program_a1, [t["dementia"]])

    printed = run_command("--program", world.program_a1.slug)

    assert "Suggested 1 pair(s)." in printed
    assert Proposal.objects.get(peer=ana, status="suggested").mentor == mai
    assert MatchRun.objects.get().status == "done"


def test_several_programs_in_one_run(world: World) -> None:
    t = tags()
    peer(world.program_a1, [t["dementia"]])
    mentor(world.program_a1, [t["dementia"]])
    peer(world.program_a2, [t["dementia"]])

    printed = run_command(
        "--program", world.program_a1.slug, "--program", world.program_a2.slug, "--dry-run"
    )

    assert f"{world.program_a1.name}: Would suggest 1 pair(s)." in printed
    assert f"{world.program_a2.name}: Would suggest 0 pair(s)." in printed


def test_an_unknown_program_gets_a_clear_message(db) -> None:
    with pytest.raises(CommandError, match="No program has the short web name 'nope'"):
        run_command("--program", "nope")


def test_postcode_centres_load_from_a_geonames_file(db, tmp_path) -> None:
    from mutual.matching.models import Postcode

    data = tmp_path / "AU.txt"
    data.write_text(
        "AU\t2150\tParramatta\tNew South Wales\tNSW\t\t\t\t\t-33.815\t151.0011\t4\n"
        "AU\t2150\tHarris Park\tNew South Wales\tNSW\t\t\t\t\t-33.823\t151.0078\t4\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    call_command("load_postcodes", str(data), stdout=out)
    call_command("load_postcodes", str(data), stdout=io.StringIO())  # again: no duplicates

    assert "Loaded 2 postcode places." in out.getvalue()
    assert Postcode.objects.filter(code="2150").count() == 2


def test_a_broken_postcode_file_changes_nothing(db, tmp_path) -> None:
    from mutual.matching.models import Postcode

    data = tmp_path / "AU.txt"
    data.write_text(
        "AU\t2150\tParramatta\tNSW\tNSW\t\t\t\t\t-33.815\t151.0011\t4\nAU\t2000\tSydney\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="Line 2 has 3 columns"):
        call_command("load_postcodes", str(data), stdout=io.StringIO())
    assert not Postcode.objects.exists()
