# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``persons``: the ``PersonsResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import deprecated

from ..._pagination import AsyncPaginator
from ..._requester import ProjectRef, Requester
from .. import models as _models
from ..api.persons import (
    persons_activity_retrieve,
    persons_activity_retrieve_2,
    persons_bulk_delete_create,
    persons_cohorts_retrieve,
    persons_delete_events_create,
    persons_delete_property_create,
    persons_delete_recordings_create,
    persons_destroy,
    persons_funnel_correlation_create,
    persons_funnel_correlation_retrieve,
    persons_funnel_create,
    persons_funnel_retrieve,
    persons_lifecycle_retrieve,
    persons_list,
    persons_partial_update,
    persons_properties_timeline_retrieve,
    persons_reset_person_distinct_id_create,
    persons_retrieve,
    persons_split_create,
    persons_stickiness_retrieve,
    persons_trends_retrieve,
    persons_update_property_create,
    persons_values_retrieve,
)
from ..types import UNSET, Unset, as_enum, as_model

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.activity_log import ActivityLog
    from ..models.analytics_result import AnalyticsResult
    from ..models.format_enum import FormatEnum
    from ..models.paginated_person_list import PaginatedPersonList
    from ..models.person import Person
    from ..models.person_action_result import PersonActionResult
    from ..models.person_bulk_delete_response import PersonBulkDeleteResponse
    from ..models.person_cohorts import PersonCohorts
    from ..models.person_property_value import PersonPropertyValue
    from ..models.person_set_properties_request_properties import (
        PersonSetPropertiesRequestProperties,
    )


