# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``subscriptions``: the ``SubscriptionsResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal

from ..._pagination import AsyncPaginator
from ..._requester import ProjectRef, Requester
from .. import models as _models
from ..api.subscriptions import (
    subscriptions_create,
    subscriptions_list,
    subscriptions_partial_update,
    subscriptions_retrieve,
)
from ..types import UNSET, Unset, as_datetime, as_enum

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from ..models.byweekday_enum import ByweekdayEnum
    from ..models.frequency_enum import FrequencyEnum
    from ..models.paginated_subscription_list import PaginatedSubscriptionList
    from ..models.subscription import Subscription
    from ..models.target_type_enum import TargetTypeEnum


class SubscriptionsResource:
    """``subscriptions``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        project_id: ProjectRef | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        created_by: UUID | Unset = UNSET,
        dashboard: int | Unset = UNSET,
        insight: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        search: str | Unset = UNSET,
        target_type: TargetTypeEnum | Literal["email", "slack", "webhook"] | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> AsyncPaginator[Subscription, PaginatedSubscriptionList]:
        """List all subscriptions.

        Corrected: the doc page lists only `limit` and `offset`; the server also filters by
        `created_by`, `dashboard`, `insight`, `ordering`, `resource_type`, `search` and
        `target_type`. PostHog's published schema has this list at the path
        `/api/projects/{project_id}/subscriptions/`; servers answer at both, and this spec keeps
        the doc page's `/api/environments/{project_id}/subscriptions/`.

        Operation ``subscriptions_list``.

        Args:
            limit (int | Unset)
            offset (int | Unset)
            created_by (UUID | Unset)
            dashboard (int | Unset)
            insight (int | Unset)
            ordering (str | Unset)
            resource_type (str | Unset)
            search (str | Unset)
            target_type (TargetTypeEnum | Literal["email", "slack", "webhook"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.
            max_items (int | None): stop iterating after this many items.
            concurrency (int): when iterating, fetch up to this many pages at once, by offset, once
                the first page gives the total count. Items still come in server order.

        Returns:
            AsyncPaginator[Subscription, PaginatedSubscriptionList]: ``await`` it for the first page;
            ``async for`` over it for every item of every page; ``.pages()`` for every page.

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return AsyncPaginator(
            self._requester,
            subscriptions_list.ENDPOINT,
            {
                "project_id": self._requester.resolve_project_id(project_id),
                "limit": limit,
                "offset": offset,
                "created_by": created_by,
                "dashboard": dashboard,
                "insight": insight,
                "ordering": ordering,
                "resource_type": resource_type,
                "search": search,
                "target_type": as_enum("target_type", _models.TargetTypeEnum, target_type),
            },
            max_items=max_items,
            concurrency=concurrency,
        )

    async def create(
        self,
        *,
        project_id: ProjectRef | None = None,
        target_type: TargetTypeEnum | Literal["email", "slack", "webhook"],
        target_value: str,
        frequency: FrequencyEnum | Literal["daily", "weekly", "monthly", "yearly"],
        start_date: datetime.datetime | str,
        dashboard: int | None | Unset = UNSET,
        insight: int | None | Unset = UNSET,
        interval: int | Unset = UNSET,
        byweekday: builtins.list[
            ByweekdayEnum
            | Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        ]
        | None
        | Unset = UNSET,
        bysetpos: int | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        until_date: datetime.datetime | str | None | Unset = UNSET,
        deleted: bool | Unset = UNSET,
        title: None | str | Unset = UNSET,
        invite_message: None | str | Unset = UNSET,
        dashboard_export_insights: builtins.list[int] | Unset = UNSET,
        integration_id: int | None | Unset = UNSET,
        summary_enabled: bool | Unset = UNSET,
        summary_prompt_guide: str | Unset = UNSET,
    ) -> Subscription:
        """Create a subscription.

        Operation ``subscriptions_create``.

        Args:
            target_type (TargetTypeEnum | Literal["email", "slack", "webhook"])
            target_value (str)
            frequency (FrequencyEnum | Literal["daily", "weekly", "monthly", "yearly"])
            start_date (datetime.datetime | str)
            dashboard (int | None | Unset)
            insight (int | None | Unset)
            interval (int | Unset)
            byweekday (list[ByweekdayEnum | Literal["monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday"]] | None | Unset)
            bysetpos (int | None | Unset)
            count (int | None | Unset)
            until_date (datetime.datetime | str | None | Unset)
            deleted (bool | Unset)
            title (None | str | Unset)
            invite_message (None | str | Unset)
            dashboard_export_insights (list[int] | Unset): For a dashboard subscription, the ids
                of the dashboard's insights to include (at most 6).
            integration_id (int | None | Unset): The id of the Slack integration to deliver
                through (needed when `target_type` is slack).
            summary_enabled (bool | Unset): Attach an AI-written summary to each delivery
                (insight and dashboard subscriptions).
            summary_prompt_guide (str | Unset): Free-text guidance for the AI summary.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Subscription

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            subscriptions_create.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.SubscriptionRequest(
                target_type=as_enum("target_type", _models.TargetTypeEnum, target_type),
                target_value=target_value,
                frequency=as_enum("frequency", _models.FrequencyEnum, frequency),
                start_date=as_datetime("start_date", start_date),
                dashboard=dashboard,
                insight=insight,
                interval=interval,
                byweekday=as_enum("byweekday", _models.ByweekdayEnum, byweekday, many=True),
                bysetpos=bysetpos,
                count=count,
                until_date=as_datetime("until_date", until_date),
                deleted=deleted,
                title=title,
                invite_message=invite_message,
                dashboard_export_insights=dashboard_export_insights,
                integration_id=integration_id,
                summary_enabled=summary_enabled,
                summary_prompt_guide=summary_prompt_guide,
            ),
        )

    async def retrieve(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
    ) -> Subscription:
        """Retrieve a subscription.

        Operation ``subscriptions_retrieve``.

        Args:
            id (int)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Subscription

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            subscriptions_retrieve.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )

    async def delete(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
    ) -> None:
        """Delete a subscription (not allowed).

        Hard delete of this model is not allowed: the server answers 405. Delete a subscription
        with `subscriptions_partial_update` and the body `{"deleted": true}`.

        Deletes by sending ``PATCH`` with ``{"deleted": true}`` (operation ``subscriptions_partial_update``):
        the server refuses a hard ``DELETE`` with 405.

        Operation ``subscriptions_destroy``.

        Args:
            id (int)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        await self._requester.request(
            subscriptions_partial_update.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.PatchedSubscriptionRequest(deleted=True),
        )

    async def update(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
        dashboard: int | None | Unset = UNSET,
        insight: int | None | Unset = UNSET,
        target_type: TargetTypeEnum | Literal["email", "slack", "webhook"] | Unset = UNSET,
        target_value: str | Unset = UNSET,
        frequency: FrequencyEnum | Literal["daily", "weekly", "monthly", "yearly"] | Unset = UNSET,
        interval: int | Unset = UNSET,
        byweekday: builtins.list[
            ByweekdayEnum
            | Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        ]
        | None
        | Unset = UNSET,
        bysetpos: int | None | Unset = UNSET,
        count: int | None | Unset = UNSET,
        start_date: datetime.datetime | str | Unset = UNSET,
        until_date: datetime.datetime | str | None | Unset = UNSET,
        deleted: bool | Unset = UNSET,
        title: None | str | Unset = UNSET,
        invite_message: None | str | Unset = UNSET,
        dashboard_export_insights: builtins.list[int] | Unset = UNSET,
        integration_id: int | None | Unset = UNSET,
        summary_enabled: bool | Unset = UNSET,
        summary_prompt_guide: str | Unset = UNSET,
    ) -> Subscription:
        """Update a subscription.

        Partial update: only the fields sent are changed. Setting `deleted` to true is how a
        subscription is deleted (see `subscriptions_destroy`).

        Operation ``subscriptions_partial_update``.

        Args:
            id (int)
            dashboard (int | None | Unset)
            insight (int | None | Unset)
            target_type (TargetTypeEnum | Literal["email", "slack", "webhook"] | Unset)
            target_value (str | Unset)
            frequency (FrequencyEnum | Literal["daily", "weekly", "monthly", "yearly"] | Unset)
            interval (int | Unset)
            byweekday (list[ByweekdayEnum | Literal["monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday"]] | None | Unset)
            bysetpos (int | None | Unset)
            count (int | None | Unset)
            start_date (datetime.datetime | str | Unset)
            until_date (datetime.datetime | str | None | Unset)
            deleted (bool | Unset)
            title (None | str | Unset)
            invite_message (None | str | Unset)
            dashboard_export_insights (list[int] | Unset): For a dashboard subscription, the ids
                of the dashboard's insights to include (at most 6).
            integration_id (int | None | Unset): The id of the Slack integration to deliver
                through (needed when `target_type` is slack).
            summary_enabled (bool | Unset): Attach an AI-written summary to each delivery
                (insight and dashboard subscriptions).
            summary_prompt_guide (str | Unset): Free-text guidance for the AI summary.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Subscription

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            subscriptions_partial_update.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.PatchedSubscriptionRequest(
                dashboard=dashboard,
                insight=insight,
                target_type=as_enum("target_type", _models.TargetTypeEnum, target_type),
                target_value=target_value,
                frequency=as_enum("frequency", _models.FrequencyEnum, frequency),
                interval=interval,
                byweekday=as_enum("byweekday", _models.ByweekdayEnum, byweekday, many=True),
                bysetpos=bysetpos,
                count=count,
                start_date=as_datetime("start_date", start_date),
                until_date=as_datetime("until_date", until_date),
                deleted=deleted,
                title=title,
                invite_message=invite_message,
                dashboard_export_insights=dashboard_export_insights,
                integration_id=integration_id,
                summary_enabled=summary_enabled,
                summary_prompt_guide=summary_prompt_guide,
            ),
        )


__all__ = ["SubscriptionsResource"]
