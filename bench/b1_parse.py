"""B1: ``await ph.actions.list(limit=100)`` (a fully parsed 100-action page) vs raw httpx.

Both sides send through the same kind of in-process transport, which answers every request
with one pre-encoded JSON page, so the figure is the client's own cost per page: request
building, the transport stack, JSON decoding and model parsing, against httpx's
``AsyncClient.get(...)`` + ``.json()``.
"""

from __future__ import annotations

import datetime
import functools
import gc
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import httpx
import orjson

from posthog_api.types import Action, ActionStep, PaginatedActionList, PropertyFilter, UserBasic

from . import _peers
from ._common import (
    HOST,
    MS,
    BenchmarkError,
    Figure,
    Target,
    check,
    client_settings,
    interleave,
    interleave_async,
    listing,
    median,
    posthog_client,
    round_ratios,
)

PATH = "/api/projects/1/actions/"
PAGE_SIZE = 100
CREATED_BY_UUID = "095be615-a8ad-4c33-8e9c-c7612fbf6c9f"
EXAMPLE_TIME = "2019-08-24T14:15:22Z"


@dataclass(frozen=True)
class Sizes:
    rounds: int
    warmup: int
    calls: int  # calls per sample: a sample is their mean

    peer_calls: int  # the same for the peer rows (parse alone)


FULL = Sizes(rounds=31, warmup=3, calls=20, peer_calls=5)
QUICK = Sizes(rounds=3, warmup=1, calls=2, peer_calls=1)
# Decided in issue 10: measured side by side, the project parses a page 2 to 10 times faster than
# every peer that keeps unknown fields, and neither msgspec into attrs nor mypyc reaches 1.3 while
# keeping them (BENCHMARKS.md).
TARGET = Target("<=", 1.8)
CREATED_AT = datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=datetime.UTC)


def example_action(action_id: int) -> dict[str, Any]:
    """An action with every field of PostHog's published schema set (and a step property filter)."""
    return {
        "id": action_id,
        "name": "string",
        "description": "string",
        "tags": [None],
        "post_to_slack": True,
        "slack_message_format": "string",
        "steps": [
            {
                "event": "string",
                "properties": [{"key": "$browser", "value": "Chrome", "operator": "exact", "type": "event"}],
                "selector": "string",
                "tag_name": "string",
                "text": "string",
                "text_matching": "exact",
                "href": "string",
                "href_matching": "contains",
                "url": "string",
                "url_matching": "contains",
            }
        ],
        "created_at": EXAMPLE_TIME,
        "created_by": {
            "id": 0,
            "uuid": CREATED_BY_UUID,
            "distinct_id": "string",
            "first_name": "string",
            "email": "user@example.com",
            "is_email_verified": True,
            "hedgehog_config": None,
            "role_at_organization": "engineering",
        },
        "deleted": True,
        "is_calculating": True,
        "last_calculated_at": EXAMPLE_TIME,
        "team_id": 0,
        "is_action": True,
        "bytecode_error": None,
        "pinned_at": None,
        "creation_context": "string",
        "user_access_level": "editor",
    }


# Realistic pages: what PostHog sends beyond its published schema. Ten action fields and three
# user fields the spec does not list (kept in ``additional_properties``), and steps whose
# ``properties`` are lists of several property filters with string, number and list values.
def _action_extras(action_id: int) -> dict[str, Any]:
    return {
        "_create_in_folder": f"Unfiled/Actions/Team {action_id % 7}",
        "summary": "Users who clicked the sign-up button on the pricing page",
        "last_summarized_at": "2026-11-20T09:31:05.123456Z",
        "query_usage_30_day": 1200 + action_id,
        "usage": {"insights": 4, "cohorts": 1, "hog_functions": 0, "dashboards": [12, 57]},
        "hog_functions": [
            {"id": f"0192a1b2-c3d4-7e5f-8a9b-{action_id:012d}", "name": "Slack alert", "enabled": True}
        ],
        "access_control": {"level": "editor", "inherited": True, "source": "project"},
        "color": "#1d4aff",
        "icon": "cursor_click",
        "verified": action_id % 3 == 0,
    }


USER_EXTRAS: dict[str, Any] = {
    "last_login": "2026-11-22T18:02:41.552301Z",
    "is_staff": False,
    "social_auth_provider": "google-oauth2",
}


