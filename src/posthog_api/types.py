"""The types of posthog-api's results and arguments: every model and enum of the spec, the page
models (``PaginatedActionList``, ...), ``Unset``/``UNSET`` and ``ValidationIssue``.

    from posthog_api.types import UNSET, Action, ActionStepMatchingEnum

Each model is imported on first use, so ``import posthog_api`` stays cheap. The names are those
of ``openapi/posthog.yaml``'s schemas, so a model added to the spec appears here by itself.
"""

from typing import TYPE_CHECKING, Any

# Imported by its full name: pyright reads '__all__ += _models.__all__' below from the module the
# name was imported from, and 'from ._generated import models' would point it at _generated's own.
import posthog_api._generated.models as _models

from ._generated.types import UNSET, Unset, ValidationIssue

if TYPE_CHECKING:
    # What type checkers see; at run time __getattr__ imports each model when it is first used.
    from ._generated.models import *  # noqa: F403

__all__ = ["UNSET", "Unset", "ValidationIssue"]
__all__ += _models.__all__

# Outside TYPE_CHECKING: a module __getattr__ would make type checkers accept any name here.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name not in _models.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
