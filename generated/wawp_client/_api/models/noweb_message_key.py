# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NowebMessageKey")


@_attrs_define
class NowebMessageKey:
    """A Baileys message key.

    Attributes:
        id (str): Raw message id, e.g. 3EB0C767D26A1D8A9C11.
        remote_jid (str | Unset): Chat JID, e.g. 201234567890@s.whatsapp.net or status@broadcast.
        from_me (bool | Unset): True for a message the connected account sent.
        participant (None | str | Unset): Sender inside a group, when present.
    """

    id: str
    remote_jid: str | Unset = UNSET
    from_me: bool | Unset = UNSET
    participant: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        remote_jid = self.remote_jid

        from_me = self.from_me

        participant: str | Unset | None
        participant = UNSET if isinstance(self.participant, Unset) else self.participant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if remote_jid is not UNSET:
            field_dict["remoteJid"] = remote_jid
        if from_me is not UNSET:
            field_dict["fromMe"] = from_me
        if participant is not UNSET:
            field_dict["participant"] = participant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        remote_jid = d.pop("remoteJid", UNSET)

        from_me = d.pop("fromMe", UNSET)

        def _parse_participant(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        noweb_message_key = cls(
            id=id,
            remote_jid=remote_jid,
            from_me=from_me,
            participant=participant,
        )

        noweb_message_key.additional_properties = d
        return noweb_message_key

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
