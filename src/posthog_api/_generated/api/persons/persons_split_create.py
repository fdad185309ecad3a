# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.format_enum import FormatEnum
from ...models.person_action_result import PersonActionResult
from ...models.person_split_request import PersonSplitRequest
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "persons_split_create"


def build_request(
    project_id: str,
    id: str,
    *,
    body: PersonSplitRequest | Unset = UNSET,
    format_: FormatEnum | Unset = UNSET,
) -> RequestArgs:
    """The request of ``persons_split_create``: method, URL with its query, headers and body.

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
        "method": "POST",
        "url": "/api/projects/{project_id}/persons/{id}/split/".format(
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


def parse_response(response: httpx.Response) -> PersonActionResult:
    """The parsed body of a success response (201).

    Error statuses never get here through ``AsyncPostHog``: its transport raises the matching
    ``posthog_api.PostHogError`` first.

    Raises:
        UnexpectedStatus: any other status (a ``ValueError``).
        ValueError: the body is not JSON.
    """
    if response.status_code == 201:
        response_201 = PersonActionResult.from_dict(loads(response.content))

        return response_201

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, PersonActionResult, (201,))
"""``persons_split_create``: POST ``/api/projects/{project_id}/persons/{id}/split/``."""


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: httpx.AsyncClient,
    body: PersonSplitRequest | Unset = UNSET,
    format_: FormatEnum | Unset = UNSET,
) -> Response[PersonActionResult]:
    """Split a person.

    Splits a person merged from several distinct ids into one person per distinct id (queued;
    `main_distinct_id`, if given, stays with the original person).

    Corrected: the published schema takes a `Person` body and answers 200 with no body; the
    server reads only `main_distinct_id` and answers 201 with `{"success": true}`.

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        id (str):
        format_ (FormatEnum | Unset):
        body (PersonSplitRequest | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[PersonActionResult]: status, headers, raw body and parsed body.
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
