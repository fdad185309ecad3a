"""What a bulk job's report tells a person: which ids were refused and why, what is wrong, and
snapshots that later batches do not change."""

import json
import uuid
from typing import Any

import anyio
import httpx
import pytest

from posthog_api.bulk import BLANK, BulkDeleteReport

pytestmark = pytest.mark.anyio


class Endpoint:
    def __init__(self, found: bool = True) -> None:
        self.found = found
        self.sent: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        ids = body.get("distinct_ids") or body.get("ids")
        self.sent.extend(ids)
        count = len(ids) if self.found else 0
        return httpx.Response(202, json={"persons_found": count, "persons_deleted": count})


async def run(make_client: Any, endpoint: Endpoint, **kwargs: Any) -> Any:
    async with make_client(transport=httpx.MockTransport(endpoint)) as ph:
        return await ph.persons.bulk_delete_batched(concurrency=1, **kwargs)


async def test_control_characters_are_refused_and_other_characters_kept(make_client: Any) -> None:
    endpoint = Endpoint()
    ids = ["user one", "a\xa0b", "a\x9fb", "a\x7fb", "a\x1fb", "a\ufeffb", "é~"]
    report = await run(make_client, endpoint, distinct_ids=ids)
    assert endpoint.sent == ["user one", "a\xa0b", "é~"]
    assert [(r.position, r.reason) for r in report.rejected_ids] == [
        (2, "contains a control character (U+009F at 2)"),
        (3, "contains a control character (U+007F at 2)"),
        (4, "contains a control character (U+001F at 2)"),
        (5, "contains a control character (U+FEFF at 2)"),
    ]


async def test_blank_lines_are_a_problem_unless_ignored(make_client: Any) -> None:
    report = await run(make_client, Endpoint(), distinct_ids=["u1\n", "\n", "u2\n"])
    assert report.problems() == ["1 ids rejected before sending"]
    assert report.problems(ignore_blank=True) == []
    assert report.summary().splitlines()[0] == (
        "3 distinct_ids read: 2 accepted in 1 batches, 0 in 0 failed batches, 1 rejected, "
        "0 duplicates (sent once), 0 not sent"
    )
    summary = report.summary(ignore_blank=True)
    assert summary.splitlines()[0] == (
        "2 distinct_ids read: 2 accepted in 1 batches, 0 in 0 failed batches, 0 rejected, "
        "0 duplicates (sent once), 0 not sent (1 blank lines ignored)"
    )
    assert summary.splitlines()[-1] == "ok"
    assert report.summary().splitlines()[-1] == "not ok: 1 ids rejected before sending"


async def test_snapshots_do_not_change_as_the_job_goes_on(make_client: Any) -> None:
    seen: list[tuple[Any, int, dict[str, int], list[str]]] = []

    def progress(snapshot: Any) -> None:
        then = (len(snapshot.rejected_ids), dict(snapshot.rejected_by_reason), list(snapshot.problems()))
        seen.append((snapshot, *then))

    ids = ["" if i % 5 == 0 else f"u{i}" for i in range(50)]  # rejects all along the input
    await run(make_client, Endpoint(), distinct_ids=ids, batch_size=1, on_progress=progress)
    for snapshot, rejected_then, reasons_then, _ in seen:
        assert len(snapshot.rejected_ids) == rejected_then
        assert snapshot.rejected_by_reason == reasons_then
    first_problems = seen[0][3]
    assert "the input was not read to the end" in first_problems


async def test_a_job_whose_ids_posthog_does_not_find_says_what_they_may_be(make_client: Any) -> None:
    ids = [str(uuid.uuid4()) for _ in range(20)]
    report = await run(make_client, Endpoint(found=False), ids=ids)
    assert report.problems() == [
        "PostHog found only 0 persons for 20 ids accepted: are they person UUIDs of this project? "
        "(ids already deleted, e.g. by an interrupted earlier run, are not found again)"
    ]
    report = await run(make_client, Endpoint(found=False), distinct_ids=[f"u{i}" for i in range(20)])
    assert "are they distinct ids of this project?" in report.problems()[0]


