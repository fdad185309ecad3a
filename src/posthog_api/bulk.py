"""Batched bulk deletes: stream ids, send batches concurrently, account for every one of them.

``ph.persons.bulk_delete_batched(...)`` is the entry point; this module holds the job, its
report and the rule for a valid id. The ids are read lazily from any iterable or async iterable,
so a generator of ten million ids is never held in memory: at most ``concurrency`` batches are
in flight and one more is being filled.

**The account.** Every item read from the input ends in exactly one of: accepted (in a batch the
server answered 202), failed (in a batch that still failed after the client's retries, with the
error), rejected (malformed, never sent, with the reason), duplicate (the same id seen shortly
before: sent once), already accepted (by an earlier run of the same journal), or not sent (in
flight or waiting when the job stopped: safe to send again). The report holds the counts as the
job goes, so a report the caller passed in (``report=``) is exact even after the job was cancelled.

**Ids** (``check_id``): one line ending (``\\n`` or ``\\r\\n``) at the end of an id is removed, so
the lines of an open text file can be passed as they are. Then an id is rejected if it is blank,
has surrounding whitespace, contains a control character, or starts with a byte-order mark
(read such a file with ``encoding="utf-8-sig"``); a person id must also be a UUID (sent in its
canonical form). Nothing else is changed.

**Duplicates**: an id equal to one of the last ``dedupe_window`` distinct ids read (default
100,000, about 15 MB) is counted as a duplicate and not sent again. A repeat further back than
that is sent again, which is harmless (deleting a deleted person does nothing) but then it is
counted twice. Memory stays flat however long the input is.

**The journal** (``journal=path``, see ``posthog_api._journal``): every finished batch is
written and flushed to disk as it finishes; the same path again resumes, sending only what no
earlier run had accepted (checked against the input, position by position).
"""

from __future__ import annotations

import inspect
import math
import os
import uuid
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import anyio
import anyio.abc
from attrs import define, evolve, field, frozen

from ._errors import (
    APIResponseValidationError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    PostHogError,
    RateLimitError,
    first_error,
)
from ._generated.operations import OPERATIONS
from ._generated.types import Unset
from ._journal import Journal, JournalError, Resume, ranges_of
from ._waiting import describe_wait, observing

if TYPE_CHECKING:
    from ._generated.models import PersonBulkDeleteResponse

__all__ = [
    "BLANK",
    "BulkDeleteReport",
    "FailedBatch",
    "JournalError",
    "RejectedId",
    "bulk_delete_batched",
    "check_id",
]

#: The most ids one bulk delete request takes: the spec's ``maxItems`` of its id lists.
MAX_BATCH_SIZE: int = OPERATIONS["persons_bulk_delete_create"].max_items("ids") or 1
#: Distinct ids remembered to recognise duplicates (about 150 bytes each: 15 MB).
DEDUPE_WINDOW = 100_000
#: With a journal, how many failed batches and rejected ids the report also keeps in memory.
KEPT_WITH_JOURNAL = 100
#: ``ok`` is false when PostHog found fewer persons than this share of the ids it accepted.
#: A person may own several distinct ids (an anonymous and an identified one is common), so
#: found < accepted is normal; fewer than one in ten almost always means ids of the wrong kind,
#: another project, or mangled ids (a trailing newline: none found).
MIN_FOUND_SHARE = 0.1

Ids: TypeAlias = (
    Iterable[str] | Iterable[str | uuid.UUID] | AsyncIterable[str] | AsyncIterable[str | uuid.UUID]
)
IdKind = Literal["ids", "distinct_ids"]
#: Sends one checked batch: person UUIDs as ``uuid.UUID``, distinct ids as ``str``.
SendBatch: TypeAlias = Callable[[IdKind, list[Any]], Awaitable["PersonBulkDeleteResponse"]]
ProgressCallback: TypeAlias = Callable[["BulkDeleteReport"], Awaitable[None] | None]

#: The rejection reason of a blank id (empty, or only whitespace): a blank line in a file.
BLANK = "blank"


