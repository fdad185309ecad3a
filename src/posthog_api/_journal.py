"""The journal of a batched bulk delete: what every finished batch did, on disk, for resuming.

A journal is a JSON-lines file. Each record is one line, written and ``fsync``-ed as soon as
the thing it records has happened, so a killed process loses at most the batches in flight
(which are safe to send again: deleting a deleted person is harmless). A torn last line (the
process died while writing it) is dropped when the journal is opened again.

Records (positions count the input's items from 0; ``ranges`` are inclusive ``[first, last]``
pairs of positions)::

    {"journal": "posthog-api bulk delete", "version": 1, "kind": "distinct_ids"}   once, first
    {"run": 2, "started": "2026-11-23T21:00:00+00:00", "already_accepted": 19000}
    {"accepted": [[0, 999]], "n": 1000, "first": "user-0", "found": 1000, "deleted": 1000,
     "queued": 0, "deletion_errors": []}
    {"failed": [[1000, 1999]], "ids": [...], "error": "503 ..."}
    {"rejected": 2000, "value": " user-x", "reason": "has surrounding whitespace"}
    {"not_sent": [[2000, 2999]], "ids": [...]}        in flight or unsent when the job stopped
    {"end": "complete" | "cancelled" | "<error>", "counts": {"read": 3000, "accepted": 1000, ...}}

Resuming reads only the ``accepted`` records: their positions (merged into ranges, so memory
grows with the gaps between accepted ranges, not with the ids) and, per batch, the first id,
which is compared with the input at that position to refuse a journal written for another input.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from attrs import define, field

__all__ = ["Journal", "JournalError", "Resume", "ranges_of"]

FORMAT = "posthog-api bulk delete"
VERSION = 1


class JournalError(ValueError):
    """The journal cannot be used for this job: another kind of ids, another input, or not a journal."""


def ranges_of(positions: Sequence[int]) -> list[list[int]]:
    """Ascending positions as inclusive ``[first, last]`` runs: ``[0, 1, 2, 5]`` -> ``[[0, 2], [5, 5]]``."""
    runs: list[list[int]] = []
    for position in positions:
        if runs and position == runs[-1][1] + 1:
            runs[-1][1] = position
        else:
            runs.append([position, position])
    return runs


@define
class Resume:
    """What earlier runs of the job accepted, and a check that this run reads the same input."""

    path: str
    intervals: list[tuple[int, int]] = field(factory=list)  # merged, ascending, inclusive
    first_ids: dict[int, str] = field(factory=dict)  # position -> the first id of an accepted batch
    runs: int = 0
    _next: int = 0

    @property
    def accepted(self) -> int:
        """How many input positions earlier runs had accepted."""
        return sum(last - first + 1 for first, last in self.intervals)

    def already_accepted(self, position: int, key: str) -> bool:
        """Whether the id at ``position`` (read in ascending order) was accepted by an earlier run.

        Raises:
            JournalError: ``key`` is not the id an earlier run read at ``position``.
        """
        expected = self.first_ids.get(position)
        if expected is not None and expected != key:
            raise JournalError(
                f"the input differs from the one journal {self.path} was written for: item {position + 1} "
                f"is {key!r}, it was {expected!r}; use a new journal for a new input"
            )
        intervals = self.intervals
        while self._next < len(intervals) and intervals[self._next][1] < position:
            self._next += 1
        return self._next < len(intervals) and intervals[self._next][0] <= position


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1] + 1:
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class Journal:
    """An open journal: ``Journal.open`` reads what earlier runs did and appends this run's records."""

    def __init__(self, path: str, handle: IO[bytes], run_offset: int) -> None:
        self.path = path
        self._handle = handle
        self._run_offset = run_offset

    @staticmethod
    def load(path: str | os.PathLike[str], kind: str) -> tuple[Resume, int | None]:
        """What earlier runs accepted, read without changing the file, and the length of its
        whole records (None when there is no journal yet).

        Raises:
            JournalError: the file is not a journal, is for the other kind of ids, or is corrupt.
            OSError: it cannot be read.
        """
        name = os.fspath(path)
        resume = Resume(path=name)
        accepted: list[tuple[int, int]] = []
        header_seen = False
        good_end = 0
        if not os.path.exists(name):
            return resume, None
        with open(name, "rb") as existing:
            for number, line in enumerate(existing, start=1):
                if not line.endswith(b"\n"):
                    break  # torn by a killed process: dropped when the journal is opened
                try:
                    record = json.loads(line)
                except ValueError:
                    raise JournalError(f"{name} line {number} is not a journal record") from None
                if not isinstance(record, dict):
                    raise JournalError(f"{name} line {number} is not a journal record")
                if not header_seen:
                    if record.get("journal") != FORMAT:
                        raise JournalError(f"{name} is not a posthog-api bulk delete journal")
                    if record.get("kind") != kind:
                        raise JournalError(
                            f"journal {name} is for a job deleting by {record.get('kind')}, not by {kind}"
                        )
                    header_seen = True
                elif "run" in record:
                    resume.runs += 1
                elif "accepted" in record:
                    runs = record["accepted"]
                    accepted.extend((int(first), int(last)) for first, last in runs)
                    if runs and isinstance(record.get("first"), str):
                        resume.first_ids[int(runs[0][0])] = record["first"]
                good_end += len(line)
        resume.intervals = _merge(accepted)
        return resume, good_end if header_seen else None

    @classmethod
    def open(cls, path: str | os.PathLike[str], kind: str) -> tuple[Journal, Resume]:
        """Open (or create) the journal at ``path`` for a job deleting by ``kind``.

        Raises:
            JournalError: the file is not a journal, is for the other kind of ids, or is corrupt.
            OSError: it cannot be read or written.
        """
        name = os.fspath(path)
        resume, good_end = cls.load(name, kind)
        handle = open(name, "r+b" if good_end is not None else "wb")  # noqa: SIM115 (the journal keeps it)
        try:
            handle.truncate(good_end or 0)
            handle.seek(0, os.SEEK_END)
            journal = cls(name, handle, run_offset=handle.tell())
            if good_end is None:
                journal.write({"journal": FORMAT, "version": VERSION, "kind": kind})
                journal._run_offset = handle.tell()
            journal.write({"run": resume.runs + 1, "started": _now(), "already_accepted": resume.accepted})
        except BaseException:
            handle.close()
            raise
        return journal, resume

    def write(self, record: dict[str, Any]) -> None:
        """Append one record and force it to disk."""
        self._handle.write(json.dumps(record, separators=(",", ":"), default=str).encode() + b"\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()

    def unfinished_ids(self, kinds: tuple[str, ...] = ("failed", "not_sent")) -> Iterator[str]:
        """The ids this run's ``failed`` and ``not_sent`` records (or ``kinds``) list, in order."""
        with open(self.path, "rb") as handle:
            handle.seek(self._run_offset)
            for line in handle:
                if not line.endswith(b"\n"):
                    break
                record = json.loads(line)
                if any(kind in record for kind in kinds):
                    yield from (str(identifier) for identifier in record.get("ids", ()))


def read_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Every whole record of a journal, for tools and tests that inspect one."""
    with Path(path).open("rb") as handle:
        for line in handle:
            if line.endswith(b"\n"):
                yield json.loads(line)
