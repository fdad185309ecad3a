"""Integrations, by id: the provider's resources (empty lists here) and the OAuth authorize redirect."""

from __future__ import annotations

from functools import partial

from .._http import NO_BODY, Answer, Context, not_found
from ._common import HandlerTable, int_id

handles = HandlerTable()


def provider_resources(context: Context, name: str) -> Answer:
    """``{name: []}`` for an integration the project has, else 404."""
    if int_id(context.params["id"]) not in context.project_.integrations:
        raise not_found()
    return 200, {name: []}


# One function with the list's name bound, rather than a closure per list: the answer's code is
# then an ordinary module function (which mutation testing can reach), not one built at import.
handles("integrations_linkedin_ads_accounts_retrieve")(partial(provider_resources, name="adAccounts"))
handles("integrations_linkedin_ads_conversion_rules_retrieve")(
    partial(provider_resources, name="conversionRules")
)
handles("integrations_twilio_phone_numbers_retrieve")(partial(provider_resources, name="phone_numbers"))


@handles("integrations_authorize_retrieve")
def authorize(context: Context) -> Answer:
    return 200, NO_BODY
