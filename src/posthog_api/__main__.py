"""``python -m posthog_api``: the command line (see ``posthog_api.cli``)."""

import sys

from .cli import main

sys.exit(main())
