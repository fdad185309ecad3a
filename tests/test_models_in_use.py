"""Models work where users put them: in ``json.dumps``, returned from a FastAPI route, in a log line.

- ``model.to_dict()`` is plain JSON for every model (date-times, dates and UUIDs as strings, enums as
  their values, nested models as objects, unknown fields as received);
- ``dict(model) == model.to_dict()``, which is how FastAPI's ``jsonable_encoder`` reads an object it
  does not know, so a route returning a model (or a page, or a list of them) answers 200 with it;
- the repr shows the fields that are set, not a wall of ``UNSET``.
"""

from __future__ import annotations

import datetime
import json
import sys
import uuid
import warnings
from typing import Any

import pytest
from fastapi import FastAPI

from posthog_api._generated import models
from posthog_api._generated import types as kinds
from posthog_api.types import (
    UNSET,
    Action,
    ActionStep,
    ActionStepMatchingEnum,
    PaginatedActionList,
    Subscription,
    UserBasic,
)

from .test_tolerant_parsing import real_action

MODEL_NAMES = sorted(
    name for name in models.__all__ if hasattr(sys.modules[getattr(models, name).__module__], "_fields")
)


def sample(kind: kinds.Kind, depth: int = 0) -> Any:
    """A JSON value of ``kind`` with every field of every nested model present."""
    if isinstance(kind, kinds.Nullable):
        return sample(kind.inner, depth)
    if isinstance(kind, kinds.ListOf):
        return [sample(kind.item, depth)]
    if isinstance(kind, kinds.ModelOf):
        return full_payload(kind.cls, depth + 1)
    if isinstance(kind, kinds.EnumOf):
        return next(iter(kind.cls)).value
    if isinstance(kind, kinds.Either):  # a scalar union: its last member (Person.id: the UUID text)
        return sample(kind.kinds[-1], depth)
    values = {
        id(kinds.STRING): "text",
        id(kinds.INTEGER): 7,
        id(kinds.NUMBER): 1.5,
        id(kinds.BOOLEAN): True,
        id(kinds.NULL): None,
        id(kinds.DATE_TIME): "2026-11-01T10:00:00.123456+00:00",
        id(kinds.DATE): "2026-11-01",
        id(kinds.UUID_STRING): "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
        id(kinds.ANY): {"anything": [1, "two", None]},
    }
    return values[id(kind)]


def full_payload(cls: Any, depth: int = 0) -> dict[str, Any]:
    """Every field of ``cls`` (the spec's and one it does not know), as the server sends JSON."""
    assert depth < 6, f"{cls.__name__} nests too deep for this sample"
    fields = sys.modules[cls.__module__]._fields()
    payload = {name: sample(kind, depth) for name, _attribute, _required, kind in fields}
    payload["x_field_from_a_newer_server"] = {"nested": ["kept"]}
    return payload


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_model_dumps_to_plain_json_and_dict_reads_the_same(name: str) -> None:
    cls = getattr(models, name)
    payload = full_payload(cls)
    model = cls.from_dict(payload)
    assert model.validation_issues == ()  # the sample is all of the spec: every converter ran
    dumped = model.to_dict()
    assert json.loads(json.dumps(dumped)) == payload
    assert dict(model) == dumped
    assert "UNSET" not in repr(model)


def test_models_built_in_python_dump_to_json_too() -> None:
    when = datetime.datetime(2026, 11, 1, 10, 0, tzinfo=datetime.UTC)
    user = UserBasic(
        id=1,
        uuid=uuid.UUID("095be615-a8ad-4c33-8e9c-c7612fbf6c9f"),
        email="ada@example.com",
        hedgehog_config=None,
    )
    step = ActionStep(event="$pageview", url_matching=ActionStepMatchingEnum.CONTAINS)
    action = Action(
        id=1,
        created_at=when,
        created_by=user,
        is_calculating=False,
        team_id=1,
        bytecode_error=None,
        creation_context="",
        user_access_level=None,
        steps=[step],
        last_calculated_at=when,
    )
    dumped = json.loads(json.dumps(action.to_dict()))
    assert dumped["created_at"] == "2026-11-01T10:00:00+00:00"
    assert dumped["created_by"]["uuid"] == "095be615-a8ad-4c33-8e9c-c7612fbf6c9f"
    assert dumped["steps"] == [{"event": "$pageview", "url_matching": "contains"}]
    assert "name" not in dumped  # UNSET fields are left out


