# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebjsMessageId")


@_attrs_define
class WebjsMessageId:
    """A WhatsApp Web message key. `_serialized` is the serialized message id the rest of the API uses.

    Attributes:
        field_serialized (str): Serialized id, e.g. true_201234567890@c.us_3EB0C767D26A1D8A9C11.
        from_me (bool | Unset): True when the connected account sent the message.
        remote (Any | Unset): The chat, as an id string (e.g. 201234567890@c.us) or a WebjsWid object.
        id (str | Unset): Raw message id.
        participant (Any | Unset): Sender inside a group, when present.
    """

    field_serialized: str
    from_me: bool | Unset = UNSET
    remote: Any | Unset = UNSET
    id: str | Unset = UNSET
    participant: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_serialized = self.field_serialized

        from_me = self.from_me

        remote = self.remote

        id = self.id

        participant = self.participant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_serialized": field_serialized,
            }
        )
        if from_me is not UNSET:
            field_dict["fromMe"] = from_me
        if remote is not UNSET:
            field_dict["remote"] = remote
        if id is not UNSET:
            field_dict["id"] = id
        if participant is not UNSET:
            field_dict["participant"] = participant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_serialized = d.pop("_serialized")

        from_me = d.pop("fromMe", UNSET)

        remote = d.pop("remote", UNSET)

        id = d.pop("id", UNSET)

        participant = d.pop("participant", UNSET)

        webjs_message_id = cls(
            field_serialized=field_serialized,
            from_me=from_me,
            remote=remote,
            id=id,
            participant=participant,
        )

        webjs_message_id.additional_properties = d
        return webjs_message_id

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