class Answers:
    """A bulk delete endpoint answering each batch with ``body(ids)`` (202), or ``status``."""

    def __init__(self, body: Any = None, status: int = 202, headers: dict[str, str] | None = None) -> None:
        self.body = body or (lambda ids: {"persons_found": len(ids), "persons_deleted": len(ids)})
        self.status = status
        self.headers = headers or {}
        self.batches = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        ids = body.get("distinct_ids") or body.get("ids")
        self.batches += 1
        if self.status != 202:
            return httpx.Response(self.status, headers=self.headers, json={"detail": "no"})
        return httpx.Response(202, json=self.body(ids))


async def test_the_summary_shows_five_failed_batches_and_five_rejected_ids(make_client: Any) -> None:
    ids = [f"u{i}" for i in range(12)] + [f" r{i}" for i in range(6)]
    async with make_client(transport=httpx.MockTransport(Answers(status=400)), max_retries=0) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=ids, batch_size=2, concurrency=1)
    lines = report.summary().splitlines()
    failed = [line for line in lines if line.startswith("  failed batch")]
    assert len(failed) == 5
    assert failed[0].startswith("  failed batch of 2 starting 'u0': 400")
    rejected = [line for line in lines if line.startswith("  rejected")]
    assert rejected == [f"  rejected #{13 + i} ' r{i}': has surrounding whitespace" for i in range(5)]
    assert lines[-1] == "not ok: 12 ids in 6 failed batches; 6 ids rejected before sending"


async def test_ignoring_blank_lines_still_shows_and_counts_other_rejections(make_client: Any) -> None:
    report = await run(make_client, Endpoint(), distinct_ids=["u1", " x", "u2"])
    assert report.problems(ignore_blank=True) == ["1 ids rejected before sending"]
    summary = report.summary(ignore_blank=True).splitlines()
    assert summary[0] == (
        "3 distinct_ids read: 2 accepted in 1 batches, 0 in 0 failed batches, 1 rejected, "
        "0 duplicates (sent once), 0 not sent"
    )
    assert summary[2] == "  rejected #2 ' x': has surrounding whitespace"
    report = await run(make_client, Endpoint(), distinct_ids=["u1", "", " x", "\n"])
    assert report.rejected_by_reason == {BLANK: 2, "has surrounding whitespace": 1}
    summary = report.summary(ignore_blank=True).splitlines()
    assert [line for line in summary if line.startswith("  rejected")] == [
        "  rejected #3 ' x': has surrounding whitespace"
    ]
    assert summary[0].endswith(" 1 rejected, 0 duplicates (sent once), 0 not sent (2 blank lines ignored)")


async def test_batches_without_counts_are_named_in_the_summary(make_client: Any) -> None:
    answers = Answers(lambda ids: {"persons_found": len(ids)})  # no persons_deleted
    async with make_client(transport=httpx.MockTransport(answers)) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b", "c"], batch_size=2)
    assert report.batches_without_counts == 2
    assert report.ids_counted == 3  # found was given for every batch
    assert report.summary().splitlines()[1] == (
        "persons found: 3 for 3 ids accepted, deleted: 0, queued for deletion: 0, deletion errors: 0"
        " (PostHog gave no counts for 2 of 2 accepted batches: these counts leave them out)"
    )
    answers = Answers(lambda ids: {"persons_deleted": len(ids)})  # no persons_found
    async with make_client(transport=httpx.MockTransport(answers)) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b", "c"], batch_size=2)
    assert (report.batches_without_counts, report.ids_counted) == (2, 0)
    report = await run(make_client, Endpoint(), distinct_ids=["a", "b", "c"], batch_size=2)
    assert (report.batches_without_counts, report.ids_counted, report.persons_queued) == (0, 3, 0)
    assert report.summary().splitlines()[1] == (
        "persons found: 3 for 3 ids accepted, deleted: 3, queued for deletion: 0, deletion errors: 0"
    )


async def test_deletion_errors_name_the_person_or_show_what_posthog_sent(make_client: Any) -> None:
    def body(ids: list[str]) -> dict[str, Any]:
        return {
            "persons_found": len(ids),
            "persons_deleted": len(ids) - 3,
            "deletion_errors": [{"person_uuid": f"p-{ids[0]}"}, {"reason": "locked"}, "oops"],
        }

    async with make_client(transport=httpx.MockTransport(Answers(body))) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b", "c", "d"], batch_size=2)
    assert report.deletion_errors == [
        "p-a",
        "{'reason': 'locked'}",
        "oops",
        "p-c",
        "{'reason': 'locked'}",
        "oops",
    ]
    assert report.persons_not_deleted == 6
    assert "6 persons found but not deleted (deletion errors)" in report.problems()


