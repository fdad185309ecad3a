# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.

from uuid import UUID

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.customer_journey import CustomerJourney
from ...types import Response, path_segment

OPERATION_ID = "customer_journeys_retrieve"


def build_request(
    project_id: str,
    id: UUID,
) -> RequestArgs:
    """The request of ``customer_journeys_retrieve``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/environments/{project_id}/customer_journeys/{id}/".format(
            project_id=path_segment("project_id", project_id),
            id=path_segment("id", id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CustomerJourney:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = CustomerJourney.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, CustomerJourney, (200,))
"""``customer_journeys_retrieve``: GET ``/api/environments/{project_id}/customer_journeys/{id}/``."""


async def asyncio_detailed(
    project_id: str,
    id: UUID,
    *,
    client: httpx.AsyncClient,
) -> Response[CustomerJourney]:
    """Retrieve a customer journey.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        id (UUID):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[CustomerJourney]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            id,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
