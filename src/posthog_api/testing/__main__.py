"""Serve FakePostHog over HTTP on loopback: ``python -m posthog_api.testing --port 8010``."""

from __future__ import annotations

import argparse
import sys

from ._fake import FakePostHog
from ._serve import environment
from ._store import DEFAULT_ORGANIZATION_ID, DEFAULT_PROJECT_ID


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m posthog_api.testing",
        description="Serve an in-memory fake PostHog management API (any phx_ key is accepted).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8010, help="port to listen on, 0 for a free one (default: 8010)"
    )
    parser.add_argument(
        "--seed-persons",
        type=int,
        default=0,
        metavar="N",
        help="create persons with distinct ids user-0 ... user-{N-1} in project 1",
    )
    parser.add_argument(
        "--seed-actions", type=int, default=0, metavar="N", help="create N actions in project 1"
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, metavar="M", help="add M ms to every answer")
    return parser


def banner(url: str, persons: int, actions: int) -> str:
    """What the server prints once it listens: where, what it holds, and the lines to paste."""
    variables = environment(url)
    return (
        f"FakePostHog on {url} (project {DEFAULT_PROJECT_ID}, organization {DEFAULT_ORGANIZATION_ID}, "
        f"{persons} persons, {actions} actions; any phx_ key is accepted)\n"
        "Point the client or the posthog-api command at it from another shell:\n"
        f"  export {' '.join(f'{name}={value}' for name, value in variables.items())}"
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    for name in ("seed_persons", "seed_actions", "latency_ms", "port"):
        if getattr(args, name) < 0:
            print(f"error: --{name.replace('_', '-')} must not be negative", file=sys.stderr)
            return 2
    try:
        import uvicorn
    except ImportError:
        print("error: serving over HTTP needs uvicorn: pip install 'posthog-api[testing]'", file=sys.stderr)
        return 2
    fake = FakePostHog(latency=args.latency_ms / 1000)
    fake.seed_persons(args.seed_persons)
    fake.seed_actions(args.seed_actions)
    config = uvicorn.Config(
        fake.app, host=args.host, port=args.port, log_level="warning", lifespan="on", interface="asgi3"
    )
    # Bound here rather than by uvicorn.run so that the banner names the port (--port 0 picks one).
    sock = config.bind_socket()
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(banner(f"http://{host}:{port}", args.seed_persons, args.seed_actions), flush=True)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
