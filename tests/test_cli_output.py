"""The command line's output, line by line: list formats, bulk-delete summaries, dry runs and
``--failed-out``, against FakePostHog."""

import json
import os
import re
from pathlib import Path
from typing import Any

import anyio
import pytest

from posthog_api import AsyncPostHog
from posthog_api.cli import main
from posthog_api.testing import FakePostHog

from ._support import KEY, ids_file
from ._support import run_cli as run

ORG = "0190a3c5-5e1d-7000-8000-0000000000ff"
LONG_NAME = "an action whose name is longer than the table's widest column"
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00")


@pytest.fixture
def env(clean_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", KEY)
    monkeypatch.setenv("POSTHOG_PROJECT_ID", "1")


def with_actions(*names: str) -> FakePostHog:
    fake = FakePostHog()

    async def create() -> None:
        async with fake.client(api_key=KEY, project_id=1) as ph:
            for name in names:
                await ph.actions.create(name=name)

    anyio.run(create)
    return fake


@pytest.mark.usefixtures("env")
def test_the_table_puts_id_and_name_first_and_sizes_columns_on_the_first_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake = with_actions("Signup", LONG_NAME)
    assert run(fake, "actions", "list", "--format", "table") == 0
    out = TIMESTAMP.sub(lambda m: "T" * len(m.group()), capsys.readouterr().out)
    stamp = "T" * 32  # as wide as a column may be: shown whole
    header, first, second = out.splitlines()
    assert header.startswith("id  name    created_at" + " " * 24 + "is_calculating  team_id  ")
    assert first.startswith(f"1   Signup  {stamp}  False           1        True  ")
    # Sized on the first row: a longer value later is cut, its last character a "~".
    assert second.startswith(f"2   an ac~  {stamp}  False           1        True  ")
    assert "created_by" not in header  # objects and lists are left out
    assert "steps" not in header
    assert not any(line.endswith(" ") for line in out.splitlines())
    # An empty value (None) is an empty cell: the column is as wide as its name.
    # is_action (9), bytecode_error (14) and creation_context (16) wide, two spaces between:
    assert "  True" + " " * (5 + 2 + 14 + 2 + 16 + 2) + "editor  " in first


@pytest.mark.usefixtures("env")
def test_a_table_column_wider_than_its_limit_is_cut_in_every_row(capsys: pytest.CaptureFixture[str]) -> None:
    fake = with_actions(LONG_NAME, "short")
    assert run(fake, "actions", "list", "--format", "table") == 0
    header, first, second = capsys.readouterr().out.splitlines()
    assert header.startswith("id  name" + " " * 30 + "created_at")
    assert first.startswith(f"1   {LONG_NAME[:31]}~  ")
    assert second.startswith("2   short" + " " * 29)


@pytest.mark.usefixtures("env")
def test_csv_has_a_header_of_every_field_and_objects_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    fake = with_actions("Signup", "Login")
    assert run(fake, "actions", "list", "--format", "csv") == 0
    import csv
    import io

    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3
    header = rows[0]
    assert header[:2] == ["id", "created_at"]
    named = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    assert [row["name"] for row in named] == ["Signup", "Login"]
    assert named[0]["bytecode_error"] == ""  # None is an empty cell, not "None"
    assert named[0]["tags"] == "[]"
    assert json.loads(named[0]["created_by"])["email"] == "fake.user@example.com"
    assert named[0]["is_action"] == "True"


@pytest.mark.usefixtures("env")
def test_the_summary_and_the_progress_line_account_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(20)
    fake.fail("persons_bulk_delete_create", 503)  # the first batch fails (no retries)
    lines = [f"user-{i}" for i in range(20)] + ["user-3", "", " padded"]
    path = ids_file(tmp_path, lines)
    args = ["--max-retries", "0", "persons", "bulk-delete", "--distinct-ids-file", path]
    assert run(fake, *args, "--batch-size", "10", "--concurrency", "1") == 1
    out, err = capsys.readouterr()
    summary = out.splitlines()
    assert summary[0] == (
        "22 distinct_ids read: 10 accepted in 1 batches, 10 in 1 failed batches, 1 rejected, "
        "1 duplicates (sent once), 0 not sent (1 blank lines ignored)"
    )
    assert summary[1] == (
        "persons found: 10 for 10 ids accepted, deleted: 10, queued for deletion: 0, deletion errors: 0"
    )
    assert summary[2].startswith("  failed batch of 10 starting 'user-0': 503")
    assert summary[3] == "  rejected #23 ' padded': has surrounding whitespace"
    assert summary[4] == "not ok: 10 ids in 1 failed batches; 1 ids rejected before sending"
    assert summary[5:] == ["ids that did not go through were not saved: pass --journal or --failed-out FILE"]
    # 22 non-blank lines, all handled; the failed batch and the rejected line count as failed.
    final = err.splitlines()[-1]
    assert final.startswith("[" + "#" * 30 + "] 100.0%  22/22 ids  ")
    assert final.endswith("  11 failed")


@pytest.mark.usefixtures("env")
def test_a_clean_dry_run_is_one_line_and_exit_status_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ids_file(tmp_path, [f"user-{i}" for i in range(2_001)])
    args = ["persons", "bulk-delete", "--distinct-ids-file", path, "--dry-run", "--concurrency", "3"]
    assert run(FakePostHog(), *args) == 0
    assert capsys.readouterr().out == (
        "dry run: 2001 distinct ids in 3 batches of at most 1000, 3 at a time; nothing sent\n"
    )


@pytest.mark.usefixtures("env")
def test_a_dry_run_shows_the_first_five_rejected_lines_and_counts_them_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [f"not-a-uuid-{i}" for i in range(7)]
    path = ids_file(tmp_path, bad)
    assert run(FakePostHog(), "persons", "bulk-delete", "--ids-file", path, "--dry-run") == 1
    assert capsys.readouterr().out == (
        "dry run: 0 ids in 0 batches of at most 1000, 4 at a time; nothing sent\n"
        "7 lines would be rejected:\n"
        + "".join(f"  line {i + 1}: 'not-a-uuid-{i}': not a person UUID\n" for i in range(5))
    )


@pytest.mark.usefixtures("env")
def test_a_dry_run_of_duplicates_alone_mentions_no_blank_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ids_file(tmp_path, ["a", "b", "a"])
    assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", path, "--dry-run") == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "1 duplicates would be sent once; 0 blank lines ignored"
    ]
    path = ids_file(tmp_path, ["a", "", "b"])
    assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", path, "--dry-run") == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "0 duplicates would be sent once; 1 blank lines ignored"
    ]


