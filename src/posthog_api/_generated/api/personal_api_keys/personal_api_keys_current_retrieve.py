# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ... import errors
from ...client import Client
from ...models.error import Error
from ...models.personal_api_key import PersonalAPIKey
from ...types import Response

OPERATION_ID = "personal_api_keys_current_retrieve"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/personal_api_keys/@current/",
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | PersonalAPIKey | None:
    if response.status_code == 200:
        response_200 = PersonalAPIKey.from_dict(loads(response.content))

        return response_200

    if response.status_code == 401:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_401 = Error.from_dict(loads(response.content))

            return response_401

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 403:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_403 = Error.from_dict(loads(response.content))

            return response_403

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if response.status_code == 429:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_429 = Error.from_dict(loads(response.content))

            return response_429

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if 500 <= response.status_code <= 599:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_5xx = Error.from_dict(loads(response.content))

            return response_5xx

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[Error | PersonalAPIKey]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[Error | PersonalAPIKey]:
    """Retrieve the calling personal API key.

    The key the request is authenticated with: its scopes and the projects and organizations
    it is restricted to. No scope is needed to call it. A key created without explicit scopes
    reports `["*"]`; `scoped_teams` and `scoped_organizations` are empty when the key is not
    restricted.

    Not on the seed doc pages; described from API-FACTS.md. The SDK reads it for
    `scopes="auto"`.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Response[Error | PersonalAPIKey]: status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: Client,
) -> Error | PersonalAPIKey | None:
    """Retrieve the calling personal API key.

    The key the request is authenticated with: its scopes and the projects and organizations
    it is restricted to. No scope is needed to call it. A key created without explicit scopes
    reports `["*"]`; `scoped_teams` and `scoped_organizations` are empty when the key is not
    restricted.

    Not on the seed doc pages; described from API-FACTS.md. The SDK reads it for
    `scopes="auto"`.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Error | PersonalAPIKey | None: the parsed body.
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
