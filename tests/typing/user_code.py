"""Code as a user writes it, with public imports only: tests/test_public_types.py runs ``mypy --strict``
on it (it is not a test module and never runs). Every ``assert_type`` is a claim about what a type
checker sees; a wrong one, or an unused ``type: ignore``, fails the test."""

import json
from typing import assert_type

from posthog_api import AsyncPostHog
from posthog_api import types as public_types
from posthog_api.pagination import AsyncPaginator
from posthog_api.types import (
    UNSET,
    Action,
    ActionStep,
    ActionStepMatchingEnum,
    PaginatedActionList,
    Unset,
    ValidationIssue,
)


def a_typo() -> object:
    return public_types.Actoin  # type: ignore[attr-defined]  # an error, not Any: the ignore is used


def step_count(action: Action) -> int:
    if action.steps is UNSET:  # narrows: below, steps is a list
        return 0
    assert_type(action.steps, list[ActionStep])
    return len(action.steps)


def first_url_matching(action: Action) -> ActionStepMatchingEnum | None:
    if isinstance(action.steps, Unset) or not action.steps:
        return None
    matching = action.steps[0].url_matching
    if matching is not UNSET:
        assert_type(matching, ActionStepMatchingEnum | None)
        return matching
    return None


def name_or_default(action: Action) -> str:
    name = action.name
    if name is UNSET or name is None:
        return "(unnamed)"
    assert_type(name, str)
    return name


def tags(action: Action) -> list[object]:
    return list(action.tags) if action.tags else []  # UNSET is false


def problems(action: Action) -> list[str]:
    issues: tuple[ValidationIssue, ...] = action.validation_issues
    return [f"{issue.path}: {issue.got}" for issue in issues]


async def main() -> None:
    async with AsyncPostHog() as ph:
        paginator = ph.actions.list(limit=10)
        assert_type(paginator, AsyncPaginator[Action, PaginatedActionList])
        page = await paginator
        assert_type(page, PaginatedActionList)
        async for action in ph.actions.list():
            assert_type(action, Action)
            print(step_count(action), first_url_matching(action), name_or_default(action))
            print(tags(action), problems(action), json.dumps(action.to_dict()))


async def enum_arguments_and_the_raw_path(ph: AsyncPostHog) -> None:
    from posthog_api.endpoints import actions_list
    from posthog_api.types import FormatEnum, TargetTypeEnum

    await ph.actions.list(format_="json")  # one of the spec's values, as a plain string
    await ph.actions.list(format_=FormatEnum.JSON)
    await ph.actions.list(format_="xml")  # type: ignore[arg-type]  # not a value of the spec
    # A value newer than the spec: the enum accepts it at run time, and type checkers accept it.
    await ph.subscriptions.list(limit=1)
    newer = TargetTypeEnum("teams")
    assert_type(newer, TargetTypeEnum)
    await ph.actions.retrieve("7")  # type: ignore[arg-type]  # an action id is an int
    response = await actions_list.asyncio_detailed("1", client=ph.http, limit=10)
    assert_type(response.status_code, int)
    assert_type(response.parsed, PaginatedActionList | None)
    assert_type(actions_list.ENDPOINT.operation_id, str)
