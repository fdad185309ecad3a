# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.

import httpx

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...types import Response, path_segment

OPERATION_ID = "subscriptions_destroy"


def build_request(
    project_id: str,
    id: int,
) -> RequestArgs:
    """The request of ``subscriptions_destroy``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/api/environments/{project_id}/subscriptions/{id}/".format(
            project_id=path_segment("project_id", project_id),
            id=path_segment("id", id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    return _kwargs


def parse_response(response: httpx.Response) -> None:
    """The parsed body of a success response (none: every answer is an error).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, type(None), ())
"""``subscriptions_destroy``: DELETE ``/api/environments/{project_id}/subscriptions/{id}/``."""


async def asyncio_detailed(
    project_id: str,
    id: int,
    *,
    client: httpx.AsyncClient,
) -> Response[None]:
    """Delete a subscription (not allowed).

    Hard delete of this model is not allowed: the server answers 405. Delete a subscription
    with `subscriptions_partial_update` and the body `{"deleted": true}`.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        id (int):
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
            id,
        )
    )
    ENDPOINT.parse(response)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
    )
