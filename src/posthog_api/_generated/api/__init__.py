# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Contains methods for accessing the API"""
