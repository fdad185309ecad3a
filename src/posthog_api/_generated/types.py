# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
"""Shared types of the generated layer."""

import datetime
import reprlib
from collections.abc import Mapping, MutableMapping
from enum import Enum
from typing import IO, Any, BinaryIO, Final, Generic, Literal, TypeVar, cast
from urllib.parse import quote
from uuid import UUID

from attrs import define


class Unset(Enum):
    """The type of ``UNSET``: an argument or field that was not given (unlike ``None``).

    A single-member enum, so that type checkers narrow on it: after ``if x.steps is UNSET:
    return`` (or ``isinstance(x.steps, Unset)``, or a plain ``if x.steps:``) ``x.steps`` has the
    field's other types. ``UNSET`` is false, and there is only one: copies, deep copies and
    unpickled values (also those pickled by name by earlier versions) are that same object, so a
    copied model with unset fields equals the original.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __str__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET

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
        ValueError: ``value`` is None, a bool, empty, ``.`` or ``..`` (a dot segment would change
            the path).
    """
    if value is None or isinstance(value, bool):
        raise ValueError(f"path parameter {name!r} must be an id, not {value!r}")
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


def as_model(name: str, cls: Any, value: Any) -> Any:
    """``value`` with every mapping in it (itself, or the items of a list) made a ``cls`` model.

    Raises:
        ValueError: a mapping does not fit ``cls`` (a value of the wrong type, a missing required
            field); the message names the argument and the field, and nothing is sent.
    """
    if isinstance(value, list):
        return [as_model(f"{name}[{index}]", cls, item) for index, item in enumerate(value)]
    if isinstance(value, Mapping):
        model = cls.from_dict(value)
        if model.validation_issues:
            problems = "; ".join(str(issue.within(name)) for issue in model.validation_issues)
            raise ValueError(f"{name} does not fit {cls.__name__}: {problems}")
        return model
    return value


def as_enum(name: str, cls: type[Enum], value: Any, *, many: bool = False) -> Any:
    """``value`` made a ``cls`` member (for ``many``, each item of the list); None and UNSET pass.

    A string the spec does not list becomes a member of its own (servers add values).

    Raises:
        ValueError: not a ``cls`` member or a string (for ``many``, not a list of them); the
            message names the argument.
    """
    if value is None or value is UNSET:
        return value
    if many:
        if not isinstance(value, list):
            raise ValueError(f"{name} must be a list of {cls.__name__} values, not {value!r}")
        return [as_enum(f"{name}[{index}]", cls, item) for index, item in enumerate(value)]
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        return cls(value)
    values = ", ".join(repr(member.value) for member in cls)
    raise ValueError(f"{name} must be one of {values} (or a {cls.__name__}), not {value!r}")


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


def as_uuid(name: str, value: UUID | str) -> UUID:
    """``value``, a UUID string made a ``UUID``.

    Raises:
        ValueError: not a UUID; the message names the argument.
    """
    if isinstance(value, UUID):
        return value
    try:
        return UUID(value)
    except (ValueError, TypeError, AttributeError):
        raise ValueError(f"{name} must be a UUID, not {value!r}") from None


# ----------------------------------------------------------------------------------- tolerant parsing
#
# Every model's ``from_dict`` first tries a fast path that converts what needs converting and checks
# the type of every other value; anything that does not fit makes it raise, and ``from_dict`` then
# parses the same data again here, field by field, driven by the model's field table. What does not
# fit is kept as received and recorded in ``validation_issues``: the page is never lost.


@define(frozen=True)
class ValidationIssue:
    """One value of a response that does not fit the spec, kept as it was received.

    Attributes:
        path: where, relative to the model holding the issue: ``"created_at"``,
            ``"steps[0].properties"``, ``"results[3].created_by.email"``.
        expected: what the spec says, e.g. ``"date-time string"``, ``"array or null"``.
        got: what came: the JSON type (``"object"``, ``"string"``, ``"null"``, ...),
            ``"missing"`` for an absent required field, or e.g. ``"string (not a date-time)"``.
    """

    path: str
    expected: str
    got: str

    def within(self, prefix: str) -> "ValidationIssue":
        """This issue seen from the model that holds this one at ``prefix``."""
        joined = prefix + self.path if self.path.startswith("[") else f"{prefix}.{self.path}"
        return ValidationIssue(joined, self.expected, self.got)

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.got}"


class Drift(Exception):
    """Raised by a model's fast path when a value does not fit; ``from_dict`` then parses tolerantly."""


