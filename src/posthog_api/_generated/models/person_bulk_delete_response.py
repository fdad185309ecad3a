# Generated from openapi/posthog.yaml by `make generate` (codegen/). Do not edit by hand.
from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    BOOLEAN,
    FAST_PATH_FAILURES,
    INTEGER,
    UNSET,
    Drift,
    Field,
    ListOf,
    ModelOf,
    Unset,
    ValidationIssue,
    dump_tolerant,
    model_repr,
    parse_tolerant,
)

if TYPE_CHECKING:
    from ..models.person_deletion_error import PersonDeletionError


T = TypeVar("T", bound="PersonBulkDeleteResponse")

_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "persons_found",
        "persons_deleted",
        "events_queued_for_deletion",
        "recordings_queued_for_deletion",
        "persons_queued_for_deletion",
        "deletion_errors",
    }
)


@_attrs_define
class PersonBulkDeleteResponse:
    """Corrected: PostHog's published schema documents no body for this answer; servers answer
    202 with these counts. `deletion_errors` is optional, and newer servers may queue persons
    instead of deleting them at once (`persons_queued_for_deletion`).

        Attributes:
            persons_found (int): How many of the given ids matched a person.
            persons_deleted (int): How many of the persons found were deleted by this request.
            events_queued_for_deletion (bool):
            recordings_queued_for_deletion (bool):
            persons_queued_for_deletion (int | Unset): How many of the persons found were queued to be deleted later (newer
                servers).
            deletion_errors (list[PersonDeletionError] | Unset): The persons that were found but could not be deleted.
            additional_properties (dict[str, Any]): fields the spec does not describe,
                kept as received (``model["field"]`` reads one).
    """

    persons_found: int
    persons_deleted: int
    events_queued_for_deletion: bool
    recordings_queued_for_deletion: bool
    persons_queued_for_deletion: int | Unset = UNSET
    deletion_errors: list[PersonDeletionError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    validation_issues: tuple[ValidationIssue, ...] = _attrs_field(init=False, default=(), eq=False)
    """What of the response did not fit the spec (kept as received); empty when everything fit."""

    # The fields that are set: UNSET ones are left out.
    __repr__ = model_repr

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """The JSON fields as ``(name, value)`` pairs, so ``dict(model) == model.to_dict()``: how FastAPI's
        ``jsonable_encoder`` (and other encoders of arbitrary objects) read a model returned from a route."""
        return iter(self.to_dict().items())

    def to_dict(self) -> dict[str, Any]:
        if self.validation_issues:
            return dump_tolerant(self, _fields())
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        persons_found = self.persons_found
        field_dict["persons_found"] = persons_found

        persons_deleted = self.persons_deleted
        field_dict["persons_deleted"] = persons_deleted

        events_queued_for_deletion = self.events_queued_for_deletion
        field_dict["events_queued_for_deletion"] = events_queued_for_deletion

        recordings_queued_for_deletion = self.recordings_queued_for_deletion
        field_dict["recordings_queued_for_deletion"] = recordings_queued_for_deletion

        persons_queued_for_deletion = self.persons_queued_for_deletion
        if persons_queued_for_deletion is not UNSET:
            field_dict["persons_queued_for_deletion"] = persons_queued_for_deletion

        deletion_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deletion_errors, Unset):
            deletion_errors = []
            for deletion_errors_item_data in self.deletion_errors:
                deletion_errors_item = deletion_errors_item_data.to_dict()
                deletion_errors.append(deletion_errors_item)

        if deletion_errors is not UNSET:
            field_dict["deletion_errors"] = deletion_errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model of ``src_dict``, keeping every value; what does not fit the spec is kept as
        received and listed in ``validation_issues``.

        Raises:
            TypeError: ``src_dict`` is not a JSON object.
        """
        try:
            return cls._parse_fast(src_dict)
        except FAST_PATH_FAILURES:
            return parse_tolerant(cls, src_dict, _fields())

    @classmethod
    def _parse_fast(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        get = d.get
        self = cls.__new__(cls)
        self.validation_issues = ()
        _v: Any
        _v = d["persons_found"]
        if _v.__class__ is not int:
            raise Drift
        self.persons_found = _v
        _v = d["persons_deleted"]
        if _v.__class__ is not int:
            raise Drift
        self.persons_deleted = _v
        _v = d["events_queued_for_deletion"]
        if _v.__class__ is not bool:
            raise Drift
        self.events_queued_for_deletion = _v
        _v = d["recordings_queued_for_deletion"]
        if _v.__class__ is not bool:
            raise Drift
        self.recordings_queued_for_deletion = _v
        _v = get("persons_queued_for_deletion", UNSET)
        if _v.__class__ is not int and _v is not UNSET:
            raise Drift
        self.persons_queued_for_deletion = _v
        _v = get("deletion_errors", UNSET)
        if _v is not UNSET:
            if _v.__class__ is not list:
                raise Drift
            _v = [PersonDeletionError._parse_fast(_item) for _item in _v]
        self.deletion_errors = _v
        if d.keys() <= _KNOWN_FIELDS:
            self.additional_properties = {}
        else:
            self.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_FIELDS}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@cache
def _fields() -> tuple[Field, ...]:
    """The field table of ``PersonBulkDeleteResponse`` for tolerant parsing: JSON name, attribute, required, kind."""
    return (
        ("persons_found", "persons_found", True, INTEGER),
        ("persons_deleted", "persons_deleted", True, INTEGER),
        ("events_queued_for_deletion", "events_queued_for_deletion", True, BOOLEAN),
        ("recordings_queued_for_deletion", "recordings_queued_for_deletion", True, BOOLEAN),
        ("persons_queued_for_deletion", "persons_queued_for_deletion", False, INTEGER),
        ("deletion_errors", "deletion_errors", False, ListOf(ModelOf(PersonDeletionError))),
    )


# Imported here, once, rather than inside the methods: models may refer to each other.
from ..models.person_deletion_error import PersonDeletionError  # noqa: E402
