# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.action import Action
from ...models.format_enum import FormatEnum
from ...models.patched_action_request import PatchedActionRequest
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "actions_partial_update"


def build_request(
    project_id: str,
    id: int,
    *,
    body: PatchedActionRequest | Unset = UNSET,
    format_: FormatEnum | Unset = UNSET,
) -> RequestArgs:
    """The request of ``actions_partial_update``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PATCH",
        "url": "/api/projects/{project_id}/actions/{id}/".format(
            project_id=path_segment("project_id", project_id),
            id=path_segment("id", id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Action:
    """The parsed body of a success response (200).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 200:
        response_200 = Action.from_dict(loads(response.content))

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, Action, (200,))
"""``actions_partial_update``: PATCH ``/api/projects/{project_id}/actions/{id}/``."""


async def asyncio_detailed(
    project_id: str,
    id: int,
    *,
    client: httpx.AsyncClient,
    body: PatchedActionRequest | Unset = UNSET,
    format_: FormatEnum | Unset = UNSET,
) -> Response[Action]:
    """Update an action.

    Partial update: only the fields sent are changed. Setting `deleted` to true is how an
    action is deleted (see `actions_destroy`).

    Corrected: the actions doc page lists no API-key scopes; the server requires `action:write`.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        id (int):
        format_ (FormatEnum | Unset):
        body (PatchedActionRequest | Unset): The writable fields of an action; each one sent is
        changed.
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[Action]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            id,
            body=body,
            format_=format_,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
