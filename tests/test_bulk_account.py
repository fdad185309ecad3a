"""bulk_delete_batched: what is checked before sending, when the job stops, what it reports."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from posthog_api import (
    AsyncPostHog,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from posthog_api._journal import read_records
from posthog_api.bulk import BLANK, BulkDeleteReport, JournalError, bulk_delete_batched
from posthog_api.testing import FakePostHog

from ._support import KEY, FakeClock
from .test_bulk import FakeBulkDelete, client

pytestmark = pytest.mark.anyio

PERSON = "0b6c1b4e-1111-4000-8000-000000000001"


@pytest.mark.parametrize(
    ("kind", "value", "reason"),
    [
        ("distinct_ids", "", BLANK),
        ("distinct_ids", "   ", BLANK),
        ("distinct_ids", "\n", BLANK),
        ("distinct_ids", " user-1", "has surrounding whitespace"),
        ("distinct_ids", "user-1\t", "has surrounding whitespace"),
        ("distinct_ids", "user-1\n\n", "has surrounding whitespace"),
        ("distinct_ids", "us\x00er", "contains a control character (U+0000 at 3)"),
        ("distinct_ids", "us\x7fer", "contains a control character (U+007F at 3)"),
        (
            "distinct_ids",
            "\ufeffuser-1",
            "starts with a byte-order mark (read the file with encoding='utf-8-sig')",
        ),
        ("distinct_ids", 42, "not a string (int)"),
        ("ids", "not-a-uuid", "not a person UUID"),
        ("ids", "\ufeff" + PERSON, "starts with a byte-order mark (read the file with encoding='utf-8-sig')"),
        ("ids", None, "not a person UUID (NoneType)"),
    ],
)
async def test_each_rejected_id_says_why_and_is_not_sent(
    clock: FakeClock, clean_env: None, kind: str, value: object, reason: str
) -> None:
    fake = FakeBulkDelete()
    good = PERSON if kind == "ids" else "user-ok"
    async with client(fake, clock) as ph:
        report = await ph.persons.bulk_delete_batched(**{kind: [good, value]})
    assert fake.accepted == [good]
    ((rejected),) = report.rejected_ids
    assert (rejected.position, rejected.value, rejected.reason) == (1, value, reason)
    assert report.rejected_by_reason == {reason: 1}
    assert f"rejected #2 {value!r}: {reason}" in report.summary()


@pytest.mark.parametrize(
    ("value", "sent"),
    [("user-1\n", "user-1"), ("user-1\r\n", "user-1"), (PERSON.upper() + "\n", PERSON)],
)
async def test_one_line_ending_is_removed_and_nothing_else_is_changed(
    clock: FakeClock, clean_env: None, value: str, sent: str
) -> None:
    fake = FakeBulkDelete()
    kind = "ids" if sent == PERSON else "distinct_ids"
    async with client(fake, clock) as ph:
        report = await ph.persons.bulk_delete_batched(**{kind: [value]})
    assert fake.accepted == [sent]
    assert report.ok


async def test_an_open_file_deletes_its_lines_not_lines_with_newlines(
    tmp_path: Path, clean_env: None
) -> None:
    path = tmp_path / "ids.txt"
    path.write_text("".join(f"user-{i}\n" for i in range(1500)), encoding="utf-8")
    fake = FakePostHog()
    fake.seed_persons(1500)
    async with fake.client() as ph:
        with path.open(encoding="utf-8") as handle:
            report = await ph.persons.bulk_delete_batched(distinct_ids=handle)
    assert fake.person_count() == 0
    assert (report.ids_accepted, report.persons_found, report.ok) == (1500, 1500, True)


async def test_a_file_with_a_bom_is_refused_line_one_unless_opened_as_utf8_sig(
    tmp_path: Path, clean_env: None
) -> None:
    path = tmp_path / "ids.txt"
    path.write_text(f"{PERSON}\n", encoding="utf-8-sig")
    fake = FakePostHog()
    person = fake.add_person(distinct_ids=["a"])
    path.write_text(f"{person}\n", encoding="utf-8-sig")
    async with fake.client() as ph:
        with path.open(encoding="utf-8") as handle:
            report = await ph.persons.bulk_delete_batched(ids=handle)
        assert report.rejected_ids[0].reason.startswith("starts with a byte-order mark")
        assert fake.person_count() == 1
        with path.open(encoding="utf-8-sig") as handle:
            report = await ph.persons.bulk_delete_batched(ids=handle)
    assert report.ok
    assert fake.person_count() == 0


async def test_ok_is_false_with_a_clear_line_when_posthog_finds_nobody(clean_env: None) -> None:
    fake = FakePostHog()  # no persons: every id is unknown
    async with fake.client() as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=[f"user-{i}" for i in range(1000)])
    assert report.ids_accepted == 1000
    assert report.persons_found == 0
    assert not report.ok
    assert report.problems() == [
        "PostHog found only 0 persons for 1000 ids accepted: are they distinct ids of this project? "
        "(ids already deleted, e.g. by an interrupted earlier run, are not found again)"
    ]
    assert "persons found: 0 for 1000 ids accepted" in report.summary()


@pytest.mark.parametrize(("persons", "ok"), [(100, True), (10, True), (9, False)])
async def test_a_person_may_own_several_distinct_ids_down_to_one_in_ten(
    clean_env: None, persons: int, ok: bool
) -> None:
    fake = FakePostHog()
    for p in range(persons):  # 100 distinct ids in all, shared among `persons` persons
        fake.add_person(distinct_ids=[f"user-{i}" for i in range(100) if i % persons == p])
    async with fake.client() as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=[f"user-{i}" for i in range(100)])
    assert report.persons_found == persons
    assert report.ok is ok


def reply(body: dict[str, Any]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(202, json=body))


async def test_persons_queued_for_deletion_are_counted_and_shown(clean_env: None) -> None:
    body = {
        "persons_found": 100,
        "persons_deleted": 0,
        "persons_queued_for_deletion": 100,
        "events_queued_for_deletion": False,
        "recordings_queued_for_deletion": False,
    }
    fake = FakePostHog()
    async with fake.client(transport=reply(body)) as ph:
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=[f"u{i}" for i in range(300)], batch_size=100
        )
    assert (report.persons_found, report.persons_deleted, report.persons_queued) == (300, 0, 300)
    assert "deleted: 0, queued for deletion: 300" in report.summary()
    assert report.ok


async def test_counts_that_are_not_numbers_are_unknown_not_a_crash(clean_env: None) -> None:
    body = {
        "persons_found": "many",
        "persons_deleted": 2.5,
        "events_queued_for_deletion": False,
        "recordings_queued_for_deletion": False,
        "deletion_errors": [{"reason": "locked"}],
    }
    async with FakePostHog().client(transport=reply(body)) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b"])
    assert (report.ids_accepted, report.batches_without_counts, report.persons_found) == (2, 1, 0)
    assert report.deletion_errors == ["{'reason': 'locked'}"]
    assert (
        "(PostHog gave no counts for 1 of 1 accepted batches: these counts leave them out)"
        in report.summary()
    )
    # Unknown counts are not held against the job; a person not deleted is.
    assert report.problems() == ["1 persons found but not deleted (deletion errors)"]


async def test_unset_counts_from_a_tolerant_parser_do_not_crash() -> None:
    from posthog_api._generated.models import PersonBulkDeleteResponse
    from posthog_api._generated.types import UNSET

    async def send(kind: Any, batch: list[Any]) -> PersonBulkDeleteResponse:
        return PersonBulkDeleteResponse(
            persons_found=UNSET,  # type: ignore[arg-type]
            persons_deleted=UNSET,  # type: ignore[arg-type]
            events_queued_for_deletion=False,
            recordings_queued_for_deletion=False,
        )

    report = await bulk_delete_batched(send, kind="distinct_ids", source=["a"])
    assert (report.ids_accepted, report.batches_without_counts) == (1, 1)


@pytest.mark.parametrize(
    ("value", "named"), [(42, "int"), (3.5, "float"), (object(), "object"), (b"abc", "a single string")]
)
async def test_ids_that_are_not_an_iterable_are_refused_naming_what_they_are(
    clock: FakeClock, clean_env: None, value: object, named: str
) -> None:
    fake = FakeBulkDelete()
    async with client(fake, clock) as ph:
        with pytest.raises(ValueError, match=r"^ids must be an iterable") as refused:
            await ph.persons.bulk_delete_batched(ids=value)  # type: ignore[arg-type]
    assert str(refused.value) == f"ids must be an iterable or async iterable of ids, not {named}"
    assert fake.sizes == []


async def test_the_input_read_ahead_is_the_batches_in_flight_plus_one(
    clock: FakeClock, clean_env: None
) -> None:
    consumed = 0

    def ids() -> Iterator[str]:
        nonlocal consumed
        for i in range(100_000):
            consumed += 1
            yield f"u{i}"

    fake = FakeBulkDelete(block=True)
    report = BulkDeleteReport()
    async with client(fake, clock) as ph, anyio.create_task_group() as group:
        group.start_soon(
            lambda: ph.persons.bulk_delete_batched(
                distinct_ids=ids(), batch_size=100, concurrency=3, report=report
            )
        )
        await fake.started.wait()
        for _ in range(50):
            await anyio.lowlevel.checkpoint()
        assert fake.in_flight == 3
        # Three batches in flight and one full batch waiting to be taken: nothing more is read.
        assert consumed == (3 + 1) * 100
        group.cancel_scope.cancel()
    # The account after the cancellation: all read, none sent to completion, nothing lost.
    assert report.stopped == "cancelled"
    assert (report.ids_read, report.ids_not_sent, report.ids_accepted) == (400, 400, 0)
    assert report.not_sent_ids == [f"u{i}" for i in range(400)]
    assert "the job stopped before the end: cancelled" in report.problems()


async def test_a_deadline_leaves_an_exact_account_in_the_callers_report(
    clean_env: None, tmp_path: Path
) -> None:
    fake = FakePostHog(latency=0.05)
    fake.seed_persons(5_000)
    report = BulkDeleteReport()
    journal = tmp_path / "job.jsonl"
    async with fake.client() as ph:
        with anyio.move_on_after(0.6):  # the job needs at least 25 x 50 ms
            await ph.persons.bulk_delete_batched(
                distinct_ids=(f"user-{i}" for i in range(5_000)),
                batch_size=100,
                concurrency=2,
                report=report,
                journal=journal,
            )
    assert report.stopped == "cancelled"
    assert 0 < report.ids_accepted < 5_000
    assert report.ids_read == report.ids_accepted + report.ids_not_sent
    assert fake.person_count() in range(5_000 - report.ids_accepted - 200, 5_000 - report.ids_accepted + 1)
    end = list(read_records(journal))[-1]
    assert end["end"] == "cancelled"
    assert end["counts"]["accepted"] == report.ids_accepted


def _hopeless(fake: FakePostHog, case: str) -> dict[str, Any]:
    if case == "401":
        fake.accept_any_key = False
        return {"api_key": "phx_revoked"}
    if case == "403":
        fake.add_key("phx_other_project", scoped_teams=[2])
        fake.add_project(2)
        return {"api_key": "phx_other_project"}
    if case == "404":
        return {"project_id": 404}
    fake.set_rate_limit(2, 3600)  # the third request gets Retry-After: 3600
    return {"max_retry_after": 60}


@pytest.mark.parametrize(
    ("case", "error"),
    [
        ("401", AuthenticationError),
        ("403", PermissionDeniedError),
        ("404", NotFoundError),
        ("429", RateLimitError),
    ],
)
async def test_a_hopeless_answer_stops_the_job_and_the_rest_is_not_sent(
    clean_env: None, case: str, error: type[Exception]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(20_000)
    settings = _hopeless(fake, case)
    report = BulkDeleteReport()
    async with fake.client(**settings) as ph:
        with pytest.raises(error):
            await ph.persons.bulk_delete_batched(
                distinct_ids=(f"user-{i}" for i in range(20_000)),
                batch_size=100,
                concurrency=2,
                report=report,
            )
    sent = [r for r in fake.requests if r.operation_id == "persons_bulk_delete_create"]
    assert len(sent) <= 4  # not one request per batch
    assert report.ids_failed == 0
    assert report.ids_not_sent > 0
    assert not report.input_exhausted
    assert report.ids_read == report.ids_accepted + report.ids_not_sent
    assert report.stopped is not None
    assert report.stopped.startswith(error.__name__)


async def test_a_long_wait_is_shown_in_the_progress_and_logged(
    clock: FakeClock, clean_env: None, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeBulkDelete()
    notes: list[str | None] = []
    caplog.set_level(logging.INFO, logger="posthog_api")
    limited = AsyncPostHog(
        api_key=KEY,
        project_id=1,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(fake)),
        rate_limits={"crud": [(1, 60.0)]},  # one request a minute
        _clock=clock,
    )
    async with limited:
        report = await limited.persons.bulk_delete_batched(
            distinct_ids=[f"u{i}" for i in range(3)],
            batch_size=1,
            concurrency=1,
            on_progress=lambda snapshot: notes.append(snapshot.waiting),
        )
    assert report.ok
    assert "waiting 60 s for the crud rate limit" in notes
    assert notes[-1] is None  # cleared once a batch finishes
    assert any(r.getMessage() == "waiting 60 s for the crud rate limit" for r in caplog.records)


async def test_duplicates_are_sent_once_within_the_window(clock: FakeClock, clean_env: None) -> None:
    fake = FakeBulkDelete()
    async with client(fake, clock) as ph:
        near = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b", "a", "a\n"], dedupe_window=2)
        assert (near.ids_accepted, near.ids_duplicate) == (2, 2)
        far = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b", "c", "a"], dedupe_window=2)
    assert (far.ids_accepted, far.ids_duplicate) == (4, 0)  # beyond the window: sent again, harmless
    assert fake.accepted.count("a") == 3


async def test_with_a_journal_failed_ids_live_on_disk_not_in_memory(
    clock: FakeClock, clean_env: None, tmp_path: Path
) -> None:
    fake = FakeBulkDelete(faults=["500"] * 400)
    ids = [f"u{i}" for i in range(400)]
    async with client(fake, clock, max_retries=0) as ph:
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=ids, batch_size=2, concurrency=1, journal=tmp_path / "job.jsonl"
        )
    assert (report.ids_failed, report.batches_failed) == (400, 200)
    assert len(report.failed_batches) == 100  # examples for the summary
    assert report.failed_ids() == ids  # all of them, read back from the journal
    assert list(report.unfinished_ids()) == ids


async def test_a_journal_resumes_the_same_input_and_refuses_another(
    clock: FakeClock, clean_env: None, tmp_path: Path
) -> None:
    journal = tmp_path / "job.jsonl"
    fake = FakeBulkDelete(faults=["ok", "500"])
    ids = [f"u{i}" for i in range(30)]
    async with client(fake, clock, max_retries=0) as ph:
        first = await ph.persons.bulk_delete_batched(
            distinct_ids=ids, batch_size=10, concurrency=1, journal=journal
        )
        assert (first.ids_accepted, first.ids_failed) == (20, 10)
        with journal.open("ab") as torn:  # a process killed while writing a record
            torn.write(b'{"accepted": [[10, 1')
        again = await ph.persons.bulk_delete_batched(distinct_ids=ids, batch_size=10, journal=journal)
        assert (again.ids_already_accepted, again.ids_accepted) == (20, 10)
        assert again.ok
        assert sorted(fake.accepted) == sorted(ids)
        with pytest.raises(JournalError, match="the input differs from the one journal"):
            await ph.persons.bulk_delete_batched(distinct_ids=ids[::-1], journal=journal)
        with pytest.raises(JournalError, match="is for a job deleting by distinct_ids, not by ids"):
            await ph.persons.bulk_delete_batched(ids=[PERSON], journal=journal)
        not_a_journal = tmp_path / "ids.txt"
        not_a_journal.write_text("u1\nu2\n")
        with pytest.raises(JournalError, match="is not a journal record"):
            await ph.persons.bulk_delete_batched(distinct_ids=ids, journal=not_a_journal)
    assert not_a_journal.read_text() == "u1\nu2\n"  # never overwritten
    assert all(json.loads(line) for line in journal.read_text().splitlines())


CTRL_C_JOB = """
import json, os, signal, sys
import anyio
from posthog_api.bulk import BulkDeleteReport
from posthog_api.testing import FakePostHog

