# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Shared types of the generated layer."""

import datetime
from collections.abc import Mapping, MutableMapping
from enum import Enum
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, cast
from urllib.parse import quote
from uuid import UUID

from attrs import define


class Unset:
    """The type of ``UNSET``: an argument or field that was not given (unlike ``None``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# What ``httpx.AsyncClient(files=)`` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response of an endpoint: its status, raw body, headers and parsed model.

    ``status_code`` is a plain ``int``: servers answer statuses ``http.HTTPStatus`` does not
    know (PostHog's query engine answers 512).
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def path_segment(name: str, value: object) -> str:
    """``value`` encoded as one path segment: it cannot add segments, a query or a fragment.

    Raises:
        ValueError: ``value`` is empty, ``.`` or ``..`` (a dot segment would change the path).
    """
    text = str(value)
    if text in ("", ".", ".."):
        raise ValueError(
            f"path parameter {name!r} must not be {text!r}: it would change the request path"
        )
    return quote(text, safe="")


_UUIDS: dict[str, UUID] = {}


def cached_uuid(value: str) -> UUID:
    """``UUID(value)``, remembered: the same few ids (creators, teams) recur across a page.

    UUIDs are immutable, so sharing one object is safe; the memo is bounded.
    """
    parsed = _UUIDS.get(value)
    if parsed is None:
        if len(_UUIDS) >= 4096:
            _UUIDS.clear()
        parsed = _UUIDS[value] = UUID(value)
    return parsed


E = TypeVar("E", bound=Enum)


def enum_member(cls: type[E], value: Any) -> E:
    """The member of ``cls`` for ``value`` (a dictionary lookup; unknown values get a member too)."""
    member = cls._value2member_map_.get(value)
    return cast(E, member) if member is not None else cls(value)


def as_model(cls: Any, value: Any) -> Any:
    """``value`` with every mapping in it (itself, or the items of a list) made a ``cls`` model."""
    if isinstance(value, list):
        return [as_model(cls, item) for item in value]
    if isinstance(value, Mapping):
        return cls.from_dict(value)
    return value


def as_enum(cls: type[Enum], value: Any) -> Any:
    """``value`` with every string in it (itself, or the items of a list) made a ``cls`` member."""
    if isinstance(value, list):
        return [as_enum(cls, item) for item in value]
    if isinstance(value, str) and not isinstance(value, cls):
        return cls(value)
    return value


def as_datetime(name: str, value: Any) -> Any:
    """``value``, an ISO 8601 string made a ``datetime``.

    Raises:
        ValueError: the string is not an ISO 8601 date-time; the message names the argument.
    """
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"{name} must be a datetime or an ISO 8601 string, not {value!r}"
            ) from None
    return value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "as_datetime",
    "as_enum",
    "as_model",
    "cached_uuid",
    "enum_member",
    "path_segment",
]
