"""bulk_delete_batched: streaming, batching, bounded concurrency, and nothing lost."""

import json
import random
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from posthog_api import AsyncPostHog, InternalServerError
from posthog_api._journal import read_records
from posthog_api.bulk import BulkDeleteReport, RejectedId, check_id

from ._support import KEY, FakeClock

pytestmark = pytest.mark.anyio


class FakeBulkDelete:
    """The bulk_delete endpoint: checks the body, applies scripted faults, records what it accepted."""

    def __init__(self, faults: list[str] | None = None, *, block: bool = False) -> None:
        self.faults = list(faults or [])
        self.accepted: list[str] = []
        self.sizes: list[int] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.block = block
        self.started = anyio.Event()
        self.requests = 0
        self.on_request: Callable[[int], None] | None = None

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.on_request is not None:
            self.on_request(self.requests)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self.started.set()
            if self.block:
                await anyio.sleep_forever()
            for _ in range(3):
                await anyio.lowlevel.checkpoint()
            body = json.loads(request.content)
            ids = body.get("distinct_ids") or body.get("ids")
            assert (body.get("distinct_ids") is None) != (body.get("ids") is None)
            assert 1 <= len(ids) <= 1000
            self.sizes.append(len(ids))
            fault = self.faults.pop(0) if self.faults else "ok"
            if fault == "connect":
                raise httpx.ConnectError("connection refused", request=request)
            if fault == "429":
                return httpx.Response(429)
            if fault == "429-retry-after":
                return httpx.Response(429, headers={"Retry-After": "1"})
            if fault == "500":
                return httpx.Response(500)
            self.accepted.extend(ids)
            return httpx.Response(
                202,
                json={
                    "persons_found": len(ids),
                    "persons_deleted": len(ids),
                    "events_queued_for_deletion": bool(body.get("delete_events")),
                    "recordings_queued_for_deletion": False,
                    "deletion_errors": [],
                },
            )
        finally:
            self.in_flight -= 1


def client(fake: FakeBulkDelete, clock: FakeClock, **kwargs: Any) -> AsyncPostHog:
    return AsyncPostHog(
        api_key=KEY,
        project_id=1,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(fake)),
        rate_limits=None,
        _clock=clock,
        _random=lambda: 0.0,
        **kwargs,
    )


async def test_batches_respect_batch_size_and_concurrency(clock: FakeClock, clean_env: None) -> None:
    fake = FakeBulkDelete()
    ids = [f"user-{i}" for i in range(2_345)]
    async with client(fake, clock) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=ids, batch_size=500, concurrency=3)
    assert sorted(fake.sizes) == [345, 500, 500, 500, 500]
    assert fake.max_in_flight == 3
    assert Counter(fake.accepted) == Counter(ids)
    assert (report.ids_submitted, report.ids_accepted, report.batches_ok, report.batches_failed) == (
        2345,
        2345,
        5,
        0,
    )
    assert (report.persons_found, report.persons_deleted) == (2345, 2345)
    assert report.ok
    assert report.failed_ids() == []


async def test_a_failing_batch_is_recorded_and_the_job_goes_on(clock: FakeClock, clean_env: None) -> None:
    fake = FakeBulkDelete(faults=["ok", "500", "500", "500"])  # the second batch fails three times
    ids = [f"user-{i}" for i in range(300)]
    async with client(fake, clock, max_retries=2) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=ids, batch_size=100, concurrency=1)
        assert report.batches_ok == 2
        assert report.batches_failed == 1
        (failed,) = report.failed_batches
        assert isinstance(failed.error, InternalServerError)
        assert list(failed.ids) == ids[100:200]
        assert report.failed_ids() == ids[100:200]
        assert not report.ok
        assert "100 in 1 failed batches" in report.summary()

        again = await ph.persons.bulk_delete_batched(distinct_ids=report.failed_ids(), batch_size=100)
    assert again.ok
    assert Counter(fake.accepted) == Counter(ids)