@frozen
class FailedBatch:
    """A batch the server did not accept, after the client's retries."""

    ids: tuple[str, ...]
    error: PostHogError


@frozen
class RejectedId:
    """An id refused before sending, with why (e.g. "not a person UUID", "blank")."""

    position: int  # the item's index in the input, from 0 (the CLI shows file line numbers)
    value: object
    reason: str


def check_id(kind: IdKind, position: int, value: object) -> uuid.UUID | str | RejectedId:
    """The id as it is sent (checked once, here), or why it is rejected; see the module's rule."""
    if kind == "ids" and isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        expected = "a person UUID" if kind == "ids" else "a string"
        return RejectedId(position, value, f"not {expected} ({type(value).__name__})")
    text = value[:-2] if value.endswith("\r\n") else value[:-1] if value.endswith("\n") else value
    if not text.strip():
        return RejectedId(position, value, BLANK)
    if text.startswith("\ufeff"):
        return RejectedId(
            position, value, "starts with a byte-order mark (read the file with encoding='utf-8-sig')"
        )
    if text != text.strip():
        return RejectedId(position, value, "has surrounding whitespace")
    for column, character in enumerate(text, start=1):
        if ord(character) < 32 or 127 <= ord(character) < 160 or character == "\ufeff":
            return RejectedId(
                position, value, f"contains a control character (U+{ord(character):04X} at {column})"
            )
    if kind == "ids":
        try:
            return uuid.UUID(text)
        except ValueError:
            return RejectedId(position, value, "not a person UUID")
    return text


