"""Mutation-test one hand-written module with mutmut, against only the tests that exercise it.

    python tools/mutation.py _retries          # or: make mutation MODULE=_retries
    python tools/mutation.py _retries --show   # list the surviving mutants of the last run

mutmut reads its settings from ``[tool.mutmut]`` in the current directory's pyproject.toml and
has no per-run switch for the file to mutate or the tests to run. So each module gets its own
scratch directory, ``.mutation/<module>/`` (git-ignored), holding a copy of ``src/`` and
``tests/`` and a pyproject.toml that names that one module and its test files. mutmut's work
lives there too (``mutants/``), and is started afresh on every run. See TESTING.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "src/posthog_api"

#: The tests that pin the fake's behaviour (the testing kit, ``testing/``). Every fake test goes
#: through dispatch, the store and the ASGI app, so each testing module gets them all. Left out:
#: tests/contract/test_fake_conforms_to_spec.py (schemathesis, about 22 s for every mutant that
#: reaches it: hours for a module), tests/test_codegen_request_checks.py (it tests the generator,
#: not the fake) and the library's own tests that happen to use the fake.
FAKE_TESTS = [
    "tests/test_fake.py",
    "tests/test_fake_handlers.py",
    "tests/test_fake_request_checks.py",
    "tests/test_fake_clock.py",
    "tests/test_serve_fake.py",
    "tests/test_fake_body_checks.py",
    "tests/test_fake_dispatch.py",
    "tests/test_fake_store.py",
    "tests/test_fake_paging.py",
    "tests/test_fake_created_objects.py",
    "tests/test_fake_handler_tables.py",
    "tests/test_fake_asgi.py",
    "tests/test_fake_server_command.py",
    "tests/test_fake_setup.py",
]

#: The test files that exercise each module. mutmut runs, for each mutant, only those of these
#: tests that reach the mutated function, so a generous list costs only its first (stats) run.
TESTS: dict[str, list[str]] = {
    "_transport": [
        "tests/test_transport.py",
        "tests/test_retries.py",
        "tests/test_scopes.py",
        "tests/test_errors.py",
        "tests/test_security.py",
        "tests/test_ratelimit.py",
        "tests/test_client_config.py",
        "tests/test_error_messages.py",
        "tests/test_operation_routing.py",
        "tests/test_waiting.py",
    ],
    "bulk": [
        "tests/test_bulk.py",
        "tests/test_bulk_account.py",
        "tests/test_bulk_report.py",
        "tests/test_arguments.py",
        "tests/test_journal_resume.py",
        "tests/test_waiting.py",
    ],
    "_ratelimit": ["tests/test_ratelimit.py"],
    "_scopes": ["tests/test_scopes.py", "tests/test_client_config.py"],
    "_retries": ["tests/test_retries.py"],
    "_errors": [
        "tests/test_errors.py",
        "tests/test_error_messages.py",
        "tests/test_transport.py",
        "tests/test_ratelimit.py",
    ],
    "_config": [
        "tests/test_settings_messages.py",
        "tests/test_client_config.py",
        "tests/test_arguments.py",
        "tests/test_security.py",
        "tests/test_ratelimit.py",
        "tests/test_scopes.py",
    ],
    "cli": [
        "tests/test_cli.py",
        "tests/test_cli_output.py",
        "tests/test_cli_help.py",
        "tests/test_cli_details.py",
    ],
    "_journal": [
        "tests/test_journal_resume.py",
        "tests/test_bulk.py",
        "tests/test_bulk_account.py",
        "tests/test_cli.py",
    ],
    "_waiting": ["tests/test_waiting.py", "tests/test_bulk_account.py", "tests/test_ratelimit.py"],
    "progress": ["tests/test_progress.py", "tests/test_cli.py"],
    "_registry": [
        "tests/test_operation_routing.py",
        "tests/test_operation_registry.py",
        "tests/test_scopes.py",
        "tests/test_fake.py",
    ],
    "_clock": ["tests/test_ratelimit.py", "tests/test_clock.py"],
    "_client": [
        "tests/test_ratelimit.py",
        "tests/test_client_config.py",
        "tests/test_architecture.py",
        "tests/test_request_core.py",
        "tests/test_security.py",
        "tests/test_retries.py",
        "tests/test_scopes.py",
        "tests/test_tolerant_parsing.py",
        "tests/test_resources.py",
        "tests/test_errors.py",
    ],
    "_resources": [
        "tests/test_persons.py",
        "tests/test_persons_bulk_delete.py",
        "tests/test_resources.py",
        "tests/test_request_core.py",
        "tests/test_bulk.py",
        "tests/test_fake.py",
        "tests/test_architecture.py",
    ],
    "endpoints": ["tests/test_architecture.py", "tests/test_generated_package.py"],
    "types": ["tests/test_public_types.py"],
    "pagination": ["tests/test_public_types.py"],
    "testing/_validation": FAKE_TESTS,
    "testing/_dispatch": FAKE_TESTS,
    "testing/_asgi": FAKE_TESTS,
    "testing/_serve": FAKE_TESTS,
    "testing/_fake": FAKE_TESTS,
    "testing/_store": FAKE_TESTS,
    "testing/_handlers": FAKE_TESTS,
    "testing/_http": FAKE_TESTS,
    "testing/__main__": ["tests/test_fake_server_command.py", "tests/test_serve_fake.py"],
    "testing/pytest_plugin": ["tests/test_fake.py"],
    "_pagination": [
        "tests/test_persons.py",
        "tests/test_pagination.py",
        "tests/test_pagination_guards.py",
        "tests/test_request_core.py",
        "tests/test_security.py",
        "tests/test_public_types.py",
        "tests/test_resources.py",
    ],
    "_requester": [
        "tests/test_request_core.py",
        "tests/test_tolerant_parsing.py",
        "tests/test_errors.py",
        "tests/test_resources.py",
        "tests/test_pagination.py",
        "tests/test_security.py",
        "tests/test_client_config.py",
        "tests/test_generated_tolerance.py",
    ],
}


#: Left out of every mutation run: tests that run the library in a subprocess (which imports the
#: unmutated package, so they cannot kill a mutant) and the two slowest (tens of seconds each,
#: run again for every mutant they reach). `make test` still runs them.
DESELECT = [
    "tests/test_bulk_account.py::test_ctrl_c_leaves_an_exact_account_in_the_callers_report",
    "tests/test_cli.py::test_the_console_script_and_python_m_run",
    "tests/test_cli.py::test_the_file_is_streamed_not_loaded",
    "tests/test_bulk.py::test_faults_and_a_cancellation_leave_an_exact_account_and_a_resume_finishes",
]


def mutate_pattern(module: str) -> str:
    """The files to mutate: ``module``'s file (``_client``, ``testing/_dispatch``), or every module
    of a folder (``testing/_handlers``)."""
    if (ROOT / PACKAGE / module).is_dir():
        return f"{PACKAGE}/{module}/*.py"
    return f"{PACKAGE}/{module}.py"


def workspace(module: str) -> Path:
    """``.mutation/<module>/`` with fresh copies of src/ and tests/ and the module's settings."""
    where = ROOT / ".mutation" / module
    where.mkdir(parents=True, exist_ok=True)
    for folder in ("src", "tests", "openapi"):
        shutil.rmtree(where / folder, ignore_errors=True)
        shutil.copytree(ROOT / folder, where / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    tests = [path for path in TESTS[module] if (ROOT / path).exists()]
    settings = {
        "source_paths": ["src/"],
        "only_mutate": [mutate_pattern(module)],
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-q", *(f"--deselect={test}" for test in DESELECT)],
        "pytest_add_cli_args_test_selection": tests,
        "also_copy": ["tests/", "openapi/"],  # some tests read the spec itself
        # A mutant that loops (a retry counter that never grows) is stopped after 3x the time its
        # tests took, not mutmut's default 15x: minutes each in _transport otherwise.
        "timeout_multiplier": 3.0,
    }
    lines = ["[tool.pytest.ini_options]", *_toml(project["tool"]["pytest"]["ini_options"]), ""]
    lines += ["[tool.mutmut]", *_toml(settings)]
    (where / "pyproject.toml").write_text("\n".join(lines) + "\n")
    return where


def _toml(table: dict[str, object]) -> list[str]:
    def value(item: object) -> str:
        if isinstance(item, list):
            return "[" + ", ".join(value(x) for x in item) + "]"
        if isinstance(item, bool):
            return "true" if item else "false"
        if isinstance(item, int | float):
            return str(item)
        return '"' + str(item).replace("\\", "\\\\").replace('"', '\\"') + '"'

    return [f"{key} = {value(item)}" for key, item in table.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "module",
        choices=sorted(TESTS),
        help="the module under src/posthog_api, e.g. _client or testing/_dispatch (a folder: each module)",
    )
    parser.add_argument("--show", action="store_true", help="print the diff of each surviving mutant")
    parser.add_argument("--max-children", default="1", help="parallel mutants (default 1)")
    args = parser.parse_args()
    mutmut = [sys.executable, "-m", "mutmut"]
    if args.show:
        where = ROOT / ".mutation" / args.module
        listing = subprocess.run([*mutmut, "results"], cwd=where, capture_output=True, text=True)
        for line in listing.stdout.splitlines():
            name = line.strip().split(":")[0]
            if name:
                subprocess.run([*mutmut, "show", name], cwd=where, check=False)
        return 0
    where = workspace(args.module)
    # mutmut keeps a mutant's result even when the tests change, so a rerun after adding tests
    # would still count the mutants they now kill as survivors: always start afresh.
    shutil.rmtree(where / "mutants", ignore_errors=True)
    run = subprocess.run([*mutmut, "run", "--max-children", args.max_children], cwd=where)
    if run.returncode:
        return run.returncode
    subprocess.run([*mutmut, "results"], cwd=where, check=True)
    subprocess.run([*mutmut, "export-cicd-stats"], cwd=where, check=True, capture_output=True)
    stats = json.loads((where / "mutants" / "mutmut-cicd-stats.json").read_text())
    killed = stats["killed"] + stats["timeout"] + stats["segfault"]
    rate = 100 * killed / stats["total"] if stats["total"] else 100.0
    print(
        f"{args.module}: {killed} of {stats['total']} mutants killed ({rate:.1f}%), "
        f"{stats['survived']} survived, {stats['no_tests']} not reached by any test"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
