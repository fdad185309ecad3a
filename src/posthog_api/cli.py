"""``posthog-api``: bulk deletes, list exports and ``whoami`` from the command line.

Configuration comes from the same environment variables as ``AsyncPostHog``
(``POSTHOG_PERSONAL_API_KEY``, ``POSTHOG_HOST``, ``POSTHOG_PROJECT_ID``,
``POSTHOG_ORGANIZATION_ID``); flags override them. The key is never printed. Errors are one line
on standard error (``--debug`` shows the traceback).

Exit status: 0 on success; 1 when something did not go through (a failed, rejected or unsent
id, a job stopped by PostHog's answer, PostHog finding too few of the persons); 2 for bad usage
(a missing command, bad flags), configuration, or input (an unreadable, undecodable or empty id
file, a journal of another job); 130 when interrupted by SIGINT (Ctrl-C) or SIGTERM.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from typing import IO, Any, TextIO

import anyio
import anyio.abc

from . import _config
from ._client import AsyncPostHog
from ._errors import APIConnectionError, MissingScopeError, PostHogError
from ._generated.operations import OPERATIONS
from ._journal import Journal, Resume
from .bulk import (
    BLANK,
    DEDUPE_WINDOW,
    MAX_BATCH_SIZE,
    BulkDeleteReport,
    DuplicateWindow,
    IdKind,
    RejectedId,
    check_id,
)
from .progress import ProgressBar

__all__ = ["main", "main_entry"]

ClientFactory = Callable[..., AsyncPostHog]

#: Command-line name -> AsyncPostHog attribute, for every resource with a paginated ``list``.
LISTABLE = {
    operation.resource.replace("_", "-"): operation.resource
    for operation in sorted(OPERATIONS.values(), key=lambda op: op.resource)
    if operation.is_offset_paginated and operation.resource_method == "list"
}
TABLE_WIDTH = 32


#: Exit statuses (see the module's docstring).
EXIT_OK, EXIT_INCOMPLETE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Bad input from the user: reported in one line, exit status 2."""


class Interrupted(Exception):
    """SIGINT or SIGTERM stopped the job: exit status 130."""


