"""Pagination: ``AsyncPaginator``, what every list method returns.

    from posthog_api.pagination import AsyncPaginator
    from posthog_api.types import Action, PaginatedActionList

    actions: AsyncPaginator[Action, PaginatedActionList] = ph.actions.list(limit=100)

``await`` it for the first page model, ``async for`` over it for every item of every page, or over
``.pages()`` for every page model.
"""

from ._pagination import AsyncPaginator

__all__ = ["AsyncPaginator"]
