"""Serve FakePostHog over HTTP on loopback: ``python -m posthog_api.testing --port 8010``."""

from __future__ import annotations

import argparse
import sys

from ._fake import FakePostHog
from ._store import DEFAULT_ORGANIZATION_ID, DEFAULT_PROJECT_ID


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m posthog_api.testing",
        description="Serve an in-memory fake PostHog management API (any phx_ key is accepted).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8010, help="port to listen on (default: 8010)")
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
    print(
        f"FakePostHog on http://{args.host}:{args.port} (project {DEFAULT_PROJECT_ID}, "
        f"organization {DEFAULT_ORGANIZATION_ID}, {args.seed_persons} persons, {args.seed_actions} actions)",
        flush=True,
    )
    uvicorn.run(
        fake.app, host=args.host, port=args.port, log_level="warning", lifespan="on", interface="asgi3"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
