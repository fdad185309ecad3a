# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``conversation_views``: the ``ConversationViewsResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..._pagination import AsyncPaginator
from ..._requester import ProjectRef, Requester
from .. import models as _models
from ..api.conversations import (
    conversations_views_create,
    conversations_views_destroy,
    conversations_views_list,
    conversations_views_retrieve,
)
from ..types import UNSET, Unset, as_model

if TYPE_CHECKING:
    from ..models.conversation_view import ConversationView
    from ..models.conversation_view_request_filters import ConversationViewRequestFilters
    from ..models.paginated_conversation_view_list import PaginatedConversationViewList


class ConversationViewsResource:
    """``conversation_views``: ``list``, ``create``, ``retrieve``, ``delete``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        project_id: ProjectRef | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> AsyncPaginator[ConversationView, PaginatedConversationViewList]:
        """List all conversations views.

        Operation ``conversations_views_list``.

        Args:
            limit (int | Unset)
            offset (int | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.
            max_items (int | None): stop iterating after this many items.
            concurrency (int): when iterating, fetch up to this many pages at once, by offset, once
                the first page gives the total count. Items still come in server order.

        Returns:
            AsyncPaginator[ConversationView, PaginatedConversationViewList]: ``await`` it for the first page;
            ``async for`` over it for every item of every page; ``.pages()`` for every page.

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return AsyncPaginator(
            self._requester,
            conversations_views_list.ENDPOINT,
            {
                "project_id": self._requester.resolve_project_id(project_id),
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
        name: str,
        filters: ConversationViewRequestFilters | Mapping[str, Any] | Unset = UNSET,
    ) -> ConversationView:
        """Create a conversations view.

        Operation ``conversations_views_create``.

        Args:
            name (str)
            filters (ConversationViewRequestFilters | Mapping[str, Any] | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            ConversationView

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            conversations_views_create.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.ConversationViewRequest(
                name=name,
                filters=as_model("filters", _models.ConversationViewRequestFilters, filters),
            ),
        )

    async def retrieve(
        self,
        short_id: str,
        *,
        project_id: ProjectRef | None = None,
    ) -> ConversationView:
        """Retrieve a conversations view.

        Operation ``conversations_views_retrieve``.

        Args:
            short_id (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            ConversationView

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            conversations_views_retrieve.ENDPOINT,
            short_id=short_id,
            project_id=self._requester.resolve_project_id(project_id),
        )

    async def delete(
        self,
        short_id: str,
        *,
        project_id: ProjectRef | None = None,
    ) -> None:
        """Delete a conversations view.

        Operation ``conversations_views_destroy``.

        Args:
            short_id (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            conversations_views_destroy.ENDPOINT,
            short_id=short_id,
            project_id=self._requester.resolve_project_id(project_id),
        )


__all__ = ["ConversationViewsResource"]
