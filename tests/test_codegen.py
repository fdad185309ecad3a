"""codegen/generate.py: the registry is read from the YAML, and drift is detected."""

from pathlib import Path
from typing import Any

import pytest

from ._support import load_codegen

ROOT = Path(__file__).resolve().parent.parent


generate = load_codegen()


def document(**operation: Any) -> dict[str, Any]:
    base = {
        "operationId": "things_create",
        "x-posthog-rate-class": "crud",
        "x-posthog-sdk": {"resource": "things", "method": "create"},
        "security": [{"PersonalAPIKeyAuth": ["thing:write", "other:read"]}],
        "responses": {"201": {"description": "ok"}},
    }
    return {
        "x-posthog-rate-classes": {"crud": {"cloud-limits": [[480, 60]]}, "analytics": {"cloud-limits": []}},
        "paths": {"/api/projects/{project_id}/things/": {"post": {**base, **operation}}},
        "components": {"schemas": {}},
    }


def test_rate_classes_and_their_limits_come_from_the_document() -> None:
    doc = document()
    assert generate.rate_classes(doc) == {"crud": ((480, 60.0),), "analytics": ()}
    with pytest.raises(generate.SpecError, match="must be one of"):
        list(generate.iter_operations(document(**{"x-posthog-rate-class": "query"})))
    doc["x-posthog-rate-classes"]["query"] = {"cloud-limits": [[240, 60], [2400, 3600]]}
    (op,) = generate.iter_operations({**doc, "paths": document(**{"x-posthog-rate-class": "query"})["paths"]})
    assert op["rate_class"] == "query"
    for broken in ({}, {"crud": {"cloud-limits": [[0, 60]]}}, {"crud": {"cloud-limits": [[5]]}}):
        with pytest.raises(generate.SpecError, match="x-posthog-rate-classes"):
            generate.rate_classes({"x-posthog-rate-classes": broken})


def test_body_array_limits_reach_the_registry() -> None:
    body = {
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "ids": {"type": "array", "items": {"type": "string"}, "maxItems": 1000},
                        "name": {"type": "string", "maxLength": 5},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                }
            }
        }
    }
    (op,) = generate.iter_operations(document(requestBody=body))
    assert op["body_max_items"] == (("ids", 1000),)


def test_registry_reads_scopes_rate_class_and_retry_safety_from_the_document() -> None:
    (op,) = generate.iter_operations(document())
    assert op["operation_id"] == "things_create"
    assert op["method"] == "POST"
    assert op["path_params"] == ("project_id",)
    assert op["scopes"] == ("thing:write", "other:read")
    assert op["rate_class"] == "crud"
    assert op["retry_safe"] is False
    (op,) = generate.iter_operations(document(**{"x-posthog-retry-safe": True}))
    assert op["retry_safe"] is True


@pytest.mark.parametrize("rate_class", [None, "fast"])
def test_an_operation_without_a_known_rate_class_is_refused(rate_class: str | None) -> None:
    with pytest.raises(generate.SpecError, match="x-posthog-rate-class"):
        list(generate.iter_operations(document(**{"x-posthog-rate-class": rate_class})))


def test_an_operation_without_its_place_on_the_client_is_refused() -> None:
    with pytest.raises(generate.SpecError, match="x-posthog-sdk"):
        list(generate.iter_operations(document(**{"x-posthog-sdk": {"resource": "things"}})))


def test_a_duplicate_operation_id_is_refused() -> None:
    doc = document()
    doc["paths"]["/api/other/"] = doc["paths"]["/api/projects/{project_id}/things/"]
    with pytest.raises(generate.SpecError, match="used twice"):
        list(generate.iter_operations(doc))


def test_rendered_registry_is_valid_python_with_every_operation() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(generate.render_registry(document()), "operations.py", "exec"), namespace)
    assert namespace["OPERATIONS"]["things_create"].scopes == ("thing:write", "other:read")


def test_tree_differences_reports_changed_missing_and_extra_files(tmp_path: Path) -> None:
    fresh, committed = tmp_path / "fresh", tmp_path / "committed"
    for root in (fresh, committed):
        (root / "api").mkdir(parents=True)
        (root / "same.py").write_text("x = 1\n")
    (fresh / "api" / "changed.py").write_text("x = 1\n")
    (committed / "api" / "changed.py").write_text("x = 2  # edited by hand\n")
    (fresh / "new.py").write_text("")
    (committed / "stale.py").write_text("")

    problems = generate.tree_differences(fresh, committed)

    assert any(p.startswith("differs: api/changed.py") and "edited by hand" in p for p in problems)
    assert "missing (not generated yet): new.py" in problems
    assert "not produced by the generator: stale.py" in problems
    assert len(problems) == 3
    assert generate.tree_differences(fresh, fresh) == []


def body_with(prop: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"$unset": prop, "plain": {"type": "string"}}}
    return {"requestBody": {"content": {"application/json": {"schema": schema}}}}


def test_a_body_property_can_name_its_argument() -> None:
    # `$unset` would be the argument `unset`; the spec names it `key` (persons.delete_property).
    operation = {"operationId": "things_create", **body_with({"type": "string", "x-posthog-argument": "key"})}
    assert generate._argument_names(document(), operation) == {"$unset": "key"}
    assert generate._argument_names(document(), {"operationId": "things_create"}) == {}


@pytest.mark.parametrize("name", ["not a name", "class", 3])
def test_an_argument_name_that_python_cannot_use_is_refused(name: Any) -> None:
    operation = {"operationId": "things_create", **body_with({"type": "string", "x-posthog-argument": name})}
    with pytest.raises(generate.SpecError, match="things_create: x-posthog-argument"):
        generate._argument_names(document(), operation)