# ----------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="posthog-api",
        description="PostHog management API from the command line. The personal API key comes from "
        "POSTHOG_PERSONAL_API_KEY (or --api-key-file) and is never printed.",
        epilog="Exit status: 0 success; 1 something did not go through; 2 bad usage (a missing "
        "command, a bad flag), configuration or input; 130 interrupted (SIGINT or SIGTERM).",
    )
    parser.add_argument("--host", help="us, eu or a URL (default: POSTHOG_HOST, else us)")
    parser.add_argument("--project-id", help="the project (default: POSTHOG_PROJECT_ID)")
    parser.add_argument(
        "--organization-id", help="the organization, for domains (default: POSTHOG_ORGANIZATION_ID)"
    )
    parser.add_argument(
        "--api-key-file", help="read the personal API key from this file instead of the environment"
    )
    parser.add_argument("--max-retries", type=int, default=2, help="retries per request (default: 2)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and retry logs")
    commands = parser.add_subparsers(dest="command", metavar="command", required=True)

    commands.add_parser("whoami", help="the host, project and the key's scopes")

    persons = commands.add_parser("persons", help="persons")
    persons_commands = persons.add_subparsers(dest="action", metavar="action", required=True)
    delete = persons_commands.add_parser(
        "bulk-delete",
        help="delete persons listed in a file, in concurrent batches",
        description="Delete the persons whose ids are listed one per line in a UTF-8 file ('-' for "
        "standard input). The file is streamed, never loaded whole. Blank lines are ignored; a line "
        "with surrounding whitespace or a control character is rejected, not sent. With --journal, "
        "progress is recorded as it happens and the same command again resumes, sending only what "
        "was not accepted. Exit status: 0 done, 1 something did not go through, 2 bad usage or "
        "input, 130 interrupted (SIGINT or SIGTERM).",
    )
    source = delete.add_mutually_exclusive_group(required=True)
    source.add_argument("--distinct-ids-file", metavar="FILE", help="distinct ids, one per line")
    source.add_argument("--ids-file", metavar="FILE", help="person UUIDs, one per line")
    delete.add_argument(
        "--batch-size", type=int, default=MAX_BATCH_SIZE, help=f"ids per request (1-{MAX_BATCH_SIZE})"
    )
    delete.add_argument("--concurrency", type=int, default=4, help="requests in flight (default: 4)")
    delete.add_argument("--delete-events", action="store_true", help="also delete the persons' events")
    delete.add_argument("--delete-recordings", action="store_true", help="also delete their recordings")
    delete.add_argument("--keep-person", action="store_true", help="keep the persons; delete only their data")
    delete.add_argument(
        "--dry-run", action="store_true", help="check the file and print the batch plan; send nothing"
    )
    delete.add_argument(
        "--failed-out",
        metavar="FILE",
        help="write the ids that did not go through (failed or not sent) here; rewritten every run, "
        "also when interrupted",
    )
    delete.add_argument(
        "--journal",
        metavar="FILE",
        help="record progress in FILE as batches finish; if FILE exists, resume: send only the ids "
        "that no earlier run with this journal had accepted",
    )

    # A listable resource that already has a command (persons) gets "list" beside its actions.
    existing = {"persons": persons_commands}
    for name in LISTABLE:
        actions = existing.get(name)
        if actions is None:
            resource = commands.add_parser(name, help=f"{name.replace('-', ' ')}")
            actions = resource.add_subparsers(dest="action", metavar="action", required=True)
        listing = actions.add_parser(
            "list", help=f"every {name.replace('-', ' ')[:-1]}, streamed page by page"
        )
        listing.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
        listing.add_argument("--max-items", type=int, help="stop after this many")
        listing.add_argument("--page-size", type=int, default=100, help="items per request (default: 100)")
    return parser


# ----------------------------------------------------------------------------- input


def open_ids(path: str, stack: ExitStack) -> IO[bytes]:
    """The id file, opened now so that a bad path is reported before anything is sent."""
    if path == "-":
        return sys.stdin.buffer
    try:
        return stack.enter_context(open(path, "rb"))
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None


