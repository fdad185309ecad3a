"""Integrations, by id: the provider's resources (empty lists here) and the OAuth authorize redirect."""

from __future__ import annotations

from .._http import NO_BODY, Answer, Context, Handler, not_found
from ._common import HandlerTable, int_id

handles = HandlerTable()


def _resources(name: str) -> Handler:
    """A handler answering ``{name: []}`` for an integration the project has, else 404."""

    def answer(context: Context) -> Answer:
        if int_id(context.params["id"]) not in context.project_.integrations:
            raise not_found()
        return 200, {name: []}

    return answer


handles("integrations_linkedin_ads_accounts_retrieve")(_resources("adAccounts"))
handles("integrations_linkedin_ads_conversion_rules_retrieve")(_resources("conversionRules"))
handles("integrations_twilio_phone_numbers_retrieve")(_resources("phone_numbers"))


@handles("integrations_authorize_retrieve")
def authorize(context: Context) -> Answer:
    return 200, NO_BODY
