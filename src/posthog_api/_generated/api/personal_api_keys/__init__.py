# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Contains endpoint functions for accessing the API"""
