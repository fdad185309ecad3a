"""Contract test: the SDK against PostHog's own published schema, served by Prism.

``test_prism.py`` checks the SDK against our spec; if our spec is wrong the same way as the SDK,
that test cannot see it. Here the other side is PostHog's published schema (2025-11): at test
time an OpenAPI 3.0 document is built from ``tests/data/posthog-published-schema-2025-11.json``
(the seed-area operations and every schema they reference, with a bearer ``securityScheme``),
and Prism serves it in dynamic mode (``-d``, seeded): it validates each request against the
published schema and fabricates each answer from it with json-schema-faker (random optional
fields, and keys the schema does not name).

- Requests: each facade call for those operations is accepted by Prism (no 422 and no
  ``sl-violations``), including an action whose step carries a list of property filters,
  ``text_matching``/``href_matching`` and ``pinned_at``.
- Responses: what Prism fabricates parses into the SDK's model, with the data (no exception),
  and its ``validation_issues`` hold only issues explained by a declared deviation
  (``tests/test_spec_published_schema.py``) — today none are.
- Declared deviations are asserted as what they are, not skipped: ``persons.bulk_delete``'s
  published schema is knowingly wrong (the server reads a JSON body and answers 202, see
  "Corrected:" in our spec), and our subscriptions list keeps the doc page's
  ``/api/environments/`` path, which the published document is given as an alias of its
  ``/api/projects/`` path (servers answer at both, API-FACTS).
- Negative controls: a request in the doc page's shapes (step ``properties`` as an object) is
  refused, so a spec that drifted back would fail here.

Set ``POSTHOG_API_SKIP_PRISM=1`` to skip these tests (nothing else skips them).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from posthog_api import APIResponseValidationError, APIStatusError, AsyncPostHog
from posthog_api._generated.models import Action, ActionStep, PaginatedActionList, PaginatedSubscriptionList

from .prism import PrismServer, run_prism
from .test_prism import ORG, PERSON, Exchange, violations

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.skipif(
        os.environ.get("POSTHOG_API_SKIP_PRISM") == "1",
        reason="POSTHOG_API_SKIP_PRISM=1: the Prism contract tests are skipped",
    ),
]

PUBLISHED_PATH = Path(__file__).resolve().parents[1] / "data" / "posthog-published-schema-2025-11.json"
PUBLISHED: dict[str, Any] = json.loads(PUBLISHED_PATH.read_text(encoding="utf-8"))
SEED = "20251101"
# Our subscriptions list path (the doc page's); the published document gets it as an alias.
PATH_ALIASES = {"subscriptions_list": "/api/environments/{project_id}/subscriptions/"}
# `validation_issues` paths a fabricated answer may have because our spec knowingly differs from
# the published schema in that response. Every response-side deviation is one that makes our
# models accept more (nullable created_by, extra optional fields), so none are expected.
EXPLAINED_ISSUE_PATHS: frozenset[str] = frozenset()
STEP_FILTERS = [
    {"key": "$browser", "value": "Chrome", "operator": "exact", "type": "event"},
    {"key": "plan", "value": ["pro", "team"], "operator": "exact", "type": "person"},
    {"key": "$screen_width", "value": 1024, "operator": "gt", "type": "event"},
]


def without_null_in_typed_enums(node: Any) -> Any:
    """The same schema with ``enum: [..., null]`` beside ``type`` spelled ``nullable: true``.

    Prism 5.16 cannot compile a typed enum that lists null (``ActionStepJSON``'s ``*_matching``,
    ``UserBasic.role_at_organization``) and then skips request body validation without a word;
    ``nullable: true`` with the null dropped says the same (null and the listed values pass).
    ``test_the_published_schema_refuses_*`` show that the body is validated.
    """
    if isinstance(node, list):
        return [without_null_in_typed_enums(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: without_null_in_typed_enums(value) for key, value in node.items()}
    if "type" in result and None in result.get("enum", []):
        result["enum"] = [value for value in result["enum"] if value is not None]
        result["nullable"] = True
    return result


def published_document() -> dict[str, Any]:
    """An OpenAPI 3.0.3 document of the published operations, as Prism needs it."""
    paths: dict[str, dict[str, Any]] = {}
    for operation_id, fact in sorted(PUBLISHED["operations"].items()):
        operation: dict[str, Any] = {
            "operationId": operation_id,
            "parameters": fact["parameters"],
            "security": [{"PersonalAPIKeyAuth": fact["scopes"]}],
            "responses": {},
        }
        for status, schema in fact["responses"].items():
            response: dict[str, Any] = {"description": f"{status} as published"}
            if schema is not None:
                response["content"] = {"application/json": {"schema": schema}}
            operation["responses"][status] = response
        if fact["body"] is not None:
            operation["requestBody"] = {
                "required": fact["body"]["required"],
                "content": {"application/json": {"schema": fact["body"]["schema"]}},
            }
        for path in (fact["path"], PATH_ALIASES.get(operation_id)):
            if path is not None:
                alias = {
                    **operation,
                    "operationId": operation_id + ("" if path == fact["path"] else "_alias"),
                }
                paths.setdefault(path, {})[fact["method"].lower()] = alias
    return {
        "openapi": "3.0.3",
        "info": {"title": "PostHog published schema (2025-11), seed areas", "version": "2025-11"},
        "servers": [{"url": "https://us.posthog.com"}],
        "security": [{"PersonalAPIKeyAuth": []}],
        "paths": paths,
        "components": {
            "schemas": without_null_in_typed_enums(PUBLISHED["schemas"]),
            "securitySchemes": {"PersonalAPIKeyAuth": {"type": "http", "scheme": "bearer"}},
        },
    }


@pytest.fixture(scope="module")
def published_prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    spec = tmp_path_factory.mktemp("published") / "posthog-published.json"
    spec.write_text(json.dumps(published_document(), indent=1), encoding="utf-8")
    with run_prism(spec, extra_args=("--dynamic", "--seed", SEED)) as server:
        yield server


def client(server: PrismServer) -> AsyncPostHog:
    return AsyncPostHog(
        api_key="phx_contract_test",
        host=server.base_url,
        project_id=1,
        organization_id=ORG,
        max_retries=0,
        rate_limits=None,
    )


class Recorded:
    """Every response the client received, error statuses included."""

    def __init__(self, ph: AsyncPostHog) -> None:
        self.responses: list[httpx.Response] = []
        http = ph.http
        hooks = http.event_hooks
        http.event_hooks = {"request": hooks["request"], "response": [*hooks["response"], self.record]}

    async def record(self, response: httpx.Response) -> None:
        await response.aread()
        self.responses.append(response)

    def only(self) -> Exchange:
        assert len(self.responses) == 1, [str(r.request.url) for r in self.responses]
        return Exchange.of(self.responses[0])


async def call(
    server: PrismServer, resource: str, method: str, *args: Any, **kwargs: Any
) -> tuple[Any, Exchange]:
    """``ph.<resource>.<method>(...)`` once against Prism: the parsed result and the exchange."""
    async with client(server) as ph:
        recorded = Recorded(ph)
        result = await getattr(getattr(ph, resource), method)(*args, **kwargs)
    exchange = recorded.only()
    assert not exchange.violations, exchange.describe()
    assert 200 <= exchange.status < 300, exchange.describe()
    return result, exchange


def issues(model: Any) -> list[str]:
    """The paths of what did not fit our spec: a model lists its nested models' issues too."""
    if isinstance(model, list):
        return [f"[{index}]{path}" for index, item in enumerate(model) for path in issues(item)]
    return [issue.path for issue in model.validation_issues]


