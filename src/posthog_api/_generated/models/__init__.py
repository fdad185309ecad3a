# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Every model and enum of the spec.

Each is imported on first use (PEP 562), so ``import posthog_api`` does not load them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action import Action
    from .action_request import ActionRequest
    from .action_step import ActionStep
    from .action_step_matching_enum import ActionStepMatchingEnum
    from .activity_log import ActivityLog
    from .analytics_result import AnalyticsResult
    from .byweekday_enum import ByweekdayEnum
    from .conversation_view import ConversationView
    from .conversation_view_filters import ConversationViewFilters
    from .conversation_view_request import ConversationViewRequest
    from .conversation_view_request_filters import ConversationViewRequestFilters
    from .customer_journey import CustomerJourney
    from .customer_journey_request import CustomerJourneyRequest
    from .error import Error
    from .error_extra_type_0 import ErrorExtraType0
    from .format_enum import FormatEnum
    from .frequency_enum import FrequencyEnum
    from .integration_resources import IntegrationResources
    from .legacy_error import LegacyError
    from .organization_domain import OrganizationDomain
    from .organization_domain_request import OrganizationDomainRequest
    from .paginated_action_list import PaginatedActionList
    from .paginated_conversation_view_list import PaginatedConversationViewList
    from .paginated_customer_journey_list import PaginatedCustomerJourneyList
    from .paginated_organization_domain_list import PaginatedOrganizationDomainList
    from .paginated_person_list import PaginatedPersonList
    from .paginated_subscription_list import PaginatedSubscriptionList
    from .patched_action_request import PatchedActionRequest
    from .patched_customer_journey_request import PatchedCustomerJourneyRequest
    from .patched_organization_domain_request import PatchedOrganizationDomainRequest
    from .patched_subscription_request import PatchedSubscriptionRequest
    from .person import Person
    from .person_action_result import PersonActionResult
    from .person_bulk_delete_request import PersonBulkDeleteRequest
    from .person_bulk_delete_response import PersonBulkDeleteResponse
    from .person_cohorts import PersonCohorts
    from .person_delete_property_request import PersonDeletePropertyRequest
    from .person_deletion_error import PersonDeletionError
    from .person_properties import PersonProperties
    from .person_properties_request import PersonPropertiesRequest
    from .person_property_value import PersonPropertyValue
    from .person_set_properties_request import PersonSetPropertiesRequest
    from .person_set_properties_request_properties import PersonSetPropertiesRequestProperties
    from .person_split_request import PersonSplitRequest
    from .person_update_property_request import PersonUpdatePropertyRequest
    from .personal_api_key import PersonalAPIKey
    from .property_filter import PropertyFilter
    from .reset_person_distinct_id_request import ResetPersonDistinctIdRequest
    from .role_at_organization_enum import RoleAtOrganizationEnum
    from .sharing_configuration import SharingConfiguration
    from .sharing_configuration_request import SharingConfigurationRequest
    from .subscription import Subscription
    from .subscription_request import SubscriptionRequest
    from .target_type_enum import TargetTypeEnum
    from .user_basic import UserBasic
    from .user_basic_hedgehog_config_type_0 import UserBasicHedgehogConfigType0

