"""The command line's details that a user meets once: the usage lines, the list page size, a last
line without a newline, a dry run's counts, the words of an error, Ctrl-C, --debug, and the flags
a bulk delete hands to the job."""

import csv
import io
import json
import logging
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from posthog_api import MissingScopeError
from posthog_api._resources import PersonsResource
from posthog_api.cli import build_parser, describe, main
from posthog_api.testing import FakePostHog

from ._support import KEY, ids_file
from ._support import run_cli as run

UUIDS = ["0190a3c5-5e1d-7000-8000-000000000001", "0190a3c5-5e1d-7000-8000-000000000002"]


@pytest.fixture
def env(clean_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", KEY)
    monkeypatch.setenv("POSTHOG_PROJECT_ID", "1")


def test_usage_names_the_command_and_action_slots() -> None:
    parser = build_parser()
    assert parser.format_usage().rstrip().endswith("command ...")
    subcommands = next(a for a in parser._actions if a.dest == "command")
    choices: Any = subcommands.choices
    for name in ("persons", "actions"):
        assert choices[name].format_usage() == f"usage: posthog-api {name} [-h] action ...\n"


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(("flags", "limit"), [((), "100"), (("--page-size", "7"), "7")])
def test_a_list_asks_for_pages_of_the_page_size(
    flags: tuple[str, ...], limit: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_actions(3)
    assert run(fake, "actions", "list", "--format", "jsonl", *flags) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    (listed,) = [r for r in fake.requests if r.operation_id == "actions_list"]
    assert f"limit={limit}" in listed.query.split("&")


@pytest.mark.usefixtures("env")
def test_a_last_line_without_a_newline_is_read_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ids.txt"
    path.write_text(f"{UUIDS[0]}\n{UUIDS[1]}")
    assert run(FakePostHog(), "persons", "bulk-delete", "--ids-file", str(path), "--dry-run") == 0
    assert (
        capsys.readouterr().out == "dry run: 2 ids in 1 batches of at most 1000, 4 at a time; nothing sent\n"
    )


@pytest.mark.usefixtures("env")
def test_a_dry_run_counts_every_duplicate_and_every_kind_of_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ids_file(tmp_path, ["a", "a", "a"])
    assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", path, "--dry-run") == 0
    assert capsys.readouterr().out.splitlines() == [
        "dry run: 1 distinct ids in 1 batches of at most 1000, 4 at a time; nothing sent",
        "2 duplicates would be sent once; 0 blank lines ignored",
    ]
    path = ids_file(tmp_path, [UUIDS[0], "not-a-uuid"])
    assert run(FakePostHog(), "persons", "bulk-delete", "--ids-file", path, "--dry-run") == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        "dry run: 1 ids in 1 batches of at most 1000, 4 at a time; nothing sent"
    )


@pytest.mark.usefixtures("env")
def test_a_dry_run_names_the_file_whose_line_is_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ids.txt"
    path.write_bytes(b"a\n\xff\n")
    assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", str(path), "--dry-run") == 2
    assert capsys.readouterr().err == (
        f"posthog-api: error: {path} line 2 is not UTF-8 (byte 0xff at column 1): save the file as UTF-8\n"
    )


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("lines", [[], ["", ""]], ids=["empty", "blank lines only"])
def test_a_file_with_no_ids_is_refused_naming_it(
    lines: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ids_file(tmp_path, lines)
    fake = FakePostHog()
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", path) == 2
    assert capsys.readouterr().err == f"posthog-api: error: {path} holds no ids: nothing to delete\n"
    assert [r for r in fake.requests if r.operation_id == "persons_bulk_delete_create"] == []


@pytest.mark.usefixtures("env")
def test_bulk_delete_hands_its_flags_to_the_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    given: dict[str, Any] = {}
    original = PersonsResource.bulk_delete_batched

    async def spy(self: PersonsResource, **kwargs: Any) -> Any:
        given.update(kwargs)
        return await original(self, **kwargs)

    monkeypatch.setattr(PersonsResource, "bulk_delete_batched", spy)
    fake = FakePostHog()
    fake.seed_persons(3)
    path = ids_file(tmp_path, ["user-0", "user-1", "user-2"])
    flags = [
        "--batch-size",
        "2",
        "--concurrency",
        "3",
        "--delete-events",
        "--delete-recordings",
        "--keep-person",
    ]
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", path, *flags) == 0
    assert {
        k: given[k]
        for k in ("batch_size", "concurrency", "delete_events", "delete_recordings", "keep_person")
    } == {
        "batch_size": 2,
        "concurrency": 3,
        "delete_events": True,
        "delete_recordings": True,
        "keep_person": True,
    }
    capsys.readouterr()


def test_an_error_is_described_in_one_line() -> None:
    missing = MissingScopeError(
        missing_scopes=["person:write", "cohort:read"], operation_id="persons_bulk_delete_create"
    )
    assert (
        describe(missing)
        == "the API key lacks the scope person:write, cohort:read (persons_bulk_delete_create)"
    )
    assert describe(OSError()) == "OSError"
    assert describe(ValueError("two\n  lines")) == "two lines"


@pytest.mark.usefixtures("env")
def test_ctrl_c_is_exit_status_130_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(anyio, "run", interrupted)
    assert main(["whoami"]) == 130
    assert capsys.readouterr().err == "posthog-api: interrupted\n"


@pytest.mark.usefixtures("env")
def test_debug_logs_the_librarys_info_lines_with_their_level_and_logger(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configured: list[dict[str, Any]] = []
    monkeypatch.setattr(logging, "basicConfig", lambda **kwargs: configured.append(kwargs))
    fake = FakePostHog()
    assert run(fake, "--debug", "whoami") == 0
    assert configured == [{"level": logging.INFO, "format": "%(levelname)s %(name)s: %(message)s"}]


@pytest.mark.usefixtures("env")
def test_an_object_in_a_cell_is_json_with_its_keys_sorted(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakePostHog()
    fake.seed_actions(1)
    assert run(fake, "actions", "list", "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    steps = rows[0]["steps"]
    assert steps == json.dumps(json.loads(steps), sort_keys=True)
    assert steps.index('"event"') < steps.index('"url"')


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("content", [b"", b"\n\n"], ids=["empty", "blank lines only"])
def test_standard_input_with_no_ids_is_refused_after_reading_it(
    content: bytes, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content), encoding="utf-8"))
    fake = FakePostHog()
    assert run(fake, "persons", "bulk-delete", "--distinct-ids-file", "-") == 2
    err = capsys.readouterr().err
    assert err.endswith("\nposthog-api: error: standard input holds no ids: nothing to delete\n")
    assert [r for r in fake.requests if r.operation_id == "persons_bulk_delete_create"] == []


@pytest.mark.usefixtures("env")
def test_a_dry_run_of_one_id_and_its_duplicate_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ids_file(tmp_path, ["a", "a"])
    assert run(FakePostHog(), "persons", "bulk-delete", "--distinct-ids-file", path, "--dry-run") == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "dry run: 1 distinct ids in 1 batches of at most 1000, 4 at a time; nothing sent"
    )


@pytest.mark.usefixtures("env")
def test_a_page_size_that_is_not_a_number_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    fake = FakePostHog()
    assert run(fake, "actions", "list", "--page-size", "ten") == 2
    assert "argument --page-size: invalid int value: 'ten'" in capsys.readouterr().err
    assert fake.requests == []


@pytest.mark.usefixtures("env")
def test_the_progress_of_a_resumed_job_counts_what_the_earlier_run_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakePostHog()
    fake.seed_persons(20)
    path = ids_file(tmp_path, [f"user-{i}" for i in range(20)])
    journal = str(tmp_path / "job.jsonl")
    args = ["persons", "bulk-delete", "--distinct-ids-file", path, "--journal", journal, "--batch-size", "10"]
    fake.fail("persons_bulk_delete_create", 503)  # the first batch fails
    assert run(fake, "--max-retries", "0", *args, "--concurrency", "1") == 1
    first = capsys.readouterr().err.splitlines()[-1]
    assert " 20/20 ids " in first, first
    assert first.endswith(" 10 failed"), first
    assert run(fake, *args) == 0
    resumed = capsys.readouterr().err.splitlines()[-1]
    assert " 20/20 ids " in resumed, resumed
    assert "failed" not in resumed, resumed
