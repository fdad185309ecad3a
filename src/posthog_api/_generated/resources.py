# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Resource classes: one per ``x-posthog-sdk`` resource, one method per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the generated endpoint module to a ``Requester`` (``AsyncPostHog`` is one),
which sends it through the transport stack and returns the parsed success model.

Endpoint modules and models are imported on first use, so importing this module stays cheap.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, cast

from .._pagination import AsyncPaginator
from . import models as _models
from .types import UNSET, Unset, as_datetime, as_enum, as_model

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from .models.action import Action
    from .models.action_step import ActionStep
    from .models.activity_log import ActivityLog
    from .models.analytics_result import AnalyticsResult
    from .models.byweekday_enum import ByweekdayEnum
    from .models.conversation_view import ConversationView
    from .models.conversation_view_request_filters import ConversationViewRequestFilters
    from .models.customer_journey import CustomerJourney
    from .models.format_enum import FormatEnum
    from .models.frequency_enum import FrequencyEnum
    from .models.integration_resources import IntegrationResources
    from .models.organization_domain import OrganizationDomain
    from .models.paginated_action_list import PaginatedActionList
    from .models.paginated_conversation_view_list import PaginatedConversationViewList
    from .models.paginated_customer_journey_list import PaginatedCustomerJourneyList
    from .models.paginated_organization_domain_list import PaginatedOrganizationDomainList
    from .models.paginated_subscription_list import PaginatedSubscriptionList
    from .models.person_bulk_delete_response import PersonBulkDeleteResponse
    from .models.person_cohorts import PersonCohorts
    from .models.personal_api_key import PersonalAPIKey
    from .models.sharing_configuration import SharingConfiguration
    from .models.subscription import Subscription
    from .models.target_type_enum import TargetTypeEnum


@cache
def _endpoint(tag: str, name: str) -> ModuleType:
    """The generated module of one operation, imported on first use."""
    return import_module(f"{__package__}.api.{tag}.{name}")


ProjectRef = int | str
"""A project id: its number, or ``"@current"`` for the key's current project."""


class Requester(Protocol):
    """What resource methods need from a client."""

    def resolve_project_id(self, value: ProjectRef | None, /) -> str:
        """The project id to use: ``value``, else the client's default (or ``ValueError``)."""
        ...

    def resolve_organization_id(self, value: str | None, /) -> str:
        """The organization id to use: ``value``, else the client's default (or ``ValueError``)."""
        ...

    async def request(self, endpoint: ModuleType, expected: type[Any], /, **arguments: Any) -> Any:
        """Send ``endpoint`` with ``arguments``; return its parsed body, an instance of ``expected``."""
        ...

    async def request_url(self, endpoint: ModuleType, expected: type[Any], url: str, /) -> Any:
        """GET ``url`` (a page's ``next``) as ``endpoint``; return its parsed body, an ``expected``."""
        ...