def _filters(action_id: int) -> list[dict[str, Any]]:
    return [
        {"key": "$browser", "value": ["Chrome", "Firefox", "Safari"], "operator": "exact", "type": "event"},
        {"key": "$current_url", "value": "/pricing", "operator": "icontains", "type": "event"},
        {"key": "plan_seats", "value": 5 + action_id % 10, "operator": "gt", "type": "person"},
        {"key": "id", "value": 4217, "type": "cohort"},
    ]


def realistic_action(action_id: int) -> dict[str, Any]:
    """An action as a real PostHog sends it: fields beyond the spec, steps with filter lists."""
    action = example_action(action_id)
    action.update(
        name=f"Signed up from pricing {action_id}",
        description="Sign-up clicks on the pricing page, any browser",
        tags=["growth", "pricing", "signup"],
        slack_message_format="[action.name] by [person]",
        post_to_slack=False,
        deleted=False,
        is_calculating=False,
        team_id=2,
        creation_context="action_list",
    )
    action["steps"] = [
        {
            "event": "$autocapture",
            "properties": _filters(action_id),
            "selector": "button.signup-cta",
            "tag_name": "button",
            "text": "Sign up",
            "text_matching": "exact",
            "href": None,
            "href_matching": None,
            "url": "/pricing",
            "url_matching": "contains",
        },
        {
            "event": "$pageview",
            "properties": _filters(action_id + 1)[:3],
            "selector": None,
            "tag_name": None,
            "text": None,
            "text_matching": None,
            "href": None,
            "href_matching": None,
            "url": "^https://app\\.example\\.com/signup(\\?.*)?$",
            "url_matching": "regex",
        },
    ]
    action["created_by"] = {
        **action["created_by"],
        "first_name": "Ada",
        "last_name": "Lovelace",
        **USER_EXTRAS,
    }
    action.update(_action_extras(action_id))
    return action


def page_body(action: Callable[[int], dict[str, Any]] = example_action) -> bytes:
    page = {
        "count": 100_000,
        "next": f"{HOST}{PATH}?limit={PAGE_SIZE}&offset={PAGE_SIZE}",
        "previous": None,
        "results": [action(i) for i in range(PAGE_SIZE)],
    }
    return json.dumps(page).encode()


class FixedBody(httpx.AsyncBaseTransport):
    """Answers every request with 200 and the same pre-encoded JSON body, as a stream."""

    def __init__(self, body: bytes) -> None:
        self._body = body
        self._headers = [("content-type", "application/json"), ("content-length", str(len(body)))]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers=self._headers, stream=httpx.ByteStream(self._body), request=request
        )


async def _per_call(call: Callable[[], Awaitable[object]], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.perf_counter() - start) / calls


ModelT = TypeVar("ModelT")


def _instance(value: object, kind: type[ModelT], what: str) -> ModelT:
    if not isinstance(value, kind):
        raise BenchmarkError(f"{what} is a {type(value).__name__}, not a parsed {kind.__name__}")
    return value


def _check_action(action: Action, *, realistic: bool, where: str) -> None:
    """One action is parsed all the way down, and (realistic page) kept what the spec lacks."""
    steps = action.steps if isinstance(action.steps, list) else []
    check(len(steps) == (2 if realistic else 1), f"{where}: unexpected steps {action.steps!r}")
    step = _instance(steps[0], ActionStep, f"{where}.steps[0]")
    check(
        getattr(step.url_matching, "value", None) == "contains",
        f"{where}.steps[0].url_matching is not an enum",
    )
    filters = step.properties if isinstance(step.properties, list) else []
    check(len(filters) == (4 if realistic else 1), f"{where}.steps[0].properties: {step.properties!r}")
    first = _instance(filters[0], PropertyFilter, f"{where}.steps[0].properties[0]")
    check(first.key == "$browser", f"{where}.steps[0].properties[0].key is {first.key!r}")
    created_by = _instance(action.created_by, UserBasic, f"{where}.created_by")
    check(created_by.uuid == uuid.UUID(CREATED_BY_UUID), f"{where}.created_by.uuid is not a parsed UUID")
    check(action.created_at == CREATED_AT, f"{where}.created_at is not a parsed datetime")
    if realistic:
        action_id = action.id if isinstance(action.id, int) else -1
        check(
            action.additional_properties == _action_extras(action_id),
            f"{where}: the unknown fields were not kept: {sorted(action.additional_properties)}",
        )
        check(created_by.additional_properties == USER_EXTRAS, f"{where}.created_by lost its unknown fields")
        check(first.value == ["Chrome", "Firefox", "Safari"], f"{where}: a list filter value was not kept")
        check(step.selector == "button.signup-cta", f"{where}.steps[0].selector is {step.selector!r}")


