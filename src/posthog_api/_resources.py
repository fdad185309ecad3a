"""Hand-written additions to the generated resource classes."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from typing import Any, Literal

from . import bulk
from ._generated.models import FormatEnum, Person, PersonBulkDeleteResponse
from ._generated.resources.persons import PersonsResource as GeneratedPersonsResource
from ._generated.types import UNSET, Unset
from ._requester import ProjectRef

MAX_IDS_PER_CALL = bulk.MAX_BATCH_SIZE


def bulk_delete_ids(
    ids: Iterable[str | uuid.UUID] | Unset | None,
    distinct_ids: Iterable[str] | Unset | None,
    *,
    limit: int = MAX_IDS_PER_CALL,
) -> tuple[list[uuid.UUID] | Unset, list[str] | Unset]:
    """Check a bulk delete's ids: exactly one list, 1 to ``limit`` entries, each well formed.

    Reads at most ``limit + 1`` items of an iterator, so a huge generator is refused without
    being consumed.

    Raises:
        ValueError: both lists, neither, an empty one, more than ``limit`` ids, a person id that
            is not a UUID, or a distinct id that is not a non-empty string.
    """
    kind, values = bulk.select_ids(ids, distinct_ids, caller="bulk_delete")
    if not isinstance(values, Iterable):
        raise ValueError(f"{kind} must be a list of ids; use bulk_delete_batched for an async iterable")
    checked: list[Any] = []
    for position, value in enumerate(values):
        if position == limit:
            raise ValueError(f"{kind}: at most {limit} ids per call; use bulk_delete_batched for more")
        id_or_rejection = bulk.check_id(kind, position, value)
        if isinstance(id_or_rejection, bulk.RejectedId):
            raise ValueError(f"{kind}[{position}] {value!r} is refused: {id_or_rejection.reason}")
        checked.append(id_or_rejection)
    if not checked:
        raise ValueError(f"{kind} is empty: nothing to delete")
    return (checked, UNSET) if kind == "ids" else (UNSET, checked)


class PersonsResource(GeneratedPersonsResource):
    """``persons``, with ``find``, ``delete`` that never deletes events by accident, and
    ``bulk_delete`` checking its ids before anything is sent."""

    async def find(
        self,
        *,
        distinct_id: str | None = None,
        email: str | None = None,
        project_id: ProjectRef | None = None,
    ) -> Person | None:
        """The person owning ``distinct_id``, or having ``email`` as its ``email`` property.

        One request (a person read: the analytics rate class). A distinct id belongs to one
        person at most; if several persons have the email, the newest is answered (use
        ``list(email=...)`` for all of them). The person is as the list shows it: its ``id`` is
        the UUID (``retrieve`` answers the integer id); either addresses it in other calls.

        Returns:
            Person | None: the person, or None when there is none.

        Raises:
            ValueError: neither or both of ``distinct_id`` and ``email``, or an empty one; nothing
                is sent.
            posthog_api.PostHogError: the request failed.
        """
        given = {
            name: value
            for name, value in (("distinct_id", distinct_id), ("email", email))
            if value is not None
        }
        if len(given) != 1:
            raise ValueError(
                "persons.find needs exactly one of distinct_id= and email=, "
                + ("not both" if given else "and got neither")
            )
        ((name, value),) = given.items()
        if not isinstance(value, str) or not value:
            raise ValueError(f"{name} must be a non-empty string, not {value!r}")
        if name == "distinct_id":
            page = await self.list(distinct_id=value, limit=1, project_id=project_id)
        else:
            page = await self.list(email=value, limit=1, project_id=project_id)
        return page.results[0] if page.results else None

    async def delete(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        delete_events: bool | Unset = UNSET,
        delete_recordings: bool | Unset = UNSET,
    ) -> None:
        """Delete a person, by integer id or UUID (for many, ``bulk_delete_batched``).

        ``delete_events=True`` also queues the deletion of the person's events (PostHog runs it
        in a weekly batch), ``delete_recordings=True`` that of its session recordings. PostHog
        acts on either flag whenever it is present, even as ``false``, so each is sent only when
        true.

        Raises:
            posthog_api.NotFoundError: no such person.
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        for name, flag in (("delete_events", delete_events), ("delete_recordings", delete_recordings)):
            if not isinstance(flag, bool | Unset):
                raise ValueError(f"{name} must be True or False, not {flag!r}")
        await super().delete(
            id,
            project_id=project_id,
            format_=format_,
            delete_events=True if delete_events is True else UNSET,
            delete_recordings=True if delete_recordings is True else UNSET,
        )

    async def bulk_delete(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        ids: Iterable[str | uuid.UUID] | Unset | None = UNSET,
        distinct_ids: Iterable[str] | Unset | None = UNSET,
        delete_events: bool | Unset = False,
        delete_recordings: bool | Unset = False,
        keep_person: bool | Unset = False,
    ) -> PersonBulkDeleteResponse:
        """Bulk delete persons: one API call for at most 1000 ids.

        Pass exactly one of ``ids`` (person UUIDs) and ``distinct_ids``. Deleting an already
        deleted person is harmless, so the call is retried on transient failures. For more ids,
        use ``bulk_delete_batched``.

        Args:
            ids: person UUIDs (strings or ``uuid.UUID``), at most 1000.
            distinct_ids: distinct ids, at most 1000.
            delete_events: also delete the persons' events captured before the request.
            delete_recordings: also delete the persons' session recordings.
            keep_person: keep the person records, deleting only events and recordings.
            project_id: the project; default: the client's ``project_id``.
            format_: the response format.

        Returns:
            PersonBulkDeleteResponse: how many persons were found and deleted, and which failed.

        Raises:
            ValueError: both lists, neither, an empty list, more than 1000 ids or a malformed
                id; nothing was sent.
            posthog_api.PostHogError: the request failed.
        """
        checked_ids, checked_distinct_ids = bulk_delete_ids(ids, distinct_ids)
        return await super().bulk_delete(
            project_id=project_id,
            format_=format_,
            ids=checked_ids,
            distinct_ids=checked_distinct_ids,
            delete_events=delete_events,
            delete_recordings=delete_recordings,
            keep_person=keep_person,
        )

    async def bulk_delete_batched(
        self,
        *,
        ids: bulk.Ids | None = None,
        distinct_ids: bulk.Ids | None = None,
        batch_size: int = bulk.MAX_BATCH_SIZE,
        concurrency: int = 4,
        delete_events: bool = False,
        delete_recordings: bool = False,
        keep_person: bool = False,
        on_progress: bulk.ProgressCallback | None = None,
        journal: str | os.PathLike[str] | None = None,
        report: bulk.BulkDeleteReport | None = None,
        dedupe_window: int = bulk.DEDUPE_WINDOW,
        project_id: ProjectRef | None = None,
    ) -> bulk.BulkDeleteReport:
        """Bulk delete any number of persons, in concurrent batches, accounting for every id.

        Reads ``ids`` (person UUIDs) or ``distinct_ids`` lazily from any iterable or async
        iterable (an open text file works: each line's ending is removed): memory stays bounded
        by ``concurrency x batch_size`` plus the duplicate window, however many ids there are.
        Each id is checked before sending: one trailing line ending is removed; a blank id,
        surrounding whitespace, a control character, a byte-order mark, or (for ``ids``) a value
        that is not a UUID is rejected with its reason. An id repeated within the last
        ``dedupe_window`` distinct ids is counted as a duplicate and sent once.

        At most ``concurrency`` requests are in flight; each batch is retried under the client's
        retry policy (and rate limits); a batch that still fails is recorded and the job goes on.
        Waits longer than a second (rate limits, 429 pauses) set ``report.waiting``, call
        ``on_progress`` and are logged.

        Stopping: a 401, a 403, a 404 (no such project) or a 429 asking for a wait longer than
        the client's ``max_retry_after`` stops the job and is raised, since every later batch
        would fail the same way. Cancelling the job (a cancel scope, a deadline, Ctrl-C) leaves
        no request running. Either way the report passed as ``report=`` holds an exact account:
        every id read is accepted, failed, rejected, a duplicate, accepted by an earlier run, or
        not sent (``report.not_sent_ids``: in flight or waiting at the stop, safe to resend).

        With ``journal=path`` every finished batch is written to that file (JSON lines, flushed
        and fsync-ed per batch) as it finishes, so even a killed process loses at most the
        batches in flight; failed ids then live in the journal rather than in memory. Running
        again with the same path and the same input resumes: ids an earlier run had accepted are
        skipped (``report.ids_already_accepted``), everything else is sent.

        Args:
            ids: person UUIDs.
            distinct_ids: distinct ids.
            batch_size: ids per request, 1 to ``bulk.MAX_BATCH_SIZE`` (the spec's 1000).
            concurrency: requests in flight at most.
            delete_events: also delete the persons' events captured before each request.
            delete_recordings: also delete the persons' session recordings.
            keep_person: keep the person records, deleting only events and recordings.
            on_progress: called (or awaited) with a snapshot ``BulkDeleteReport`` after every
                batch and when a long wait starts.
            journal: a file to record progress in, and to resume from if it exists.
            report: a fresh ``BulkDeleteReport()`` to fill as the job goes: the account survives
                a cancellation or an exception.
            dedupe_window: how many distinct ids to remember to recognise duplicates (0: none).
            project_id: the project; default: the client's ``project_id``.

        Returns:
            BulkDeleteReport: the account; ``report.ok`` is true only when every id read was
            accepted and PostHog found persons for at least a tenth of them
            (``report.problems()`` says what is wrong otherwise).

        Raises:
            ValueError: both lists or neither, ids that are not an iterable, a bad
                ``batch_size``/``concurrency``, or a journal for another job
                (``bulk.JournalError``); nothing was sent.
            AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError: the job
                stopped (see above); run it again with the same journal once fixed.
        """
        kind, source = bulk.select_ids(ids, distinct_ids)
        project = self._requester.resolve_project_id(project_id)

        async def send_batch(kind: bulk.IdKind, batch: list[Any]) -> PersonBulkDeleteResponse:
            # The ids were checked as they were read: send them without checking them again.
            return await super(PersonsResource, self).bulk_delete(
                project_id=project,
                ids=batch if kind == "ids" else UNSET,
                distinct_ids=batch if kind == "distinct_ids" else UNSET,
                delete_events=delete_events,
                delete_recordings=delete_recordings,
                keep_person=keep_person,
            )

        return await bulk.bulk_delete_batched(
            send_batch,
            kind=kind,
            source=source,
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            journal=journal,
            report=report,
            dedupe_window=dedupe_window,
            max_retry_after=self._requester.max_retry_after,
        )