def _count(value: object) -> int | None:
    """A count from the server, or None when it is missing or not a whole number."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@define
class BulkDeleteReport:
    """What a batched bulk delete did, kept exact as the job goes (pass one in with ``report=``).

    Every item read is counted in exactly one of ``ids_accepted``, ``ids_failed``,
    ``ids_rejected``, ``ids_duplicate``, ``ids_already_accepted`` and ``ids_not_sent``.

    Attributes:
        ids_read: items read from the input (``ids_submitted`` is the same number).
        ids_accepted: ids in batches the server accepted (202).
        ids_failed: ids in batches that still failed after retries (``failed_ids()``).
        ids_rejected: ids refused before sending (``rejected_ids``, ``rejected_by_reason``).
        ids_duplicate: repeats of an id read shortly before; not sent again.
        ids_already_accepted: ids an earlier run of the same journal had accepted; not sent.
        ids_not_sent: ids read but not sent, or sent without an answer, when the job stopped
            (``not_sent_ids``; safe to send again).
        input_exhausted: the whole input was read.
        stopped: why the job stopped before the end ("cancelled", or the error), else None.
        persons_found / persons_deleted / persons_queued: the server's counts, summed over the
            batches that reported them (``ids_counted`` ids; ``batches_without_counts`` did not).
        deletion_errors: persons the server found but could not delete (with a journal: the
            first 100; ``persons_not_deleted`` counts them all).
        failed_batches: failed batches with their ids and errors (with a journal: the first
            100; the journal holds them all).
        rejected_ids: rejected ids with their reasons (with a journal: the first 100).
        waiting: "waiting 41 s for the crud rate limit" while the job waits more than a second.
        journal: the journal's path, if any.
    """

    kind: IdKind = "distinct_ids"
    journal: str | None = None
    ids_read: int = 0
    batches_ok: int = 0
    batches_failed: int = 0
    ids_accepted: int = 0
    ids_failed: int = 0
    ids_rejected: int = 0
    ids_duplicate: int = 0
    ids_already_accepted: int = 0
    ids_not_sent: int = 0
    persons_found: int = 0
    persons_deleted: int = 0
    persons_queued: int = 0
    batches_without_counts: int = 0
    ids_counted: int = 0
    persons_not_deleted: int = 0
    input_exhausted: bool = False
    stopped: str | None = None
    waiting: str | None = None
    deletion_errors: list[str] = field(factory=list)
    failed_batches: list[FailedBatch] = field(factory=list)
    rejected_ids: list[RejectedId] = field(factory=list)
    rejected_by_reason: dict[str, int] = field(factory=dict)
    not_sent_ids: list[str] = field(factory=list)
    _journal: Journal | None = field(default=None, repr=False, eq=False, alias="_journal")

    @property
    def ids_submitted(self) -> int:
        """The same as ``ids_read``."""
        return self.ids_read

    def failed_ids(self) -> list[str]:
        """The ids of every failed batch: run the job again with them (or resume the journal)."""
        if self._journal is not None:
            return list(self._journal.unfinished_ids(("failed",)))
        return [identifier for batch in self.failed_batches for identifier in batch.ids]

    def unfinished_ids(self) -> Iterator[str]:
        """Failed ids, then not-sent ids: what is left to do of what was read. Streams from the
        journal when there is one."""
        if self._journal is not None:
            yield from self._journal.unfinished_ids()
        else:
            for batch in self.failed_batches:
                yield from batch.ids
            yield from self.not_sent_ids

    def problems(self, *, ignore_blank: bool = False) -> list[str]:
        """One line per reason the job is not a success (empty when it is).

        ``ignore_blank``: blank ids (blank lines of a file) do not count as a problem.
        """
        lines = []
        if self.stopped is not None:
            lines.append(f"the job stopped before the end: {self.stopped}")
        elif not self.input_exhausted:
            lines.append("the input was not read to the end")
        if self.ids_failed:
            lines.append(f"{self.ids_failed} ids in {self.batches_failed} failed batches")
        rejected = self.ids_rejected - (self.rejected_by_reason.get(BLANK, 0) if ignore_blank else 0)
        if rejected:
            lines.append(f"{rejected} ids rejected before sending")
        if self.ids_not_sent:
            lines.append(f"{self.ids_not_sent} ids not sent (or sent without an answer)")
        if self.persons_not_deleted:
            lines.append(f"{self.persons_not_deleted} persons found but not deleted (deletion errors)")
        counted = self.ids_counted
        if counted and self.persons_found < MIN_FOUND_SHARE * counted:
            lines.append(
                f"PostHog found only {self.persons_found} persons for {counted} ids accepted: are they "
                f"{'person UUIDs' if self.kind == 'ids' else 'distinct ids'} of this project? (ids already "
                "deleted, e.g. by an interrupted earlier run, are not found again)"
            )
        return lines

    @property
    def ok(self) -> bool:
        """Whether the whole input was read and every id accepted (or accepted by an earlier run),
        PostHog reported no deletion errors, and it found persons for at least a tenth of the ids
        it accepted (``problems()`` says what is wrong otherwise)."""
        return not self.problems()

    def snapshot(self) -> BulkDeleteReport:
        """A copy that later batches do not change."""
        return evolve(
            self,
            deletion_errors=list(self.deletion_errors),
            failed_batches=list(self.failed_batches),
            rejected_ids=list(self.rejected_ids),
            rejected_by_reason=dict(self.rejected_by_reason),
            not_sent_ids=list(self.not_sent_ids),
        )

    def summary(self, *, ignore_blank: bool = False) -> str:
        """A few lines for a person to read."""
        blank = self.rejected_by_reason.get(BLANK, 0) if ignore_blank else 0
        earlier = self.ids_already_accepted
        lines = [
            f"{self.ids_read - blank} {self.kind} read: {self.ids_accepted} accepted in {self.batches_ok} "
            f"batches, {self.ids_failed} in {self.batches_failed} failed batches, "
            f"{self.ids_rejected - blank} rejected, {self.ids_duplicate} duplicates (sent once), "
            f"{self.ids_not_sent} not sent"
            + (f", {earlier} accepted by an earlier run" if earlier else "")
            + (f" ({blank} blank lines ignored)" if blank else ""),
            f"persons found: {self.persons_found} for {self.ids_accepted} ids accepted, "
            f"deleted: {self.persons_deleted}, queued for deletion: {self.persons_queued}, "
            f"deletion errors: {self.persons_not_deleted}"
            + (
                f" (PostHog gave no counts for {self.batches_without_counts} of {self.batches_ok} "
                "accepted batches: these counts leave them out)"
                if self.batches_without_counts
                else ""
            ),
        ]
        for batch in self.failed_batches[:5]:
            lines.append(f"  failed batch of {len(batch.ids)} starting {batch.ids[0]!r}: {batch.error}")
        for rejected in self.rejected_ids[:5]:
            if not (ignore_blank and rejected.reason == BLANK):
                lines.append(f"  rejected #{rejected.position + 1} {rejected.value!r}: {rejected.reason}")
        problems = self.problems(ignore_blank=ignore_blank)
        lines.append("ok" if not problems else "not ok: " + "; ".join(problems))
        return "\n".join(lines)


async def _iterate(source: Ids) -> AsyncIterator[object]:
    if isinstance(source, AsyncIterable):
        async for value in source:
            yield value
    else:
        for value in source:
            yield value


def select_ids(
    ids: Ids | Unset | None, distinct_ids: Ids | Unset | None, *, caller: str = "bulk_delete_batched"
) -> tuple[IdKind, Ids]:
    """Which list to delete by. Raises ``ValueError`` unless exactly one is given (None and UNSET
    mean not given), and it is an iterable of ids rather than a single string."""
    given_ids = ids is not None and not isinstance(ids, Unset)
    given_distinct = distinct_ids is not None and not isinstance(distinct_ids, Unset)
    if given_ids == given_distinct:
        raise ValueError(
            f"{caller} needs exactly one of ids= (person UUIDs) and distinct_ids=, "
            + ("not both" if given_ids else "and got neither")
        )
    kind: IdKind = "ids" if given_ids else "distinct_ids"
    source = ids if given_ids else distinct_ids
    if isinstance(source, str | bytes):
        raise ValueError(f"{kind} must be an iterable or async iterable of ids, not a single string")
    if not isinstance(source, Iterable | AsyncIterable):
        raise ValueError(f"{kind} must be an iterable or async iterable of ids, not {type(source).__name__}")
    return kind, source


def is_hopeless(error: PostHogError, max_retry_after: float) -> bool:
    """Whether every later batch would fail the same way: a bad key (401), a key that may not
    delete here (403), no such project (404), or a 429 asking for a longer wait than allowed."""
    if isinstance(error, AuthenticationError | PermissionDeniedError | NotFoundError):
        return True
    return (
        isinstance(error, RateLimitError)
        and error.retry_after is not None
        and error.retry_after > max_retry_after
    )


@define
class _Batch:
    positions: list[int] = field(factory=list)
    ids: list[Any] = field(factory=list)
    keys: list[str] = field(factory=list)


class DuplicateWindow:
    """The last ``size`` distinct keys seen."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._keys: set[str] = set()
        self._order: deque[str] = deque()

    def seen(self, key: str) -> bool:
        """Whether ``key`` is in the window; remembers it if not."""
        if key in self._keys:
            return True
        if self._size:
            self._keys.add(key)
            self._order.append(key)
            if len(self._order) > self._size:
                self._keys.discard(self._order.popleft())
        return False


