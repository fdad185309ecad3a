# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ... import errors
from ...client import Client
from ...models.error import Error
from ...models.subscription import Subscription
from ...types import Response, path_segment

OPERATION_ID = "subscriptions_retrieve"


def _get_kwargs(
    project_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/environments/{project_id}/subscriptions/{id}/".format(
            project_id=path_segment("project_id", project_id),
            id=path_segment("id", id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Error | Subscription | None:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(loads(response.content))

        return response_200

    if response.status_code == 400:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_400 = Error.from_dict(loads(response.content))

            return response_400

        except (ValueError, TypeError, KeyError, AttributeError):
            return None
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
    if response.status_code == 404:
        # An error body may be anything (HTML from a proxy, empty, truncated): never raise here.
        try:
            response_404 = Error.from_dict(loads(response.content))

            return response_404

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Error | Subscription]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    project_id: str,
    id: int,
    *,
    client: Client,
) -> Response[Error | Subscription]:
    """Retrieve a subscription.

    Args:
        project_id (str):
        id (int):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Response[Error | Subscription]: status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: int,
    *,
    client: Client,
) -> Error | Subscription | None:
    """Retrieve a subscription.

    Args:
        project_id (str):
        id (int):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Error | Subscription | None: the parsed body.
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
        )
    ).parsed
