"""What a user reads: ``str()`` of a response validation error, and the error a task group yields."""

from typing import Any

import httpx
import pytest
import respx

from posthog_api import APIResponseValidationError, NotFoundError, ValidationIssue
from posthog_api._errors import first_error

from ._support import ACTION_JSON, page

pytestmark = pytest.mark.anyio

ACTION_ROUTE = "/api/projects/1/actions/7/"
LIST_ROUTE = "/api/projects/1/actions/"


# ------------------------------------------------------------------ str(APIResponseValidationError)


async def test_str_of_a_strict_validation_error_names_the_operation_the_field_and_the_rest(
    make_client: Any, api: respx.MockRouter
) -> None:
    drifted = {**ACTION_JSON, "team_id": "one", "is_action": "yes", "name": 5}
    api.get(ACTION_ROUTE).respond(200, json=drifted)
    async with make_client(strict_response_validation=True) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.retrieve(7)
    error = caught.value
    assert str(error) == (
        "actions_retrieve: the 200 response does not match the spec at "
        f"{error.issues[0].path}: expected {error.issues[0].expected}, got {error.issues[0].got} (and 2 more)"
    )
    assert sorted(issue.path for issue in error.issues) == ["is_action", "name", "team_id"]
    assert error.operation_id == "actions_retrieve"
    assert error.response.status_code == 200
    assert "\n" not in str(error)


async def test_str_of_a_strict_validation_error_with_one_issue_says_no_more(
    make_client: Any, api: respx.MockRouter
) -> None:
    api.get(LIST_ROUTE).respond(200, json=page([ACTION_JSON, {**ACTION_JSON, "team_id": "one"}]))
    async with make_client(strict_response_validation=True) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.list()
    assert str(caught.value).endswith("at results[1].team_id: expected integer, got string")
    assert "more" not in str(caught.value)


@pytest.mark.parametrize("strict", [False, True])
async def test_str_of_a_refused_body_names_the_operation_and_what_came(
    make_client: Any, api: respx.MockRouter, strict: bool
) -> None:
    api.get(ACTION_ROUTE).respond(200, json="a bare string")
    async with make_client(strict_response_validation=strict) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.retrieve(7)
    message = str(caught.value)
    assert message.startswith("actions_retrieve: ")
    assert "200 response" in message
    assert caught.value.issues == ()


def test_str_of_a_validation_error_built_by_hand_is_its_message() -> None:
    response = httpx.Response(200, json={"id": 7})
    issue = ValidationIssue("team_id", "integer", "string")
    error = APIResponseValidationError(
        "actions_retrieve: team_id is wrong",
        response=response,
        operation_id="actions_retrieve",
        issues=[issue],
    )
    assert str(error) == "actions_retrieve: team_id is wrong"
    assert error.issues == (issue,)
    assert str(issue) == "team_id: expected integer, got string"
    assert error.response is response


# ------------------------------------------------------------------ first_error


def test_first_error_finds_the_failure_inside_nested_groups() -> None:
    failure = NotFoundError(status_code=404, detail="Not found.")
    group = BaseExceptionGroup(
        "outer",
        [
            BaseExceptionGroup("only interrupts", [KeyboardInterrupt()]),
            BaseExceptionGroup("middle", [BaseExceptionGroup("inner", [failure, ValueError("later")])]),
            RuntimeError("a later sibling"),
        ],
    )
    assert first_error(group) is failure


def test_first_error_prefers_the_first_ordinary_exception_in_order() -> None:
    first, second = ValueError("first"), ValueError("second")
    assert first_error(ExceptionGroup("g", [first, ExceptionGroup("inner", [second])])) is first
    assert first_error(ExceptionGroup("g", [ExceptionGroup("inner", [second]), first])) is second


def test_first_error_returns_the_group_when_nothing_in_it_is_ordinary() -> None:
    group = BaseExceptionGroup(
        "interrupts", [KeyboardInterrupt(), BaseExceptionGroup("inner", [SystemExit(1)])]
    )
    assert first_error(group) is group
