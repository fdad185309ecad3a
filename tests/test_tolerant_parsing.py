"""A response that does not fit the spec never costs the user the page (strict mode is opt-in).

By default a value whose type does not fit is kept as received, a missing required field is
UNSET, and each misfit is listed in ``validation_issues`` (path, expected, got) and logged once per
operation and field path; ``strict_response_validation=True`` raises instead. A body that is not
what the operation returns at all raises in both modes.
"""

from __future__ import annotations

import copy
import logging
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from posthog_api import UNSET, APIResponseValidationError, AsyncPostHog, ValidationIssue
from posthog_api._generated import models
from posthog_api._generated.models import Action, PaginatedActionList, Subscription
from posthog_api.testing import FakePostHog

from ._support import page

pytestmark = pytest.mark.anyio

ACTION_ROUTE = "/api/projects/1/actions/7/"
LIST_ROUTE = "/api/projects/1/actions/"
USER_UUID = "095be615-a8ad-4c33-8e9c-c7612fbf6c9f"


def real_action(action_id: int = 7) -> dict[str, Any]:
    """An action shaped as PostHog's published schema has it (date-times as ``isoformat`` writes
    them, so that a parsed model writes back exactly these bytes)."""
    return {
        "id": action_id,
        "name": "Signed up on Chrome",
        "description": "",
        "tags": ["growth"],
        "post_to_slack": False,
        "slack_message_format": "",
        "steps": [
            {
                "event": "$signup",
                "properties": [{"key": "$browser", "value": "Chrome", "operator": "exact", "type": "event"}],
                "selector": None,
                "tag_name": None,
                "text": None,
                "text_matching": None,
                "href": None,
                "href_matching": None,
                "url": "/signup",
                "url_matching": "contains",
            },
            {"event": "$pageview", "url": "/pricing", "url_matching": "exact", "properties": None},
        ],
        "created_at": "2026-11-01T10:00:00+00:00",
        "created_by": {
            "id": 1,
            "uuid": USER_UUID,
            "distinct_id": "u1",
            "first_name": "Ada",
            "last_name": "",
            "email": "ada@example.com",
            "is_email_verified": True,
            "hedgehog_config": None,
            "role_at_organization": "engineering",
        },
        "deleted": False,
        "is_calculating": False,
        "last_calculated_at": "2026-11-01T11:00:00+00:00",
        "team_id": 1,
        "is_action": True,
        "bytecode_error": None,
        "pinned_at": None,
        "creation_context": "",
        "user_access_level": "editor",
    }


def set_at(path: list[str | int], value: Any) -> Callable[[Any], None]:
    def mutate(payload: Any) -> None:
        for step in path[:-1]:
            payload = payload[step]
        payload[path[-1]] = value

    return mutate


def delete_at(path: list[str | int]) -> Callable[[Any], None]:
    def mutate(payload: Any) -> None:
        for step in path[:-1]:
            payload = payload[step]
        del payload[path[-1]]

    return mutate


# (mutation of one action, the issue's path, expected, got)
DRIFTS: dict[str, tuple[Callable[[Any], None], str, str, str]] = {
    "list for object": (set_at(["created_by"], []), "created_by", "object (UserBasic) or null", "array"),
    "string for int": (set_at(["team_id"], "1"), "team_id", "integer", "string"),
    "bool for int": (set_at(["id"], True), "id", "integer", "boolean"),
    "null where not nullable": (set_at(["description"], None), "description", "string", "null"),
    "object for string": (set_at(["name"], {"en": "Signed up"}), "name", "string or null", "object"),
    "missing required": (delete_at(["creation_context"]), "creation_context", "string", "missing"),
    "not a date-time": (
        set_at(["created_at"], "yesterday"),
        "created_at",
        "date-time string",
        "string (not a date-time)",
    ),
    "nested model": (set_at(["created_by", "email"], 5), "created_by.email", "string", "integer"),
    "list item": (
        set_at(["steps", 1, "url_matching"], 3),
        "steps[1].url_matching",
        "string (ActionStepMatchingEnum) or null",
        "integer",
    ),
    "the doc page's step properties": (
        set_at(["steps", 0, "properties"], {"$browser": "Chrome"}),
        "steps[0].properties",
        "array of object (PropertyFilter) or null",
        "object",
    ),
    "object for list": (set_at(["tags"], {"growth": True}), "tags", "array of any value", "object"),
}


