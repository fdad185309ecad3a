# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.sharing_configuration import SharingConfiguration
from ...models.sharing_configuration_request import SharingConfigurationRequest
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "session_recordings_sharing_passwords_create"


def build_request(
    project_id: str,
    recording_id: str,
    *,
    body: SharingConfigurationRequest | Unset = UNSET,
) -> RequestArgs:
    """The request of ``session_recordings_sharing_passwords_create``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
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


def parse_response(response: httpx.Response) -> SharingConfiguration:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = SharingConfiguration.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, SharingConfiguration, (200,))
"""``session_recordings_sharing_passwords_create``: POST ``/api/environments/{project_id}/session_recordings/{recording_id}/sharing/passwords/``."""


async def asyncio_detailed(
    project_id: str,
    recording_id: str,
    *,
    client: httpx.AsyncClient,
    body: SharingConfigurationRequest | Unset = UNSET,
) -> Response[SharingConfiguration]:
    """Create a sharing password.

    Create a new password for the sharing configuration.

    Corrected: the server answers 200, not 201.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        recording_id (str):
        body (SharingConfigurationRequest | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[SharingConfiguration]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            recording_id,
            body=body,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