def test_a_dry_run_needs_no_api_key(
    clean_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a\nb\n"), encoding="utf-8"))
    assert main(["persons", "bulk-delete", "--distinct-ids-file", "-", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("dry run: 2 distinct ids in 1 batches")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n \n"), encoding="utf-8"))
    assert main(["persons", "bulk-delete", "--distinct-ids-file", "-", "--dry-run"]) == 2
    assert capsys.readouterr().err == "posthog-api: error: standard input holds no ids: nothing to delete\n"


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--batch-size", "0"], "--batch-size must be from 1 to 1000, not 0"),
        (["--batch-size", "1001"], "--batch-size must be from 1 to 1000, not 1001"),
        (["--concurrency", "0"], "--concurrency must be 1 or more, not 0"),
    ],
)
def test_out_of_range_flags_are_refused_before_anything_is_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], message: str
) -> None:
    fake = FakePostHog()
    path = ids_file(tmp_path, ["a"])
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", path, *flags) == 2
    assert capsys.readouterr().err == f"posthog-api: error: {message}\n"
    assert fake.requests == []


@pytest.mark.usefixtures("env")
def test_the_smallest_and_largest_batch_sizes_and_one_at_a_time_are_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ids_file(tmp_path, ["a", "b"])
    for flags in (["--batch-size", "1"], ["--batch-size", "1000"], ["--concurrency", "1"]):
        assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", path, *flags) == 1
        assert "2 distinct_ids read: 2 accepted" in capsys.readouterr().out  # none found: exit 1