def drifted(case: str) -> dict[str, Any]:
    action = real_action()
    DRIFTS[case][0](action)
    return action


def test_the_real_shape_fits_the_spec() -> None:
    action = Action.from_dict(real_action())
    assert action.validation_issues == ()
    assert action.steps[0].properties[0].key == "$browser"  # type: ignore[index]
    assert action.to_dict() == real_action()


@pytest.mark.parametrize("case", sorted(DRIFTS))
async def test_a_drifted_field_is_kept_and_listed_and_every_other_field_is_intact(
    make_client: Any, api: respx.MockRouter, case: str
) -> None:
    _, path, expected, got = DRIFTS[case]
    payload = drifted(case)
    api.get(ACTION_ROUTE).respond(200, json=payload)
    async with make_client() as ph:
        action = await ph.actions.retrieve(7)
    assert isinstance(action, Action)
    assert action.validation_issues == (ValidationIssue(path, expected, got),)
    # Nothing dropped: the model writes back exactly what arrived (the misfit included).
    assert action.to_dict() == payload
    assert action.name == payload.get("name", UNSET)


@pytest.mark.parametrize("case", sorted(DRIFTS))
async def test_a_drifted_field_in_a_page_keeps_the_page_and_names_the_item(
    make_client: Any, api: respx.MockRouter, case: str
) -> None:
    _, path, expected, got = DRIFTS[case]
    items = [real_action(1), drifted(case), real_action(3)]
    api.get(LIST_ROUTE).respond(200, json=page(items))
    async with make_client() as ph:
        listing = await ph.actions.list()
    assert [item.validation_issues for item in listing.results] == [
        (),
        (ValidationIssue(path, expected, got),),
        (),
    ]
    assert listing.validation_issues == (ValidationIssue(f"results[1].{path}", expected, got),)
    assert listing.to_dict() == page(items)


@pytest.mark.parametrize("case", sorted(DRIFTS))
async def test_strict_mode_raises_naming_the_operation_the_path_and_what_came(
    make_client: Any, api: respx.MockRouter, case: str
) -> None:
    _, path, _, got = DRIFTS[case]
    api.get(LIST_ROUTE).respond(200, json=page([real_action(1), drifted(case)]))
    async with make_client(strict_response_validation=True) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.list()
    message = str(caught.value)
    assert "actions_list" in message
    assert f"results[1].{path}" in message
    assert f"got {got}" in message
    assert [issue.path for issue in caught.value.issues] == [f"results[1].{path}"]


async def test_with_options_turns_strict_mode_on_and_off(make_client: Any, api: respx.MockRouter) -> None:
    api.get(ACTION_ROUTE).respond(200, json=drifted("string for int"))
    async with make_client() as ph:
        strict = ph.with_options(strict_response_validation=True)
        with pytest.raises(APIResponseValidationError):
            await strict.actions.retrieve(7)
        relaxed = strict.with_options(strict_response_validation=False)
        assert (await relaxed.actions.retrieve(7)).team_id == "1"


def test_strict_response_validation_must_be_a_bool(make_client: Any) -> None:
    with pytest.raises(ValueError, match="strict_response_validation must be True or False"):
        make_client(strict_response_validation="yes")


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    "body", [b"<html>login</html>", b'"a page"', b"[]", b"42"], ids=["html", "string", "array", "number"]
)
async def test_a_body_that_is_not_a_page_at_all_raises_in_both_modes(
    make_client: Any, api: respx.MockRouter, strict: bool, body: bytes
) -> None:
    api.get(LIST_ROUTE).respond(200, content=body, headers={"content-type": "application/json"})
    async with make_client(strict_response_validation=strict) as ph:
        with pytest.raises(APIResponseValidationError) as caught:
            await ph.actions.list()
    assert caught.value.operation_id == "actions_list"


