"""The main job: walk every action, create and soft-delete a subscription, then bulk-delete persons.

Runs against whatever the environment points at:

    export POSTHOG_PERSONAL_API_KEY=phx_...   # scopes: action:read, subscription:write, person:write
    export POSTHOG_HOST=eu                    # or us, or your instance's URL
    export POSTHOG_PROJECT_ID=12345
    python examples/privacy_job.py --distinct-ids-file ids.txt

`make demo` runs it against the bundled fake PostHog (see examples/demo.py).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Iterator

import anyio

from posthog_api import AsyncPostHog, PostHogError
from posthog_api.bulk import BulkDeleteReport
from posthog_api.progress import ProgressBar


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ids = parser.add_mutually_exclusive_group(required=True)
    ids.add_argument("--distinct-ids-file", help="a file of distinct ids to delete, one per line")
    ids.add_argument(
        "--distinct-id-range",
        nargs=2,
        metavar=("PREFIX", "COUNT"),
        help="delete the distinct ids PREFIX0 ... PREFIX{COUNT-1}",
    )
    parser.add_argument("--insight", type=int, help="the insight the demo subscription is about")
    parser.add_argument("--subscriber", default="privacy-demo@example.com", help="the subscription's e-mail")
    parser.add_argument("--concurrency", type=int, default=4, help="bulk delete requests in flight")
    return parser.parse_args(argv)


def distinct_ids(args: argparse.Namespace) -> tuple[Iterator[str], int | None]:
    """The ids to delete, read lazily, and their number when known up front."""
    if args.distinct_id_range:
        prefix, count = args.distinct_id_range[0], int(args.distinct_id_range[1])
        return (f"{prefix}{i}" for i in range(count)), count

    def lines() -> Iterator[str]:
        with open(args.distinct_ids_file, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield line.strip()

    return lines(), None


async def run(args: argparse.Namespace) -> int:
    async with AsyncPostHog() as ph:
        print(f"PostHog at {ph.host}, project {ph.project_id}")

        walked = 0
        async for action in ph.actions.list(limit=100):
            walked += 1
            if walked <= 3:
                print(f"  action {action.id}: {action.name}")
        print(f"walked {walked} actions page by page")

        subscription = await ph.subscriptions.create(
            target_type="email",
            target_value=args.subscriber,
            frequency="weekly",
            start_date=datetime.datetime.now(datetime.UTC),
            insight=args.insight,
            title="posthog-api privacy job demo",
        )
        print(f"created subscription {subscription.id} ({subscription.summary})")
        await ph.subscriptions.delete(subscription.id)
        print(f"soft-deleted subscription {subscription.id}")

        ids, total = distinct_ids(args)
        bar = ProgressBar(total, label="ids")

        def show(progress: BulkDeleteReport) -> None:
            failed = progress.ids_failed + progress.ids_rejected
            bar.update(progress.ids_accepted + failed, failed=failed, note=progress.waiting)

        report = await ph.persons.bulk_delete_batched(
            distinct_ids=ids, batch_size=1000, concurrency=args.concurrency, on_progress=show
        )
        bar.close()
        print(report.summary())
        return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return anyio.run(run, args)
    except (PostHogError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