class ActionsResource:
    """``actions``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``, ``count``, ``people``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
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
            format_ (FormatEnum | str | Unset)
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
            _endpoint("actions", "actions_list"),
            _models.PaginatedActionList,
            {
                "project_id": self._requester.resolve_project_id(project_id),
                "format_": as_enum(_models.FormatEnum, format_),
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
        format_: FormatEnum | str | Unset = UNSET,
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
            format_ (FormatEnum | str | Unset)
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
        result = await self._requester.request(
            _endpoint("actions", "actions_create"),
            _models.Action,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
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
        return cast("Action", result)

    async def retrieve(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
    ) -> Action:
        """Retrieve an action.

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:read`.

        Operation ``actions_retrieve``.

        Args:
            id (int)
            format_ (FormatEnum | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Action

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("actions", "actions_retrieve"),
            _models.Action,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
        )
        return cast("Action", result)

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
            _endpoint("actions", "actions_partial_update"),
            _models.Action,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.PatchedActionRequest(deleted=True),
        )

    async def update(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
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
            format_ (FormatEnum | str | Unset)
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
        result = await self._requester.request(
            _endpoint("actions", "actions_partial_update"),
            _models.Action,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
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
        return cast("Action", result)

    async def count(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
    ) -> Action:
        """Retrieve an action's count.

        Documented only on the older actions page; newer servers may answer 404.

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:read`.

        Operation ``actions_count_retrieve``.

        Args:
            id (int)
            format_ (FormatEnum | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Action

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("actions", "actions_count_retrieve"),
            _models.Action,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
        )
        return cast("Action", result)

    async def people(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
    ) -> Action:
        """Retrieve actions people.

        Documented only on the older actions page; newer servers may answer 404.

        Corrected: the actions doc page lists no API-key scopes; the server requires `action:read`.

        Operation ``actions_people_retrieve``.

        Args:
            format_ (FormatEnum | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            Action

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("actions", "actions_people_retrieve"),
            _models.Action,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
        )
        return cast("Action", result)


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
            _endpoint("conversations", "conversations_views_list"),
            _models.PaginatedConversationViewList,
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
        result = await self._requester.request(
            _endpoint("conversations", "conversations_views_create"),
            _models.ConversationView,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.ConversationViewRequest(
                name=name,
                filters=as_model("filters", _models.ConversationViewRequestFilters, filters),
            ),
        )
        return cast("ConversationView", result)

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
        result = await self._requester.request(
            _endpoint("conversations", "conversations_views_retrieve"),
            _models.ConversationView,
            short_id=short_id,
            project_id=self._requester.resolve_project_id(project_id),
        )
        return cast("ConversationView", result)

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
        await self._requester.request(
            _endpoint("conversations", "conversations_views_destroy"),
            type(None),
            short_id=short_id,
            project_id=self._requester.resolve_project_id(project_id),
        )


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
            _endpoint("customer_journeys", "customer_journeys_list"),
            _models.PaginatedCustomerJourneyList,
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
        result = await self._requester.request(
            _endpoint("customer_journeys", "customer_journeys_create"),
            _models.CustomerJourney,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.CustomerJourneyRequest(
                insight=insight,
                name=name,
                description=description,
            ),
        )
        return cast("CustomerJourney", result)

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
        result = await self._requester.request(
            _endpoint("customer_journeys", "customer_journeys_retrieve"),
            _models.CustomerJourney,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )
        return cast("CustomerJourney", result)

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
        await self._requester.request(
            _endpoint("customer_journeys", "customer_journeys_destroy"),
            type(None),
            id=id,
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
        result = await self._requester.request(
            _endpoint("customer_journeys", "customer_journeys_partial_update"),
            _models.CustomerJourney,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.PatchedCustomerJourneyRequest(
                insight=insight,
                name=name,
                description=description,
            ),
        )
        return cast("CustomerJourney", result)


class DomainsResource:
    """``domains``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        organization_id: str | None = None,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> AsyncPaginator[OrganizationDomain, PaginatedOrganizationDomainList]:
        """List all domains.

        Operation ``domains_list``.

        Args:
            limit (int | Unset)
            offset (int | Unset)
            organization_id (str | None): the organization; default: the client's ``organization_id``.
            max_items (int | None): stop iterating after this many items.
            concurrency (int): when iterating, fetch up to this many pages at once, by offset, once
                the first page gives the total count. Items still come in server order.

        Returns:
            AsyncPaginator[OrganizationDomain, PaginatedOrganizationDomainList]: ``await`` it for the first page;
            ``async for`` over it for every item of every page; ``.pages()`` for every page.

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        return AsyncPaginator(
            self._requester,
            _endpoint("domains", "domains_list"),
            _models.PaginatedOrganizationDomainList,
            {
                "organization_id": self._requester.resolve_organization_id(organization_id),
                "limit": limit,
                "offset": offset,
            },
            max_items=max_items,
            concurrency=concurrency,
        )

    async def create(
        self,
        *,
        organization_id: str | None = None,
        domain: str,
        jit_provisioning_enabled: bool | Unset = UNSET,
        sso_enforcement: str | Unset = UNSET,
        saml_entity_id: None | str | Unset = UNSET,
        saml_acs_url: None | str | Unset = UNSET,
        saml_x509_cert: None | str | Unset = UNSET,
        scim_enabled: bool | Unset = UNSET,
    ) -> OrganizationDomain:
        """Create a domain.

        Operation ``domains_create``.

        Args:
            domain (str)
            jit_provisioning_enabled (bool | Unset)
            sso_enforcement (str | Unset)
            saml_entity_id (None | str | Unset)
            saml_acs_url (None | str | Unset)
            saml_x509_cert (None | str | Unset)
            scim_enabled (bool | Unset)
            organization_id (str | None): the organization; default: the client's ``organization_id``.

        Returns:
            OrganizationDomain

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("domains", "domains_create"),
            _models.OrganizationDomain,
            organization_id=self._requester.resolve_organization_id(organization_id),
            body=_models.OrganizationDomainRequest(
                domain=domain,
                jit_provisioning_enabled=jit_provisioning_enabled,
                sso_enforcement=sso_enforcement,
                saml_entity_id=saml_entity_id,
                saml_acs_url=saml_acs_url,
                saml_x509_cert=saml_x509_cert,
                scim_enabled=scim_enabled,
            ),
        )
        return cast("OrganizationDomain", result)

    async def retrieve(
        self,
        id: UUID | str,
        *,
        organization_id: str | None = None,
    ) -> OrganizationDomain:
        """Retrieve a domain.

        Operation ``domains_retrieve``.

        Args:
            id (UUID | str)
            organization_id (str | None): the organization; default: the client's ``organization_id``.

        Returns:
            OrganizationDomain

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("domains", "domains_retrieve"),
            _models.OrganizationDomain,
            id=id,
            organization_id=self._requester.resolve_organization_id(organization_id),
        )
        return cast("OrganizationDomain", result)

    async def delete(
        self,
        id: UUID | str,
        *,
        organization_id: str | None = None,
    ) -> None:
        """Delete a domain.

        Operation ``domains_destroy``.

        Args:
            id (UUID | str)
            organization_id (str | None): the organization; default: the client's ``organization_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        await self._requester.request(
            _endpoint("domains", "domains_destroy"),
            type(None),
            id=id,
            organization_id=self._requester.resolve_organization_id(organization_id),
        )

    async def update(
        self,
        id: UUID | str,
        *,
        organization_id: str | None = None,
        domain: str | Unset = UNSET,
        jit_provisioning_enabled: bool | Unset = UNSET,
        sso_enforcement: str | Unset = UNSET,
        saml_entity_id: None | str | Unset = UNSET,
        saml_acs_url: None | str | Unset = UNSET,
        saml_x509_cert: None | str | Unset = UNSET,
        scim_enabled: bool | Unset = UNSET,
    ) -> OrganizationDomain:
        """Update a domain.

        Operation ``domains_partial_update``.

        Args:
            id (UUID | str)
            domain (str | Unset)
            jit_provisioning_enabled (bool | Unset)
            sso_enforcement (str | Unset)
            saml_entity_id (None | str | Unset)
            saml_acs_url (None | str | Unset)
            saml_x509_cert (None | str | Unset)
            scim_enabled (bool | Unset)
            organization_id (str | None): the organization; default: the client's ``organization_id``.

        Returns:
            OrganizationDomain

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("domains", "domains_partial_update"),
            _models.OrganizationDomain,
            id=id,
            organization_id=self._requester.resolve_organization_id(organization_id),
            body=_models.PatchedOrganizationDomainRequest(
                domain=domain,
                jit_provisioning_enabled=jit_provisioning_enabled,
                sso_enforcement=sso_enforcement,
                saml_entity_id=saml_entity_id,
                saml_acs_url=saml_acs_url,
                saml_x509_cert=saml_x509_cert,
                scim_enabled=scim_enabled,
            ),
        )
        return cast("OrganizationDomain", result)


class IntegrationsResource:
    """``integrations``: ``linkedin_ads_accounts``, ``linkedin_ads_conversion_rules``, ``twilio_phone_numbers``, ``authorize``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def linkedin_ads_accounts(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
    ) -> IntegrationResources:
        """Retrieve an integration's LinkedIn Ads accounts.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object
        whose shape depends on LinkedIn, described here as a free-form object.

        Operation ``integrations_linkedin_ads_accounts_retrieve``.

        Args:
            id (int)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            IntegrationResources

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("integrations", "integrations_linkedin_ads_accounts_retrieve"),
            _models.IntegrationResources,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )
        return cast("IntegrationResources", result)

    async def linkedin_ads_conversion_rules(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
    ) -> IntegrationResources:
        """Retrieve an integration's LinkedIn Ads conversion rules.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object
        whose shape depends on LinkedIn, described here as a free-form object.

        Operation ``integrations_linkedin_ads_conversion_rules_retrieve``.

        Args:
            id (int)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            IntegrationResources

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("integrations", "integrations_linkedin_ads_conversion_rules_retrieve"),
            _models.IntegrationResources,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )
        return cast("IntegrationResources", result)

    async def twilio_phone_numbers(
        self,
        id: int,
        *,
        project_id: ProjectRef | None = None,
    ) -> IntegrationResources:
        """Retrieve an integration's Twilio phone numbers.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object
        whose shape depends on Twilio, described here as a free-form object.

        Operation ``integrations_twilio_phone_numbers_retrieve``.

        Args:
            id (int)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            IntegrationResources

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("integrations", "integrations_twilio_phone_numbers_retrieve"),
            _models.IntegrationResources,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )
        return cast("IntegrationResources", result)

    async def authorize(
        self,
        *,
        project_id: ProjectRef | None = None,
    ) -> None:
        """Start an integration's authorization.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Operation ``integrations_authorize_retrieve``.

        Args:
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        await self._requester.request(
            _endpoint("integrations", "integrations_authorize_retrieve"),
            type(None),
            project_id=self._requester.resolve_project_id(project_id),
        )


