# Every target does its own setup: on a fresh machine `make test` and `make demo` need only
# Python 3.11+ and the package registries. An active virtualenv is used as it is; otherwise
# one is created in .venv.
PYTHON ?= python3
ifdef VIRTUAL_ENV
VENV := $(VIRTUAL_ENV)
else
VENV := $(CURDIR)/.venv
endif
PY := $(VENV)/bin/python
STAMP := $(VENV)/.posthog-api-setup

.PHONY: setup demo bench bench-quick generate check-generated spec lint format typecheck imports contract-setup pytest test mutation clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed, found " + sys.version' 
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## The main job against the bundled fake PostHog on loopback (no key, no network).
demo: setup
	$(PY) examples/demo.py

## Benchmarks as ratios against references measured in the same run (BENCHMARKS.md); exits 1 on a missed target.
bench: setup
	$(PY) -m bench

## The benchmarks at tiny sizes, targets not asserted, so that they cannot rot (make test runs them
## through tests/test_bench_quick.py).
bench-quick: setup
	$(PY) -m bench --quick

## Regenerate src/posthog_api/_generated from openapi/posthog.yaml.
generate: setup
	$(PY) codegen/generate.py

## Fail when the committed generated code differs from a fresh `make generate`.
check-generated: setup
	$(PY) codegen/generate.py --check

## Validate the OpenAPI document.
spec: setup
	$(PY) -m openapi_spec_validator openapi/posthog.yaml

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: setup
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

typecheck: setup
	$(PY) -m mypy

## The import rules of pyproject.toml's [tool.importlinter] (layers, forbidden imports, no cycles).
imports: setup
	$(VENV)/bin/lint-imports --no-cache

## Node and Prism for the contract tests come from pyproject.toml and package-lock.json.
contract-setup: setup
	$(PY) -m tests.contract.prism

pytest: contract-setup
	$(PY) -m pytest

test: spec check-generated lint typecheck imports pytest

## Mutation-test one module against its own tests (TESTING.md): make mutation MODULE=_retries
## Slow, so not part of `make test`; results stay in .mutation/MODULE/ (git-ignored).
mutation: setup
	@test -n "$(MODULE)" || { echo "usage: make mutation MODULE=_retries (see TESTING.md)"; exit 2; }
	$(PY) tools/mutation.py $(MODULE)

clean:
	rm -rf .venv node_modules .mypy_cache .pytest_cache .ruff_cache build dist .mutation
