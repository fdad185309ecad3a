"""What a bulk job's report tells a person: which ids were refused and why, what is wrong, and
snapshots that later batches do not change."""

import json
import uuid
from typing import Any

import httpx
import pytest

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