_MODULES = {
    "Action": ".action",
    "ActionRequest": ".action_request",
    "ActionStep": ".action_step",
    "ActionStepMatchingEnum": ".action_step_matching_enum",
    "ActivityLog": ".activity_log",
    "AnalyticsResult": ".analytics_result",
    "ByweekdayEnum": ".byweekday_enum",
    "ConversationView": ".conversation_view",
    "ConversationViewFilters": ".conversation_view_filters",
    "ConversationViewRequest": ".conversation_view_request",
    "ConversationViewRequestFilters": ".conversation_view_request_filters",
    "CustomerJourney": ".customer_journey",
    "CustomerJourneyRequest": ".customer_journey_request",
    "Error": ".error",
    "ErrorExtraType0": ".error_extra_type_0",
    "FormatEnum": ".format_enum",
    "FrequencyEnum": ".frequency_enum",
    "IntegrationResources": ".integration_resources",
    "LegacyError": ".legacy_error",
    "OrganizationDomain": ".organization_domain",
    "OrganizationDomainRequest": ".organization_domain_request",
    "PaginatedActionList": ".paginated_action_list",
    "PaginatedConversationViewList": ".paginated_conversation_view_list",
    "PaginatedCustomerJourneyList": ".paginated_customer_journey_list",
    "PaginatedOrganizationDomainList": ".paginated_organization_domain_list",
    "PaginatedPersonList": ".paginated_person_list",
    "PaginatedSubscriptionList": ".paginated_subscription_list",
    "PatchedActionRequest": ".patched_action_request",
    "PatchedCustomerJourneyRequest": ".patched_customer_journey_request",
    "PatchedOrganizationDomainRequest": ".patched_organization_domain_request",
    "PatchedSubscriptionRequest": ".patched_subscription_request",
    "Person": ".person",
    "PersonActionResult": ".person_action_result",
    "PersonBulkDeleteRequest": ".person_bulk_delete_request",
    "PersonBulkDeleteResponse": ".person_bulk_delete_response",
    "PersonCohorts": ".person_cohorts",
    "PersonDeletePropertyRequest": ".person_delete_property_request",
    "PersonDeletionError": ".person_deletion_error",
    "PersonProperties": ".person_properties",
    "PersonPropertiesRequest": ".person_properties_request",
    "PersonPropertyValue": ".person_property_value",
    "PersonSetPropertiesRequest": ".person_set_properties_request",
    "PersonSetPropertiesRequestProperties": ".person_set_properties_request_properties",
    "PersonSplitRequest": ".person_split_request",
    "PersonUpdatePropertyRequest": ".person_update_property_request",
    "PersonalAPIKey": ".personal_api_key",
    "PropertyFilter": ".property_filter",
    "ResetPersonDistinctIdRequest": ".reset_person_distinct_id_request",
    "RoleAtOrganizationEnum": ".role_at_organization_enum",
    "SharingConfiguration": ".sharing_configuration",
    "SharingConfigurationRequest": ".sharing_configuration_request",
    "Subscription": ".subscription",
    "SubscriptionRequest": ".subscription_request",
    "TargetTypeEnum": ".target_type_enum",
    "UserBasic": ".user_basic",
    "UserBasicHedgehogConfigType0": ".user_basic_hedgehog_config_type_0",
}


# Outside TYPE_CHECKING: a module __getattr__ would make type checkers accept any name here.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Action",
    "ActionRequest",
    "ActionStep",
    "ActionStepMatchingEnum",
    "ActivityLog",
    "AnalyticsResult",
    "ByweekdayEnum",
    "ConversationView",
    "ConversationViewFilters",
    "ConversationViewRequest",
    "ConversationViewRequestFilters",
    "CustomerJourney",
    "CustomerJourneyRequest",
    "Error",
    "ErrorExtraType0",
    "FormatEnum",
    "FrequencyEnum",
    "IntegrationResources",
    "LegacyError",
    "OrganizationDomain",
    "OrganizationDomainRequest",
    "PaginatedActionList",
    "PaginatedConversationViewList",
    "PaginatedCustomerJourneyList",
    "PaginatedOrganizationDomainList",
    "PaginatedPersonList",
    "PaginatedSubscriptionList",
    "PatchedActionRequest",
    "PatchedCustomerJourneyRequest",
    "PatchedOrganizationDomainRequest",
    "PatchedSubscriptionRequest",
    "Person",
    "PersonActionResult",
    "PersonalAPIKey",
    "PersonBulkDeleteRequest",
    "PersonBulkDeleteResponse",
    "PersonCohorts",
    "PersonDeletePropertyRequest",
    "PersonDeletionError",
    "PersonProperties",
    "PersonPropertiesRequest",
    "PersonPropertyValue",
    "PersonSetPropertiesRequest",
    "PersonSetPropertiesRequestProperties",
    "PersonSplitRequest",
    "PersonUpdatePropertyRequest",
    "PropertyFilter",
    "ResetPersonDistinctIdRequest",
    "RoleAtOrganizationEnum",
    "SharingConfiguration",
    "SharingConfigurationRequest",
    "Subscription",
    "SubscriptionRequest",
    "TargetTypeEnum",
    "UserBasic",
    "UserBasicHedgehogConfigType0",
)
