# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``integrations``: the ``IntegrationsResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._requester import ProjectRef, Requester
from ..api.integrations import (
    integrations_authorize_retrieve,
    integrations_linkedin_ads_accounts_retrieve,
    integrations_linkedin_ads_conversion_rules_retrieve,
    integrations_twilio_phone_numbers_retrieve,
)

if TYPE_CHECKING:
    from ..models.integration_resources import IntegrationResources


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
        return await self._requester.request(
            integrations_linkedin_ads_accounts_retrieve.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )

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
        return await self._requester.request(
            integrations_linkedin_ads_conversion_rules_retrieve.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )

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
        return await self._requester.request(
            integrations_twilio_phone_numbers_retrieve.ENDPOINT,
            id=id,
            project_id=self._requester.resolve_project_id(project_id),
        )

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
        return await self._requester.request(
            integrations_authorize_retrieve.ENDPOINT,
            project_id=self._requester.resolve_project_id(project_id),
        )


__all__ = ["IntegrationsResource"]
