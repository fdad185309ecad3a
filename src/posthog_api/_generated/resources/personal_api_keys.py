# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""``personal_api_keys``: the ``PersonalApiKeysResource`` methods, one per operation.

Each method binds the project (or organization) id, builds the request body from keyword
arguments, and hands the operation's ``ENDPOINT`` descriptor to a ``Requester``, which sends it
through the transport stack and returns the parsed success model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._requester import Requester
from ..api.personal_api_keys import personal_api_keys_current_retrieve

if TYPE_CHECKING:
    from ..models.personal_api_key import PersonalAPIKey


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
        return await self._requester.request(
            personal_api_keys_current_retrieve.ENDPOINT,
        )


__all__ = ["PersonalApiKeysResource"]