async def test_the_input_is_streamed_not_materialised(clock: FakeClock, clean_env: None) -> None:
    consumed = {"n": 0, "at_first_request": -1}
    fake = FakeBulkDelete()
    original = fake.__call__

    async def spy(request: httpx.Request) -> httpx.Response:
        if consumed["at_first_request"] < 0:
            consumed["at_first_request"] = consumed["n"]
        return await original(request)

    def ids() -> Iterator[str]:
        for i in range(10_000):
            consumed["n"] += 1
            yield f"user-{i}"

    transport = httpx.MockTransport(spy)
    async with AsyncPostHog(
        api_key=KEY,
        project_id=1,
        http_client=httpx.AsyncClient(transport=transport),
        rate_limits=None,
        _clock=clock,
    ) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=ids(), batch_size=100, concurrency=2)
    assert report.ids_accepted == 10_000
    # At most the batches in flight plus the one being filled had been read.
    assert consumed["at_first_request"] <= (2 + 1) * 100 + 1


async def test_an_async_iterable_of_uuids_is_accepted(clock: FakeClock, clean_env: None) -> None:
    people = [uuid.UUID(int=i) for i in range(250)]

    async def source() -> AsyncIterator[uuid.UUID | str]:
        for i, person in enumerate(people):
            yield person if i % 2 else str(person)

    fake = FakeBulkDelete()
    async with client(fake, clock) as ph:
        report = await ph.persons.bulk_delete_batched(ids=source(), batch_size=100)
    assert report.ids_accepted == 250
    assert sorted(fake.accepted) == sorted(str(p) for p in people)


async def test_malformed_ids_are_rejected_and_reported_not_sent(clock: FakeClock, clean_env: None) -> None:
    good = str(uuid.uuid4())
    fake = FakeBulkDelete()
    async with client(fake, clock) as ph:
        report = await ph.persons.bulk_delete_batched(ids=[good, "not-a-uuid", 42, good])
    assert fake.accepted == [good]  # the repeat is counted, not sent again
    assert [(r.position, r.value, r.reason) for r in report.rejected_ids] == [
        (1, "not-a-uuid", "not a person UUID"),
        (2, 42, "not a person UUID (int)"),
    ]
    assert (report.ids_read, report.ids_accepted, report.ids_rejected, report.ids_duplicate) == (4, 1, 2, 1)
    assert not report.ok
    assert "2 rejected, 1 duplicates (sent once)" in report.summary()
    assert "not ok: 2 ids rejected before sending" in report.summary()


async def test_on_progress_gets_a_snapshot_after_every_batch(clock: FakeClock, clean_env: None) -> None:
    snapshots: list[BulkDeleteReport] = []
    awaited: list[int] = []

    async def on_progress(snapshot: BulkDeleteReport) -> None:
        await anyio.lowlevel.checkpoint()
        awaited.append(snapshot.batches_ok)
        snapshots.append(snapshot)

    fake = FakeBulkDelete()
    async with client(fake, clock) as ph:
        final = await ph.persons.bulk_delete_batched(
            distinct_ids=[f"u{i}" for i in range(450)], batch_size=100, concurrency=2, on_progress=on_progress
        )
    assert [s.batches_ok for s in snapshots] == [1, 2, 3, 4, 5]
    assert awaited == [1, 2, 3, 4, 5]
    assert snapshots[0].ids_accepted == 100  # not changed by later batches
    assert final.batches_ok == 5


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"distinct_ids": ["a"], "batch_size": 1001}, "batch_size must be a whole number from 1 to 1000"),
        ({"distinct_ids": ["a"], "batch_size": 0}, "batch_size"),
        ({"distinct_ids": ["a"], "concurrency": 0}, "concurrency"),
        (
            {"distinct_ids": ["a"], "ids": ["b"]},
            r"^bulk_delete_batched needs exactly one of ids= \(person UUIDs\) and distinct_ids=, not both$",
        ),
        (
            {},
            r"^bulk_delete_batched needs exactly one of ids= \(person UUIDs\) and distinct_ids=, "
            r"and got neither$",
        ),
        ({"distinct_ids": "user-1"}, "iterable or async iterable"),
    ],
)
async def test_bad_arguments_raise_before_anything_is_sent(
    clock: FakeClock, clean_env: None, kwargs: dict[str, Any], message: str
) -> None:
    fake = FakeBulkDelete()
    async with client(fake, clock) as ph:
        with pytest.raises(ValueError, match=message):
            await ph.persons.bulk_delete_batched(**kwargs)
    assert fake.sizes == []


