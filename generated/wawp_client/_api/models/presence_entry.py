# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresenceEntry")


@_attrs_define
class PresenceEntry:
    """The last known presence of one participant of a chat.

    Attributes:
        participant (str): Participant id.
        last_known_presence (str): online, offline, typing, recording or paused; more may be added.
        last_seen (int | None | Unset): Last time seen online, in unix seconds, or null when hidden.
    """

    participant: str
    last_known_presence: str
    last_seen: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant = self.participant

        last_known_presence = self.last_known_presence

        last_seen: int | Unset | None
        last_seen = UNSET if isinstance(self.last_seen, Unset) else self.last_seen

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "participant": participant,
                "lastKnownPresence": last_known_presence,
            }
        )
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant = d.pop("participant")

        last_known_presence = d.pop("lastKnownPresence")

        def _parse_last_seen(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        last_seen = _parse_last_seen(d.pop("lastSeen", UNSET))

        presence_entry = cls(
            participant=participant,
            last_known_presence=last_known_presence,
            last_seen=last_seen,
        )

        presence_entry.additional_properties = d
        return presence_entry

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
