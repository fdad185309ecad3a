"""``posthog-api``: bulk deletes, list exports and ``whoami`` from the command line.

Configuration comes from the same environment variables as ``AsyncPostHog``
(``POSTHOG_PERSONAL_API_KEY``, ``POSTHOG_HOST``, ``POSTHOG_PROJECT_ID``,
``POSTHOG_ORGANIZATION_ID``); flags override them. The key is never printed. Errors are one line
on standard error (``--debug`` shows the traceback); the exit status is 0 on success, 1 when
something did not go through, 2 for bad usage or configuration, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import traceback
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from typing import IO, Any, TextIO

import anyio

from . import _config
from ._client import AsyncPostHog
from ._errors import APIConnectionError, MissingScopeError, PostHogError
from .bulk import MAX_BATCH_SIZE, BulkDeleteReport
from .progress import ProgressBar

__all__ = ["main", "main_entry"]

ClientFactory = Callable[..., AsyncPostHog]

#: Command-line name -> AsyncPostHog attribute, for every paginated list.
LISTABLE = {
    "actions": "actions",
    "customer-journeys": "customer_journeys",
    "conversation-views": "conversation_views",
    "subscriptions": "subscriptions",
    "domains": "domains",
}
TABLE_WIDTH = 32


class UsageError(Exception):
    """Bad input from the user: reported in one line, exit status 2."""


# ----------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="posthog-api",
        description="PostHog management API from the command line. The personal API key comes from "
        "POSTHOG_PERSONAL_API_KEY (or --api-key-file) and is never printed.",
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
        description="Delete the persons whose ids are listed one per line in a file ('-' for standard "
        "input). The file is streamed, never loaded whole. Ids that did not go through are written to "
        "--failed-out; run again on that file to finish the job.",
    )
    source = delete.add_mutually_exclusive_group(required=True)
    source.add_argument("--distinct-ids-file", metavar="FILE", help="distinct ids, one per line")
    source.add_argument("--ids-file", metavar="FILE", help="person UUIDs, one per line")
    delete.add_argument("--batch-size", type=int, default=MAX_BATCH_SIZE, help="ids per request (1-1000)")
    delete.add_argument("--concurrency", type=int, default=4, help="requests in flight (default: 4)")
    delete.add_argument("--delete-events", action="store_true", help="also delete the persons' events")
    delete.add_argument("--delete-recordings", action="store_true", help="also delete their recordings")
    delete.add_argument("--keep-person", action="store_true", help="keep the persons; delete only their data")
    delete.add_argument(
        "--dry-run", action="store_true", help="check the file and print the batch plan; send nothing"
    )
    delete.add_argument("--failed-out", metavar="FILE", help="write the ids that did not go through here")

    for name in LISTABLE:
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


def open_ids(path: str, stack: ExitStack) -> TextIO:
    """The id file, opened now so that a bad path is reported before anything is sent."""
    if path == "-":
        return sys.stdin
    try:
        return stack.enter_context(open(path, encoding="utf-8"))
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None


def read_ids(handle: IO[str]) -> Iterator[str]:
    """Non-blank lines, stripped, one at a time."""
    for line in handle:
        value = line.strip()
        if value:
            yield value


def count_lines(path: str) -> int | None:
    """Ids in a regular file (one streaming pass), or None for standard input."""
    if path == "-":
        return None
    with open(path, encoding="utf-8") as handle:
        return sum(1 for _ in read_ids(handle))


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


def dry_run(args: argparse.Namespace, handle: IO[str], out: TextIO) -> int:
    kind = "ids" if args.ids_file else "distinct ids"
    valid = invalid = 0
    shown: list[str] = []
    for number, value in enumerate(read_ids(handle), start=1):
        if args.ids_file:
            try:
                uuid.UUID(value)
            except ValueError:
                invalid += 1
                if len(shown) < 5:
                    shown.append(f"  line {number}: {value!r} is not a person UUID")
                continue
        valid += 1
    batches = -(-valid // args.batch_size)
    out.write(
        f"dry run: {valid} {kind} in {batches} batches of at most {args.batch_size}, "
        f"{args.concurrency} at a time; nothing sent\n"
    )
    if invalid:
        out.write(f"{invalid} lines would be rejected:\n" + "\n".join(shown) + "\n")
    return 1 if invalid else 0


async def bulk_delete(ph: AsyncPostHog, args: argparse.Namespace, handle: IO[str], out: TextIO) -> int:
    path = args.ids_file or args.distinct_ids_file
    bar = ProgressBar(count_lines(path), label="ids")

    def show(progress: BulkDeleteReport) -> None:
        failed = len(progress.failed_ids()) + len(progress.rejected_ids)
        bar.update(progress.ids_accepted + failed, failed=failed)

    source = read_ids(handle)
    report = await ph.persons.bulk_delete_batched(
        ids=source if args.ids_file else None,
        distinct_ids=None if args.ids_file else source,
        batch_size=args.batch_size,
        concurrency=args.concurrency,
        delete_events=args.delete_events,
        delete_recordings=args.delete_recordings,
        keep_person=args.keep_person,
        on_progress=show,
    )
    bar.close()
    out.write(report.summary() + "\n")
    failed = report.failed_ids()
    if args.failed_out:
        write_lines(args.failed_out, failed)
        if failed:
            out.write(f"{len(failed)} ids that did not go through written to {args.failed_out}\n")
    elif failed:
        out.write("ids that did not go through were not saved: pass --failed-out FILE to keep them\n")
    return 0 if report.ok else 1


def write_lines(path: str, values: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(f"{value}\n" for value in values)


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
        if args.command == "persons":
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
            if args.command == "persons":
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
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.debug:
        import logging

        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        return anyio.run(run, args, make_client, out)
    except KeyboardInterrupt:
        print("posthog-api: interrupted", file=sys.stderr)
        return 130
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