async def test_cancelling_the_job_leaves_no_request_running(clock: FakeClock, clean_env: None) -> None:
    fake = FakeBulkDelete(block=True)
    async with client(fake, clock) as ph, anyio.create_task_group() as group:
        group.start_soon(
            lambda: ph.persons.bulk_delete_batched(
                distinct_ids=(f"u{i}" for i in range(100_000)), batch_size=10, concurrency=4
            )
        )
        await fake.started.wait()
        for _ in range(10):
            await anyio.lowlevel.checkpoint()
        assert fake.in_flight == 4
        group.cancel_scope.cancel()
    assert fake.in_flight == 0


FAULTS = st.sampled_from(["ok", "ok", "429", "429-retry-after", "500", "connect"])


def dirty_input(kind: str, size: int, seed: int) -> list[str]:
    """``size`` raw values: repeats of a few hundred ids, and the dirt a real file holds."""
    rng = random.Random(seed)
    values = []
    for _ in range(size):
        n = rng.randrange(400)
        good = str(uuid.UUID(int=n)) if kind == "ids" else f"user-{n}"
        values.append(
            rng.choice(
                [
                    good,
                    good,
                    good,
                    good + "\n",  # a line of an open file
                    good.upper() + "\r\n",
                    " " + good,  # surrounding whitespace
                    "\ufeff" + good,  # a byte-order mark
                    good[:3] + "\x00" + good[3:],  # a control character
                    rng.choice(["", "  ", "\n"]),  # blank
                    "not-a-uuid" if kind == "ids" else good,
                ]
            )
        )
    return values


def _positions(ranges: list[list[int]]) -> list[int]:
    return [p for first, last in ranges for p in range(first, last + 1)]


