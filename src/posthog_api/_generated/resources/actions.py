# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``actions``: the ``ActionsResource`` methods, one per operation.

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
from ..api.actions import (
    actions_count_retrieve,
    actions_create,
    actions_list,
    actions_partial_update,
    actions_people_retrieve,
    actions_retrieve,
)
from ..types import UNSET, Unset, as_datetime, as_enum, as_model

if TYPE_CHECKING:
    import datetime

    from ..models.action import Action
    from ..models.action_step import ActionStep
    from ..models.format_enum import FormatEnum
    from ..models.paginated_action_list import PaginatedActionList


class ActionsResource:
    """``actions``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``, ``count``, ``people``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> AsyncPaginator[Action, PaginatedActionList]:
        """List all actions.

        Offset-paginated list of the project's actions.

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:read`.

        Operation ``actions_list``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            limit (int | Unset)
            offset (int | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.
            max_items (int | None): stop iterating after this many items.
            concurrency (int): when iterating, fetch up to this many pages at once, by offset, once
                the first page gives the total count. Items still come in server order.

        Returns:
            AsyncPaginator[Action, PaginatedActionList]: ``await`` it for the first page;
            ``async for`` over it for every item of every page; ``.pages()`` for every page.

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return AsyncPaginator(
            self._requester,
            actions_list.ENDPOINT,
            {
                "project_id": self._requester.resolve_project_id(project_id),
                "format_": as_enum("format_", _models.FormatEnum, format_),
                "limit": limit,
                "offset": offset,
            },
            max_items=max_items,
            concurrency=concurrency,
        )

    async def create(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        name: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: builtins.list[Any] | Unset = UNSET,
        post_to_slack: bool | Unset = False,
        slack_message_format: str | Unset = UNSET,
        steps: builtins.list[ActionStep | Mapping[str, Any]] | Unset = UNSET,
        deleted: bool | Unset = False,
        last_calculated_at: datetime.datetime | str | Unset = UNSET,
        pinned_at: datetime.datetime | str | None | Unset = UNSET,
        create_in_folder: str | Unset = UNSET,
    ) -> Action:
        """Create an action.

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:write`.

        Operation ``actions_create``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            name (None | str | Unset)
            description (str | Unset)
            tags (list[Any] | Unset)
            post_to_slack (bool | Unset) Default: False.
            slack_message_format (str | Unset)
            steps (list[ActionStep | Mapping[str, Any]] | Unset)
            deleted (bool | Unset) Default: False.
            last_calculated_at (datetime.datetime | str | Unset)
            pinned_at (datetime.datetime | str | None | Unset): When the action was pinned in
                the UI, or null.
            create_in_folder (str | Unset): The folder of PostHog's project tree to file a new
                action in (requests only).
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Action

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            actions_create.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.ActionRequest(
                name=name,
                description=description,
                tags=tags,
                post_to_slack=post_to_slack,
                slack_message_format=slack_message_format,
                steps=as_model("steps", _models.ActionStep, steps),
                deleted=deleted,
                last_calculated_at=as_datetime("last_calculated_at", last_calculated_at),
                pinned_at=as_datetime("pinned_at", pinned_at),
                create_in_folder=create_in_folder,
            ),
        )

    async def retrieve(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> Action:
        """Retrieve an action.

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:read`.

        Operation ``actions_retrieve``.

        Args:
            id (int)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Action

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            actions_retrieve.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )

    async def delete(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
    ) -> None:
        """Delete an action (not allowed).

        Hard delete of this model is not allowed: the server answers 405. Delete an action with
        `actions_partial_update` and the body `{"deleted": true}`.

        Corrected: the actions doc page lists no API-key scopes and no response; the server
        requires `action:write` and answers 405.

        Deletes by sending ``PATCH`` with ``{"deleted": true}`` (operation ``actions_partial_update``):
        the server refuses a hard ``DELETE`` with 405.

        Operation ``actions_destroy``.

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
            actions_partial_update.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.PatchedActionRequest(deleted=True),
        )

    async def update(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
        name: None | str | Unset = UNSET,
        description: str | Unset = UNSET,
        tags: builtins.list[Any] | Unset = UNSET,
        post_to_slack: bool | Unset = UNSET,
        slack_message_format: str | Unset = UNSET,
        steps: builtins.list[ActionStep | Mapping[str, Any]] | Unset = UNSET,
        deleted: bool | Unset = UNSET,
        last_calculated_at: datetime.datetime | str | Unset = UNSET,
        pinned_at: datetime.datetime | str | None | Unset = UNSET,
        create_in_folder: str | Unset = UNSET,
    ) -> Action:
        """Update an action.

        Partial update: only the fields sent are changed. Setting `deleted` to true is how an
        action is deleted (see `actions_destroy`).

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:write`.

        Operation ``actions_partial_update``.

        Args:
            id (int)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            name (None | str | Unset)
            description (str | Unset)
            tags (list[Any] | Unset)
            post_to_slack (bool | Unset)
            slack_message_format (str | Unset)
            steps (list[ActionStep | Mapping[str, Any]] | Unset)
            deleted (bool | Unset)
            last_calculated_at (datetime.datetime | str | Unset)
            pinned_at (datetime.datetime | str | None | Unset): When the action was pinned in
                the UI, or null.
            create_in_folder (str | Unset): The folder of PostHog's project tree to file a new
                action in (requests only).
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Action

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            actions_partial_update.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
            body=_models.PatchedActionRequest(
                name=name,
                description=description,
                tags=tags,
                post_to_slack=post_to_slack,
                slack_message_format=slack_message_format,
                steps=as_model("steps", _models.ActionStep, steps),
                deleted=deleted,
                last_calculated_at=as_datetime("last_calculated_at", last_calculated_at),
                pinned_at=as_datetime("pinned_at", pinned_at),
                create_in_folder=create_in_folder,
            ),
        )

    @deprecated("actions.count is deprecated in PostHog's API (operation actions_count_retrieve)")
    async def count(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> Action:
        """Retrieve an action's count.

        Documented only on the older actions page; newer servers may answer 404.

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:read`.

        Operation ``actions_count_retrieve``.

        Args:
            id (int)
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Action

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            actions_count_retrieve.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )

    @deprecated("actions.people is deprecated in PostHog's API (operation actions_people_retrieve)")
    async def people(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | Literal["csv", "json"] | Unset = UNSET,
    ) -> Action:
        """Retrieve actions people.

        Documented only on the older actions page; newer servers may answer 404.

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:read`.

        Operation ``actions_people_retrieve``.

        Args:
            format_ (FormatEnum | Literal["csv", "json"] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Action

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            actions_people_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum("format_", _models.FormatEnum, format_),
        )


__all__ = ["ActionsResource"]