class PersonsResource:
    """``persons``: ``list``, ``retrieve``, ``delete``, ``update``, ``delete_property``, ``update_property``, ``split``, ``person_activity``, ``properties_timeline``, ``delete_events``, ``delete_recordings``, ``values``, ``activity``, ``bulk_delete``, ``cohorts``, ``funnel``, ``create_funnel``, ``funnel_correlation``, ``create_funnel_correlation``, ``lifecycle``, ``reset_person_distinct_id``, ``stickiness``, ``trends``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        distinct_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
        search: str | Unset = UNSET,
        properties: str | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> AsyncPaginator[Person, PaginatedPersonList]:
        """List persons.

        Offset-paginated list of the project's persons, newest first, optionally filtered: by one
        of their distinct ids (exact), by email (exact), by a search (email containing it, or a
        distinct id or person UUID equal to it), or by person property filters.

        Corrected: the published schema gives the page a `count`; the server sends `count` only
        when asked with the undocumented `include_total`, and a `next` link whenever the page is
        full. Each listed person's `id` is its UUID (the list serializes persons as actors, with
        `type`, `last_seen_at` and `is_identified` too); `retrieve` answers the integer id. Reads
        count against the analytics limits (the persons viewset's throttles).

        Operation ``persons_list``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            limit (int | Unset)
            offset (int | Unset)
            distinct_id (str | Unset)
            email (str | Unset)
            search (str | Unset)
            properties (str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.
            max_items (int | None): stop iterating after this many items.
            concurrency (int): when iterating, fetch up to this many pages at once, by offset, once
                the first page gives the total count. Items still come in server order.

        Returns:
            AsyncPaginator[Person, PaginatedPersonList]: ``await`` it for the first page;
            ``async for`` over it for every item of every page; ``.pages()`` for every page.

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return AsyncPaginator(
            self._requester,
            persons_list.ENDPOINT,
            {
                "project_id": self._requester.resolve_project_id(project_id),
                "format_": as_enum("format_", _models.FormatEnum, format_),
                "limit": limit,
                "offset": offset,
                "distinct_id": distinct_id,
                "email": email,
                "search": search,
                "properties": properties,
            },
            max_items=max_items,
            concurrency=concurrency,
        )

    async def retrieve(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> Person:
        """Retrieve a person.

        One person, by its integer id or its UUID. A distinct id is not a person id: find a person
        by distinct id with the list's `distinct_id` filter (the server answers 400 naming it).

        Operation ``persons_retrieve``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Person

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_retrieve.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )

    async def delete(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        delete_events: bool | Unset = UNSET,
        delete_recordings: bool | Unset = UNSET,
    ) -> None:
        """Delete a person.

        Deletes one person (for many, use `bulk_delete`). With `delete_events`, a task deleting
        the person's events is queued (it runs in a weekly batch); with `delete_recordings`, one
        deleting its session recordings.

        Corrected: the published schema answers 204 and lists no `delete_recordings`; the server
        answers 202 and reads both flags. It tests only whether each is present, so
        `delete_events=false` also deletes events: the client sends a flag only when true.

        Operation ``persons_destroy``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            delete_events (bool | Unset)
            delete_recordings (bool | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_destroy.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            delete_events=delete_events,
            delete_recordings=delete_recordings,
        )

    async def update(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        properties: PersonSetPropertiesRequestProperties | Mapping[str, Any],
    ) -> None:
        """Set properties of a person.

        Sets the given properties on the person (a `$set`): properties not given are kept. To
        remove a property, use `delete_property`.

        Corrected: the published schema answers 200 with the person and takes a whole `Person`;
        the server reads only `properties` (400 naming it when absent), applies them
        asynchronously through ingestion, and answers 202 with no body.

        Operation ``persons_partial_update``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            properties (PersonSetPropertiesRequestProperties | Mapping[str, Any]): The
                properties to set; others are kept.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_partial_update.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.PersonSetPropertiesRequest(
                properties=as_model(
                    "properties", _models.PersonSetPropertiesRequestProperties, properties
                ),
            ),
        )

    async def delete_property(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        key: str,
    ) -> PersonActionResult:
        """Delete a property of a person.

        Removes one property from the person (an `$unset`, applied through ingestion).

        Corrected: the published schema lists `$unset` as a query parameter beside a `Person`
        body and a 200 with no body; the server reads `$unset` from the JSON body and answers 201
        with `{"success": true}`.

        Operation ``persons_delete_property_create``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            key (str): The key of the property to remove.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            PersonActionResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_delete_property_create.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.PersonDeletePropertyRequest(
                unset=key,
            ),
        )

    async def update_property(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        key: str,
        value: Any,
    ) -> None:
        """Set one property of a person.

        Sets one property (a `$set` of `key` to `value`, applied through ingestion).

        Corrected: the published schema lists `key` and `value` as query parameters beside a
        `Person` body and a 200; the server reads both from the JSON body (400 naming the one
        that is missing or null) and answers 202 with no body.

        Operation ``persons_update_property_create``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            key (str): The property's key.
            value (Any): The property's new value (any JSON value but null; the server refuses
                null).
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_update_property_create.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.PersonUpdatePropertyRequest(
                key=key,
                value=value,
            ),
        )

    async def split(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        main_distinct_id: str | Unset = UNSET,
    ) -> PersonActionResult:
        """Split a person.

        Splits a person merged from several distinct ids into one person per distinct id (queued;
        `main_distinct_id`, if given, stays with the original person).

        Corrected: the published schema takes a `Person` body and answers 200 with no body; the
        server reads only `main_distinct_id` and answers 201 with `{"success": true}`.

        Operation ``persons_split_create``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            main_distinct_id (str | Unset): The distinct id that stays with the original person.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            PersonActionResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_split_create.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.PersonSplitRequest(
                main_distinct_id=main_distinct_id,
            ),
        )

    async def person_activity(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ActivityLog:
        """Retrieve one person's activity.

        The activity log of one person (changes made through PostHog), a page at a time.

        Corrected: the published schema documents no parameters and no body; the server reads
        `limit` and `page` from the query and answers an activity page (`results`, `next`,
        `previous`, `total_count`), described as a free-form object.

        Operation ``persons_activity_retrieve_2``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            limit (int | Unset)
            page (int | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            ActivityLog

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_activity_retrieve_2.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            limit=limit,
            page=page,
        )

    async def properties_timeline(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        interval: str | Unset = UNSET,
        events: str | Unset = UNSET,
        actions: str | Unset = UNSET,
        properties: str | Unset = UNSET,
        aggregation_group_type_index: int | Unset = UNSET,
        display: str | Unset = UNSET,
        breakdown: str | Unset = UNSET,
        breakdown_type: str | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve how a person's properties changed.

        The points in time at which the person's properties changed, over the range and events
        of an insight filter given in the query (as PostHog's persons modal sends it).

        Corrected: the published schema documents no parameters and no body; the server reads
        the insight filter (`date_from`, `date_to`, `interval`, `events`, `actions`,
        `properties`, `aggregation_group_type_index`, `display`, `breakdown`, `breakdown_type`)
        from the query and answers the timeline (`points`, `crucial_property_keys`,
        `effective_date_from`, `effective_date_to`), described as a free-form object. No API-key
        scope is listed for it, so PostHog refuses personal API keys here.

        Operation ``persons_properties_timeline_retrieve``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            date_from (str | Unset)
            date_to (str | Unset)
            interval (str | Unset)
            events (str | Unset)
            actions (str | Unset)
            properties (str | Unset)
            aggregation_group_type_index (int | Unset)
            display (str | Unset)
            breakdown (str | Unset)
            breakdown_type (str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_properties_timeline_retrieve.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            date_from=date_from,
            date_to=date_to,
            interval=interval,
            events=events,
            actions=actions,
            properties=properties,
            aggregation_group_type_index=aggregation_group_type_index,
            display=display,
            breakdown=breakdown,
            breakdown_type=breakdown_type,
        )

    async def delete_events(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> None:
        """Delete a person's events.

        Queues the deletion of every event of the person, keeping the person (the task runs
        outside peak hours). Queuing it twice queues it once.

        Corrected: the published schema takes a `Person` body and answers 200; the server reads
        no body and answers 202 with none.

        Operation ``persons_delete_events_create``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_delete_events_create.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )

    async def delete_recordings(
        self,
        id: str,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> None:
        """Delete a person's session recordings.

        Queues the deletion of every session recording of the person, keeping the person.

        Corrected: the published schema takes a `Person` body and answers 200; the server reads
        no body and answers 202 with none.

        Operation ``persons_delete_recordings_create``.

        Args:
            id (str)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_delete_recordings_create.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )

    async def values(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        key: str,
        value: str | Unset = UNSET,
    ) -> builtins.list[PersonPropertyValue]:
        """The values of a person property.

        The values persons have for the property `key` with how many persons have each,
        optionally only those containing `value`.

        Corrected: the published schema documents no parameters and no body; the server reads
        `key` and `value` from the query and answers a list of `{"name", "count"}`, each name the
        value as text (an empty list without `key`, or for a `$virt...` key).

        Operation ``persons_values_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            key (str)
            value (str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            builtins.list[PersonPropertyValue]

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_values_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            key=key,
            value=value,
        )

    async def activity(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ActivityLog:
        """Retrieve persons activity.

        The project's person activity log.

        Corrected: the doc page documents no response body; the server answers a JSON object
        (the activity log page), described here as a free-form object.

        Operation ``persons_activity_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            limit (int | Unset)
            page (int | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            ActivityLog

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_activity_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            limit=limit,
            page=page,
        )

    async def bulk_delete(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        ids: builtins.list[UUID] | Unset = UNSET,
        distinct_ids: builtins.list[str] | Unset = UNSET,
        delete_events: bool | Unset = False,
        delete_recordings: bool | Unset = False,
        keep_person: bool | Unset = False,
    ) -> PersonBulkDeleteResponse:
        """Bulk delete persons.

        Bulk delete persons, either by PostHog person ids (UUIDs) or by distinct ids: pass exactly
        one of `ids` and `distinct_ids`, at most 1000 entries. More than 1000, both lists or
        neither gives 400 ("You can only pass 1000 ids in one call"). Only events captured before
        the request are deleted. Deleting an already deleted person is harmless, so retrying a
        batch is safe.

        Corrected: the doc page puts `ids`, `distinct_ids`, `delete_events`, `delete_recordings`
        and `keep_person` in the query string and documents a 200 with no body; the server reads
        them from the JSON body and answers 202 with a deletion summary. PostHog's published
        schema says the same, with an optional `Person` body the server does not read: the body
        here is required, since without `ids` or `distinct_ids` the server answers 400.

        Operation ``persons_bulk_delete_create``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            ids (list[UUID] | Unset): PostHog person ids (UUIDs) to delete.
            distinct_ids (list[str] | Unset): Distinct ids whose persons to delete.
            delete_events (bool | Unset): Also delete the persons' events captured before the
                request (asynchronously). Default: False.
            delete_recordings (bool | Unset): Also delete the persons' session recordings
                (asynchronously). Default: False.
            keep_person (bool | Unset): Keep the person records and delete only their events and
                recordings. Default: False.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            PersonBulkDeleteResponse

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_bulk_delete_create.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.PersonBulkDeleteRequest(
                ids=ids,
                distinct_ids=distinct_ids,
                delete_events=delete_events,
                delete_recordings=delete_recordings,
                keep_person=keep_person,
            ),
        )

    async def cohorts(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        person_id: str,
    ) -> PersonCohorts:
        """Retrieve a person's cohorts.

        The cohorts the person belongs to.

        Corrected: the doc page lists only `format`; the server also needs the query parameter
        `person_id`. The page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_cohorts_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            person_id (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            PersonCohorts

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_cohorts_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            person_id=person_id,
        )

    async def funnel(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve persons in a funnel.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_funnel_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_funnel_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )

    async def create_funnel(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        properties: Any | Unset = UNSET,
    ) -> AnalyticsResult:
        """Compute persons in a funnel.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_funnel_create``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            properties (Any | Unset): Person properties to filter by; free-form.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_funnel_create.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.PersonPropertiesRequest(
                properties=properties,
            ),
        )

    async def funnel_correlation(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve persons in a funnel correlation.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_funnel_correlation_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_funnel_correlation_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )

    async def create_funnel_correlation(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        properties: Any | Unset = UNSET,
    ) -> AnalyticsResult:
        """Compute persons in a funnel correlation.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_funnel_correlation_create``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            properties (Any | Unset): Person properties to filter by; free-form.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_funnel_correlation_create.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.PersonPropertiesRequest(
                properties=properties,
            ),
        )

    async def lifecycle(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        target_date: str,
        lifecycle_type: str,
    ) -> AnalyticsResult:
        """Retrieve persons in a lifecycle bucket.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page lists only `format`; the server also needs the query parameters
        `target_date` and `lifecycle_type`. The page documents no response body; the server
        answers a JSON object, described here as a free-form object.

        Operation ``persons_lifecycle_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            target_date (str)
            lifecycle_type (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_lifecycle_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            target_date=target_date,
            lifecycle_type=lifecycle_type,
        )

    async def reset_person_distinct_id(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        distinct_id: str,
    ) -> None:
        """Reset a deleted person's distinct id.

        Reset a distinct_id for a deleted person. This allows the distinct_id to be used again.

        Corrected: the doc page gives the body as a person's `properties` and the success as 200;
        the server reads `{"distinct_id": "..."}` and answers 202 with no body.

        Operation ``persons_reset_person_distinct_id_create``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            distinct_id (str): The distinct id of a deleted person, to be made usable again.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_reset_person_distinct_id_create.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.ResetPersonDistinctIdRequest(
                distinct_id=distinct_id,
            ),
        )

    @deprecated(
        "persons.stickiness is deprecated in PostHog's API (operation persons_stickiness_retrieve)"
    )
    async def stickiness(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve persons in a stickiness bucket.

        Documented only on the older persons page; newer servers may answer 404.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_stickiness_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_stickiness_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )

    async def trends(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve persons in a trends bucket.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_trends_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            persons_trends_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )


__all__ = ["PersonsResource"]