def check_parsed(page: object, *, realistic: bool = False) -> None:
    """The page is fully parsed: models all the way down (not dicts), dates and UUIDs converted;
    on the realistic page, every unknown field kept in ``additional_properties``."""
    page = _instance(page, PaginatedActionList, "the page")
    check(len(page.results) == PAGE_SIZE, f"expected {PAGE_SIZE} actions, got {len(page.results)}")
    for index in (0, PAGE_SIZE - 1):
        action = _instance(page.results[index], Action, f"results[{index}]")
        _check_action(action, realistic=realistic, where=f"results[{index}]")


async def _measure(sizes: Sizes, body: bytes, *, realistic: bool) -> tuple[list[float], list[float]]:
    async with (
        posthog_client(FixedBody(body), **client_settings()) as ph,
        httpx.AsyncClient(transport=FixedBody(body), base_url=HOST) as http,
    ):

        async def project() -> object:
            return await ph.actions.list(limit=PAGE_SIZE)

        async def reference() -> object:
            response = await http.get(PATH, params={"limit": PAGE_SIZE})
            response.raise_for_status()
            return response.json()

        check_parsed(await project(), realistic=realistic)
        reference_page: Any = await reference()
        check(len(reference_page["results"]) == PAGE_SIZE, "the reference read a short page")
        samples = await interleave_async(
            [lambda: _per_call(project, sizes.calls), lambda: _per_call(reference, sizes.calls)],
            rounds=sizes.rounds,
            warmup=sizes.warmup,
        )
    return samples[0], samples[1]


def _page_figure(name: str, sizes: Sizes, body: bytes, *, realistic: bool) -> Figure:
    project, reference = anyio.run(functools.partial(_measure, sizes, body, realistic=realistic))
    ratios = round_ratios(project, reference)
    return Figure(
        id="B1",
        name=name,
        project=median(project) / MS,
        reference=median(reference) / MS,
        unit="ms",
        target=TARGET,
        measured_ratio=median(ratios),
        notes=(
            "reference: httpx AsyncClient.get + .json() on the same in-process transport",
            f"ratio: median of {sizes.rounds} per-round ratios (interleaved rounds x {sizes.calls} calls, "
            f"{sizes.warmup} warm-up); min, max {listing((min(ratios), max(ratios)), digits=3)}; "
            f"ratio of medians {median(project) / median(reference):.3f}",
            f"{len(body) / 1000:.0f} kB body; per-call min, max: project "
            f"{listing((min(project), max(project)), scale=MS, digits=3)} ms; "
            f"reference {listing((min(reference), max(reference)), scale=MS, digits=3)} ms",
        ),
    )


# ---------------------------------------------------------------------------- peers


def _timed(parse: Callable[[], object], calls: int) -> Callable[[], float]:
    """A sampler: the mean time of ``calls`` parses, after a full collection (not timed), so that
    a collection of garbage another parser left behind does not land in this one's sample."""

    def sample() -> float:
        gc.collect()
        start = time.perf_counter()
        for _ in range(calls):
            parse()
        return (time.perf_counter() - start) / calls

    return sample


def _check_stock(page: Any, stock: Any) -> None:
    check(isinstance(page, stock.PaginatedActionList), "stock: the page is not a PaginatedActionList")
    action = page.results[0]
    check(isinstance(action, stock.Action), "stock: results[0] is not an Action")
    check(isinstance(action.steps[0], stock.ActionStep), "stock: steps[0] is not an ActionStep")
    check(isinstance(action.steps[0].properties[0], stock.PropertyFilter), "stock: a filter is not parsed")
    check(isinstance(action.created_by, stock.UserBasic), "stock: created_by is not a UserBasic")
    check(action.created_at == CREATED_AT, "stock: created_at is not a parsed datetime")
    check(action.additional_properties == _action_extras(0), "stock: the unknown action fields were lost")
    check(action.created_by.additional_properties == USER_EXTRAS, "stock: the unknown user fields were lost")


