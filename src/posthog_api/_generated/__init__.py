# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Async endpoint functions and attrs models generated from ``openapi/posthog.yaml``."""

from .client import AuthenticatedClient, Client

__all__ = ("AuthenticatedClient", "Client")