def assert_only_explained_issues(model: Any) -> None:
    unexplained = [path for path in issues(model) if path not in EXPLAINED_ISSUE_PATHS]
    assert unexplained == [], unexplained


def assert_real_action(action: Any) -> None:
    """An ``Action`` with the published schema's required data, steps and their filters as lists."""
    assert isinstance(action, Action)
    assert isinstance(action.id, int)
    assert isinstance(action.team_id, int)
    assert isinstance(action.is_calculating, bool)
    for step in action.steps or []:
        assert isinstance(step, ActionStep)
        assert step.properties is None or isinstance(step.properties, list), step.properties
    assert_only_explained_issues(action)


# ------------------------------------------------------------------ requests and fabricated answers


async def test_actions_list_is_accepted_and_its_fabricated_page_parses(published_prism: PrismServer) -> None:
    page, exchange = await call(published_prism, "actions", "list", format_="json", limit=10, offset=20)
    assert "limit=10" in exchange.url
    assert "offset=20" in exchange.url
    assert isinstance(page, PaginatedActionList)
    assert isinstance(page.count, int)
    for action in page.results:
        assert_real_action(action)
    assert_only_explained_issues(page)


async def test_an_action_with_step_property_filters_is_accepted_and_the_answer_parses(
    published_prism: PrismServer,
) -> None:
    action, exchange = await call(
        published_prism,
        "actions",
        "create",
        format_="json",
        name="Chrome sign-ups",
        tags=["growth"],
        steps=[
            {
                "event": "$autocapture",
                "properties": STEP_FILTERS,
                "text": "Sign up",
                "text_matching": "exact",
                "href": "/signup",
                "href_matching": "regex",
                "url": "/signup",
                "url_matching": "contains",
                "selector": "button.signup",
                "tag_name": "button",
            },
            {"event": "$pageview", "properties": None},
        ],
        pinned_at="2026-11-02T00:00:00Z",
        create_in_folder="Unfiled/Actions",
    )
    assert (exchange.method, exchange.status) == ("POST", 201), exchange.describe()
    assert_real_action(action)


