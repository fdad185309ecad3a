# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.personal_api_key import PersonalAPIKey
from ...types import Response

OPERATION_ID = "personal_api_keys_current_retrieve"


def build_request() -> RequestArgs:
    """The request of ``personal_api_keys_current_retrieve``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/personal_api_keys/@current/",
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    return _kwargs


def parse_response(response: httpx.Response) -> PersonalAPIKey:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = PersonalAPIKey.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, PersonalAPIKey, (200,))
"""``personal_api_keys_current_retrieve``: GET ``/api/personal_api_keys/@current/``."""


async def asyncio_detailed(
    *,
    client: httpx.AsyncClient,
) -> Response[PersonalAPIKey]:
    """Retrieve the calling personal API key.

    The key the request is authenticated with: its scopes and the projects and organizations
    it is restricted to. No scope is needed to call it. A key created without explicit scopes
    reports `["*"]`; `scoped_teams` and `scoped_organizations` are empty when the key is not
    restricted.

    Not on the seed doc pages; described from API-FACTS.md. The SDK reads it for
    `scopes="auto"`.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[PersonalAPIKey]: status, headers, raw body and parsed body.
    """
    response = await client.request(**build_request())
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
