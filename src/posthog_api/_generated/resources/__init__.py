# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Resource namespaces: one module per ``x-posthog-sdk`` resource, built on first use.

``Resources`` gives every resource as a property that imports its module and builds it the
first time it is read, so a client costs nothing for the resources it never uses.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..._requester import Requester

if TYPE_CHECKING:
    from .actions import ActionsResource
    from .conversation_views import ConversationViewsResource
    from .customer_journeys import CustomerJourneysResource
    from .domains import DomainsResource
    from .integrations import IntegrationsResource
    from .personal_api_keys import PersonalApiKeysResource
    from .persons import PersonsResource
    from .session_recording_sharing import SessionRecordingSharingResource
    from .subscriptions import SubscriptionsResource


class Resources:
    """Every resource, bound to one ``Requester``, each built when first read."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def actions(self) -> ActionsResource:
        """``actions``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``, ``count``, ``people``."""
        from .actions import ActionsResource

        return ActionsResource(self._requester)

    @cached_property
    def conversation_views(self) -> ConversationViewsResource:
        """``conversation_views``: ``list``, ``create``, ``retrieve``, ``delete``."""
        from .conversation_views import ConversationViewsResource

        return ConversationViewsResource(self._requester)

    @cached_property
    def customer_journeys(self) -> CustomerJourneysResource:
        """``customer_journeys``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``."""
        from .customer_journeys import CustomerJourneysResource

        return CustomerJourneysResource(self._requester)

    @cached_property
    def domains(self) -> DomainsResource:
        """``domains``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``."""
        from .domains import DomainsResource

        return DomainsResource(self._requester)

    @cached_property
    def integrations(self) -> IntegrationsResource:
        """``integrations``: ``linkedin_ads_accounts``, ``linkedin_ads_conversion_rules``, ``twilio_phone_numbers``, ``authorize``."""
        from .integrations import IntegrationsResource

        return IntegrationsResource(self._requester)

    @cached_property
    def personal_api_keys(self) -> PersonalApiKeysResource:
        """``personal_api_keys``: ``current``."""
        from .personal_api_keys import PersonalApiKeysResource

        return PersonalApiKeysResource(self._requester)

    @cached_property
    def persons(self) -> PersonsResource:
        """``persons``: ``list``, ``retrieve``, ``delete``, ``update``, ``delete_property``, ``update_property``, ``split``, ``person_activity``, ``properties_timeline``, ``delete_events``, ``delete_recordings``, ``values``, ``activity``, ``bulk_delete``, ``cohorts``, ``funnel``, ``create_funnel``, ``funnel_correlation``, ``create_funnel_correlation``, ``lifecycle``, ``reset_person_distinct_id``, ``stickiness``, ``trends``."""
        from .persons import PersonsResource

        return PersonsResource(self._requester)

    @cached_property
    def session_recording_sharing(self) -> SessionRecordingSharingResource:
        """``session_recording_sharing``: ``list``, ``create_password``, ``delete_password``, ``refresh``."""
        from .session_recording_sharing import SessionRecordingSharingResource

        return SessionRecordingSharingResource(self._requester)

    @cached_property
    def subscriptions(self) -> SubscriptionsResource:
        """``subscriptions``: ``list``, ``create``, ``retrieve``, ``delete``, ``update``."""
        from .subscriptions import SubscriptionsResource

        return SubscriptionsResource(self._requester)


RESOURCE_NAMES = (
    "actions",
    "conversation_views",
    "customer_journeys",
    "domains",
    "integrations",
    "personal_api_keys",
    "persons",
    "session_recording_sharing",
    "subscriptions",
)
"""The attribute name of every resource."""

__all__ = ["RESOURCE_NAMES", "Resources"]