def read_lines(handle: IO[bytes], path: str) -> Iterator[str]:
    """Every line of an id file, decoded as UTF-8 (a leading byte-order mark dropped), without
    its line ending; blank lines included, so that the n-th item is line n.

    Raises:
        UsageError: a line is not UTF-8 (naming the file and the line).
    """
    name = "standard input" if path == "-" else path
    for number, raw in enumerate(handle, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise UsageError(
                f"{name} line {number} is not UTF-8 (byte 0x{raw[error.start]:02x} at column "
                f"{error.start + 1}): save the file as UTF-8"
            ) from None
        yield line[:-2] if line.endswith("\r\n") else line[:-1] if line.endswith("\n") else line


def scan(path: str) -> int | None:
    """Non-blank lines of a regular file (one streaming pass that also checks the encoding, so
    that a bad file is refused before anything is sent), or None for standard input.

    Raises:
        UsageError: a line is not UTF-8, or the file holds no ids.
    """
    if path == "-":
        return None
    with open(path, "rb") as handle:
        total = sum(1 for line in read_lines(handle, path) if line.strip())
    if not total:
        raise UsageError(f"{path} holds no ids: nothing to delete")
    return total


def id_kind(args: argparse.Namespace) -> IdKind:
    return "ids" if args.ids_file else "distinct_ids"


# ----------------------------------------------------------------------------- commands


async def whoami(ph: AsyncPostHog, out: TextIO) -> int:
    key = await ph.personal_api_keys.current()
    teams = ", ".join(str(t) for t in key.scoped_teams or []) or "all"
    organizations = ", ".join(key.scoped_organizations or []) or "all"
    out.write(
        f"host: {ph.host}\n"
        f"project: {ph.project_id or '(not set)'}\n"
        f"organization: {ph.organization_id or '(not set)'}\n"
        f"key: {key.label} ({key.mask_value})\n"
        f"scopes: {' '.join(key.scopes)}\n"
        f"projects allowed: {teams}\n"
        f"organizations allowed: {organizations}\n"
    )
    return 0


def dry_run(args: argparse.Namespace, handle: IO[bytes], out: TextIO) -> int:
    """Check every line as the job would (the same rules, duplicates included); send nothing."""
    path = args.ids_file or args.distinct_ids_file
    kind = id_kind(args)
    valid = invalid = blank = duplicates = 0
    window = DuplicateWindow(DEDUPE_WINDOW)
    shown: list[str] = []
    for number, line in enumerate(read_lines(handle, path), start=1):
        checked = check_id(kind, number - 1, line)
        if isinstance(checked, RejectedId):
            if checked.reason == BLANK:
                blank += 1
                continue
            invalid += 1
            if len(shown) < 5:
                shown.append(f"  line {number}: {line!r}: {checked.reason}")
            continue
        if window.seen(str(checked)):
            duplicates += 1
            continue
        valid += 1
    if not valid + invalid + duplicates:
        raise UsageError(f"{'standard input' if path == '-' else path} holds no ids: nothing to delete")
    batches = -(-valid // args.batch_size)
    out.write(
        f"dry run: {valid} {kind.replace('_', ' ')} in {batches} batches of at most {args.batch_size}, "
        f"{args.concurrency} at a time; nothing sent\n"
    )
    if duplicates or blank:
        out.write(f"{duplicates} duplicates would be sent once; {blank} blank lines ignored\n")
    if invalid:
        out.write(f"{invalid} lines would be rejected:\n" + "\n".join(shown) + "\n")
    return EXIT_INCOMPLETE if invalid else EXIT_OK


async def bulk_delete(ph: AsyncPostHog, args: argparse.Namespace, handle: IO[bytes], out: TextIO) -> int:
    path = args.ids_file or args.distinct_ids_file
    kind = id_kind(args)
    total = scan(path)
    resume = Resume(path=args.journal or "")
    if args.journal:
        resume, _ = Journal.load(args.journal, kind)
        if resume.runs:
            of = f" of {total:,}" if total is not None else ""
            out.write(f"resuming: {resume.accepted:,}{of} already accepted (journal {args.journal})\n")
            out.flush()
    failed_out = open_failed_out(args.failed_out) if args.failed_out else None
    # Without --journal, a journal in a temporary directory still keeps failed ids on disk, not
    # in memory, until --failed-out is written.
    scratch = None if args.journal else tempfile.TemporaryDirectory(prefix="posthog-api-")
    journal = os.path.join(scratch.name, "job.jsonl") if scratch is not None else args.journal
    bar = ProgressBar(total, label="ids")
    report = BulkDeleteReport()
    lines = read_lines(handle, path)

    def show(progress: BulkDeleteReport) -> None:
        failed = progress.ids_failed + progress.ids_rejected - progress.rejected_by_reason.get(BLANK, 0)
        done = progress.ids_accepted + failed + progress.ids_duplicate + progress.ids_already_accepted
        bar.update(done, failed=failed, note=progress.waiting)

    stopped_by: PostHogError | None = None
    interrupted: str | None = None
    try:
        async with anyio.create_task_group() as group:
            job = anyio.CancelScope()

            async def watch_signals(*, task_status: anyio.abc.TaskStatus[None]) -> None:
                nonlocal interrupted
                with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
                    task_status.started()
                    async for received in signals:
                        interrupted = signal.Signals(received).name
                        job.cancel()
                        return

            await group.start(watch_signals)
            with job:
                try:
                    await ph.persons.bulk_delete_batched(
                        ids=lines if kind == "ids" else None,
                        distinct_ids=lines if kind == "distinct_ids" else None,
                        batch_size=args.batch_size,
                        concurrency=args.concurrency,
                        delete_events=args.delete_events,
                        delete_recordings=args.delete_recordings,
                        keep_person=args.keep_person,
                        on_progress=show,
                        journal=journal,
                        report=report,
                    )
                except PostHogError as error:
                    stopped_by = error
            group.cancel_scope.cancel()
    finally:
        show(report)  # ids skipped after the last batch (an earlier run's) count too
        bar.close()
        try:
            unfinished = write_unfinished(failed_out, report, lines, kind, resume) if failed_out else None
        finally:
            if scratch is not None:
                scratch.cleanup()
    if report.stopped != "cancelled":
        interrupted = None  # the signal came after the job had ended: its result stands
    if interrupted:
        report.stopped = f"interrupted by {interrupted}"
    blank = report.rejected_by_reason.get(BLANK, 0)
    if not interrupted and not stopped_by and report.ids_read == blank:
        raise UsageError(f"{'standard input' if path == '-' else path} holds no ids: nothing to delete")
    out.write(report.summary(ignore_blank=True) + "\n")
    # What another run could still send (rejected ids would be rejected again).
    resumable = report.ids_failed or report.ids_not_sent or not report.input_exhausted
    if unfinished is not None:
        if unfinished:
            out.write(f"{unfinished} ids that did not go through written to {args.failed_out}\n")
    elif resumable:
        out.write("ids that did not go through were not saved: pass --journal or --failed-out FILE\n")
    if args.journal and resumable:
        out.write(f"run the same command again to resume from {args.journal}\n")
    out.flush()
    if interrupted:
        raise Interrupted(interrupted)
    if stopped_by is not None:
        raise stopped_by
    return EXIT_OK if not report.problems(ignore_blank=True) else EXIT_INCOMPLETE


def open_failed_out(path: str) -> IO[str]:
    """``--failed-out``, emptied now: a file left by an earlier run never passes for this one's."""
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None


def write_unfinished(
    out: IO[str], report: BulkDeleteReport, lines: Iterator[str], kind: IdKind, resume: Resume
) -> int:
    """Write the failed and not-sent ids, then the valid ids of the input the job did not read
    (minus those an earlier run accepted); returns how many. Closes ``out``."""
    written = 0
    window = DuplicateWindow(DEDUPE_WINDOW)
    with out:
        for identifier in report.unfinished_ids():
            window.seen(identifier)
            out.write(f"{identifier}\n")
            written += 1
        if report.input_exhausted:
            return written
        position = report.ids_read
        try:
            for line in lines:
                checked = check_id(kind, position, line)
                done = isinstance(checked, RejectedId) or resume.already_accepted(position, str(checked))
                if not done and not window.seen(str(checked)):
                    out.write(f"{checked}\n")
                    written += 1
                position += 1
        except (UsageError, ValueError) as error:  # what was written stands
            print(f"posthog-api: --failed-out stops at item {position + 1}: {error}", file=sys.stderr)
    return written


def _cell(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, default=str)
    return "" if value is None else str(value)


class Table:
    """Aligned columns of the scalar fields, sized on the first row (the output is streamed)."""

    def __init__(self, first: dict[str, Any], out: TextIO) -> None:
        scalar = [c for c, v in first.items() if not isinstance(v, dict | list)]
        leading = [c for c in ("id", "short_id", "name", "domain") if c in scalar]
        self.columns = leading + [c for c in scalar if c not in leading]
        self.widths = [min(max(len(c), len(_cell(first[c]))), TABLE_WIDTH) for c in self.columns]
        self.out = out
        self._write(self.columns)

    def row(self, row: dict[str, Any]) -> None:
        self._write([_cell(row.get(c)) for c in self.columns])

    def _write(self, cells: list[str]) -> None:
        fitted = (
            (value if len(value) <= width else value[: width - 1] + "~").ljust(width)
            for value, width in zip(cells, self.widths, strict=True)
        )
        self.out.write("  ".join(fitted).rstrip() + "\n")


async def list_items(ph: AsyncPostHog, args: argparse.Namespace, out: TextIO) -> int:
    resource = getattr(ph, LISTABLE[args.command])
    csv_writer: Any = None
    csv_columns: list[str] = []
    table: Table | None = None
    async for item in resource.list(limit=args.page_size, max_items=args.max_items):
        row = item.to_dict()
        if args.format == "jsonl":
            out.write(json.dumps(row, default=str) + "\n")
        elif args.format == "csv":
            if csv_writer is None:
                csv_writer, csv_columns = csv.writer(out), list(row)
                csv_writer.writerow(csv_columns)
            csv_writer.writerow([_cell(row.get(c)) for c in csv_columns])
        elif table is None:
            table = Table(row, out)
            table.row(row)
        else:
            table.row(row)
    return 0


# ----------------------------------------------------------------------------- main


def client_settings(args: argparse.Namespace) -> dict[str, Any]:
    settings: dict[str, Any] = {"max_retries": args.max_retries}
    for name in ("host", "project_id", "organization_id"):
        if getattr(args, name) is not None:
            settings[name] = getattr(args, name)
    if not args.api_key_file and not os.environ.get(_config.ENV_API_KEY, "").strip():
        raise UsageError(f"no API key: set {_config.ENV_API_KEY} or pass --api-key-file FILE")
    if args.api_key_file:
        try:
            with open(args.api_key_file, encoding="utf-8") as handle:
                settings["api_key"] = handle.read().strip()
        except OSError as error:
            raise UsageError(f"cannot read {args.api_key_file}: {error.strerror or error}") from None
    return settings


async def run(args: argparse.Namespace, make_client: ClientFactory, out: TextIO) -> int:
    with ExitStack() as stack:
        handle = None
        deleting = args.command == "persons" and args.action == "bulk-delete"
        if deleting:
            handle = open_ids(args.ids_file or args.distinct_ids_file, stack)
            if not 1 <= args.batch_size <= MAX_BATCH_SIZE:
                raise UsageError(f"--batch-size must be from 1 to {MAX_BATCH_SIZE}, not {args.batch_size}")
            if args.concurrency < 1:
                raise UsageError(f"--concurrency must be 1 or more, not {args.concurrency}")
            if args.dry_run:
                return dry_run(args, handle, out)
        async with make_client(**client_settings(args)) as ph:
            if args.command == "whoami":
                return await whoami(ph, out)
            if deleting:
                assert handle is not None
                return await bulk_delete(ph, args, handle, out)
            return await list_items(ph, args, out)


def describe(error: BaseException) -> str:
    """One line for a person to read."""
    if isinstance(error, MissingScopeError):
        return f"the API key lacks the scope {', '.join(error.missing_scopes)} ({error.operation_id})"
    if isinstance(error, APIConnectionError):
        return f"cannot reach PostHog: {error}"
    return " ".join(str(error).split()) or type(error).__name__


def main(argv: Sequence[str] | None = None, *, make_client: ClientFactory = AsyncPostHog) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help (0), or bad usage such as a missing command (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    out = sys.stdout
    if args.debug:
        import logging

        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        return anyio.run(run, args, make_client, out)
    except Interrupted as signal_name:
        print(f"posthog-api: interrupted ({signal_name})", file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        print("posthog-api: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (UsageError, ValueError, PostHogError, OSError) as error:
        if args.debug:
            traceback.print_exc()
        print(f"posthog-api: error: {describe(error)}", file=sys.stderr)
        return 2 if isinstance(error, UsageError | ValueError) else 1


def main_entry() -> None:
    """The ``posthog-api`` console script."""
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    main_entry()
