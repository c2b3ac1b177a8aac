# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.presence_entry import PresenceEntry


T = TypeVar("T", bound="ChatPresences")


@_attrs_define
class ChatPresences:
    """Presence of the participants of a chat.

    Attributes:
        id (str): Chat id.
        presences (list[PresenceEntry]): One entry per participant.
    """

    id: str
    presences: list[PresenceEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        presences = []
        for presences_item_data in self.presences:
            presences_item = presences_item_data.to_dict()
            presences.append(presences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "presences": presences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.presence_entry import PresenceEntry

        d = dict(src_dict)
        id = d.pop("id")

        presences = []
        _presences = d.pop("presences")
        for presences_item_data in _presences:
            presences_item = PresenceEntry.from_dict(presences_item_data)

            presences.append(presences_item)

        chat_presences = cls(
            id=id,
            presences=presences,
        )

        chat_presences.additional_properties = d
        return chat_presences

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
