# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``persons``: the ``PersonsResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import deprecated

from ..._requester import ProjectRef, Requester
from .. import models as _models
from ..api.persons import (
    persons_activity_retrieve,
    persons_bulk_delete_create,
    persons_cohorts_retrieve,
    persons_funnel_correlation_create,
    persons_funnel_correlation_retrieve,
    persons_funnel_create,
    persons_funnel_retrieve,
    persons_lifecycle_retrieve,
    persons_reset_person_distinct_id_create,
    persons_stickiness_retrieve,
    persons_trends_retrieve,
)
from ..types import UNSET, Unset, as_enum

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.activity_log import ActivityLog
    from ..models.analytics_result import AnalyticsResult
    from ..models.format_enum import FormatEnum
    from ..models.person_bulk_delete_response import PersonBulkDeleteResponse
    from ..models.person_cohorts import PersonCohorts


class PersonsResource:
    """``persons``: ``activity``, ``bulk_delete``, ``cohorts``, ``funnel``, ``create_funnel``, ``funnel_correlation``, ``create_funnel_correlation``, ``lifecycle``, ``reset_person_distinct_id``, ``stickiness``, ``trends``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def activity(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> ActivityLog:
        """Retrieve persons activity.

        The project's person activity log.

        Corrected: the doc page documents no response body; the server answers a JSON object
        (the activity log page), described here as a free-form object.

        Operation ``persons_activity_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
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
