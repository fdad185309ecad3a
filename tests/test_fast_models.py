"""The fast generated from_dict gives the same models as stock openapi-python-client output.

A module fixture generates the stock package (codegen's templates minus the fast model template)
into a temporary directory; hypothesis payloads, unknown fields included, must parse to the same
data in both, and every model round-trips: ``from_dict(to_dict(x)) == x``.
"""

import copy
import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from posthog_api._generated import models as fast

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType

    workdir = tmp_path_factory.mktemp("stock")
    templates = workdir / "templates"
    shutil.copytree(ROOT / "codegen" / "templates", templates)
    for own in ("model.py.jinja", "endpoint_module.py.jinja"):  # back to openapi-python-client's own
        (templates / own).unlink()
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "codegen" / "config.yaml"),
        MetaType.NONE,
        ROOT / "openapi" / "posthog.yaml",
        "utf-8",
        True,
        output_path=workdir / "stock_posthog",
    )
    project = _get_project_for_url_or_path(config=config, custom_template_path=templates)
    assert not isinstance(project, Exception)
    assert project.build() == []
    sys.path.insert(0, str(workdir))
    try:
        yield importlib.import_module("stock_posthog.models")
    finally:
        sys.path.remove(str(workdir))
        for name in [n for n in sys.modules if n.startswith("stock_posthog")]:
            del sys.modules[name]


TEXT = st.text(max_size=12)
MAYBE_TEXT = st.none() | TEXT
DATE_TIME = st.datetimes(timezones=st.just(__import__("datetime").UTC)).map(lambda d: d.isoformat())
UUIDS = st.uuids().map(str)
EXTRA = st.dictionaries(
    st.text(min_size=1, max_size=8).map(lambda k: f"x_{k}"), st.integers() | TEXT, max_size=3
)
ENUM_OR_NEW = st.sampled_from(["contains", "regex", "exact", "glob"])


def obj(required: dict[str, Any], optional: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object with the required keys, any subset of the optional ones, and unknown keys."""
    return st.builds(
        lambda base, extra: {**extra, **base},
        st.fixed_dictionaries(required, optional=optional),
        EXTRA,
    )


USER = obj(
    {
        "id": st.integers(),
        "uuid": UUIDS,
        "email": TEXT,
        "hedgehog_config": st.none() | st.dictionaries(TEXT, st.integers(), max_size=2),
    },
    {
        "distinct_id": MAYBE_TEXT,
        "first_name": TEXT,
        "is_email_verified": st.none() | st.booleans(),
        "role_at_organization": st.none() | st.sampled_from(["engineering", "founder", "", "astronaut"]),
    },
)
FILTER_VALUE = TEXT | st.integers() | st.floats(allow_nan=False) | st.booleans() | st.lists(TEXT, max_size=2)
# A property filter as PostHog sends it: value a string, number, boolean or list; open operator/type.
PROPERTY_FILTER = obj(
    {},
    {
        "key": TEXT,
        "value": FILTER_VALUE,
        "operator": st.none() | st.sampled_from(["exact", "is_not", "icontains", "gt", "is_date_after"]),
        "type": st.sampled_from(["event", "person", "element", "cohort", "hogql"]),
    },
)
STEP = obj(
    {},
    {
        "id": TEXT,
        "event": MAYBE_TEXT,
        "url": MAYBE_TEXT,
        "url_matching": st.none() | ENUM_OR_NEW,
        "text_matching": st.none() | ENUM_OR_NEW,
        "href_matching": st.none() | ENUM_OR_NEW,
        "properties": st.none() | st.lists(PROPERTY_FILTER, max_size=3),
    },
)
ACTION = obj(
    {
        "id": st.integers(),
        "created_at": DATE_TIME,
        "created_by": st.none() | USER,
        "is_calculating": st.booleans(),
        "team_id": st.integers(),
        "is_action": st.booleans(),
        "bytecode_error": MAYBE_TEXT,
        "creation_context": TEXT,
        "user_access_level": MAYBE_TEXT,
    },
    {
        "name": MAYBE_TEXT,
        "tags": st.lists(st.none() | TEXT, max_size=2),
        "steps": st.lists(STEP, max_size=3),
        "last_calculated_at": DATE_TIME,
        "pinned_at": st.none() | DATE_TIME,
        "deleted": st.booleans(),
    },
)
SUBSCRIPTION = obj(
    {
        "id": st.integers(),
        "target_type": st.sampled_from(["email", "slack", "teams"]),
        "target_value": TEXT,
        "frequency": st.sampled_from(["daily", "weekly", "hourly"]),
        "start_date": DATE_TIME,
        "created_at": DATE_TIME,
        "created_by": st.none() | USER,
        "summary": TEXT,
        "next_delivery_date": st.none() | DATE_TIME,
    },
    {"byweekday": st.none() | st.lists(st.sampled_from(["monday", "someday"]), max_size=3)},
)
PAGE = obj(
    {"count": st.integers(0, 10**6), "results": st.lists(ACTION, max_size=3)},
    {"next": st.none() | TEXT, "previous": st.none() | TEXT},
)

CASES = {
    "PaginatedActionList": PAGE,
    "Subscription": SUBSCRIPTION,
    "UserBasic": USER,
    "ActionStep": STEP,
}


@pytest.mark.parametrize("model", sorted(CASES))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fast_from_dict_matches_stock_and_round_trips(
    stock: ModuleType, model: str, data: st.DataObject
) -> None:
    payload = data.draw(CASES[model])
    snapshot = copy.deepcopy(payload)
    fast_model = getattr(fast, model).from_dict(payload)
    assert fast_model.validation_issues == ()  # every payload here fits the spec
    stock_model = getattr(stock, model).from_dict(payload)
    assert fast_model.to_dict() == stock_model.to_dict()
    assert fast_model.additional_properties == stock_model.additional_properties
    assert getattr(fast, model).from_dict(fast_model.to_dict()) == fast_model
    assert payload == snapshot  # from_dict never changes its input
