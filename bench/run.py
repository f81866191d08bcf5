"""`make bench`: timing figures for Mutual, printed, never asserted.

Builds the demo data in a fresh SQLite database in a temporary folder (production-like
settings: DEBUG off, compressed static files), then measures:

- each role's home page: median and 90th-percentile time over N requests through
  Django's test client, and the number of database queries one request makes;
- the access policy: the cost of one check, with and without a database fetch;
- the coordinator's joining pages (pipeline, training matrix, referrals) and the time
  to check and import a CSV of 5,000 peers;
- the relationships board for a program with 2,000 matches and 50,000 sessions.

Matching has its own benchmark: bench/matching.py (also run by `make bench`).

Usage: python bench/run.py [--requests N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def configure_environment(folder: Path) -> None:
    """Settings are read from the environment at import, so set them before Django starts."""
    for name in ("REDIS_URL", "DATABASE_URL", "DEBUG", "MUTUAL_TESTING", "SECRET_KEY"):
        os.environ.pop(name, None)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "mutual.settings",
            "MUTUAL_VAR_DIR": str(folder),
            "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
            "DEBUG": "false",
            "HTTPS": "false",  # the test client speaks plain HTTP
            "ALLOWED_HOSTS": "testserver",
            "LOG_LEVEL": "WARNING",
        }
    )
    sys.path.insert(0, str(REPO))


def prepare_database() -> None:
    from django.core.management import call_command

    quiet = io.StringIO()
    call_command("migrate", verbosity=0, stdout=quiet)
    call_command("demo", force=True, stdout=quiet)
    call_command("collectstatic", interactive=False, verbosity=0, stdout=quiet)


def timings_ms(action: Callable[[], Any], repeats: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        action()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class QueryCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        self.count += 1
        return execute(sql, *args)


def one_user_per_role() -> dict[str, Any]:
    from mutual.accounts.models import Membership, Role, User

    users: dict[str, Any] = {"platform admin": User.objects.filter(is_platform_admin=True).first()}
    for role in Role:
        membership = Membership.objects.current().filter(role=role).select_related("user").first()
        if membership is not None:
            users[str(role.label).lower()] = membership.user
    return {label: user for label, user in users.items() if user is not None}


def bench_home_pages(repeats: int) -> None:
    from django.db import connection
    from django.test import Client

    print(f"Home page, one user per role (median and 90th percentile of {repeats} requests)")
    print(f"  {'role':<22}{'median ms':>10}{'p90 ms':>10}{'queries':>9}")
    for label, user in one_user_per_role().items():
        client = Client()
        client.force_login(user)
        counter = QueryCounter()
        # Django empties its own query log when a request starts, so count at the cursor.
        with connection.execute_wrapper(counter):
            response = client.get("/home/")
        if response.status_code != 200:
            print(f"  {label:<22}  answered {response.status_code}, not timed")
            continue
        samples = timings_ms(lambda c=client: c.get("/home/"), repeats)
        print(
            f"  {label:<22}{statistics.median(samples):>10.2f}"
            f"{percentile(samples, 0.9):>10.2f}{counter.count:>9}"
        )


def bench_access_policy(repeats: int) -> None:
    from django.http import Http404

    from mutual.access.policy import Perm, access_program, can, forget_memberships
    from mutual.accounts.models import Membership, Role
    from mutual.programs.models import Program

    membership = (
        Membership.objects.current().filter(role=Role.COORDINATOR).select_related("user").first()
    )
    if membership is None or membership.program is None:
        print("Access policy: the demo has no coordinator; skipped")
        return
    user, program = membership.user, membership.program
    other = Program.objects.exclude(organisation=program.organisation).first()

    def refused() -> None:
        with contextlib.suppress(Http404):
            access_program(user, other.pk, Perm.VIEW_PROGRAM)  # type: ignore[union-attr]

    def cold() -> None:
        forget_memberships(user)
        access_program(user, program.pk, Perm.MANAGE_PROGRAM)

    cases: list[tuple[str, Callable[[], Any]]] = [
        ("can(), memberships cached", lambda: can(user, Perm.MANAGE_PROGRAM, program)),
        ("access_program, allowed", lambda: access_program(user, program.pk, Perm.MANAGE_PROGRAM)),
        ("access_program, cold cache", cold),
    ]
    if other is not None:
        cases.append(("access_program, outsider 404", refused))
    calls = repeats * 20
    print(f"\nAccess policy, one coordinator (median of {calls} calls)")
    print(f"  {'check':<32}{'median µs':>10}")
    for label, action in cases:
        samples = timings_ms(action, calls)
        print(f"  {label:<32}{statistics.median(samples) * 1000:>10.1f}")


def bench_joining(repeats: int) -> None:
    """The coordinator's joining pages, and bringing a large file of people over."""
    from django.db import connection
    from django.test import Client

    from mutual.accounts.models import Membership, Role
    from mutual.imports import services as imports
    from mutual.participants.services import publish_consent_text

    membership = (
        Membership.objects.current().filter(role=Role.COORDINATOR).select_related("user").first()
    )
    if membership is None or membership.program is None:
        print("Joining: the demo has no coordinator; skipped")
        return
    user, program = membership.user, membership.program
    client = Client()
    client.force_login(user)
    print(f"\nJoining pages, {program.name} (median and 90th percentile of {repeats} requests)")
    print(f"  {'page':<22}{'median ms':>10}{'p90 ms':>10}{'queries':>9}")
    for label, path in (
        ("pipeline", f"/p/{program.pk}/joining/"),
        ("training matrix", f"/p/{program.pk}/training/"),
        ("referrals", f"/p/{program.pk}/referrals/"),
    ):
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            client.get(path)
        samples = timings_ms(lambda p=path: client.get(p), repeats)
        print(
            f"  {label:<22}{statistics.median(samples):>10.2f}"
            f"{percentile(samples, 0.9):>10.2f}{counter.count:>9}"
        )
    rows = 5000
    publish_consent_text(user, program, "peer", "Bench wording: we keep what you tell us safely.")
    text = "name,email,stage,consent_given_on,languages,postcode\n" + "".join(
        f"Person {n},bench{n}@example.org,waiting,2025-01-01,Vietnamese; English,2000\n"
        for n in range(rows)
    )
    started = time.perf_counter()
    run = imports.check_upload(
        user,
        program,
        role="peer",
        filename="bench.csv",
        data=text.encode(),
        send_invitations=False,
    )
    checked = time.perf_counter() - started
    started = time.perf_counter()
    run.status = "queued"
    run.save(update_fields=["status"])
    run = imports.perform_import(run.pk)
    imported = time.perf_counter() - started
    print(f"\nImport of {rows} peers from CSV (SQLite)")
    print(
        f"  check (dry run): {checked:.2f} s · import (check again + one transaction): "
        f"{imported:.2f} s · {run.created_count} created, status {run.status}"
    )


