# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ... import errors
from ...client import Client
from ...models.error import Error
from ...models.sharing_configuration import SharingConfiguration
from ...types import Response, path_segment

OPERATION_ID = "session_recordings_sharing_list"


def _get_kwargs(
    project_id: str,
    recording_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/environments/{project_id}/session_recordings/{recording_id}/sharing/".format(
            project_id=path_segment("project_id", project_id),
            recording_id=path_segment("recording_id", recording_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> Error | list[SharingConfiguration] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = SharingConfiguration.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(
    *, client: Client, response: httpx.Response
) -> Response[Error | list[SharingConfiguration]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    project_id: str,
    recording_id: str,
    *,
    client: Client,
) -> Response[Error | list[SharingConfiguration]]:
    """List a recording's sharing configurations.

    Corrected: the doc page shows a single object; the server answers a bare JSON array of
    sharing configurations (not paginated).

    Args:
        project_id (str):
        recording_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Response[Error | list[SharingConfiguration]]: status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        recording_id=recording_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    recording_id: str,
    *,
    client: Client,
) -> Error | list[SharingConfiguration] | None:
    """List a recording's sharing configurations.

    Corrected: the doc page shows a single object; the server answers a bare JSON array of
    sharing configurations (not paginated).

    Args:
        project_id (str):
        recording_id (str):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Error | list[SharingConfiguration] | None: the parsed body.
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            recording_id=recording_id,
            client=client,
        )
    ).parsed