def _check_pydantic(page: Any, models: Any) -> None:
    check(isinstance(page, models.PaginatedActionList), "pydantic: the page is not a PaginatedActionList")
    check(len(page.results) == PAGE_SIZE, "pydantic: short page")
    action = page.results[0]
    check(isinstance(action, models.Action), "pydantic: results[0] is not an Action")
    check(isinstance(action.steps[0], models.ActionStep), "pydantic: steps[0] is not an ActionStep")
    check(
        isinstance(action.steps[0].properties[0], models.PropertyFilter), "pydantic: a filter is not parsed"
    )
    check(isinstance(action.created_by, models.UserBasic), "pydantic: created_by is not a UserBasic")
    check(action.created_by.uuid == uuid.UUID(CREATED_BY_UUID), "pydantic: uuid is not a parsed UUID")
    check(action.created_at == CREATED_AT, "pydantic: created_at is not a parsed datetime")
    check(action.model_extra == _action_extras(0), "pydantic: the unknown action fields were lost")
    check(action.created_by.model_extra == USER_EXTRAS, "pydantic: the unknown user fields were lost")


def _peer_figures(sizes: Sizes, body: bytes) -> list[Figure]:
    generated_started = time.perf_counter()
    directory, generated = _peers.ensure_generated()
    stock = _peers.load_stock(directory)
    models = _peers.load_pydantic(directory)
    generated_seconds = time.perf_counter() - generated_started

    parsers: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(body),
        "ours": lambda: PaginatedActionList.from_dict(orjson.loads(body)),
        "stock": lambda: stock.PaginatedActionList.from_dict(json.loads(body)),
        "pydantic": lambda: models.PaginatedActionList.model_validate_json(body),
    }
    check_parsed(parsers["ours"](), realistic=True)
    _check_stock(parsers["stock"](), stock)
    _check_pydantic(parsers["pydantic"](), models)
    calls = sizes.peer_calls
    samples = dict(
        zip(
            parsers,
            interleave(
                [_timed(parse, calls) for parse in parsers.values()], rounds=sizes.rounds, warmup=sizes.warmup
            ),
            strict=True,
        )
    )
    reference = samples["json.loads"]
    how = (
        f"ratio: median of {sizes.rounds} per-round ratios to json.loads of the same "
        f"{len(body) / 1000:.0f} kB (the four interleaved, {calls} call(s) a sample, "
        f"{sizes.warmup} warm-up); no target"
    )
    origin = "generated" if generated else "cached"
    rows = [
        (
            "ours",
            "peer: ours, from_dict(orjson.loads(body))",
            "our generated models, parse alone (no request, no transport)",
        ),
        (
            "stock",
            "peer: stock openapi-python-client from_dict",
            "stock openapi-python-client 0.29.1 models of our spec, "
            "PaginatedActionList.from_dict(json.loads(body))",
        ),
        (
            "pydantic",
            "peer: pydantic v2 model_validate_json",
            f"pydantic {_peers.version('pydantic')} models from datamodel-code-generator "
            f"{_peers.version('datamodel-code-generator')} (extra='allow'), "
            "PaginatedActionList.model_validate_json(body)",
        ),
    ]
    figures = []
    for key, name, what in rows:
        ratios = round_ratios(samples[key], reference)
        notes = [what, how]
        if key == "ours":
            notes.append(f"peer packages {origin} and imported in {generated_seconds:.1f} s")
        notes.append(f"per-round ratio min, max {listing((min(ratios), max(ratios)), digits=2)}")
        figures.append(
            Figure(
                id="B1",
                name=name,
                project=median(samples[key]) / MS,
                reference=median(reference) / MS,
                unit="ms",
                target=None,
                measured_ratio=median(ratios),
                notes=tuple(notes),
            )
        )
    return figures


def run(quick: bool) -> list[Figure]:
    sizes = QUICK if quick else FULL
    return [
        _page_figure(f"actions.list(limit={PAGE_SIZE}): schema page", sizes, page_body(), realistic=False),
        _page_figure(
            f"actions.list(limit={PAGE_SIZE}): realistic page",
            sizes,
            page_body(realistic_action),
            realistic=True,
        ),
        *_peer_figures(sizes, page_body(realistic_action)),
    ]
