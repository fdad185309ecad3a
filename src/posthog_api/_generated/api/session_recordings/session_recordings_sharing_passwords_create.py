# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ... import errors
from ...client import Client
from ...models.error import Error
from ...models.sharing_configuration import SharingConfiguration
from ...models.sharing_configuration_request import SharingConfigurationRequest
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "session_recordings_sharing_passwords_create"


def _get_kwargs(
    project_id: str,
    recording_id: str,
    *,
    body: SharingConfigurationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/environments/{project_id}/session_recordings/{recording_id}/sharing/passwords/".format(
            project_id=path_segment("project_id", project_id),
            recording_id=path_segment("recording_id", recording_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Client, response: httpx.Response
) -> Error | SharingConfiguration | None:
    if response.status_code == 200:
        response_200 = SharingConfiguration.from_dict(loads(response.content))

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
) -> Response[Error | SharingConfiguration]:
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
    body: SharingConfigurationRequest | Unset = UNSET,
) -> Response[Error | SharingConfiguration]:
    """Create a sharing password.

    Create a new password for the sharing configuration.

    Corrected: the server answers 200, not 201.

    Args:
        project_id (str):
        recording_id (str):
        body (SharingConfigurationRequest | Unset):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Response[Error | SharingConfiguration]: status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        recording_id=recording_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    recording_id: str,
    *,
    client: Client,
    body: SharingConfigurationRequest | Unset = UNSET,
) -> Error | SharingConfiguration | None:
    """Create a sharing password.

    Create a new password for the sharing configuration.

    Corrected: the server answers 200, not 201.

    Args:
        project_id (str):
        recording_id (str):
        body (SharingConfigurationRequest | Unset):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Error | SharingConfiguration | None: the parsed body.
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            recording_id=recording_id,
            client=client,
            body=body,
        )
    ).parsed