@pytest.mark.usefixtures("env")
def test_failed_out_that_cannot_be_written_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    path = ids_file(tmp_path, ["a"])
    target = str(tmp_path / "missing-dir" / "failed.txt")
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", path, "--failed-out", target) == 2
    assert capsys.readouterr().err == (
        f"posthog-api: error: cannot write {target}: No such file or directory\n"
    )
    assert fake.requests == []


@pytest.mark.usefixtures("env")
def test_an_id_file_that_cannot_be_read_names_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "missing.txt")
    assert run(FakePostHog(), "persons", "bulk-delete", "--ids-file", missing) == 2
    err = capsys.readouterr().err
    assert err == f"posthog-api: error: cannot read {missing}: No such file or directory\n"


def test_a_blank_key_in_the_environment_is_no_key(
    clean_env: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", "  ")
    assert main(["whoami"]) == 2
    assert capsys.readouterr().err == (
        "posthog-api: error: no API key: set POSTHOG_PERSONAL_API_KEY or pass --api-key-file FILE\n"
    )


def test_a_key_file_that_cannot_be_read_names_the_reason(
    clean_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "key")
    assert main(["--api-key-file", missing, "whoami"]) == 2
    err = capsys.readouterr().err
    assert err == f"posthog-api: error: cannot read {missing}: No such file or directory\n"


def test_host_project_and_organization_flags_reach_the_client(
    clean_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(f"  {KEY}  \n")
    seen: dict[str, Any] = {}
    fake = FakePostHog()

    def make_client(**settings: Any) -> AsyncPostHog:
        seen.update(settings)
        return fake.client(**{**settings, "host": "https://us.posthog.com"})

    argv = ["--host", "eu", "--project-id", "7", "--organization-id", ORG, "--max-retries", "5"]
    assert main([*argv, "--api-key-file", str(key_file), "whoami"], make_client=make_client) == 0
    assert seen == {
        "max_retries": 5,
        "host": "eu",
        "project_id": "7",
        "organization_id": ORG,
        "api_key": KEY,
    }
    out = capsys.readouterr().out
    assert f"project: 7\norganization: {ORG}\n" in out
    seen.clear()
    main(["--api-key-file", str(key_file), "whoami"], make_client=make_client)
    assert seen == {"max_retries": 2, "api_key": KEY}


def test_whoami_without_a_project_says_so(
    clean_env: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", KEY)
    fake = FakePostHog()

    def make_client(**settings: Any) -> AsyncPostHog:
        return fake.client(**{**settings, "project_id": None, "organization_id": None})

    assert main(["whoami"], make_client=make_client) == 0
    out = capsys.readouterr().out
    assert "project: (not set)\norganization: (not set)\n" in out


def stdin_bytes(monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content), encoding="utf-8"))


@pytest.mark.usefixtures("env")
def test_failed_out_lists_the_unread_ids_once_and_stops_at_a_line_that_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [f"user-{i}".encode() for i in range(100)]
    lines[49] = b"user-2"  # a repeat: written once
    lines[59] = b" padded"  # rejected: a rerun would reject it again
    lines[79] = b""  # blank
    lines[99] = "Jos\xe9".encode("latin-1")
    stdin_bytes(monkeypatch, b"".join(line + b"\n" for line in lines) + b"user-last\n")
    failed = tmp_path / "failed.txt"
    args = ["--project-id", "999", "persons", "bulk-delete", "--distinct-ids-file", "-"]
    args += ["--batch-size", "10", "--concurrency", "1", "--failed-out", str(failed)]
    assert run(FakePostHog(), *args) == 1  # 404: no such project, the job stops
    out, err = capsys.readouterr()
    expected = [f"user-{i}" for i in range(99) if i not in (49, 59, 79)]
    assert failed.read_text() == "".join(f"{identifier}\n" for identifier in expected)
    assert f"{len(expected)} ids that did not go through written to {failed}\n" in out
    assert (
        "posthog-api: --failed-out stops at item 100: standard input line 100 is not UTF-8 "
        "(byte 0xe9 at column 4): save the file as UTF-8\n"
    ) in err


@pytest.mark.usefixtures("env")
def test_failed_out_leaves_out_what_an_earlier_run_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(40)
    path = ids_file(tmp_path, [f"user-{i}" for i in range(40)])
    journal, failed = str(tmp_path / "job.jsonl"), tmp_path / "failed.txt"
    args = ["--max-retries", "0", "persons", "bulk-delete", "--distinct-ids-file", path]
    args += ["--batch-size", "10", "--concurrency", "1", "--journal", journal, "--failed-out", str(failed)]
    fake.fail("persons_bulk_delete_create", 503, 503, 503)  # the first three batches fail
    assert run(fake, *args) == 1
    assert "10 accepted in 1 batches, 30 in 3 failed batches" in capsys.readouterr().out
    assert run(fake, "--project-id", "999", *args) == 1  # stopped at its first batch
    out = capsys.readouterr().out
    assert out.startswith(f"resuming: 10 of 40 already accepted (journal {journal})\n")
    assert failed.read_text() == "".join(f"user-{i}\n" for i in range(30))
    assert f"30 ids that did not go through written to {failed}\n" in out
    assert out.endswith(f"run the same command again to resume from {journal}\n")


@pytest.mark.usefixtures("env")
def test_a_resumed_job_from_standard_input_gives_no_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakePostHog()
    fake.seed_persons(20)
    content = "".join(f"user-{i}\n" for i in range(20)).encode()
    journal = str(tmp_path / "job.jsonl")
    args = ["persons", "bulk-delete", "--distinct-ids-file", "-", "--journal", journal, "--batch-size", "10"]
    fake.fail("persons_bulk_delete_create", 503)  # the first batch fails
    stdin_bytes(monkeypatch, content)
    assert run(fake, "--max-retries", "0", *args, "--concurrency", "1") == 1
    capsys.readouterr()
    stdin_bytes(monkeypatch, content)
    assert run(fake, *args) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"resuming: 10 already accepted (journal {journal})\n")
    assert "run the same command again" not in out
    assert "did not go through" not in out


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM"])
def test_a_signal_mid_job_is_exit_status_130_and_failed_out_holds_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stop: str
) -> None:
    import signal

    from posthog_api.testing import HANDLERS

    calls = []

    def signalling(context: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:  # the second batch is answered, then the signal arrives
            os.kill(os.getpid(), getattr(signal, stop))
        return HANDLERS["persons_bulk_delete_create"](context)

    fake = FakePostHog(handlers={**HANDLERS, "persons_bulk_delete_create": signalling}, latency=0.001)
    fake.seed_persons(1_000)
    path = ids_file(tmp_path, [f"user-{i}" for i in range(1_000)])
    failed = tmp_path / "failed.txt"
    args = ["persons", "bulk-delete", "--distinct-ids-file", path, "--failed-out", str(failed)]
    assert run(fake, *args, "--batch-size", "10", "--concurrency", "1") == 130
    out, err = capsys.readouterr()
    assert err.endswith(f"posthog-api: interrupted ({stop})\n")
    assert f"not ok: the job stopped before the end: interrupted by {stop}" in out
    left = failed.read_text().split()
    assert 0 < len(left) < 1_000
    # Every person left is in it; so may be the batch in flight at the signal (safe to resend).
    assert fake.person_count() <= len(left) <= fake.person_count() + 10
    assert f"{len(left)} ids that did not go through written to {failed}\n" in out