async def test_one_warning_per_operation_and_field_path_not_per_item(
    make_client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    items = [{**real_action(i), "team_id": str(i)} for i in range(50)]
    api.get(LIST_ROUTE).respond(200, json=page(items))
    api.get(ACTION_ROUTE).respond(200, json={**real_action(), "team_id": "7"})
    caplog.set_level(logging.WARNING, logger="posthog_api")
    async with make_client() as ph:
        for _ in range(3):
            listing = await ph.actions.list()
        await ph.actions.retrieve(7)
    assert len(listing.validation_issues) == 50
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2, warnings
    assert warnings[0].startswith("actions_list: the response field results[].team_id does not fit")
    assert "expected integer, got string" in warnings[0]
    assert warnings[1].startswith("actions_retrieve: the response field team_id does not fit")


async def test_a_page_that_fits_logs_nothing(
    make_client: Any, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(LIST_ROUTE).respond(200, json=page([real_action(1), real_action(2)]))
    caplog.set_level(logging.DEBUG, logger="posthog_api")
    async with make_client(strict_response_validation=True) as ph:
        listing = await ph.actions.list()
    assert listing.validation_issues == ()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


# ------------------------------------------------------------------ random drift (hypothesis)

JSON_VALUES = st.sampled_from([None, True, 0, 1.5, "text", "2026-13-45", [], [1, "x"], {}, {"k": "v"}]).map(
    copy.deepcopy
)


def paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path into ``value`` (keys of objects, indexes of arrays)."""
    found: list[tuple[str | int, ...]] = []
    items: Any = (
        value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    )
    for key, child in items:
        found.append((*prefix, key))
        found.extend(paths(child, (*prefix, key)))
    return found


def issue_path(path: tuple[str | int, ...]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


@st.composite
def mutated_pages(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """A real-shaped page with random drift: values of another type, deleted keys, added keys."""
    body = page([real_action(i) for i in range(3)])
    touched: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        candidates = paths(body)
        if not candidates:  # every key deleted or retyped away: nothing left to drift
            break
        where = draw(st.sampled_from(candidates))
        parent: Any = body
        for step in where[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["retype", "delete", "add"]))
        if action == "add" and isinstance(parent, dict):
            parent[f"x_{draw(st.integers(0, 99))}"] = draw(JSON_VALUES)
            continue
        if action == "delete" and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = draw(JSON_VALUES)
        touched.append(issue_path(where))
    return body, touched


@settings(max_examples=150, deadline=None)
@given(mutated_pages())
def test_random_drift_never_raises_and_keeps_every_untouched_field(
    case: tuple[dict[str, Any], list[str]],
) -> None:
    body, touched = case
    snapshot = copy.deepcopy(body)
    parsed = PaginatedActionList.from_dict(body)
    assert body == snapshot  # the input is not changed
    # Everything that arrived is kept: the model writes back exactly the drifted page.
    assert parsed.to_dict() == body
    # Issues only where something was touched (or inside something touched).
    for issue in parsed.validation_issues:
        assert any(
            issue.path == t
            or issue.path.startswith((f"{t}.", f"{t}["))
            or t.startswith((f"{issue.path}.", f"{issue.path}["))
            for t in touched
        ), (issue, touched)


# ------------------------------------------------------------------------- copies and pickles

MODEL_CLASSES = sorted(
    (getattr(models, name) for name in models.__all__ if hasattr(getattr(models, name), "from_dict")),
    key=lambda cls: cls.__name__,
)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_model_with_unset_fields_survives_deepcopy_copy_and_pickle(cls: Any) -> None:
    model = cls.from_dict({"x_extra": [1]})  # every spec field absent: UNSET throughout
    for twin in (copy.deepcopy(model), copy.copy(model), pickle.loads(pickle.dumps(model))):
        assert twin == model
        assert twin.validation_issues == model.validation_issues
        spec_fields = [
            f.name for f in attrs.fields(cls) if f.name not in ("additional_properties", "validation_issues")
        ]
        assert all(getattr(twin, name) is UNSET for name in spec_fields)
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.deepcopy(UNSET) is UNSET


async def test_real_models_from_the_fake_survive_deepcopy_and_pickle() -> None:
    fake = FakePostHog()
    fake.seed_actions(2)
    async with AsyncPostHog(api_key="phx_test", project_id=1, transport=fake.transport()) as ph:
        action = (await ph.actions.list()).results[0]
        subscription = await ph.subscriptions.create(
            target_type="email",
            target_value="a@example.com",
            frequency="weekly",
            start_date="2026-11-01T09:00:00Z",
        )
    for model in (action, subscription):
        assert copy.deepcopy(model) == model
        assert pickle.loads(pickle.dumps(model)) == model
    assert isinstance(pickle.loads(pickle.dumps(subscription)), Subscription)
