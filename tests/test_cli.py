"""The posthog-api command line, against FakePostHog."""

import csv
import gc
import io
import json
import subprocess
import sys
import tracemalloc
import uuid
from pathlib import Path

import pytest

from posthog_api.cli import main
from posthog_api.testing import FakePostHog

from ._support import KEY, ids_file
from ._support import run_cli as run


@pytest.fixture
def env(clean_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", KEY)
    monkeypatch.setenv("POSTHOG_PROJECT_ID", "1")


@pytest.mark.usefixtures("env")
def test_bulk_delete_of_a_50000_line_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakePostHog()
    fake.seed_persons(50_000)
    path = ids_file(tmp_path, [f"user-{i}" for i in range(50_000)] + ["", "  "])
    failed = tmp_path / "failed.txt"
    status = run(fake, "persons", "bulk-delete", "--distinct-ids-file", path, "--failed-out", str(failed))
    out, err = capsys.readouterr()
    assert status == 0
    assert fake.person_count() == 0
    assert "50000 distinct_ids read: 50000 accepted in 50 batches" in out
    assert "(2 blank lines ignored)" in out
    assert out.endswith("\nok\n")
    assert "100.0%  50000/50000 ids" in err  # the progress display, with the known total
    assert failed.read_text() == ""
    assert KEY not in out + err


@pytest.mark.usefixtures("env")
def test_failed_batches_go_to_failed_out_and_a_second_run_finishes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(5_000)
    fake.fail("persons_bulk_delete_create", 503, 503, 503, "connect", "connect", "connect")
    path = ids_file(tmp_path, [f"user-{i}" for i in range(5_000)])
    failed = tmp_path / "failed.txt"
    args = [
        "persons",
        "bulk-delete",
        "--distinct-ids-file",
        path,
        "--failed-out",
        str(failed),
        "--concurrency",
        "1",
    ]
    assert run(fake, *args, _random=lambda: 0, _clock=_NoSleep()) == 1
    out = capsys.readouterr().out
    left = failed.read_text().split()
    assert len(left) == 2_000  # two batches failed after their retries
    assert f"2000 ids that did not go through written to {failed}" in out
    assert fake.person_count() == 2_000
    assert all(fake.person(i) is not None for i in left)

    again = [
        "persons",
        "bulk-delete",
        "--distinct-ids-file",
        str(failed),
        "--failed-out",
        str(tmp_path / "f2.txt"),
    ]
    assert run(fake, *again) == 0
    assert fake.person_count() == 0


class _NoSleep:
    def monotonic(self) -> float:
        return 0.0

    def time(self) -> float:
        return 0.0

    async def sleep(self, seconds: float) -> None:
        return None


@pytest.mark.usefixtures("env")
def test_dry_run_checks_the_file_and_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    good = [str(uuid.UUID(int=i)) for i in range(2_500)]
    path = ids_file(tmp_path, [*good[:10], "not-a-uuid", *good[10:]])
    assert run(fake, "persons", "bulk-delete", "--ids-file", path, "--dry-run", "--batch-size", "500") == 1
    out = capsys.readouterr().out
    assert "dry run: 2500 ids in 5 batches of at most 500, 4 at a time; nothing sent" in out
    assert "line 11: 'not-a-uuid': not a person UUID" in out
    assert fake.requests == []


@pytest.mark.usefixtures("env")
def test_the_file_is_streamed_not_loaded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def peak(lines: int) -> int:
        path = ids_file(tmp_path, [f"user-{i}" for i in range(lines)], name=f"{lines}.txt")
        gc.collect()  # what earlier tests left for the collector is not this run's memory
        tracemalloc.start()
        try:
            assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", path, "--dry-run") == 0
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(200_000), peak(600_000)  # both well past the duplicate window (100,000 ids)
    # Three times the lines (4.6 MB more file) cost no more memory: the file is never held whole.
    assert large - small < 500_000
    assert "600000 distinct ids in 600 batches" in capsys.readouterr().out


@pytest.mark.usefixtures("env")
def test_ids_can_come_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(30)
    lines = "".join(f"user-{i}\n" for i in range(30)).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines), encoding="utf-8"))
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", "-", "--keep-person") == 0
    assert "30 distinct_ids read: 30 accepted" in capsys.readouterr().out
    assert fake.person_count() == 30  # --keep-person


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(
    "resource", ["actions", "customer-journeys", "conversation-views", "subscriptions", "domains"]
)
def test_every_paginated_resource_lists_as_json_lines(
    resource: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_actions(250)

    async def fill() -> None:
        async with fake.client() as ph:
            for i in range(3):
                await ph.customer_journeys.create(insight=i, name=f"journey {i}")
                await ph.conversation_views.create(name=f"view {i}")
                await ph.subscriptions.create(
                    target_type="email",
                    target_value=f"{i}@example.com",
                    frequency="daily",
                    start_date="2026-01-01T00:00Z",
                )
                await ph.domains.create(domain=f"d{i}.example.com")

    import anyio

    anyio.run(fill)
    extra = ["--organization-id", FakePostHog.DEFAULT_ORGANIZATION_ID] if resource == "domains" else []
    assert run(fake, *extra, resource, "list", "--page-size", "100") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == (250 if resource == "actions" else 3)
    assert all("id" in json.loads(line) for line in lines)


@pytest.mark.usefixtures("env")
def test_csv_and_table_formats_and_max_items(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakePostHog()
    fake.seed_actions(30)
    assert run(fake, "actions", "list", "--format", "csv", "--max-items", "5") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [row["name"] for row in rows] == [f"Action {i}" for i in range(5)]
    assert json.loads(rows[0]["steps"])[0]["event"] == "$pageview"
    assert run(fake, "actions", "list", "--format", "table", "--max-items", "3") == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:2] == ["id", "name"]
    assert len(table) == 4
    assert "Action 2" in table[3]


@pytest.mark.usefixtures("env")
def test_whoami_shows_host_project_and_scopes_but_never_the_key(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakePostHog()
    fake.add_key(KEY, scopes=["person:write", "action:read"], scoped_teams=[1], label="privacy job")
    assert run(fake, "whoami") == 0
    out = capsys.readouterr().out
    assert "host: https://us.posthog.com" in out
    assert "project: 1" in out
    assert "scopes: person:write action:read" in out
    assert "projects allowed: 1" in out
    assert "key: privacy job (phx_...cdef)" in out
    assert KEY not in out


def test_a_missing_key_is_one_clear_line(clean_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["whoami"]) == 2
    err = capsys.readouterr().err
    assert err == "posthog-api: error: no API key: set POSTHOG_PERSONAL_API_KEY or pass --api-key-file FILE\n"


@pytest.mark.usefixtures("env")
def test_the_key_can_come_from_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("POSTHOG_PERSONAL_API_KEY")
    key_file = tmp_path / "key"
    key_file.write_text("phx_from_a_file\n")
    fake = FakePostHog()
    fake.accept_any_key = False
    fake.add_key("phx_from_a_file", label="from a file")
    assert run(fake, "--api-key-file", str(key_file), "whoami") == 0
    out = capsys.readouterr().out
    assert "key: from a file" in out
    assert "phx_from_a_file" not in out


@pytest.mark.usefixtures("env")
def test_errors_are_one_line_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakePostHog()
    fake.add_key(KEY, scopes=["person:read"])
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", str(tmp_path / "missing.txt")) == 2
    assert capsys.readouterr().err.startswith("posthog-api: error: cannot read ")
    path = ids_file(tmp_path, [f"user-{i}" for i in range(3000)])
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", path, "--concurrency", "1") == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == (
        "posthog-api: error: the API key lacks the scope person:write (persons_bulk_delete_create)"
    )
    assert "Traceback" not in err
    assert (
        len([r for r in fake.requests if r.operation_id == "persons_bulk_delete_create"]) == 1
    )  # it stopped
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", path, "--batch-size", "5000") == 2
    assert "--batch-size must be from 1 to 1000" in capsys.readouterr().err


@pytest.mark.usefixtures("env")
def test_an_unreachable_host_is_one_line_and_debug_shows_the_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed once the block ends: nothing listens there
    args = ["--host", f"http://127.0.0.1:{port}", "--max-retries", "0", "whoami"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("posthog-api: error: cannot reach PostHog:")
    assert len(err.strip().splitlines()) == 1
    assert main(["--debug", *args]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_the_console_script_and_python_m_run(clean_env: None) -> None:
    script = str(Path(sys.executable).parent / "posthog-api")  # installed beside this interpreter
    for command in ([script, "--help"], [sys.executable, "-m", "posthog_api", "--help"]):
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "persons" in result.stdout
        assert "whoami" in result.stdout
        assert "130 interrupted (SIGINT or SIGTERM)" in " ".join(result.stdout.split())


@pytest.mark.parametrize(
    ("argv", "missing"), [([], "command"), (["persons"], "action"), (["actions"], "action")]
)
def test_a_missing_command_is_exit_status_2_with_the_usage(
    clean_env: None, capsys: pytest.CaptureFixture[str], argv: list[str], missing: str
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "usage: posthog-api" in err
    assert f"error: the following arguments are required: {missing}" in err


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf\n"])
def test_an_empty_id_file_is_an_error_and_nothing_is_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "ids.txt"
    path.write_bytes(content)
    fake = FakePostHog()
    for extra in ([], ["--dry-run"]):
        assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", str(path), *extra) == 2
        assert capsys.readouterr().err == f"posthog-api: error: {path} holds no ids: nothing to delete\n"
    assert fake.requests == []


@pytest.mark.usefixtures("env")
def test_empty_standard_input_is_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n"), encoding="utf-8"))
    assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", "-") == 2
    assert "standard input holds no ids" in capsys.readouterr().err


@pytest.mark.usefixtures("env")
def test_a_file_that_is_not_utf8_is_refused_naming_the_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ids.txt"
    path.write_bytes("user-1\nuser-2\nJosé\n".encode("latin-1"))
    fake = FakePostHog()
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", str(path)) == 2
    assert capsys.readouterr().err == (
        f"posthog-api: error: {path} line 3 is not UTF-8 (byte 0xe9 at column 4): save the file as UTF-8\n"
    )
    assert fake.requests == []  # refused before anything was sent


@pytest.mark.usefixtures("env")
def test_a_utf8_bom_is_not_part_of_the_first_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakePostHog()
    people = [fake.add_person(distinct_ids=[f"d{i}"]) for i in range(3)]
    path = tmp_path / "ids.txt"
    path.write_text("".join(f"{p}\r\n" for p in people), encoding="utf-8-sig")  # as Windows tools write it
    assert run(fake, "persons", "bulk-delete", "--ids-file", str(path)) == 0
    assert "3 ids read: 3 accepted" in capsys.readouterr().out
    assert fake.person_count() == 0


@pytest.mark.usefixtures("env")
def test_dry_run_line_numbers_are_file_line_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ids_file(tmp_path, ["user-1", "", "", "user-2", " user-3", "user-1", "user\x074"])
    assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", path, "--dry-run") == 1
    assert capsys.readouterr().out == (
        "dry run: 2 distinct ids in 1 batches of at most 1000, 4 at a time; nothing sent\n"
        "1 duplicates would be sent once; 2 blank lines ignored\n"
        "2 lines would be rejected:\n"
        "  line 5: ' user-3': has surrounding whitespace\n"
        "  line 7: 'user\\x074': contains a control character (U+0007 at 5)\n"
    )


@pytest.mark.usefixtures("env")
def test_a_wrong_project_stops_the_job_and_failed_out_holds_every_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(5_000)
    path = ids_file(tmp_path, [f"user-{i}" for i in range(5_000)])
    failed = tmp_path / "failed.txt"
    args = [
        "--project-id",
        "999",
        "persons",
        "bulk-delete",
        "--distinct-ids-file",
        path,
        "--failed-out",
        str(failed),
    ]
    assert run(fake, *args) == 1
    out, err = capsys.readouterr()
    assert err.splitlines()[-1].startswith("posthog-api: error: 404")
    assert "not ok: the job stopped before the end: NotFoundError: 404" in out
    assert failed.read_text().split() == [f"user-{i}" for i in range(5_000)]
    assert len([r for r in fake.requests if r.operation_id == "persons_bulk_delete_create"]) <= 4


@pytest.mark.usefixtures("env")
def test_the_journal_resumes_in_process_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(3_000)
    fake.fail("persons_bulk_delete_create", 503, 503, 503)  # the first batch fails after its retries
    path = ids_file(tmp_path, [f"user-{i}" for i in range(3_000)])
    journal = str(tmp_path / "job.jsonl")
    args = ["persons", "bulk-delete", "--distinct-ids-file", path, "--journal", journal, "--concurrency", "1"]
    assert run(fake, *args, _random=lambda: 0, _clock=_NoSleep()) == 1
    out = capsys.readouterr().out
    assert "2000 accepted in 2 batches, 1000 in 1 failed batches" in out
    assert f"run the same command again to resume from {journal}" in out
    assert run(fake, *args) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"resuming: 2,000 of 3,000 already accepted (journal {journal})\n")
    assert "1000 accepted in 1 batches" in out
    assert ", 2000 accepted by an earlier run" in out
    assert fake.person_count() == 0
    assert run(fake, *args) == 0  # a finished job: nothing left to send
    assert "resuming: 3,000 of 3,000 already accepted" in capsys.readouterr().out


@pytest.mark.usefixtures("env")
def test_the_progress_line_says_when_the_rate_limit_holds_the_job(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ._support import FakeClock

    fake = FakePostHog()
    fake.seed_persons(300)
    path = ids_file(tmp_path, [f"user-{i}" for i in range(300)])
    args = [
        "persons",
        "bulk-delete",
        "--distinct-ids-file",
        path,
        "--batch-size",
        "100",
        "--concurrency",
        "1",
    ]
    assert run(fake, *args, rate_limits={"crud": [(1, 60.0)]}, _clock=FakeClock()) == 0
    err = capsys.readouterr().err
    assert "  waiting 60 s for the crud rate limit\n" in err  # drawn at once, not at the next interval


@pytest.mark.usefixtures("env")
def test_failed_out_holds_every_failed_id_however_many_batches_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(2_000)
    fake.fail("persons_bulk_delete_create", *[503] * 150)  # the first 150 batches fail
    path = ids_file(tmp_path, [f"user-{i}" for i in range(2_000)])
    failed = tmp_path / "failed.txt"
    args = ["--max-retries", "0", "persons", "bulk-delete", "--distinct-ids-file", path]
    args += ["--batch-size", "10", "--concurrency", "1", "--failed-out", str(failed)]
    assert run(fake, *args) == 1
    # More failed batches than the report keeps in memory: the rest came from a journal on disk.
    assert failed.read_text().split() == [f"user-{i}" for i in range(1_500)]
    assert "1500 ids that did not go through written to" in capsys.readouterr().out
    assert fake.person_count() == 1_500


@pytest.mark.usefixtures("env")
def test_rejected_ids_alone_do_not_suggest_a_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(10)
    path = ids_file(tmp_path, [f"user-{i}" for i in range(10)] + [" spaced "])
    journal = str(tmp_path / "job.jsonl")
    args = ["persons", "bulk-delete", "--distinct-ids-file", path, "--journal", journal]
    assert run(fake, *args) == 1
    out = capsys.readouterr().out
    assert "not ok: 1 ids rejected before sending" in out
    assert "run the same command again" not in out  # a rerun would reject the same id again
    assert fake.person_count() == 0


@pytest.mark.parametrize(
    ("teams", "organizations", "allowed"),
    [
        ((), (), "projects allowed: all\norganizations allowed: all\n"),
        (
            (1, 2),
            ("0190a3c5-5e1d-7000-8000-00000000c0de", "0190a3c5-5e1d-7000-8000-00000000c0df"),
            "projects allowed: 1, 2\norganizations allowed: "
            "0190a3c5-5e1d-7000-8000-00000000c0de, 0190a3c5-5e1d-7000-8000-00000000c0df\n",
        ),
    ],
)
def test_whoami_prints_every_line_exactly(
    clean_env: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    teams: tuple[int, ...],
    organizations: tuple[str, ...],
    allowed: str,
) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", KEY)
    fake = FakePostHog()
    fake.add_key(KEY, scopes=["*"], scoped_teams=teams, scoped_organizations=organizations, label="ops")
    assert run(fake, "whoami") == 0
    assert capsys.readouterr().out == (
        "host: https://us.posthog.com\n"
        "project: 1\n"
        "organization: 0190a3c5-5e1d-7000-8000-00000000c0de\n"  # the fake's defaults
        "key: ops (phx_...cdef)\n"
        "scopes: *\n" + allowed
    )
