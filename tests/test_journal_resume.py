"""Resuming from a journal sends exactly what no earlier run accepted, and only for the same input."""

import datetime
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from posthog_api.bulk import JournalError

pytestmark = pytest.mark.anyio


class BulkEndpoint:
    """Accepts every batch except those holding an id in ``refuse`` (a 400, so not retried)."""

    def __init__(self, refuse: set[str]) -> None:
        self.refuse = refuse
        self.sent: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["distinct_ids"]
        self.sent.extend(ids)
        if self.refuse & set(ids):
            return httpx.Response(400, json={"type": "validation_error", "detail": "refused"})
        return httpx.Response(202, json={"persons_found": len(ids), "persons_deleted": len(ids)})


async def run_job(
    make_client: Any, endpoint: BulkEndpoint, ids: list[str], journal: Path, **kwargs: Any
) -> Any:
    async with make_client(transport=httpx.MockTransport(endpoint), max_retries=0) as ph:
        return await ph.persons.bulk_delete_batched(
            distinct_ids=ids, journal=journal, concurrency=1, **kwargs
        )


IDS = [f"u{i}" for i in range(10)]


async def test_a_resume_sends_only_the_gaps_between_many_accepted_runs(
    make_client: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "job.jsonl"
    first = await run_job(make_client, BulkEndpoint({"u2", "u6"}), IDS, journal, batch_size=2)
    assert (first.ids_accepted, first.ids_failed) == (6, 4)
    assert first.failed_ids() == ["u2", "u3", "u6", "u7"]

    again = BulkEndpoint(set())
    second = await run_job(make_client, again, IDS, journal, batch_size=2)
    assert again.sent == ["u2", "u3", "u6", "u7"]
    assert (second.ids_already_accepted, second.ids_accepted, second.ids_failed) == (6, 4, 0)
    assert second.failed_ids() == []


async def test_a_resumed_jobs_summary_counts_what_an_earlier_run_accepted(
    make_client: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "job.jsonl"
    first = await run_job(make_client, BulkEndpoint({"u6"}), IDS, journal, batch_size=2)
    assert "accepted by an earlier run" not in first.summary()
    second = await run_job(make_client, BulkEndpoint(set()), IDS, journal, batch_size=2)
    assert second.summary().splitlines()[0] == (
        "10 distinct_ids read: 2 accepted in 1 batches, 0 in 0 failed batches, 0 rejected, "
        "0 duplicates (sent once), 0 not sent, 8 accepted by an earlier run"
    )


async def test_a_single_id_gap_between_accepted_ids_is_sent_again(make_client: Any, tmp_path: Path) -> None:
    journal = tmp_path / "job.jsonl"
    ids = IDS[:5]
    await run_job(make_client, BulkEndpoint({"u2"}), ids, journal, batch_size=1)
    again = BulkEndpoint(set())
    second = await run_job(make_client, again, ids, journal, batch_size=1)
    assert again.sent == ["u2"]
    assert second.ids_already_accepted == 4


async def test_a_resumed_runs_failed_ids_are_only_its_own(make_client: Any, tmp_path: Path) -> None:
    journal = tmp_path / "job.jsonl"
    await run_job(make_client, BulkEndpoint({"u2"}), IDS, journal, batch_size=2)
    second = await run_job(make_client, BulkEndpoint({"u2"}), IDS, journal, batch_size=2)
    assert second.failed_ids() == ["u2", "u3"]  # not also the first run's record of them


async def test_a_journal_for_another_input_is_refused_naming_the_item(
    make_client: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "job.jsonl"
    await run_job(make_client, BulkEndpoint(set()), IDS[:4], journal, batch_size=2)
    other = ["u0", "u1", "x2", "u3"]
    with pytest.raises(JournalError) as caught:
        await run_job(make_client, BulkEndpoint(set()), other, journal, batch_size=2)
    assert str(caught.value) == (
        f"the input differs from the one journal {journal} was written for: item 3 is 'x2', it was 'u2'; "
        "use a new journal for a new input"
    )


async def test_each_run_is_recorded_with_its_start_time_in_utc(make_client: Any, tmp_path: Path) -> None:
    journal = tmp_path / "job.jsonl"
    await run_job(make_client, BulkEndpoint(set()), IDS[:2], journal)
    await run_job(make_client, BulkEndpoint(set()), IDS[:2], journal)
    records = [json.loads(line) for line in journal.read_text().splitlines()]
    runs = [record for record in records if "run" in record]
    assert [(run["run"], run["already_accepted"]) for run in runs] == [(1, 0), (2, 2)]
    for run in runs:
        started = datetime.datetime.fromisoformat(run["started"])
        assert started.utcoffset() == datetime.timedelta(0)


async def test_a_new_journal_starts_with_its_header(make_client: Any, tmp_path: Path) -> None:
    journal = tmp_path / "job.jsonl"
    await run_job(make_client, BulkEndpoint(set()), IDS[:2], journal)
    first, second = journal.read_text().splitlines()[:2]
    assert json.loads(first) == {"journal": "posthog-api bulk delete", "version": 1, "kind": "distinct_ids"}
    assert json.loads(second)["run"] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"journal": "something else", "kind": "distinct_ids"}\n',
            "{path} is not a posthog-api bulk delete journal",
        ),
        (
            b'{"journal": "posthog-api bulk delete", "version": 1, "kind": "distinct_ids"}\nnot json\n',
            "{path} line 2 is not a journal record",
        ),
        (
            b'{"journal": "posthog-api bulk delete", "version": 1, "kind": "distinct_ids"}\n[1]\n',
            "{path} line 2 is not a journal record",
        ),
        (
            b'{"journal": "posthog-api bulk delete", "version": 1, "kind": "ids"}\n',
            "journal {path} is for a job deleting by ids, not by distinct_ids",
        ),
    ],
)
async def test_a_file_that_is_not_this_jobs_journal_is_refused_before_sending(
    make_client: Any, tmp_path: Path, content: bytes, message: str
) -> None:
    journal = tmp_path / "job.jsonl"
    journal.write_bytes(content)
    endpoint = BulkEndpoint(set())
    with pytest.raises(JournalError) as caught:
        await run_job(make_client, endpoint, IDS[:2], journal)
    assert str(caught.value) == message.format(path=journal)
    assert endpoint.sent == []
    assert journal.read_bytes() == content  # left as it was


