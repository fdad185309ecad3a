# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any

import httpx
from orjson import loads

from ...endpoint import Endpoint, RequestArgs, UnexpectedStatus
from ...models.format_enum import FormatEnum
from ...models.person_property_value import PersonPropertyValue
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "persons_values_retrieve"


def build_request(
    project_id: str,
    *,
    format_: FormatEnum | Unset = UNSET,
    key: str,
    value: str | Unset = UNSET,
) -> RequestArgs:
    """The request of ``persons_values_retrieve``: method, URL with its query, headers and body.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
    """

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["key"] = key

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/api/projects/{project_id}/persons/values/".format(
            project_id=path_segment("project_id", project_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    return _kwargs


def parse_response(response: httpx.Response) -> list[PersonPropertyValue]:
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
            response_200_item = PersonPropertyValue.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise UnexpectedStatus(OPERATION_ID, response.status_code, response.content)


ENDPOINT = Endpoint(OPERATION_ID, build_request, parse_response, list, (200,))
"""``persons_values_retrieve``: GET ``/api/projects/{project_id}/persons/values/``."""


async def asyncio_detailed(
    project_id: str,
    *,
    client: httpx.AsyncClient,
    format_: FormatEnum | Unset = UNSET,
    key: str,
    value: str | Unset = UNSET,
) -> Response[list[PersonPropertyValue]]:
    """The values of a person property.

    The values persons have for the property `key` with how many persons have each,
    optionally only those containing `value`.

    Corrected: the published schema documents no parameters and no body; the server reads
    `key` and `value` from the query and answers a list of `{"name", "count"}`, each name the
    value as text (an empty list without `key`, or for a `$virt...` key).

    The raw path: sends through ``client`` (give it ``AsyncPostHog.http`` for auth, scope checks,
    retries, rate limits and typed errors) and answers the status, headers, body and parsed model.

    Args:
        project_id (str):
        format_ (FormatEnum | Unset):
        key (str):
        value (str | Unset):
        client (httpx.AsyncClient): what to send through.

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``; or the status or body is not
            the spec's (``UnexpectedStatus``).
        posthog_api.PostHogError: through ``AsyncPostHog.http``, the request failed.

    Returns:
        Response[list[PersonPropertyValue]]: status, headers, raw body and parsed body.
    """
    response = await client.request(
        **build_request(
            project_id,
            format_=format_,
            key=key,
            value=value,
        )
    )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=ENDPOINT.parse(response),
    )