async def bulk_delete_batched(
    send_batch: SendBatch,
    *,
    kind: IdKind,
    source: Ids,
    batch_size: int = MAX_BATCH_SIZE,
    concurrency: int = 4,
    on_progress: ProgressCallback | None = None,
    journal: str | os.PathLike[str] | None = None,
    report: BulkDeleteReport | None = None,
    dedupe_window: int = DEDUPE_WINDOW,
    max_retry_after: float = math.inf,
) -> BulkDeleteReport:
    """Delete every id of ``source`` in batches; see ``PersonsResource.bulk_delete_batched``.

    A hopeless error (``is_hopeless``) stops the job: the batches in flight and waiting are
    counted as not sent, and the error is raised. Cancellation leaves the same exact account.
    """
    if (
        isinstance(batch_size, bool)
        or not isinstance(batch_size, int)
        or not 1 <= batch_size <= MAX_BATCH_SIZE
    ):
        raise ValueError(f"batch_size must be a whole number from 1 to {MAX_BATCH_SIZE}, not {batch_size!r}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a whole number, 1 or more, not {concurrency!r}")
    if isinstance(dedupe_window, bool) or not isinstance(dedupe_window, int) or dedupe_window < 0:
        raise ValueError(f"dedupe_window must be a whole number, 0 or more, not {dedupe_window!r}")
    if report is None:
        report = BulkDeleteReport()
    elif report.ids_read:
        raise ValueError("report= must be a fresh BulkDeleteReport(), not the report of another job")
    report.kind = kind
    resume: Resume | None = None
    log: Journal | None = None
    if journal is not None:
        log, resume = Journal.open(journal, kind)
        report.journal = log.path
        report._journal = log
    keep = KEPT_WITH_JOURNAL if log is not None else None
    window = DuplicateWindow(dedupe_window)
    pending: dict[int, _Batch] = {}  # batches read and not finished, by id()
    filling = _Batch()
    stop_error: list[PostHogError] = []
    send, receive = anyio.create_memory_object_stream[_Batch](0)

    def kept(items: list[Any]) -> bool:
        return keep is None or len(items) < keep

    def write(record: dict[str, Any]) -> None:
        if log is not None:
            log.write(record)

    async def progress() -> None:
        if on_progress is not None:
            result = on_progress(report.snapshot())
            if inspect.isawaitable(result):
                await result

    async def on_wait(seconds: float, why: str) -> None:
        report.waiting = describe_wait(seconds, why)
        await progress()

    def reject(rejected: RejectedId) -> None:
        report.ids_rejected += 1
        report.rejected_by_reason[rejected.reason] = report.rejected_by_reason.get(rejected.reason, 0) + 1
        if kept(report.rejected_ids):
            report.rejected_ids.append(rejected)
        value = rejected.value if isinstance(rejected.value, str) else repr(rejected.value)
        write({"rejected": rejected.position, "value": value, "reason": rejected.reason})

    async def hand_over(batch: _Batch) -> bool:
        """Queue ``batch`` for the workers; False when every worker has stopped (one failed, was
        interrupted or cancelled: the job's error is theirs, and the batch stays pending)."""
        pending[id(batch)] = batch
        try:
            await send.send(batch)
        except anyio.BrokenResourceError:
            return False
        return True

    async def produce() -> None:
        nonlocal filling
        async with send:
            async for value in _iterate(source):
                position = report.ids_read
                report.ids_read += 1
                checked = check_id(kind, position, value)
                if isinstance(checked, RejectedId):
                    reject(checked)
                    continue
                key = str(checked)
                if window.seen(key):
                    report.ids_duplicate += 1
                    continue
                if resume is not None and resume.already_accepted(position, key):
                    report.ids_already_accepted += 1
                    continue
                filling.positions.append(position)
                filling.ids.append(checked)
                filling.keys.append(key)
                if len(filling.ids) == batch_size:
                    batch, filling = filling, _Batch()
                    if not await hand_over(batch):
                        return
            if filling.ids:
                batch, filling = filling, _Batch()
                if not await hand_over(batch):
                    return
            report.input_exhausted = True

    def accepted(batch: _Batch, result: PersonBulkDeleteResponse | None) -> None:
        """``result`` None: the server accepted the batch (2xx) with a body that could not be read."""
        report.batches_ok += 1
        report.ids_accepted += len(batch.ids)
        found = _count(getattr(result, "persons_found", None))
        deleted = _count(getattr(result, "persons_deleted", None))
        queued = _count(getattr(result, "persons_queued_for_deletion", None))
        if found is None or deleted is None:
            report.batches_without_counts += 1
        if found is not None:
            report.ids_counted += len(batch.ids)
        report.persons_found += found or 0
        report.persons_deleted += deleted or 0
        report.persons_queued += queued or 0
        errors = []
        listed = getattr(result, "deletion_errors", None)
        for deletion_error in listed if isinstance(listed, list) else ():
            # Free-form objects: ``person_uuid`` is usual, not promised.
            person = getattr(deletion_error, "person_uuid", None)
            errors.append(person if isinstance(person, str) else str(_to_dict(deletion_error)))
        report.persons_not_deleted += len(errors)
        if keep is None:
            report.deletion_errors.extend(errors)
        else:
            report.deletion_errors.extend(errors[: max(keep - len(report.deletion_errors), 0)])
        write(
            {
                "accepted": ranges_of(batch.positions),
                "n": len(batch.ids),
                "first": batch.keys[0],
                "found": found,
                "deleted": deleted,
                "queued": queued,
                "deletion_errors": errors,
            }
        )

    def failed(batch: _Batch, error: PostHogError) -> None:
        report.batches_failed += 1
        report.ids_failed += len(batch.ids)
        if kept(report.failed_batches):
            report.failed_batches.append(FailedBatch(tuple(batch.keys), error))
        write({"failed": ranges_of(batch.positions), "ids": batch.keys, "error": str(error)})

    async def work(batches: anyio.abc.ObjectReceiveStream[_Batch], group: anyio.abc.TaskGroup) -> None:
        async with batches:
            async for batch in batches:
                try:
                    result: PersonBulkDeleteResponse | None = await send_batch(kind, batch.ids)
                except APIResponseValidationError as error:
                    del pending[id(batch)]
                    if 200 <= error.response.status_code < 300:
                        accepted(batch, None)  # accepted; its counts are unknown
                    else:
                        failed(batch, error)
                except PostHogError as error:
                    if is_hopeless(error, max_retry_after):
                        stop_error.append(error)
                        group.cancel_scope.cancel()  # the batch stays pending: not sent
                        return
                    del pending[id(batch)]
                    failed(batch, error)
                else:
                    del pending[id(batch)]
                    accepted(batch, result)
                report.waiting = None
                await progress()

    def finish(why: str | None) -> None:
        """Count what was read and not finished as not sent; close the journal's run."""
        unfinished = [*pending.values(), filling]
        positions = sorted(p for batch in unfinished for p in batch.positions)
        keys = [k for batch in sorted(unfinished, key=lambda b: b.positions[:1]) for k in batch.keys]
        report.ids_not_sent += len(keys)
        report.not_sent_ids.extend(keys)
        pending.clear()
        if why is not None and report.stopped is None:
            report.stopped = why
        report.waiting = None
        if keys:
            write({"not_sent": ranges_of(positions), "ids": keys})
        write(
            {
                "end": report.stopped or ("complete" if report.input_exhausted else "incomplete"),
                "counts": {
                    "read": report.ids_read,
                    "accepted": report.ids_accepted,
                    "failed": report.ids_failed,
                    "rejected": report.ids_rejected,
                    "duplicate": report.ids_duplicate,
                    "already_accepted": report.ids_already_accepted,
                    "not_sent": report.ids_not_sent,
                },
            }
        )

    why: str | None = "cancelled"
    try:
        with observing(on_wait):
            async with anyio.create_task_group() as group, receive:
                group.start_soon(produce)
                for _ in range(concurrency):
                    group.start_soon(work, receive.clone(), group)
        why = f"{type(stop_error[0]).__name__}: {stop_error[0]}" if stop_error else None
    except BaseExceptionGroup as failures:
        error = first_error(failures)
        if isinstance(error, Exception):
            why = f"{type(error).__name__}: {error}"
        else:
            interrupts = failures.subgroup(KeyboardInterrupt)
            if interrupts is not None:  # Ctrl-C in a task: raised as itself, not in a group
                why = "interrupted"
                error = next(e for e in _leaves(interrupts) if isinstance(e, KeyboardInterrupt))
        raise error from None
    except BaseException as error:
        if not isinstance(error, anyio.get_cancelled_exc_class()):
            why = (
                "interrupted" if isinstance(error, KeyboardInterrupt) else f"{type(error).__name__}: {error}"
            )
        raise
    finally:
        try:
            finish(why)
        finally:
            if log is not None:
                log.close()
    if stop_error:
        raise stop_error[0]
    return report


def _leaves(group: BaseExceptionGroup[BaseException]) -> Iterator[BaseException]:
    for error in group.exceptions:
        if isinstance(error, BaseExceptionGroup):
            yield from _leaves(error)
        else:
            yield error


def _to_dict(value: object) -> object:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value