async def test_action_retrieve_and_update_are_accepted_and_parse(published_prism: PrismServer) -> None:
    action, _ = await call(published_prism, "actions", "retrieve", 7)
    assert_real_action(action)
    updated, exchange = await call(
        published_prism,
        "actions",
        "update",
        7,
        description="Renamed",
        pinned_at=None,
        last_calculated_at="2026-11-03T00:00:00Z",
        steps=[{"event": "$signup", "properties": STEP_FILTERS[:1], "href_matching": None}],
        deleted=False,
    )
    assert exchange.method == "PATCH", exchange.describe()
    assert_real_action(updated)


async def test_subscriptions_list_is_accepted_and_its_fabricated_page_parses(
    published_prism: PrismServer,
) -> None:
    # Our path is the doc page's /api/environments/ one (a declared deviation; the published
    # document serves it as an alias of /api/projects/), so what is checked is the query and the answer.
    page, exchange = await call(published_prism, "subscriptions", "list", limit=5, offset=0)
    assert httpx.URL(exchange.url).path == "/api/environments/1/subscriptions/"
    assert isinstance(page, PaginatedSubscriptionList)
    for subscription in page.results:
        assert isinstance(subscription.id, int)
        assert isinstance(subscription.target_value, str)
    assert_only_explained_issues(page)


async def test_fabricated_answers_parse_across_many_random_variants(published_prism: PrismServer) -> None:
    # Each answer is drawn anew (optional fields present or not, nulls, unknown keys): many draws
    # cover the published shapes (step filters as lists of free-form objects, nullable matching).
    for _ in range(15):
        page, _ = await call(published_prism, "actions", "list")
        for action in page.results:
            assert_real_action(action)


async def test_bulk_delete_meets_the_published_schemas_known_error(published_prism: PrismServer) -> None:
    # Declared deviation: the published schema has bulk_delete take `ids`/`distinct_ids` in the
    # query and answer 200 without a body; the server reads the JSON body and answers 202 with a
    # summary. Prism (published) accepts our JSON body (its `Person` body has no required writable
    # field) and answers 200 with nothing, which our spec does not describe: the SDK says so.
    async with client(published_prism) as ph:
        recorded = Recorded(ph)
        with pytest.raises(APIResponseValidationError) as raised:
            await ph.persons.bulk_delete(ids=[PERSON], delete_events=True)
    exchange = recorded.only()
    request = recorded.responses[0].request
    assert exchange.violations == [], exchange.describe()
    assert (exchange.method, exchange.status) == ("POST", 200), exchange.describe()
    assert "ids" not in httpx.URL(exchange.url).params
    sent = json.loads(request.content)
    assert (sent["ids"], sent["delete_events"]) == ([PERSON], True)
    assert recorded.responses[0].content == b""
    # Where the real server's 202 summary would parse, the published 200-without-body cannot:
    # in strict and tolerant parsing alike (the top level is not what the operation returns).
    assert isinstance(raised.value, APIResponseValidationError), raised.value
    assert "persons_bulk_delete_create: unexpected 200 response" in str(raised.value)


# ------------------------------------------------------------------ negative controls


def refusal(response: httpx.Response) -> list[dict[str, Any]]:
    """What Prism found wrong: the ``validation`` list of its 422 problem body (or the header)."""
    try:
        found = response.json().get("validation")
    except ValueError:
        found = None
    return found if isinstance(found, list) else violations(response)


def location(violation: dict[str, Any]) -> str:
    return ".".join(str(part) for part in violation.get("location", []))


async def test_the_published_schema_refuses_step_properties_as_an_object(
    published_prism: PrismServer,
) -> None:
    # The doc page's shape. If our spec drifted back to it, the SDK would send this and the tests
    # above would fail the same way.
    body = {"name": "x", "steps": [{"event": "$pageview", "properties": {"$browser": "Chrome"}}]}
    async with httpx.AsyncClient(base_url=published_prism.base_url) as http:
        response = await http.post(
            "/api/projects/1/actions/", json=body, headers={"Authorization": "Bearer phx_contract_test"}
        )
    assert response.status_code == 422, response.text
    assert any(
        location(v).endswith("steps.0.properties") and "must be array" in str(v.get("message"))
        for v in refusal(response)
    ), refusal(response)


async def test_the_published_schema_refuses_an_unknown_matching_mode(published_prism: PrismServer) -> None:
    body = {"steps": [{"event": "$pageview", "url": "/a", "url_matching": "startswith"}]}
    async with httpx.AsyncClient(base_url=published_prism.base_url) as http:
        response = await http.post(
            "/api/projects/1/actions/", json=body, headers={"Authorization": "Bearer phx_contract_test"}
        )
    assert response.status_code == 422, response.text
    assert any(location(v).endswith("steps.0.url_matching") for v in refusal(response)), refusal(response)


async def test_a_facade_call_the_published_schema_refuses_is_a_422(published_prism: PrismServer) -> None:
    # `call()`'s acceptance check can fail: a name over the published maxLength (400) is a 422.
    with pytest.raises(APIStatusError) as raised:
        await call(published_prism, "actions", "create", name="x" * 401)
    assert raised.value.status_code == 422
