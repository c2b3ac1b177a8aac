# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventResponseMessageEventResponseType0")


@_attrs_define
class EventResponseMessageEventResponseType0:
    """An answer to an event invitation.

    Attributes:
        response (str): GOING, NOT_GOING or MAYBE; more may be added.
        timestamp_ms (int | Unset): Unix milliseconds.
        extra_guest_count (int | Unset): Guests the responder brings.
    """

    response: str
    timestamp_ms: int | Unset = UNSET
    extra_guest_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response

        timestamp_ms = self.timestamp_ms

        extra_guest_count = self.extra_guest_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )
        if timestamp_ms is not UNSET:
            field_dict["timestampMs"] = timestamp_ms
        if extra_guest_count is not UNSET:
            field_dict["extraGuestCount"] = extra_guest_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response = d.pop("response")

        timestamp_ms = d.pop("timestampMs", UNSET)

        extra_guest_count = d.pop("extraGuestCount", UNSET)

        event_response_message_event_response_type_0 = cls(
            response=response,
            timestamp_ms=timestamp_ms,
            extra_guest_count=extra_guest_count,
        )

        event_response_message_event_response_type_0.additional_properties = d
        return event_response_message_event_response_type_0

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