def test_a_model_kept_as_received_dumps_what_arrived() -> None:
    payload = real_action()
    payload["team_id"] = "1"  # a string for an integer
    del payload["creation_context"]  # a missing required field
    payload["steps"][1]["url_matching"] = "glob"  # an enum value newer than the spec
    action = Action.from_dict(payload)
    assert [issue.path for issue in action.validation_issues] == ["team_id", "creation_context"]
    assert json.loads(json.dumps(action.to_dict())) == payload
    assert dict(action) == action.to_dict()


def test_unknown_fields_are_still_read_by_key() -> None:
    payload = real_action()
    payload["x_new"] = 3
    action = Action.from_dict(payload)
    assert action["x_new"] == 3
    assert "x_new" in action
    assert "id" not in action  # a spec field is an attribute: action.id
    with pytest.raises(KeyError):
        action["id"]


def route_app() -> FastAPI:
    app = FastAPI()
    action = Action.from_dict({**real_action(), "x_new": {"kept": True}})
    page = PaginatedActionList.from_dict(
        {"count": 2, "next": None, "previous": None, "results": [real_action(1), real_action(2)]}
    )
    drifted = Action.from_dict({**real_action(), "team_id": "1"})

    # response_model=None: these are attrs classes, not pydantic models, so FastAPI must not try to
    # build a response model from the annotation (it refuses to); it encodes the returned object.
    @app.get("/action", response_model=None)
    def get_action() -> Action:
        return action

    @app.get("/page", response_model=None)
    def get_page() -> PaginatedActionList:
        return page

    @app.get("/drifted")
    def get_drifted():  # type: ignore[no-untyped-def]  # unannotated works the same
        return drifted

    @app.get("/mixed", response_model=None)  # a dict[str, Any] response model would refuse the models
    async def get_mixed() -> dict[str, Any]:
        return {"first": page.results[0], "all": page.results}

    return app


def test_a_fastapi_route_returns_a_model_as_its_json() -> None:
    with warnings.catch_warnings():  # starlette's notice that its TestClient will move to httpx2
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(route_app(), raise_server_exceptions=False) as client:
        action = client.get("/action")
        page = client.get("/page")
        drifted = client.get("/drifted")
        mixed = client.get("/mixed")
    assert action.status_code == 200, action.text
    assert action.json() == {**real_action(), "x_new": {"kept": True}}
    assert page.status_code == 200, page.text
    assert page.json() == {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [real_action(1), real_action(2)],
    }
    assert drifted.status_code == 200, drifted.text
    assert drifted.json() == {**real_action(), "team_id": "1"}
    assert mixed.status_code == 200, mixed.text
    assert mixed.json() == {"first": real_action(1), "all": [real_action(1), real_action(2)]}


def test_the_repr_shows_what_is_set() -> None:
    action = Action.from_dict({"id": 1, "name": "Signed up", "steps": [{"event": "$pageview"}]})
    assert repr(action.steps[0]) == "ActionStep(event='$pageview')"  # type: ignore[index]
    shown = repr(action)
    assert shown.startswith("Action(id=1, name='Signed up', steps=[ActionStep(event='$pageview')], ")
    # Required fields that did not come are UNSET, left out, and listed as issues:
    assert (
        "validation_issues=(ValidationIssue(path='created_at', expected='date-time string', got='missing')"
        in shown
    )
    assert "UNSET" not in shown
    assert "additional_properties" not in shown

    fitting = Action.from_dict({**real_action(), "x_new": 3})
    shown = repr(fitting)
    assert "validation_issues" not in shown
    assert shown.endswith(", additional_properties={'x_new': 3})")
    assert "created_at=datetime.datetime(2026, 11, 1, 10, 0, tzinfo=datetime.timezone.utc)" in shown
    assert "url_matching=<ActionStepMatchingEnum.CONTAINS: 'contains'>" in shown
    assert repr(Subscription.from_dict({"id": 4, "target_value": None})).startswith("Subscription(id=4, ")
    assert repr(ActionStep()) == "ActionStep()"


def test_repr_still_shows_none_and_empty_values_that_were_sent() -> None:
    step = ActionStep.from_dict({"event": None, "properties": []})
    assert repr(step) == "ActionStep(event=None, properties=[])"
    assert step.url is UNSET