report = BulkDeleteReport()

async def main():
    fake = FakePostHog(latency=0.01)
    fake.seed_persons(20_000)

    def progress(snapshot):
        if snapshot.batches_ok == 3:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, delivered as the terminal would

    async with fake.client() as ph:
        await ph.persons.bulk_delete_batched(
            distinct_ids=(f"user-{i}" for i in range(20_000)),
            batch_size=100, concurrency=2, report=report, on_progress=progress,
        )

try:
    anyio.run(main, backend=sys.argv[1])
except KeyboardInterrupt:
    print(json.dumps({"stopped": report.stopped, "read": report.ids_read, "accepted": report.ids_accepted,
                      "not_sent": report.ids_not_sent, "not_sent_ids": report.not_sent_ids}))
"""


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_ctrl_c_leaves_an_exact_account_in_the_callers_report(backend: str, tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(CTRL_C_JOB)
    result = subprocess.run(
        [sys.executable, str(script), backend], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.stdout, result.stderr
    account = json.loads(result.stdout)
    # asyncio's runner turns Ctrl-C into a cancellation of the main task; trio raises it in the job
    assert account["stopped"] == ("cancelled" if backend == "asyncio" else "interrupted")
    assert account["accepted"] >= 300
    assert account["read"] == account["accepted"] + account["not_sent"]
    assert account["not_sent_ids"] == sorted(set(account["not_sent_ids"]), key=lambda i: int(i[5:]))
    assert len(account["not_sent_ids"]) == account["not_sent"] > 0


@pytest.mark.parametrize("body", [b"", b"not json", b"[]"])
async def test_a_202_whose_body_cannot_be_read_is_accepted_with_unknown_counts(
    clean_env: None, body: bytes
) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(202, content=body))
    async with FakePostHog().client(transport=transport) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b"])
    # PostHog accepted the batch (deleting is what 202 says); only its summary is unreadable.
    assert (report.ids_accepted, report.ids_failed, report.batches_without_counts) == (2, 0, 1)
    assert report.ok


async def test_the_found_check_covers_the_batches_that_gave_counts(clean_env: None) -> None:
    summary = {
        "persons_found": 0,
        "persons_deleted": 0,
        "events_queued_for_deletion": False,
        "recordings_queued_for_deletion": False,
    }
    answers = iter([httpx.Response(202), httpx.Response(202, json=summary)])
    transport = httpx.MockTransport(lambda request: next(answers))
    async with FakePostHog().client(transport=transport) as ph:
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=["a", "b", "c", "d"], batch_size=2, concurrency=1
        )
    assert (report.ids_accepted, report.ids_counted, report.persons_found) == (4, 2, 0)
    assert report.problems()[0].startswith("PostHog found only 0 persons for 2 ids accepted")


def _accepting() -> Any:
    from posthog_api._generated.models import PersonBulkDeleteResponse

    async def send(kind: Any, batch: list[Any]) -> PersonBulkDeleteResponse:
        await anyio.lowlevel.checkpoint()
        return PersonBulkDeleteResponse(
            persons_found=len(batch),
            persons_deleted=len(batch),
            events_queued_for_deletion=False,
            recordings_queued_for_deletion=False,
        )

    return send


async def test_an_error_in_the_progress_callback_stops_the_job_raised_as_itself(tmp_path: Path) -> None:
    def progress(snapshot: BulkDeleteReport) -> None:
        if snapshot.batches_ok == 2:
            raise RuntimeError("the dashboard is down")

    report = BulkDeleteReport()
    journal = tmp_path / "job.jsonl"
    ids = [f"u{i}" for i in range(10)]
    with pytest.raises(RuntimeError, match=r"^the dashboard is down$"):
        await bulk_delete_batched(
            _accepting(), kind="distinct_ids", source=ids, batch_size=2, concurrency=1,
            on_progress=progress, report=report, journal=journal,
        )  # fmt: skip
    assert report.stopped == "RuntimeError: the dashboard is down"
    assert report.ids_read == report.ids_accepted + report.ids_not_sent
    assert list(read_records(journal))[-1]["end"] == "RuntimeError: the dashboard is down"


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_ctrl_c_in_a_job_task_is_raised_as_itself_and_recorded_as_interrupted(
    anyio_backend: str, tmp_path: Path
) -> None:
    """trio delivers Ctrl-C inside whichever task runs (asyncio's runner cancels the main task
    instead, which test_ctrl_c_leaves_an_exact_account_in_the_callers_report covers)."""

    def progress(snapshot: BulkDeleteReport) -> None:
        if snapshot.batches_ok == 1:
            raise KeyboardInterrupt

    report = BulkDeleteReport()
    journal = tmp_path / "job.jsonl"
    with pytest.raises(KeyboardInterrupt):
        await bulk_delete_batched(
            _accepting(), kind="distinct_ids", source=[f"u{i}" for i in range(100)], batch_size=2,
            concurrency=1, on_progress=progress, report=report, journal=journal,
        )  # fmt: skip
    assert report.stopped == "interrupted"
    assert list(read_records(journal))[-1]["end"] == "interrupted"
    assert report.ids_read <= 10, "the input is not read on once the job has stopped"
    assert report.ids_read == report.ids_accepted + report.ids_not_sent
