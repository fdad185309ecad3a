# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.patched_subscription_request import PatchedSubscriptionRequest
from ...models.subscription import Subscription
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "subscriptions_partial_update"


def build_request(
    project_id: str,
    id: int,
    *,
    body: PatchedSubscriptionRequest | Unset = UNSET,
) -> RequestArgs:
    """The request of ``subscriptions_partial_update``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PATCH",
        "url": "/api/environments/{project_id}/subscriptions/{id}/".format(
            project_id=path_segment("project_id", project_id),
            id=path_segment("id", id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Subscription:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = Subscription.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, Subscription, (200,))
"""``subscriptions_partial_update``: PATCH ``/api/environments/{project_id}/subscriptions/{id}/``."""


async def asyncio_detailed(
    project_id: str,
    id: int,
    *,
    client: httpx.AsyncClient,
    body: PatchedSubscriptionRequest | Unset = UNSET,
) -> Response[Subscription]:
    """Update a subscription.

    Partial update: only the fields sent are changed. Setting `deleted` to true is how a
    subscription is deleted (see `subscriptions_destroy`).

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        id (int):
        body (PatchedSubscriptionRequest | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[Subscription]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            id,
            body=body,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