def bench_relationship_board(repeats: int) -> None:
    """The coordinator's board for a program with 2,000 matches and 50,000 sessions."""
    import datetime as dt
    import random

    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from mutual.accounts.models import Membership, Role
    from mutual.participants.models import Participant
    from mutual.relationships.models import Relationship, Session

    membership = (
        Membership.objects.current().filter(role=Role.COORDINATOR).select_related("user").first()
    )
    if membership is None or membership.program is None:
        print("Relationships: the demo has no coordinator; skipped")
        return
    user, program = membership.user, membership.program
    rng = random.Random(5)  # noqa: S311 - test data, not secrets
    today = timezone.localdate()
    pairs, per_pair = 2000, 25
    started = time.perf_counter()
    peers = Participant.objects.bulk_create(
        Participant(program=program, role="peer", stage="matched", name=f"Bench peer {n}")
        for n in range(pairs)
    )
    mentors = Participant.objects.bulk_create(
        Participant(program=program, role="mentor", stage="active", name=f"Bench mentor {n}",
                    capacity=3)
        for n in range(pairs // 3 + 1)
    )  # fmt: skip
    relationships = Relationship.objects.bulk_create(
        Relationship(
            program=program, peer=peer, mentor=mentors[n // 3], stage="active",
            session_count=per_pair, last_contact_on=today - dt.timedelta(days=rng.randint(0, 40)),
        )
        for n, peer in enumerate(peers)
    )  # fmt: skip
    Session.objects.bulk_create(
        (
            Session(
                relationship=r, happened_on=today - dt.timedelta(days=rng.randint(0, 300)),
                duration_minutes=60, mode="phone", help_kinds=["growth"],
            )
            for r in relationships
            for _ in range(per_pair)
        ),
        batch_size=5000,
    )  # fmt: skip
    print(
        f"\nRelationships board, {pairs:,} matches and {pairs * per_pair:,} sessions "
        f"(made in {time.perf_counter() - started:.1f} s; median and 90th percentile of "
        f"{repeats} requests)"
    )
    client = Client()
    client.force_login(user)
    print(f"  {'page':<22}{'median ms':>10}{'p90 ms':>10}{'queries':>9}")
    for label, path in (
        ("board", f"/programs/{program.pk}/relationships/"),
        ("board, quiet only", f"/programs/{program.pk}/relationships/?flag=quiet"),
    ):
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            client.get(path)
        samples = timings_ms(lambda p=path: client.get(p), repeats)
        print(
            f"  {label:<22}{statistics.median(samples):>10.2f}"
            f"{percentile(samples, 0.9):>10.2f}{counter.count:>9}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mutual-bench-") as folder:
        configure_environment(Path(folder))
        import django

        django.setup()
        started = time.perf_counter()
        prepare_database()
        print(f"Demo data loaded into SQLite in {time.perf_counter() - started:.1f} s\n")
        bench_home_pages(args.requests)
        bench_access_policy(args.requests)
        bench_joining(args.requests)
        bench_relationship_board(args.requests)


if __name__ == "__main__":
    main()
