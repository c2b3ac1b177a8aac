# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """The WhatsApp account connected to the instance.

    Attributes:
        id (str): Phone-number id of the account, e.g. 201234567890@c.us.
        lid (str | Unset): Privacy (linked) id of the account, e.g. 109321234567890@lid.
        jid (str | Unset): Id including the device number, e.g. 201234567890:12@s.whatsapp.net.
        push_name (str | Unset): Display name of the account.
    """

    id: str
    lid: str | Unset = UNSET
    jid: str | Unset = UNSET
    push_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        lid = self.lid

        jid = self.jid

        push_name = self.push_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if lid is not UNSET:
            field_dict["lid"] = lid
        if jid is not UNSET:
            field_dict["jid"] = jid
        if push_name is not UNSET:
            field_dict["pushName"] = push_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        lid = d.pop("lid", UNSET)

        jid = d.pop("jid", UNSET)

        push_name = d.pop("pushName", UNSET)

        me = cls(
            id=id,
            lid=lid,
            jid=jid,
            push_name=push_name,
        )

        me.additional_properties = d
        return me

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