async def test_with_a_journal_the_report_keeps_the_first_100_deletion_errors(
    make_client: Any, tmp_path: Any
) -> None:
    def body(ids: list[str]) -> dict[str, Any]:
        errors = [{"person_uuid": f"p-{i}"} for i in ids]
        return {"persons_found": len(ids), "persons_deleted": 0, "deletion_errors": errors}

    journal = tmp_path / "job.jsonl"
    async with make_client(transport=httpx.MockTransport(Answers(body))) as ph:
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=[f"u{i}" for i in range(150)], batch_size=60, concurrency=1, journal=journal
        )
    assert report.persons_not_deleted == 150
    assert report.deletion_errors == [f"p-u{i}" for i in range(100)]
    assert report.journal == str(journal)
    records = [json.loads(line) for line in journal.read_text().splitlines()]
    accepted = [r for r in records if "accepted" in r]
    assert accepted[0] == {
        "accepted": [[0, 59]],
        "n": 60,
        "first": "u0",
        "found": 60,
        "deleted": 0,
        "queued": None,
        "deletion_errors": [f"p-u{i}" for i in range(60)],
    }


async def test_the_journal_records_rejected_ids_and_failed_batches_with_their_reasons(
    make_client: Any, tmp_path: Any
) -> None:
    journal = tmp_path / "job.jsonl"
    async with make_client(transport=httpx.MockTransport(Answers(status=400)), max_retries=0) as ph:
        report = await ph.persons.bulk_delete_batched(
            distinct_ids=["u0", 7, " x"], batch_size=5, journal=journal
        )
    records = [json.loads(line) for line in journal.read_text().splitlines()]
    assert {"rejected": 1, "value": "7", "reason": "not a string (int)"} in records
    assert {"rejected": 2, "value": " x", "reason": "has surrounding whitespace"} in records
    (failed,) = [r for r in records if "failed" in r]
    assert failed == {"failed": [[0, 0]], "ids": ["u0"], "error": str(report.failed_batches[0].error)}
    assert failed["error"].startswith("400")


async def test_without_a_journal_the_report_keeps_every_rejected_id(make_client: Any) -> None:
    report = await run(make_client, Endpoint(), distinct_ids=[""] * 150 + ["u"])
    assert len(report.rejected_ids) == 150
    assert report.rejected_by_reason == {BLANK: 150}


async def test_a_retry_after_of_exactly_max_retry_after_fails_the_batch_and_the_job_goes_on(
    make_client: Any,
) -> None:
    answers = Answers(status=429, headers={"Retry-After": "60"})
    async with make_client(transport=httpx.MockTransport(answers), max_retries=0, max_retry_after=60) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b", "c"], batch_size=1)
    assert report.stopped is None
    assert (report.ids_failed, report.batches_failed, answers.batches) == (3, 3, 3)


async def test_a_snapshot_is_a_copy(make_client: Any) -> None:
    async with make_client(transport=httpx.MockTransport(Answers(status=400)), max_retries=0) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=["a", " b"], batch_size=1)
    report.not_sent_ids.append("c")
    report.deletion_errors.append("p")
    snapshot = report.snapshot()
    assert snapshot == report
    report.failed_batches.clear()
    report.not_sent_ids.clear()
    report.deletion_errors.clear()
    report.rejected_ids.clear()
    report.rejected_by_reason.clear()
    assert len(snapshot.failed_batches) == 1
    assert snapshot.not_sent_ids == ["c"]
    assert snapshot.deletion_errors == ["p"]
    assert len(snapshot.rejected_ids) == 1
    assert snapshot.rejected_by_reason == {"has surrounding whitespace": 1}


async def test_a_report_can_serve_one_job_only(make_client: Any) -> None:
    report = await run(make_client, Endpoint(), distinct_ids=["a"])
    with pytest.raises(ValueError, match="fresh") as raised:
        await run(make_client, Endpoint(), distinct_ids=["b"], report=report)
    assert str(raised.value) == "report= must be a fresh BulkDeleteReport(), not the report of another job"


