# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``customer_journeys``: the ``CustomerJourneysResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._pagination import AsyncPaginator
from ..._requester import ProjectRef, Requester
from .. import models as _models
from ..api.customer_journeys import (
    customer_journeys_create,
    customer_journeys_destroy,
    customer_journeys_list,
    customer_journeys_partial_update,
    customer_journeys_retrieve,
)
from ..types import UNSET, Unset, as_uuid

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.customer_journey import CustomerJourney
    from ..models.paginated_customer_journey_list import PaginatedCustomerJourneyList


class CustomerJourneysResource:
    """``customer_journeys``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``."""

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
    ) -> AsyncPaginator[CustomerJourney, PaginatedCustomerJourneyList]:
        """List all customer journeys.

        Operation ``customer_journeys_list``.

        Args:
            limit (int | Unset)
            offset (int | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.
            max_items (int | None): stop iterating after this many items.
            concurrency (int): when iterating, fetch up to this many pages at once, by offset, once
                the first page gives the total count. Items still come in server order.

        Returns:
            AsyncPaginator[CustomerJourney, PaginatedCustomerJourneyList]: ``await`` it for the first page;
            ``async for`` over it for every item of every page; ``.pages()`` for every page.

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return AsyncPaginator(
            self._requester,
            customer_journeys_list.ENDPOINT,
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
        insight: int,
        name: str,
        description: None | str | Unset = UNSET,
    ) -> CustomerJourney:
        """Create a customer journey.

        Operation ``customer_journeys_create``.

        Args:
            insight (int)
            name (str)
            description (None | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            CustomerJourney

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            customer_journeys_create.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.CustomerJourneyRequest(
                insight=insight,
                name=name,
                description=description,
            ),
        )

    async def retrieve(
        self,
        id: UUID | str,
        *,
        project_id: ProjectRef | None = None,
    ) -> CustomerJourney:
        """Retrieve a customer journey.

        Operation ``customer_journeys_retrieve``.

        Args:
            id (UUID | str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            CustomerJourney

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            customer_journeys_retrieve.ENDPOINT,
            id=as_uuid("id", id),
            project_id=self._requester.resolve_project_id(project_id),
        )

    async def delete(
        self,
        id: UUID | str,
        *,
        project_id: ProjectRef | None = None,
    ) -> None:
        """Delete a customer journey.

        Operation ``customer_journeys_destroy``.

        Args:
            id (UUID | str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            customer_journeys_destroy.ENDPOINT,
            id=as_uuid("id", id),
            project_id=self._requester.resolve_project_id(project_id),
        )

    async def update(
        self,
        id: UUID | str,
        *,
        project_id: ProjectRef | None = None,
        insight: int | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> CustomerJourney:
        """Update a customer journey.

        Operation ``customer_journeys_partial_update``.

        Args:
            id (UUID | str)
            insight (int | Unset)
            name (str | Unset)
            description (None | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            CustomerJourney

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return await self._requester.request(
            customer_journeys_partial_update.ENDPOINT,
            id=as_uuid("id", id),
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.PatchedCustomerJourneyRequest(
                insight=insight,
                name=name,
                description=description,
            ),
        )


__all__ = ["CustomerJourneysResource"]
