# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Every operation's module by operation id (``build_request``, ``parse_response``, ``ENDPOINT``,
``asyncio_detailed``), each imported on first use.
"""

from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actions import actions_count_retrieve as actions_count_retrieve
    from .actions import actions_create as actions_create
    from .actions import actions_destroy as actions_destroy
    from .actions import actions_list as actions_list
    from .actions import actions_partial_update as actions_partial_update
    from .actions import actions_people_retrieve as actions_people_retrieve
    from .actions import actions_retrieve as actions_retrieve
    from .conversations import conversations_views_create as conversations_views_create
    from .conversations import conversations_views_destroy as conversations_views_destroy
    from .conversations import conversations_views_list as conversations_views_list
    from .conversations import conversations_views_retrieve as conversations_views_retrieve
    from .customer_journeys import customer_journeys_create as customer_journeys_create
    from .customer_journeys import customer_journeys_destroy as customer_journeys_destroy
    from .customer_journeys import customer_journeys_list as customer_journeys_list
    from .customer_journeys import (
        customer_journeys_partial_update as customer_journeys_partial_update,
    )
    from .customer_journeys import customer_journeys_retrieve as customer_journeys_retrieve
    from .domains import domains_create as domains_create
    from .domains import domains_destroy as domains_destroy
    from .domains import domains_list as domains_list
    from .domains import domains_partial_update as domains_partial_update
    from .domains import domains_retrieve as domains_retrieve
    from .integrations import integrations_authorize_retrieve as integrations_authorize_retrieve
    from .integrations import (
        integrations_linkedin_ads_accounts_retrieve as integrations_linkedin_ads_accounts_retrieve,
    )
    from .integrations import (
        integrations_linkedin_ads_conversion_rules_retrieve as integrations_linkedin_ads_conversion_rules_retrieve,
    )
    from .integrations import (
        integrations_twilio_phone_numbers_retrieve as integrations_twilio_phone_numbers_retrieve,
    )
    from .personal_api_keys import (
        personal_api_keys_current_retrieve as personal_api_keys_current_retrieve,
    )
    from .persons import persons_activity_retrieve as persons_activity_retrieve
    from .persons import persons_activity_retrieve_2 as persons_activity_retrieve_2
    from .persons import persons_bulk_delete_create as persons_bulk_delete_create
    from .persons import persons_cohorts_retrieve as persons_cohorts_retrieve
    from .persons import persons_delete_events_create as persons_delete_events_create
    from .persons import persons_delete_property_create as persons_delete_property_create
    from .persons import persons_delete_recordings_create as persons_delete_recordings_create
    from .persons import persons_destroy as persons_destroy
    from .persons import persons_funnel_correlation_create as persons_funnel_correlation_create
    from .persons import persons_funnel_correlation_retrieve as persons_funnel_correlation_retrieve
    from .persons import persons_funnel_create as persons_funnel_create
    from .persons import persons_funnel_retrieve as persons_funnel_retrieve
    from .persons import persons_lifecycle_retrieve as persons_lifecycle_retrieve
    from .persons import persons_list as persons_list
    from .persons import persons_partial_update as persons_partial_update
    from .persons import (
        persons_properties_timeline_retrieve as persons_properties_timeline_retrieve,
    )
    from .persons import (
        persons_reset_person_distinct_id_create as persons_reset_person_distinct_id_create,
    )
    from .persons import persons_retrieve as persons_retrieve
    from .persons import persons_split_create as persons_split_create
    from .persons import persons_stickiness_retrieve as persons_stickiness_retrieve
    from .persons import persons_trends_retrieve as persons_trends_retrieve
    from .persons import persons_update_property_create as persons_update_property_create
    from .persons import persons_values_retrieve as persons_values_retrieve
    from .session_recordings import (
        session_recordings_sharing_list as session_recordings_sharing_list,
    )
    from .session_recordings import (
        session_recordings_sharing_passwords_create as session_recordings_sharing_passwords_create,
    )
    from .session_recordings import (
        session_recordings_sharing_passwords_destroy as session_recordings_sharing_passwords_destroy,
    )
    from .session_recordings import (
        session_recordings_sharing_refresh_create as session_recordings_sharing_refresh_create,
    )
    from .subscriptions import subscriptions_create as subscriptions_create
    from .subscriptions import subscriptions_destroy as subscriptions_destroy
    from .subscriptions import subscriptions_list as subscriptions_list
    from .subscriptions import subscriptions_partial_update as subscriptions_partial_update
    from .subscriptions import subscriptions_retrieve as subscriptions_retrieve

_TAGS = {
    "actions_count_retrieve": "actions",
    "actions_create": "actions",
    "actions_destroy": "actions",
    "actions_list": "actions",
    "actions_partial_update": "actions",
    "actions_people_retrieve": "actions",
    "actions_retrieve": "actions",
    "conversations_views_create": "conversations",
    "conversations_views_destroy": "conversations",
    "conversations_views_list": "conversations",
    "conversations_views_retrieve": "conversations",
    "customer_journeys_create": "customer_journeys",
    "customer_journeys_destroy": "customer_journeys",
    "customer_journeys_list": "customer_journeys",
    "customer_journeys_partial_update": "customer_journeys",
    "customer_journeys_retrieve": "customer_journeys",
    "domains_create": "domains",
    "domains_destroy": "domains",
    "domains_list": "domains",
    "domains_partial_update": "domains",
    "domains_retrieve": "domains",
    "integrations_authorize_retrieve": "integrations",
    "integrations_linkedin_ads_accounts_retrieve": "integrations",
    "integrations_linkedin_ads_conversion_rules_retrieve": "integrations",
    "integrations_twilio_phone_numbers_retrieve": "integrations",
    "personal_api_keys_current_retrieve": "personal_api_keys",
    "persons_activity_retrieve": "persons",
    "persons_activity_retrieve_2": "persons",
    "persons_bulk_delete_create": "persons",
    "persons_cohorts_retrieve": "persons",
    "persons_delete_events_create": "persons",
    "persons_delete_property_create": "persons",
    "persons_delete_recordings_create": "persons",
    "persons_destroy": "persons",
    "persons_funnel_correlation_create": "persons",
    "persons_funnel_correlation_retrieve": "persons",
    "persons_funnel_create": "persons",
    "persons_funnel_retrieve": "persons",
    "persons_lifecycle_retrieve": "persons",
    "persons_list": "persons",
    "persons_partial_update": "persons",
    "persons_properties_timeline_retrieve": "persons",
    "persons_reset_person_distinct_id_create": "persons",
    "persons_retrieve": "persons",
    "persons_split_create": "persons",
    "persons_stickiness_retrieve": "persons",
    "persons_trends_retrieve": "persons",
    "persons_update_property_create": "persons",
    "persons_values_retrieve": "persons",
    "session_recordings_sharing_list": "session_recordings",
    "session_recordings_sharing_passwords_create": "session_recordings",
    "session_recordings_sharing_passwords_destroy": "session_recordings",
    "session_recordings_sharing_refresh_create": "session_recordings",
    "subscriptions_create": "subscriptions",
    "subscriptions_destroy": "subscriptions",
    "subscriptions_list": "subscriptions",
    "subscriptions_partial_update": "subscriptions",
    "subscriptions_retrieve": "subscriptions",
}


def __getattr__(name: str) -> ModuleType:
    tag = _TAGS.get(name)
    if tag is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(f".{tag}.{name}", __name__)
    globals()[name] = module
    return module


def __dir__() -> list[str]:
    return sorted(_TAGS)


__all__ = [
    "actions_count_retrieve",
    "actions_create",
    "actions_destroy",
    "actions_list",
    "actions_partial_update",
    "actions_people_retrieve",
    "actions_retrieve",
    "conversations_views_create",
    "conversations_views_destroy",
    "conversations_views_list",
    "conversations_views_retrieve",
    "customer_journeys_create",
    "customer_journeys_destroy",
    "customer_journeys_list",
    "customer_journeys_partial_update",
    "customer_journeys_retrieve",
    "domains_create",
    "domains_destroy",
    "domains_list",
    "domains_partial_update",
    "domains_retrieve",
    "integrations_authorize_retrieve",
    "integrations_linkedin_ads_accounts_retrieve",
    "integrations_linkedin_ads_conversion_rules_retrieve",
    "integrations_twilio_phone_numbers_retrieve",
    "personal_api_keys_current_retrieve",
    "persons_activity_retrieve",
    "persons_activity_retrieve_2",
    "persons_bulk_delete_create",
    "persons_cohorts_retrieve",
    "persons_delete_events_create",
    "persons_delete_property_create",
    "persons_delete_recordings_create",
    "persons_destroy",
    "persons_funnel_correlation_create",
    "persons_funnel_correlation_retrieve",
    "persons_funnel_create",
    "persons_funnel_retrieve",
    "persons_lifecycle_retrieve",
    "persons_list",
    "persons_partial_update",
    "persons_properties_timeline_retrieve",
    "persons_reset_person_distinct_id_create",
    "persons_retrieve",
    "persons_split_create",
    "persons_stickiness_retrieve",
    "persons_trends_retrieve",
    "persons_update_property_create",
    "persons_values_retrieve",
    "session_recordings_sharing_list",
    "session_recordings_sharing_passwords_create",
    "session_recordings_sharing_passwords_destroy",
    "session_recordings_sharing_refresh_create",
    "subscriptions_create",
    "subscriptions_destroy",
    "subscriptions_list",
    "subscriptions_partial_update",
    "subscriptions_retrieve",
]