#: What a model's fast path lets fall through to the tolerant parse.
FAST_PATH_FAILURES = (Drift, KeyError, TypeError, ValueError, AttributeError)

_NONE = type(None)
# The classes JSON gives a scalar of the spec (then or null: _N), for tolerant parsing and for
# the items of a list of scalars.
IS_STR = frozenset((str,))
IS_STR_N = frozenset((str, _NONE))
IS_INT = frozenset((int,))
IS_INT_N = frozenset((int, _NONE))
IS_NUM = frozenset((int, float))
IS_NUM_N = frozenset((int, float, _NONE))
IS_BOOL = frozenset((bool,))
IS_BOOL_N = frozenset((bool, _NONE))


def check_items(value: Any, accepted: frozenset[type]) -> None:
    """Raise ``Drift`` unless every item of ``value`` (when it is a list) is of an accepted class."""
    if type(value) is list:
        for item in value:
            if type(item) not in accepted:
                raise Drift


def json_type(value: Any) -> str:
    """The JSON name of ``value``'s type: object, array, string, integer, number, boolean or null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return type(value).__name__


class Kind:
    """How one field's JSON value is read (``parse``) and written back (``dump``), tolerantly."""

    expected: str = "any value"

    def parse(self, value: Any, path: str, issues: list[ValidationIssue]) -> Any:
        """``value`` converted; when it does not fit, ``value`` itself, with an issue appended."""
        return value

    def dump(self, value: Any) -> Any:
        """The JSON value of a parsed (or kept) value."""
        return value


class Scalar(Kind):
    def __init__(self, expected: str, accepted: frozenset[type]) -> None:
        self.expected = expected
        self._accepted = accepted

    def parse(self, value: Any, path: str, issues: list[ValidationIssue]) -> Any:
        if type(value) not in self._accepted:
            issues.append(ValidationIssue(path, self.expected, json_type(value)))
        return value


class _Formatted(Kind):
    """A string in a format (date-time, date, UUID), converted to a Python object."""

    def __init__(self, format_name: str, convert: Any, python_type: type) -> None:
        self.expected = f"{format_name} string"
        self._format_name = format_name
        self._convert = convert
        self._type = python_type

    def parse(self, value: Any, path: str, issues: list[ValidationIssue]) -> Any:
        if isinstance(value, str):
            try:
                return self._convert(value)
            except ValueError:
                issues.append(
                    ValidationIssue(path, self.expected, f"string (not a {self._format_name})")
                )
                return value
        issues.append(ValidationIssue(path, self.expected, json_type(value)))
        return value

    def dump(self, value: Any) -> Any:
        if not isinstance(value, self._type):
            return value  # kept as received
        converted: Any = value
        return str(converted) if self._type is UUID else converted.isoformat()


class EnumOf(Kind):
    """A string enum; values the spec does not list are kept as members (servers add values)."""

    def __init__(self, cls: type[Enum]) -> None:
        self.cls = cls
        self.expected = f"string ({cls.__name__})"

    def parse(self, value: Any, path: str, issues: list[ValidationIssue]) -> Any:
        if isinstance(value, str):
            return enum_member(self.cls, value)
        issues.append(ValidationIssue(path, self.expected, json_type(value)))
        return value

    def dump(self, value: Any) -> Any:
        return value.value if isinstance(value, Enum) else value


class ModelOf(Kind):
    """A nested model: parsed fast when it fits, else tolerantly, its issues seen from here."""

    def __init__(self, cls: Any) -> None:
        self.cls = cls
        self.expected = f"object ({cls.__name__})"

    def parse(self, value: Any, path: str, issues: list[ValidationIssue]) -> Any:
        if not isinstance(value, Mapping):
            issues.append(ValidationIssue(path, self.expected, json_type(value)))
            return value
        model = self.cls.from_dict(value)
        issues.extend(issue.within(path) for issue in model.validation_issues)
        return model

    def dump(self, value: Any) -> Any:
        return value.to_dict() if isinstance(value, self.cls) else value


class ListOf(Kind):
    def __init__(self, item: Kind) -> None:
        self.item = item
        self.expected = f"array of {item.expected}"

    def parse(self, value: Any, path: str, issues: list[ValidationIssue]) -> Any:
        if not isinstance(value, list):
            issues.append(ValidationIssue(path, self.expected, json_type(value)))
            return value
        item = self.item
        return [
            item.parse(element, f"{path}[{index}]", issues) for index, element in enumerate(value)
        ]

    def dump(self, value: Any) -> Any:
        return [self.item.dump(element) for element in value] if isinstance(value, list) else value


