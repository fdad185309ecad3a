"""``python -m posthog_api.testing``, run in process: what it refuses, what it prints, and the
server it starts (uvicorn's ``Server.run`` is replaced by a recorder, so nothing is served)."""

import io
import socket
import sys
from typing import Any

import pytest
import uvicorn

import posthog_api.testing.__main__ as server_command
from posthog_api.testing import FakePostHog
from posthog_api.testing.__main__ import banner, build_parser, main


class Started:
    """What ``main`` handed to uvicorn."""

    def __init__(self) -> None:
        self.config: Any = None
        self.sockets: list[socket.socket] = []
        self.fakes: list[FakePostHog] = []


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> Any:
    record = Started()

    class Recorded(FakePostHog):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            record.fakes.append(self)

    monkeypatch.setattr(server_command, "FakePostHog", Recorded)

    def run(self: uvicorn.Server, sockets: list[socket.socket] | None = None) -> None:
        record.config = self.config
        record.sockets = list(sockets or [])

    monkeypatch.setattr(uvicorn.Server, "run", run)
    yield record
    for sock in record.sockets:
        sock.close()


@pytest.mark.parametrize("flag", ["--seed-persons", "--seed-actions", "--latency-ms", "--port"])
def test_a_negative_number_is_refused_naming_its_flag(
    flag: str, started: Started, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([flag, "-1"]) == 2
    assert capsys.readouterr().err == f"error: {flag} must not be negative\n"
    assert started.config is None


def test_without_uvicorn_it_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert main(["--port", "0"]) == 2
    assert capsys.readouterr().err == (
        "error: serving over HTTP needs uvicorn: pip install 'posthog-api[testing]'\n"
    )


def test_it_serves_a_seeded_fake_on_the_port_it_bound_and_prints_where(
    started: Started, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--port", "0", "--seed-persons", "3", "--seed-actions", "2", "--latency-ms", "250"]) == 0
    (sock,) = started.sockets
    host, port = sock.getsockname()[:2]
    assert host == "127.0.0.1"
    assert port != 0
    config = started.config
    assert (config.host, config.port, config.log_level, config.lifespan, config.interface) == (
        "127.0.0.1",
        0,
        "warning",
        "on",
        "asgi3",
    )
    (fake,) = started.fakes
    assert config.app is fake.app
    assert (fake.person_count(), len(fake.project().actions), fake.latency) == (3, 2, 0.25)
    assert capsys.readouterr().out == banner(f"http://127.0.0.1:{port}", 3, 2) + "\n"


def test_an_ipv6_host_is_bracketed_in_the_url(started: Started, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--host", "::1", "--port", "0"]) == 0
    (sock,) = started.sockets
    assert sock.family == socket.AF_INET6
    host, port = sock.getsockname()[:2]
    assert host == "::1"
    assert capsys.readouterr().out.startswith(f"FakePostHog on http://[::1]:{port} ")


def test_the_banner_says_what_the_fake_holds_and_the_line_to_paste() -> None:
    organization = FakePostHog.DEFAULT_ORGANIZATION_ID
    assert banner("http://127.0.0.1:8010", 5, 7) == (
        f"FakePostHog on http://127.0.0.1:8010 (project 1, organization {organization}, "
        "5 persons, 7 actions; any phx_ key is accepted)\n"
        "Point the client or the posthog-api command at it from another shell:\n"
        "  export POSTHOG_PERSONAL_API_KEY=phx_fake_posthog_key POSTHOG_HOST=http://127.0.0.1:8010 "
        f"POSTHOG_PROJECT_ID=1 POSTHOG_ORGANIZATION_ID={organization}"
    )


def test_the_defaults_are_loopback_port_8010_nothing_seeded_no_latency() -> None:
    args = build_parser().parse_args([])
    assert (args.host, args.port, args.seed_persons, args.seed_actions, args.latency_ms) == (
        "127.0.0.1",
        8010,
        0,
        0,
        0.0,
    )
    assert build_parser().prog == "python -m posthog_api.testing"


def test_the_banner_is_flushed_before_serving_so_a_reader_of_a_file_or_pipe_sees_it(
    started: Started, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed_with: list[str] = []

    class Output(io.StringIO):
        def flush(self) -> None:
            flushed_with.append(self.getvalue())

    output = Output()
    monkeypatch.setattr(sys, "stdout", output)
    assert main(["--port", "0"]) == 0
    assert flushed_with
    assert flushed_with[-1].startswith("FakePostHog on http://127.0.0.1:")


def test_the_help_says_what_each_option_does() -> None:
    text = " ".join(build_parser().format_help().split())
    assert text == (
        "usage: python -m posthog_api.testing [-h] [--host HOST] [--port PORT] [--seed-persons N] "
        "[--seed-actions N] [--latency-ms M] "
        "Serve an in-memory fake PostHog management API (any phx_ key is accepted). "
        "options: -h, --help show this help message and exit "
        "--host HOST address to listen on (default: 127.0.0.1) "
        "--port PORT port to listen on, 0 for a free one (default: 8010) "
        "--seed-persons N create persons with distinct ids user-0 ... user-{N-1} in project 1 "
        "--seed-actions N create N actions in project 1 "
        "--latency-ms M add M ms to every answer"
    )