class PersonalApiKeysResource:
    """``personal_api_keys``: ``current``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def current(
        self,
    ) -> PersonalAPIKey:
        """Retrieve the calling personal API key.

        The key the request is authenticated with: its scopes and the projects and organizations
        it is restricted to. No scope is needed to call it. A key created without explicit scopes
        reports `["*"]`; `scoped_teams` and `scoped_organizations` are empty when the key is not
        restricted.

        Not on the seed doc pages; described from API-FACTS.md. The SDK reads it for
        `scopes="auto"`.

        Operation ``personal_api_keys_current_retrieve``.

        Returns:
            PersonalAPIKey

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("personal_api_keys", "personal_api_keys_current_retrieve"),
            _models.PersonalAPIKey,
        )
        return cast("PersonalAPIKey", result)


class PersonsResource:
    """``persons``: ``activity``, ``bulk_delete``, ``cohorts``, ``funnel``, ``create_funnel``, ``funnel_correlation``, ``create_funnel_correlation``, ``lifecycle``, ``reset_person_distinct_id``, ``stickiness``, ``trends``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def activity(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
    ) -> ActivityLog:
        """Retrieve persons activity.

        The project's person activity log.

        Corrected: the doc page documents no response body; the server answers a JSON object
        (the activity log page), described here as a free-form object.

        Operation ``persons_activity_retrieve``.

        Args:
            format_ (FormatEnum | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            ActivityLog

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_activity_retrieve"),
            _models.ActivityLog,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
        )
        return cast("ActivityLog", result)

    async def bulk_delete(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
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
            format_ (FormatEnum | str | Unset)
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
        result = await self._requester.request(
            _endpoint("persons", "persons_bulk_delete_create"),
            _models.PersonBulkDeleteResponse,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
            body=_models.PersonBulkDeleteRequest(
                ids=ids,
                distinct_ids=distinct_ids,
                delete_events=delete_events,
                delete_recordings=delete_recordings,
                keep_person=keep_person,
            ),
        )
        return cast("PersonBulkDeleteResponse", result)

    async def cohorts(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
        person_id: str,
    ) -> PersonCohorts:
        """Retrieve a person's cohorts.

        The cohorts the person belongs to.

        Corrected: the doc page lists only `format`; the server also needs the query parameter
        `person_id`. The page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_cohorts_retrieve``.

        Args:
            format_ (FormatEnum | str | Unset)
            person_id (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            PersonCohorts

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_cohorts_retrieve"),
            _models.PersonCohorts,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
            person_id=person_id,
        )
        return cast("PersonCohorts", result)

    async def funnel(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve persons in a funnel.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_funnel_retrieve``.

        Args:
            format_ (FormatEnum | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_funnel_retrieve"),
            _models.AnalyticsResult,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
        )
        return cast("AnalyticsResult", result)

    async def create_funnel(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
        properties: Any | Unset = UNSET,
    ) -> AnalyticsResult:
        """Compute persons in a funnel.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_funnel_create``.

        Args:
            format_ (FormatEnum | str | Unset)
            properties (Any | Unset): Person properties to filter by; free-form.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_funnel_create"),
            _models.AnalyticsResult,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
            body=_models.PersonPropertiesRequest(
                properties=properties,
            ),
        )
        return cast("AnalyticsResult", result)

    async def funnel_correlation(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve persons in a funnel correlation.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_funnel_correlation_retrieve``.

        Args:
            format_ (FormatEnum | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_funnel_correlation_retrieve"),
            _models.AnalyticsResult,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
        )
        return cast("AnalyticsResult", result)

    async def create_funnel_correlation(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
        properties: Any | Unset = UNSET,
    ) -> AnalyticsResult:
        """Compute persons in a funnel correlation.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_funnel_correlation_create``.

        Args:
            format_ (FormatEnum | str | Unset)
            properties (Any | Unset): Person properties to filter by; free-form.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_funnel_correlation_create"),
            _models.AnalyticsResult,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
            body=_models.PersonPropertiesRequest(
                properties=properties,
            ),
        )
        return cast("AnalyticsResult", result)

    async def lifecycle(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
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
            format_ (FormatEnum | str | Unset)
            target_date (str)
            lifecycle_type (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_lifecycle_retrieve"),
            _models.AnalyticsResult,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
            target_date=target_date,
            lifecycle_type=lifecycle_type,
        )
        return cast("AnalyticsResult", result)

    async def reset_person_distinct_id(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
        distinct_id: str,
    ) -> None:
        """Reset a deleted person's distinct id.

        Reset a distinct_id for a deleted person. This allows the distinct_id to be used again.

        Corrected: the doc page gives the body as a person's `properties` and the success as 200;
        the server reads `{"distinct_id": "..."}` and answers 202 with no body.

        Operation ``persons_reset_person_distinct_id_create``.

        Args:
            format_ (FormatEnum | str | Unset)
            distinct_id (str): The distinct id of a deleted person, to be made usable again.
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        await self._requester.request(
            _endpoint("persons", "persons_reset_person_distinct_id_create"),
            type(None),
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
            body=_models.ResetPersonDistinctIdRequest(
                distinct_id=distinct_id,
            ),
        )

    async def stickiness(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve persons in a stickiness bucket.

        Documented only on the older persons page; newer servers may answer 404.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_stickiness_retrieve``.

        Args:
            format_ (FormatEnum | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_stickiness_retrieve"),
            _models.AnalyticsResult,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
        )
        return cast("AnalyticsResult", result)

    async def trends(
        self,
        *,
        project_id: ProjectRef | None = None,
        format_: FormatEnum | str | Unset = UNSET,
    ) -> AnalyticsResult:
        """Retrieve persons in a trends bucket.

        The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
        action does not support Personal API Key access"); other authentication methods reach it.

        Corrected: the doc page documents no response body; the server answers a JSON object,
        described here as a free-form object.

        Operation ``persons_trends_retrieve``.

        Args:
            format_ (FormatEnum | str | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            AnalyticsResult

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("persons", "persons_trends_retrieve"),
            _models.AnalyticsResult,
            project_id=self._requester.resolve_project_id(project_id),
            format_=as_enum(_models.FormatEnum, format_),
        )
        return cast("AnalyticsResult", result)


class SessionRecordingSharingResource:
    """``session_recording_sharing``: ``list``, ``create_password``, ``delete_password``, ``refresh``."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    async def list(
        self,
        recording_id: str,
        *,
        project_id: ProjectRef | None = None,
    ) -> builtins.list[SharingConfiguration]:
        """List a recording's sharing configurations.

        Corrected: the doc page shows a single object; the server answers a bare JSON array of
        sharing configurations (not paginated).

        Operation ``session_recordings_sharing_list``.

        Args:
            recording_id (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            builtins.list[SharingConfiguration]

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("session_recordings", "session_recordings_sharing_list"),
            list,
            recording_id=recording_id,
            project_id=self._requester.resolve_project_id(project_id),
        )
        return cast("builtins.list[SharingConfiguration]", result)

    async def create_password(
        self,
        recording_id: str,
        *,
        project_id: ProjectRef | None = None,
        enabled: bool | Unset = UNSET,
        settings: Any | Unset = UNSET,
        password_required: bool | Unset = UNSET,
    ) -> SharingConfiguration:
        """Create a sharing password.

        Create a new password for the sharing configuration.

        Corrected: the server answers 200, not 201.

        Operation ``session_recordings_sharing_passwords_create``.

        Args:
            recording_id (str)
            enabled (bool | Unset)
            settings (Any | Unset): Free-form sharing settings (any value, null included).
            password_required (bool | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            SharingConfiguration

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("session_recordings", "session_recordings_sharing_passwords_create"),
            _models.SharingConfiguration,
            recording_id=recording_id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.SharingConfigurationRequest(
                enabled=enabled,
                settings=settings,
                password_required=password_required,
            ),
        )
        return cast("SharingConfiguration", result)

    async def delete_password(
        self,
        recording_id: str,
        password_id: str,
        *,
        project_id: ProjectRef | None = None,
    ) -> None:
        """Delete a sharing password.

        Delete a password from the sharing configuration.

        Operation ``session_recordings_sharing_passwords_destroy``.

        Args:
            recording_id (str)
            password_id (str)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            None

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        await self._requester.request(
            _endpoint("session_recordings", "session_recordings_sharing_passwords_destroy"),
            type(None),
            recording_id=recording_id,
            password_id=password_id,
            project_id=self._requester.resolve_project_id(project_id),
        )

    async def refresh(
        self,
        recording_id: str,
        *,
        project_id: ProjectRef | None = None,
        enabled: bool | Unset = UNSET,
        settings: Any | Unset = UNSET,
        password_required: bool | Unset = UNSET,
    ) -> SharingConfiguration:
        """Refresh a recording's sharing access token.

        Operation ``session_recordings_sharing_refresh_create``.

        Args:
            recording_id (str)
            enabled (bool | Unset)
            settings (Any | Unset): Free-form sharing settings (any value, null included).
            password_required (bool | Unset)
            project_id (int | str | None): the project; default: the client's ``project_id``.

        Returns:
            SharingConfiguration

        Raises:
            posthog_api.PostHogError: the request failed (a subclass says how).
            ValueError: an argument is invalid; nothing was sent.
        """
        result = await self._requester.request(
            _endpoint("session_recordings", "session_recordings_sharing_refresh_create"),
            _models.SharingConfiguration,
            recording_id=recording_id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.SharingConfigurationRequest(
                enabled=enabled,
                settings=settings,
                password_required=password_required,
            ),
        )
        return cast("SharingConfiguration", result)


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
        target_type: TargetTypeEnum | str | Unset = UNSET,
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
            target_type (TargetTypeEnum | str | Unset)
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
            _endpoint("subscriptions", "subscriptions_list"),
            _models.PaginatedSubscriptionList,
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
                "target_type": as_enum(_models.TargetTypeEnum, target_type),
            },
            max_items=max_items,
            concurrency=concurrency,
        )

    async def create(
        self,
        *,
        project_id: ProjectRef | None = None,
        target_type: TargetTypeEnum | str,
        target_value: str,
        frequency: FrequencyEnum | str,
        start_date: datetime.datetime | str,
        dashboard: int | None | Unset = UNSET,
        insight: int | None | Unset = UNSET,
        interval: int | Unset = UNSET,
        byweekday: builtins.list[ByweekdayEnum | str] | None | Unset = UNSET,
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
            target_type (TargetTypeEnum | str)
            target_value (str)
            frequency (FrequencyEnum | str)
            start_date (datetime.datetime | str)
            dashboard (int | None | Unset)
            insight (int | None | Unset)
            interval (int | Unset)
            byweekday (list[ByweekdayEnum | str] | None | Unset)
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
        result = await self._requester.request(
            _endpoint("subscriptions", "subscriptions_create"),
            _models.Subscription,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.SubscriptionRequest(
                target_type=as_enum(_models.TargetTypeEnum, target_type),
                target_value=target_value,
                frequency=as_enum(_models.FrequencyEnum, frequency),
                start_date=as_datetime("start_date", start_date),
                dashboard=dashboard,
                insight=insight,
                interval=interval,
                byweekday=as_enum(_models.ByweekdayEnum, byweekday),
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
        return cast("Subscription", result)

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
        result = await self._requester.request(
            _endpoint("subscriptions", "subscriptions_retrieve"),
            _models.Subscription,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )
        return cast("Subscription", result)

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
            _endpoint("subscriptions", "subscriptions_partial_update"),
            _models.Subscription,
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
        target_type: TargetTypeEnum | str | Unset = UNSET,
        target_value: str | Unset = UNSET,
        frequency: FrequencyEnum | str | Unset = UNSET,
        interval: int | Unset = UNSET,
        byweekday: builtins.list[ByweekdayEnum | str] | None | Unset = UNSET,
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
            target_type (TargetTypeEnum | str | Unset)
            target_value (str | Unset)
            frequency (FrequencyEnum | str | Unset)
            interval (int | Unset)
            byweekday (list[ByweekdayEnum | str] | None | Unset)
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
        result = await self._requester.request(
            _endpoint("subscriptions", "subscriptions_partial_update"),
            _models.Subscription,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
            body=_models.PatchedSubscriptionRequest(
                dashboard=dashboard,
                insight=insight,
                target_type=as_enum(_models.TargetTypeEnum, target_type),
                target_value=target_value,
                frequency=as_enum(_models.FrequencyEnum, frequency),
                interval=interval,
                byweekday=as_enum(_models.ByweekdayEnum, byweekday),
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
        return cast("Subscription", result)


class Resources:
    """Every resource, bound to one ``Requester``."""

    actions: ActionsResource
    conversation_views: ConversationViewsResource
    customer_journeys: CustomerJourneysResource
    domains: DomainsResource
    integrations: IntegrationsResource
    personal_api_keys: PersonalApiKeysResource
    persons: PersonsResource
    session_recording_sharing: SessionRecordingSharingResource
    subscriptions: SubscriptionsResource

    def __init__(self, requester: Requester) -> None:
        self.actions = ActionsResource(requester)
        self.conversation_views = ConversationViewsResource(requester)
        self.customer_journeys = CustomerJourneysResource(requester)
        self.domains = DomainsResource(requester)
        self.integrations = IntegrationsResource(requester)
        self.personal_api_keys = PersonalApiKeysResource(requester)
        self.persons = PersonsResource(requester)
        self.session_recording_sharing = SessionRecordingSharingResource(requester)
        self.subscriptions = SubscriptionsResource(requester)


__all__ = [
    "ProjectRef",
    "Requester",
    "Resources",
    "ActionsResource",
    "ConversationViewsResource",
    "CustomerJourneysResource",
    "DomainsResource",
    "IntegrationsResource",
    "PersonalApiKeysResource",
    "PersonsResource",
    "SessionRecordingSharingResource",
    "SubscriptionsResource",
]
