# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_request import ActionRequest
from .action_step import ActionStep
from .action_step_properties_type_0 import ActionStepPropertiesType0
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
from .paginated_subscription_list import PaginatedSubscriptionList
from .patched_action_request import PatchedActionRequest
from .patched_customer_journey_request import PatchedCustomerJourneyRequest
from .patched_organization_domain_request import PatchedOrganizationDomainRequest
from .patched_subscription_request import PatchedSubscriptionRequest
from .person_bulk_delete_request import PersonBulkDeleteRequest
from .person_bulk_delete_response import PersonBulkDeleteResponse
from .person_cohorts import PersonCohorts
from .person_deletion_error import PersonDeletionError
from .person_properties_request import PersonPropertiesRequest
from .personal_api_key import PersonalAPIKey
from .reset_person_distinct_id_request import ResetPersonDistinctIdRequest
from .role_at_organization_enum import RoleAtOrganizationEnum
from .sharing_configuration import SharingConfiguration
from .sharing_configuration_request import SharingConfigurationRequest
from .subscription import Subscription
from .subscription_request import SubscriptionRequest
from .target_type_enum import TargetTypeEnum
from .url_matching_enum import UrlMatchingEnum
from .user_basic import UserBasic
from .user_basic_hedgehog_config_type_0 import UserBasicHedgehogConfigType0

__all__ = (
    "Action",
    "ActionRequest",
    "ActionStep",
    "ActionStepPropertiesType0",
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
    "PaginatedSubscriptionList",
    "PatchedActionRequest",
    "PatchedCustomerJourneyRequest",
    "PatchedOrganizationDomainRequest",
    "PatchedSubscriptionRequest",
    "PersonalAPIKey",
    "PersonBulkDeleteRequest",
    "PersonBulkDeleteResponse",
    "PersonCohorts",
    "PersonDeletionError",
    "PersonPropertiesRequest",
    "ResetPersonDistinctIdRequest",
    "RoleAtOrganizationEnum",
    "SharingConfiguration",
    "SharingConfigurationRequest",
    "Subscription",
    "SubscriptionRequest",
    "TargetTypeEnum",
    "UrlMatchingEnum",
    "UserBasic",
    "UserBasicHedgehogConfigType0",
)
