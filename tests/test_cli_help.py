"""What ``--help`` tells a person, for the command line and each command (run in process, so
that a change to a help text is noticed by the tests)."""

import pytest

from posthog_api.cli import main


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main([*argv, "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps to the terminal's width


def test_the_top_level_help_names_every_setting_and_the_exit_statuses(
    clean_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    text = help_text(capsys)
    for phrase in [
        "usage: posthog-api ",
        "PostHog management API from the command line. The personal API key comes from "
        "POSTHOG_PERSONAL_API_KEY (or --api-key-file) and is never printed.",
        "whoami the host, project and the key's scopes",
        "persons persons",
        "actions actions",
        "conversation-views conversation views",
        "customer-journeys customer journeys",
        "--host HOST us, eu or a URL (default: POSTHOG_HOST, else us)",
        "--project-id PROJECT_ID the project (default: POSTHOG_PROJECT_ID)",
        "--organization-id ORGANIZATION_ID the organization, for domains (default: POSTHOG_ORGANIZATION_ID)",
        "--api-key-file API_KEY_FILE read the personal API key from this file instead of the environment",
        "--max-retries MAX_RETRIES retries per request (default: 2)",
        "--debug show tracebacks and retry logs",
        "Exit status: 0 success; 1 something did not go through; 2 bad usage (a missing command, a "
        "bad flag), configuration or input; 130 interrupted (SIGINT or SIGTERM).",
    ]:
        assert phrase in text


def test_the_bulk_delete_help_says_what_each_flag_does(
    clean_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "bulk-delete delete persons listed in a file, in concurrent batches" in help_text(
        capsys, "persons"
    )
    text = help_text(capsys, "persons", "bulk-delete")
    for phrase in [
        "(--distinct-ids-file FILE | --ids-file FILE)",
        "Delete the persons whose ids are listed one per line in a UTF-8 file ('-' for standard "
        "input). The file is streamed, never loaded whole. Blank lines are ignored; a line with "
        "surrounding whitespace or a control character is rejected, not sent. With --journal, "
        "progress is recorded as it happens and the same command again resumes, sending only what "
        "was not accepted. Exit status: 0 done, 1 something did not go through, 2 bad usage or "
        "input, 130 interrupted (SIGINT or SIGTERM).",
        "--distinct-ids-file FILE distinct ids, one per line",
        "--ids-file FILE person UUIDs, one per line",
        "--batch-size BATCH_SIZE ids per request (1-1000)",
        "--concurrency CONCURRENCY requests in flight (default: 4)",
        "--delete-events also delete the persons' events",
        "--delete-recordings also delete their recordings",
        "--keep-person keep the persons; delete only their data",
        "--dry-run check the file and print the batch plan; send nothing",
        "--failed-out FILE write the ids that did not go through (failed or not sent) here; "
        "rewritten every run, also when interrupted",
        "--journal FILE record progress in FILE as batches finish; if FILE exists, resume: send "
        "only the ids that no earlier run with this journal had accepted",
    ]:
        assert phrase in text


@pytest.mark.parametrize(
    ("command", "what"),
    [("actions", "action"), ("customer-journeys", "customer journey"), ("domains", "domain")],
)
def test_each_list_command_says_what_it_lists(
    clean_env: None, capsys: pytest.CaptureFixture[str], command: str, what: str
) -> None:
    assert f"list every {what}, streamed page by page" in help_text(capsys, command)
    text = help_text(capsys, command, "list")
    assert f"usage: posthog-api {command} list " in text
    assert "--format {jsonl,csv,table}" in text
    assert "--max-items MAX_ITEMS stop after this many" in text
    assert "--page-size PAGE_SIZE items per request (default: 100)" in text
