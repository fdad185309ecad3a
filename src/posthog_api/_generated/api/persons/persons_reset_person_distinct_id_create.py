# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from typing import Any, cast

import httpx
from orjson import loads

from ... import errors
from ...client import Client
from ...models.error import Error
from ...models.format_enum import FormatEnum
from ...models.reset_person_distinct_id_request import ResetPersonDistinctIdRequest
from ...types import UNSET, Response, Unset, path_segment

OPERATION_ID = "persons_reset_person_distinct_id_create"


def _get_kwargs(
    project_id: str,
    *,
    body: ResetPersonDistinctIdRequest,
    format_: FormatEnum | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/projects/{project_id}/persons/reset_person_distinct_id/".format(
            project_id=path_segment("project_id", project_id),
        ),
        "extensions": {"posthog_operation_id": OPERATION_ID},
    }
    if params:
        # In the URL itself: httpx would parse the URL once more to merge a params= mapping.
        _kwargs["url"] += "?" + str(httpx.QueryParams(params))

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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


def _build_response(*, client: Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: Client,
    body: ResetPersonDistinctIdRequest,
    format_: FormatEnum | Unset = UNSET,
) -> Response[Any | Error]:
    """Reset a deleted person's distinct id.

    Reset a distinct_id for a deleted person. This allows the distinct_id to be used again.

    Corrected: the doc page gives the body as a person's `properties` and the success as 200;
    the server reads `{"distinct_id": "..."}` and answers 202 with no body.

    Args:
        project_id (str):
        format_ (FormatEnum | Unset):
        body (ResetPersonDistinctIdRequest):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Response[Any | Error]: status, headers, raw body and parsed body.
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        format_=format_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: Client,
    body: ResetPersonDistinctIdRequest,
    format_: FormatEnum | Unset = UNSET,
) -> Any | Error | None:
    """Reset a deleted person's distinct id.

    Reset a distinct_id for a deleted person. This allows the distinct_id to be used again.

    Corrected: the doc page gives the body as a person's `properties` and the success as 200;
    the server reads `{"distinct_id": "..."}` and answers 202 with no body.

    Args:
        project_id (str):
        format_ (FormatEnum | Unset):
        body (ResetPersonDistinctIdRequest):

    Raises:
        ValueError: A path parameter is empty, ``.`` or ``..``.
        httpx.HTTPError: The request failed, unless the client's transport maps it (``AsyncPostHog``
            raises ``posthog_api.PostHogError`` subclasses instead).

    Returns:
        Any | Error | None: the parsed body.
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