def _account(journal: Path, raw: list[str]) -> dict[str, Counter[str]]:
    """The last run's account in ``journal``, as ids: accepted, failed, not sent, rejected."""
    records = list(read_records(journal))
    last_run = max(i for i, r in enumerate(records) if "run" in r)
    account: dict[str, Counter[str]] = {k: Counter() for k in ("accepted", "failed", "not_sent", "rejected")}
    for record in records[last_run:]:
        for kind in ("accepted", "failed", "not_sent"):
            if kind in record:
                account[kind].update(raw[p] for p in _positions(record[kind]))
        if "rejected" in record:
            account["rejected"][raw[record["rejected"]]] += 1
    return account


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    size=st.integers(0, 2000),
    seed=st.integers(0, 2**32 - 1),
    kind=st.sampled_from(["ids", "distinct_ids"]),
    faults=st.lists(FAULTS, max_size=40),
    cancel_at=st.one_of(st.none(), st.integers(1, 8), st.integers(1, 8)),
    batch_size=st.integers(1, 60),
    concurrency=st.integers(1, 6),
    max_retries=st.integers(0, 2),
)
def test_faults_and_a_cancellation_leave_an_exact_account_and_a_resume_finishes(
    backend: str,
    size: int,
    seed: int,
    kind: str,
    faults: list[str],
    cancel_at: int | None,
    batch_size: int,
    concurrency: int,
    max_retries: int,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    raw = dirty_input(kind, size, seed)
    journal = tmp_path_factory.mktemp("journal") / "job.jsonl"
    fake = FakeBulkDelete(faults)
    read = {"n": 0}

    def source() -> Iterator[str]:
        for value in raw:
            read["n"] += 1
            yield value

    def sent_form(value: str) -> object:
        checked = check_id(kind, 0, value)  # type: ignore[arg-type]
        return None if isinstance(checked, RejectedId) else str(checked)

    async def job(report: BulkDeleteReport, plan: list[str], stop: int | None) -> None:
        fake.faults = list(plan)
        async with client(fake, FakeClock(), max_retries=max_retries) as ph:
            with anyio.CancelScope() as scope:
                fake.on_request = (lambda n: scope.cancel() if n == stop else None) if stop else None
                arguments = {kind: source()}
                await ph.persons.bulk_delete_batched(
                    **arguments,
                    batch_size=batch_size,
                    concurrency=concurrency,
                    journal=journal,
                    report=report,
                )

    first = BulkDeleteReport()
    anyio.run(job, first, faults, cancel_at, backend=backend)
    # The first run: every item read is in exactly one place, and the journal says the same.
    assert first.ids_read == read["n"]
    assert first.ids_read == (
        first.ids_accepted + first.ids_failed + first.ids_rejected + first.ids_duplicate + first.ids_not_sent
    )
    account = _account(journal, raw)
    sizes = {k: sum(v.values()) for k, v in account.items()}
    assert sizes == {
        "accepted": first.ids_accepted,
        "failed": first.ids_failed,
        "not_sent": first.ids_not_sent,
        "rejected": first.ids_rejected,
    }
    assert all(sent_form(v) is None for v in account["rejected"])
    sent = {k: {sent_form(v) for v in account[k]} for k in ("accepted", "failed", "not_sent")}
    assert not (sent["accepted"] & sent["failed"])
    assert not (sent["accepted"] & sent["not_sent"])
    assert not sent["failed"] & sent["not_sent"]
    valid_read = {sent_form(v) for v in raw[: first.ids_read]} - {None}
    assert sent["accepted"] | sent["failed"] | sent["not_sent"] == valid_read  # nothing lost
    server = Counter(fake.accepted)
    assert all(n == 1 for n in server.values())  # nothing accepted twice
    # The server accepted what the report says, and perhaps batches in flight at the stop.
    assert sent["accepted"] <= set(server) <= sent["accepted"] | sent["not_sent"]
    cancelled = cancel_at is not None and fake.requests >= cancel_at
    event(f"cancelled: {cancelled}, failed: {bool(first.ids_failed)}, rejected: {bool(first.ids_rejected)}")
    assert first.stopped == ("cancelled" if cancelled else None)
    assert first.ok == (not cancelled and not first.ids_failed and not first.ids_rejected)
    if not cancelled:
        assert first.input_exhausted
        assert first.ids_read == len(raw)
        assert not first.ids_not_sent

    # Running again with the same journal sends exactly what was not accepted.
    before = Counter(fake.accepted)
    second = BulkDeleteReport()
    anyio.run(job, second, [], None, backend=backend)
    assert second.ids_already_accepted == first.ids_accepted
    assert second.input_exhausted
    assert not second.ids_failed
    assert not second.ids_not_sent
    resent = Counter(fake.accepted) - before
    every_valid = {sent_form(v) for v in raw} - {None}
    assert set(resent) == every_valid - sent["accepted"]
    twice = {i for i, n in (before + resent).items() if n > 1}
    assert twice <= sent["not_sent"]  # only ids in flight at the stop were accepted twice
    assert set(fake.accepted) == every_valid  # every valid id deleted


async def test_a_missing_scope_stops_the_job_instead_of_failing_every_batch(clean_env: None) -> None:
    from posthog_api import MissingScopeError
    from posthog_api.testing import FakePostHog

    fake = FakePostHog()
    fake.seed_persons(5_000)
    fake.add_key("phx_reader", scopes=["person:read"])
    async with fake.client(api_key="phx_reader") as ph:
        with pytest.raises(MissingScopeError):
            await ph.persons.bulk_delete_batched(
                distinct_ids=(f"user-{i}" for i in range(5_000)), concurrency=1
            )
    assert len(fake.requests) == 1
    assert fake.person_count() == 5_000
