"""Batched bulk deletes: stream ids, send batches concurrently, lose none.

``ph.persons.bulk_delete_batched(...)`` is the entry point; this module holds the job and its
report. The ids are read lazily from any iterable or async iterable, so a generator of ten
million ids is never held in memory: at most ``concurrency`` batches are in flight and one more
is being filled.
"""

from __future__ import annotations

import inspect
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import anyio
import anyio.abc
from attrs import define, evolve, field, frozen

from ._errors import AuthenticationError, PermissionDeniedError, PostHogError
from ._generated.types import Unset
from ._pagination import first_error

if TYPE_CHECKING:
    from ._generated.models import PersonBulkDeleteResponse

__all__ = ["BulkDeleteReport", "FailedBatch", "RejectedId", "bulk_delete_batched"]

MAX_BATCH_SIZE = 1000

Ids: TypeAlias = (
    Iterable[str] | Iterable[str | uuid.UUID] | AsyncIterable[str] | AsyncIterable[str | uuid.UUID]
)
IdKind = Literal["ids", "distinct_ids"]
#: Sends one checked batch: person UUIDs as ``uuid.UUID``, distinct ids as ``str``.
SendBatch: TypeAlias = Callable[[IdKind, list[Any]], Awaitable["PersonBulkDeleteResponse"]]
ProgressCallback: TypeAlias = Callable[["BulkDeleteReport"], Awaitable[None] | None]


@frozen
class FailedBatch:
    """A batch the server did not accept, after the client's retries."""

    ids: tuple[str, ...]
    error: PostHogError


@frozen
class RejectedId:
    """An id refused before sending because it is malformed (e.g. a person id that is not a UUID)."""

    position: int
    value: object
    expected: str  # what the id should have been, e.g. "a person UUID"

    @property
    def reason(self) -> str:
        """Why the id was refused, e.g. "not a person UUID"."""
        return f"not {self.expected}"


@define
class BulkDeleteReport:
    """What a batched bulk delete did. ``on_progress`` gets a snapshot after every batch.

    Attributes:
        ids_submitted: ids read from the input (rejected ones included).
        batches_ok: batches the server accepted (202).
        batches_failed: batches that still failed after retries.
        persons_found: the sum of the server's ``persons_found``.
        persons_deleted: the sum of the server's ``persons_deleted``.
        deletion_errors: person UUIDs the server found but could not delete.
        failed_batches: every failed batch with its ids and its error.
        rejected_ids: ids refused before sending, with why.
        ids_accepted: ids in batches the server accepted.
    """

    kind: IdKind
    ids_submitted: int = 0
    batches_ok: int = 0
    batches_failed: int = 0
    persons_found: int = 0
    persons_deleted: int = 0
    ids_accepted: int = 0
    deletion_errors: list[str] = field(factory=list)
    failed_batches: list[FailedBatch] = field(factory=list)
    rejected_ids: list[RejectedId] = field(factory=list)

    def failed_ids(self) -> list[str]:
        """The ids of every failed batch, in input order per batch: run the job again with them."""
        return [identifier for batch in self.failed_batches for identifier in batch.ids]

    @property
    def ok(self) -> bool:
        """Whether every id was accepted by the server."""
        return not self.failed_batches and not self.rejected_ids

    def snapshot(self) -> BulkDeleteReport:
        """A copy that later batches do not change."""
        return evolve(
            self,
            deletion_errors=list(self.deletion_errors),
            failed_batches=list(self.failed_batches),
            rejected_ids=list(self.rejected_ids),
        )

    def summary(self) -> str:
        """A few lines for a person to read."""
        lines = [
            f"{self.ids_submitted} {self.kind} submitted: {self.ids_accepted} accepted in {self.batches_ok} "
            f"batches, {len(self.failed_ids())} in {self.batches_failed} failed batches, "
            f"{len(self.rejected_ids)} rejected",
            f"persons found: {self.persons_found}, deleted: {self.persons_deleted}, "
            f"deletion errors: {len(self.deletion_errors)}",
        ]
        for batch in self.failed_batches[:5]:
            lines.append(f"  failed batch of {len(batch.ids)} starting {batch.ids[0]!r}: {batch.error}")
        for rejected in self.rejected_ids[:5]:
            lines.append(f"  rejected #{rejected.position} {rejected.value!r}: {rejected.reason}")
        return "\n".join(lines)


def check_id(kind: IdKind, position: int, value: object) -> uuid.UUID | str | RejectedId:
    """The id as it is sent (checked once, here), or why it is rejected."""
    if kind == "ids":
        if isinstance(value, uuid.UUID):
            return value
        if isinstance(value, str):
            try:
                return uuid.UUID(value)
            except ValueError:
                pass
        return RejectedId(position, value, "a person UUID")
    if isinstance(value, str) and value:
        return value
    return RejectedId(position, value, "a non-empty string")


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


async def bulk_delete_batched(
    send_batch: SendBatch,
    *,
    kind: IdKind,
    source: Ids,
    batch_size: int = MAX_BATCH_SIZE,
    concurrency: int = 4,
    on_progress: ProgressCallback | None = None,
) -> BulkDeleteReport:
    """Delete every id of ``source`` in batches; see ``PersonsResource.bulk_delete_batched``.

    A 401 or 403 (a revoked key, a missing scope, a project the key may not touch) stops the job
    and is raised: every later batch would fail the same way.
    """
    if (
        isinstance(batch_size, bool)
        or not isinstance(batch_size, int)
        or not 1 <= batch_size <= MAX_BATCH_SIZE
    ):
        raise ValueError(f"batch_size must be a whole number from 1 to {MAX_BATCH_SIZE}, not {batch_size!r}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a whole number, 1 or more, not {concurrency!r}")

    report = BulkDeleteReport(kind=kind)
    send, receive = anyio.create_memory_object_stream[list[Any]](0)

    async def progress() -> None:
        if on_progress is not None:
            result = on_progress(report.snapshot())
            if inspect.isawaitable(result):
                await result

    async def produce() -> None:
        async with send:
            batch: list[Any] = []
            async for value in _iterate(source):
                position = report.ids_submitted
                report.ids_submitted += 1
                checked = check_id(kind, position, value)
                if isinstance(checked, RejectedId):
                    report.rejected_ids.append(checked)
                    continue
                batch.append(checked)
                if len(batch) == batch_size:
                    await send.send(batch)
                    batch = []
            if batch:
                await send.send(batch)

    async def work(batches: anyio.abc.ObjectReceiveStream[list[Any]]) -> None:
        async with batches:
            async for batch in batches:
                try:
                    result = await send_batch(kind, batch)
                except (AuthenticationError, PermissionDeniedError):
                    raise  # no later batch could succeed: stop the job
                except PostHogError as error:
                    report.batches_failed += 1
                    report.failed_batches.append(FailedBatch(tuple(str(i) for i in batch), error))
                else:
                    report.batches_ok += 1
                    report.ids_accepted += len(batch)
                    report.persons_found += result.persons_found
                    report.persons_deleted += result.persons_deleted
                    for deletion_error in result.deletion_errors or ():
                        # Free-form objects: ``person_uuid`` is usual, not promised.
                        report.deletion_errors.append(
                            str(deletion_error.to_dict())
                            if isinstance(deletion_error.person_uuid, Unset)
                            else deletion_error.person_uuid
                        )
                await progress()

    try:
        async with anyio.create_task_group() as group, receive:
            group.start_soon(produce)
            for _ in range(concurrency):
                group.start_soon(work, receive.clone())
    except BaseExceptionGroup as failures:
        raise first_error(failures) from None
    return report
