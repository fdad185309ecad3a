"""posthog-api: an async-first client for PostHog's management REST API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
