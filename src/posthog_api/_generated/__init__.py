# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Generated from ``openapi/posthog.yaml`` by ``make generate``: endpoint modules with typed
``ENDPOINT`` descriptors (``api/``), attrs models (``models/``), resource classes
(``resources/``) and the operation registry (``operations.py``)."""