async def test_a_torn_last_line_is_dropped_and_the_job_resumes(make_client: Any, tmp_path: Path) -> None:
    journal = tmp_path / "job.jsonl"
    await run_job(make_client, BulkEndpoint({"u2"}), IDS[:4], journal, batch_size=2)
    with journal.open("ab") as handle:
        handle.write(b'{"accepted": [[2, 3]], "n"')  # the process died while writing
    again = BulkEndpoint(set())
    second = await run_job(make_client, again, IDS[:4], journal, batch_size=2)
    assert again.sent == ["u2", "u3"]
    assert second.ids_already_accepted == 2
    assert all(line.startswith("{") and line.endswith("}") for line in journal.read_text().splitlines())


async def test_an_id_rejected_inside_a_batch_is_not_taken_as_accepted_on_resume(
    make_client: Any, tmp_path: Path
) -> None:
    journal = tmp_path / "job.jsonl"
    ids = ["u0", " padded", "u2", "u3"]
    first = await run_job(make_client, BulkEndpoint(set()), ids, journal, batch_size=3)
    assert (first.ids_accepted, first.ids_rejected) == (3, 1)
    second = await run_job(make_client, BulkEndpoint(set()), ids, journal, batch_size=3)
    assert (second.ids_already_accepted, second.ids_rejected, second.ids_accepted) == (3, 1, 0)
    runs = [json.loads(line) for line in journal.read_text().splitlines() if '"run"' in line]
    assert [run["already_accepted"] for run in runs] == [0, 3]  # positions, the rejected one not among them


async def test_every_run_of_a_journal_is_numbered(make_client: Any, tmp_path: Path) -> None:
    journal = tmp_path / "job.jsonl"
    for _ in range(3):
        await run_job(make_client, BulkEndpoint(set()), IDS[:2], journal)
    runs = [json.loads(line)["run"] for line in journal.read_text().splitlines() if '"run"' in line]
    assert runs == [1, 2, 3]


async def test_an_empty_file_is_taken_as_a_new_journal(make_client: Any, tmp_path: Path) -> None:
    journal = tmp_path / "job.jsonl"
    journal.touch()
    await run_job(make_client, BulkEndpoint({"u1"}), IDS[:2], journal, batch_size=1)
    again = BulkEndpoint(set())
    second = await run_job(make_client, again, IDS[:2], journal, batch_size=1)
    assert again.sent == ["u1"]
    assert second.ids_already_accepted == 1
