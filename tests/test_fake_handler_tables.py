"""How the fake's handlers are registered and what they read from the spec, checked at test time.

This code runs when ``posthog_api.testing`` is imported; these tests run it again, on purpose, so
that a change to it is seen (the suite would otherwise only see the tables it built at import).
"""

from typing import Any

import attrs
import pytest

from posthog_api._generated.operations import OPERATIONS
from posthog_api._generated.request_checks import REQUEST_BODIES
from posthog_api.testing import FakePostHog
from posthog_api.testing._handlers import HANDLERS, _merge, actions, persons
from posthog_api.testing._handlers._common import HandlerTable

pytestmark = pytest.mark.anyio


def first(context: Any) -> Any:
    return 200, {"handler": "first"}


def second(context: Any) -> Any:
    return 200, {"handler": "second"}


def test_a_handler_table_registers_one_handler_under_each_operation_id() -> None:
    handles = HandlerTable()
    assert handles("op_a", "op_b")(first) is first
    handles("op_c")(second)
    assert dict(handles) == {"op_a": first, "op_b": first, "op_c": second}
    assert list(handles) == ["op_a", "op_b", "op_c"]
    assert len(handles) == 3
    assert handles["op_c"] is second


def test_a_handler_table_refuses_a_second_handler_for_an_operation() -> None:
    handles = HandlerTable()
    handles("op_a")(first)
    with pytest.raises(ValueError, match=r"^op_a has two handlers$"):
        handles("op_a")(second)
    assert handles["op_a"] is first


def test_the_module_tables_merge_into_one_and_an_operation_in_two_modules_is_refused() -> None:
    one, two = HandlerTable(), HandlerTable()
    one("op_a")(first)
    two("op_b")(second)
    assert _merge(one, two) == {"op_a": first, "op_b": second}
    two("op_a")(second)
    with pytest.raises(ValueError, match=r"^op_a is handled by two modules$"):
        _merge(one, two)


def test_the_handlers_are_the_resource_modules_tables_merged() -> None:
    assert HANDLERS["actions_list"] is actions.handles["actions_list"]
    assert HANDLERS["persons_bulk_delete_create"] is persons.handles["persons_bulk_delete_create"]
    assert len(HANDLERS) == len(OPERATIONS)


def test_the_bulk_delete_limit_is_the_specs_max_items() -> None:
    assert persons._max_ids() == OPERATIONS["persons_bulk_delete_create"].max_items("ids") == 1000
    assert persons.MAX_BULK_IDS == 1000


def test_a_spec_giving_ids_and_distinct_ids_different_limits_or_none_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    operation = OPERATIONS["persons_bulk_delete_create"]
    changed = attrs.evolve(operation, body_max_items=(("distinct_ids", 500), ("ids", 1000)))
    monkeypatch.setattr(persons, "OPERATIONS", {**OPERATIONS, "persons_bulk_delete_create": changed})
    with pytest.raises(
        RuntimeError, match=r"^the spec's bulk delete must give ids and distinct_ids the same maxItems$"
    ):
        persons._max_ids()
    unlimited = attrs.evolve(operation, body_max_items=())
    monkeypatch.setattr(persons, "OPERATIONS", {**OPERATIONS, "persons_bulk_delete_create": unlimited})
    with pytest.raises(
        RuntimeError, match=r"^the spec's bulk delete must give ids and distinct_ids the same maxItems$"
    ):
        persons._max_ids()


def test_a_step_has_the_specs_step_fields_less_id_and_name() -> None:
    spec_fields = REQUEST_BODIES["actions_create"]["steps"].items
    assert spec_fields is not None
    assert spec_fields.fields is not None
    expected = set(spec_fields.fields) - {"id", "name"}
    assert set(actions._step_fields()) == expected
    assert {"event", "url", "url_matching", "properties", "selector"} <= expected
    assert actions._step_fields()["url"] is spec_fields.fields["url"]


def test_a_spec_whose_steps_declare_no_fields_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    create = dict(REQUEST_BODIES["actions_create"])
    create["steps"] = attrs.evolve(create["steps"], items=None)
    monkeypatch.setattr(actions, "REQUEST_BODIES", {**REQUEST_BODIES, "actions_create": create})
    with pytest.raises(RuntimeError, match=r"^the spec's action steps must be objects with declared fields$"):
        actions._step_fields()


async def test_an_integrations_provider_lists_answer_empty_lists_under_their_names() -> None:
    fake = FakePostHog()
    integration = fake.add_integration("linkedin-ads")
    async with fake.http_client() as http:
        headers = {"Authorization": "Bearer phx_integrations"}
        base = f"/api/environments/1/integrations/{integration}"
        for path, name in (
            ("linkedin_ads_accounts", "adAccounts"),
            ("linkedin_ads_conversion_rules", "conversionRules"),
            ("twilio_phone_numbers", "phone_numbers"),
        ):
            response = await http.get(f"{base}/{path}/", headers=headers)
            assert (response.status_code, response.json()) == (200, {name: []}), path
            missing = await http.get(
                f"/api/environments/1/integrations/{integration + 1}/{path}/", headers=headers
            )
            assert missing.status_code == 404, path