class Nullable(Kind):
    def __init__(self, inner: Kind) -> None:
        self.inner = inner
        self.expected = f"{inner.expected} or null"

    def parse(self, value: Any, path: str, issues: list[ValidationIssue]) -> Any:
        if value is None:
            return None
        found: list[ValidationIssue] = []
        parsed = self.inner.parse(value, path, found)
        # "expected X or null": the issue of the value itself names both.
        issues.extend(
            ValidationIssue(i.path, self.expected, i.got) if i.path == path else i for i in found
        )
        return parsed

    def dump(self, value: Any) -> Any:
        return None if value is None else self.inner.dump(value)


ANY = Kind()
STRING = Scalar("string", IS_STR)
INTEGER = Scalar("integer", IS_INT)
NUMBER = Scalar("number", IS_NUM)
BOOLEAN = Scalar("boolean", IS_BOOL)
NULL = Scalar("null", frozenset((_NONE,)))
DATE_TIME = _Formatted("date-time", datetime.datetime.fromisoformat, datetime.datetime)
DATE = _Formatted("date", datetime.date.fromisoformat, datetime.date)
UUID_STRING = _Formatted("UUID", cached_uuid, UUID)


class Either(Scalar):
    """A value servers send as any of these scalars (``Either(INTEGER, STRING)``), kept as it is."""

    def __init__(self, *kinds: Scalar) -> None:
        super().__init__(
            " or ".join(k.expected for k in kinds), frozenset().union(*(k._accepted for k in kinds))
        )
        self.kinds = kinds


#: One field of a model: JSON name, attribute name, whether the spec requires it, its kind.
Field = tuple[str, str, bool, Kind]


def parse_tolerant(cls: type[T], data: Any, fields: tuple[Field, ...]) -> T:
    """A ``cls`` model of ``data``, keeping every value; what does not fit is in ``validation_issues``.

    Raises:
        TypeError: ``data`` is not a JSON object (nothing of it could be kept as this model).
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"expected a JSON object ({cls.__name__}), got {json_type(data)}")
    model: Any = cls.__new__(cls)
    issues: list[ValidationIssue] = []
    for name, attribute, required, kind in fields:
        if name in data:
            value = kind.parse(data[name], name, issues)
        else:
            value = UNSET
            if required:
                issues.append(ValidationIssue(name, kind.expected, "missing"))
        setattr(model, attribute, value)
    known = {field[0] for field in fields}
    model.additional_properties = {key: value for key, value in data.items() if key not in known}
    model.validation_issues = tuple(issues)
    return cast(T, model)


def dump_tolerant(model: Any, fields: tuple[Field, ...]) -> dict[str, Any]:
    """``model.to_dict()`` for a model holding values kept as received (or absent required ones)."""
    out: dict[str, Any] = dict(model.additional_properties)
    for name, attribute, _required, kind in fields:
        value = getattr(model, attribute)
        if value is not UNSET:
            out[name] = kind.dump(value)
    return out


# --------------------------------------------------------------------------------- model helpers

#: Attributes of every model that its repr shows only when they hold something.
_SHOWN_WHEN_NOT_EMPTY = frozenset({"additional_properties", "validation_issues"})


@reprlib.recursive_repr()
def model_repr(model: Any) -> str:
    """``Action(id=1, name='Signed up', steps=[ActionStep(event='$pageview')])``: every field that is
    set, in declaration order; ``additional_properties`` and ``validation_issues`` only when not empty.
    """
    shown = []
    for attribute in model.__attrs_attrs__:
        name = attribute.name
        value = getattr(model, name, UNSET)
        if value is UNSET or (name in _SHOWN_WHEN_NOT_EMPTY and not value):
            continue
        shown.append(f"{name}={value!r}")
    return f"{type(model).__name__}({', '.join(shown)})"


__all__ = [
    "ANY",
    "BOOLEAN",
    "DATE",
    "DATE_TIME",
    "FAST_PATH_FAILURES",
    "INTEGER",
    "NULL",
    "NUMBER",
    "STRING",
    "UNSET",
    "UUID_STRING",
    "Drift",
    "Either",
    "EnumOf",
    "Field",
    "File",
    "FileTypes",
    "Kind",
    "ListOf",
    "ModelOf",
    "Nullable",
    "RequestFiles",
    "Response",
    "Unset",
    "ValidationIssue",
    "as_datetime",
    "as_enum",
    "as_model",
    "cached_uuid",
    "check_items",
    "dump_tolerant",
    "enum_member",
    "json_type",
    "model_repr",
    "parse_tolerant",
    "path_segment",
]
