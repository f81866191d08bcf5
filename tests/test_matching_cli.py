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


def test_an_unknown_program_gets_a_clear_message(db) -> None:
    with pytest.raises(CommandError, match="No program has the short web name 'nope'"):
        run_command("--program", "nope")
