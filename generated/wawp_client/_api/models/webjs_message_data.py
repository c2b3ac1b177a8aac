# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webjs_message_id import WebjsMessageId
    from ..models.webjs_wid import WebjsWid


T = TypeVar("T", bound="WebjsMessageData")


@_attrs_define
class WebjsMessageData:
    """The raw WhatsApp Web message model inside a whatsapp-web.js message (what the vendor's examples and plugin read).
    Only `id` is always there; the rest depends on the message kind.

        Attributes:
            id (WebjsMessageId): A WhatsApp Web message key. `_serialized` is the serialized message id the rest of the
                API
                uses.
            type_ (str | Unset): Message type (chat, image, document, ptt, location, vcard, poll_creation, ...).
            body (str | Unset): Text, or base64 preview data for media.
            t (int | Unset): When the message was sent, in unix seconds.
            from_ (WebjsWid | Unset): A WhatsApp Web id object (`Wid`).
            to (WebjsWid | Unset): A WhatsApp Web id object (`Wid`).
            ack (int | Unset): Delivery state as a number.
            is_new_msg (bool | Unset): True for a message created in this session.
            star (bool | Unset): True when the message is starred.
    """

    id: WebjsMessageId
    type_: str | Unset = UNSET
    body: str | Unset = UNSET
    t: int | Unset = UNSET
    from_: WebjsWid | Unset = UNSET
    to: WebjsWid | Unset = UNSET
    ack: int | Unset = UNSET
    is_new_msg: bool | Unset = UNSET
    star: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.to_dict()

        type_ = self.type_

        body = self.body

        t = self.t

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        ack = self.ack

        is_new_msg = self.is_new_msg

        star = self.star

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if body is not UNSET:
            field_dict["body"] = body
        if t is not UNSET:
            field_dict["t"] = t
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if ack is not UNSET:
            field_dict["ack"] = ack
        if is_new_msg is not UNSET:
            field_dict["isNewMsg"] = is_new_msg
        if star is not UNSET:
            field_dict["star"] = star

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webjs_message_id import WebjsMessageId
        from ..models.webjs_wid import WebjsWid

        d = dict(src_dict)
        id = WebjsMessageId.from_dict(d.pop("id"))

        type_ = d.pop("type", UNSET)

        body = d.pop("body", UNSET)

        t = d.pop("t", UNSET)

        _from_ = d.pop("from", UNSET)
        from_: WebjsWid | Unset
        from_ = UNSET if isinstance(_from_, Unset) else WebjsWid.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: WebjsWid | Unset
        to = UNSET if isinstance(_to, Unset) else WebjsWid.from_dict(_to)

        ack = d.pop("ack", UNSET)

        is_new_msg = d.pop("isNewMsg", UNSET)

        star = d.pop("star", UNSET)

        webjs_message_data = cls(
            id=id,
            type_=type_,
            body=body,
            t=t,
            from_=from_,
            to=to,
            ack=ack,
            is_new_msg=is_new_msg,
            star=star,
        )

        webjs_message_data.additional_properties = d
        return webjs_message_data

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
