"""Pagination: ``AsyncPaginator``, what every list method returns (``ph.actions.list()``).

    from posthog_api.pagination import AsyncPaginator
    from posthog_api.types import Action, PaginatedActionList

    def first_names(actions: AsyncPaginator[Action, PaginatedActionList]) -> ...

``await`` one for its first page model, ``async for`` over it for every item of every page, or
over ``.pages()`` for every page model.
"""

from ._pagination import AsyncPaginator

__all__ = ["AsyncPaginator"]
