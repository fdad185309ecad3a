# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.

import httpx

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...types import Response, path_segment

OPERATION_ID = "integrations_authorize_retrieve"


def build_request(
    project_id: str,
) -> RequestArgs:
    """The request of ``integrations_authorize_retrieve``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/environments/{project_id}/integrations/authorize/".format(
            project_id=path_segment("project_id", project_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        return None
    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, type(None), (200,))
"""``integrations_authorize_retrieve``: GET ``/api/environments/{project_id}/integrations/authorize/``."""


async def asyncio_detailed(
    project_id: str,
    *,
    client: httpx.AsyncClient,
) -> Response[None]:
    """Start an integration's authorization.

    The doc page lists no API-key scope: the server refuses personal API keys here (403 "This
    action does not support Personal API Key access"); other authentication methods reach it.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[None]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
        )
    )
    ENDPOINT.parse(response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
    )