async def test_a_dedupe_window_of_0_sends_repeats_and_a_negative_one_is_refused(make_client: Any) -> None:
    endpoint = Endpoint()
    report = await run(make_client, endpoint, distinct_ids=["a", "a", "b"], dedupe_window=0)
    assert endpoint.sent == ["a", "a", "b"]
    assert report.ids_duplicate == 0
    with pytest.raises(ValueError, match="dedupe_window must be a whole number, 0 or more, not -1"):
        await run(make_client, Endpoint(), distinct_ids=["a"], dedupe_window=-1)


async def test_the_job_sends_four_batches_at_a_time_unless_told(make_client: Any) -> None:
    from posthog_api.bulk import bulk_delete_batched

    in_flight = most = 0

    async def send(kind: str, ids: list[Any]) -> Any:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await anyio.sleep(0.01)
        in_flight -= 1
        return None

    await bulk_delete_batched(send, kind="distinct_ids", source=[f"u{i}" for i in range(20)], batch_size=1)
    assert most == 4


async def test_a_job_cancelled_mid_way_lists_what_was_not_sent(make_client: Any) -> None:
    async def slow(source: list[str]) -> Any:
        for value in source:
            yield value

    async def hang(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(10)
        return httpx.Response(202, json={})

    report = BulkDeleteReport()
    async with make_client(transport=httpx.MockTransport(hang)) as ph:
        with anyio.move_on_after(0.05):
            await ph.persons.bulk_delete_batched(
                distinct_ids=slow(["a", "b", "c"]), batch_size=2, concurrency=1, report=report
            )
    assert report.ids_not_sent == 3
    assert report.problems() == [
        "the job stopped before the end: cancelled",
        "3 ids not sent (or sent without an answer)",
    ]
    assert report.summary().splitlines()[-1] == (
        "not ok: the job stopped before the end: cancelled; 3 ids not sent (or sent without an answer)"
    )


@pytest.mark.parametrize(("status", "accepted"), [(200, True), (202, True), (299, True), (300, False)])
async def test_an_unreadable_answer_counts_as_accepted_only_when_its_status_is_2xx(
    make_client: Any, status: int, accepted: bool
) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=b"ok"))
    async with make_client(transport=transport, max_retries=0) as ph:
        report = await ph.persons.bulk_delete_batched(distinct_ids=["a", "b"])
    assert report.stopped is None
    if accepted:
        assert (report.ids_accepted, report.batches_without_counts, report.ids_failed) == (2, 1, 0)
    else:
        assert (report.ids_accepted, report.ids_failed) == (0, 2)
        (batch,) = report.failed_batches
        assert batch.ids == ("a", "b")
        assert "unexpected 300 response" in str(batch.error)


async def test_the_journal_ends_each_run_with_its_counts(make_client: Any, tmp_path: Any) -> None:
    journal = tmp_path / "job.jsonl"
    report = await run(make_client, Endpoint(), distinct_ids=["a", "a", " b", "c"], journal=journal)
    assert report.waiting is None
    records = [json.loads(line) for line in journal.read_text().splitlines()]
    assert records[-1] == {
        "end": "complete",
        "counts": {
            "read": 4,
            "accepted": 2,
            "failed": 0,
            "rejected": 1,
            "duplicate": 1,
            "already_accepted": 0,
            "not_sent": 0,
        },
    }


async def test_a_cancelled_job_with_a_journal_lists_the_ids_not_sent(make_client: Any, tmp_path: Any) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(10)
        return httpx.Response(202, json={})

    journal = tmp_path / "job.jsonl"
    report = BulkDeleteReport()
    async with make_client(transport=httpx.MockTransport(hang)) as ph:
        with anyio.move_on_after(0.05):
            await ph.persons.bulk_delete_batched(
                distinct_ids=["a", "b", "c"], batch_size=2, concurrency=1, report=report, journal=journal
            )
    assert report.waiting is None
    assert list(report.unfinished_ids()) == ["a", "b", "c"]
    records = [json.loads(line) for line in journal.read_text().splitlines()]
    assert {"not_sent": [[0, 2]], "ids": ["a", "b", "c"]} in records
    assert records[-1]["end"] == "cancelled"
