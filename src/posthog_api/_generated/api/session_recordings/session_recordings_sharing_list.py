# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.sharing_configuration import SharingConfiguration
from ...types import Response, path_segment

OPERATION_ID = "session_recordings_sharing_list"


def build_request(
    project_id: str,
    recording_id: str,
) -> RequestArgs:
    """The request of ``session_recordings_sharing_list``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/environments/{project_id}/session_recordings/{recording_id}/sharing/".format(
            project_id=path_segment("project_id", project_id),
            recording_id=path_segment("recording_id", recording_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    return _kwargs


def parse_response(response: httpx.Response) -> list[SharingConfiguration]:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = SharingConfiguration.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, list, (200,))
"""``session_recordings_sharing_list``: GET ``/api/environments/{project_id}/session_recordings/{recording_id}/sharing/``."""


async def asyncio_detailed(
    project_id: str,
    recording_id: str,
    *,
    client: httpx.AsyncClient,
) -> Response[list[SharingConfiguration]]:
    """List a recording's sharing configurations.

    Corrected: the doc page shows a single object; the server answers a bare JSON array of
    sharing configurations (not paginated).

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        recording_id (str):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[list[SharingConfiguration]]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            recording_id,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
