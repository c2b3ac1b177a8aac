# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.noweb_message_key import NowebMessageKey
    from ..models.noweb_sent_message_message_type_0 import NowebSentMessageMessageType0


T = TypeVar("T", bound="NowebSentMessage")


@_attrs_define
class NowebSentMessage:
    """A send's reply on the NOWEB engine, the Baileys `WebMessageInfo` as JSON (64-bit numbers and enums come out as
    strings). `key.id` is the raw message id; the serialized id is `true_{chatId}_{key.id}` with the chat in `@c.us`
    form.

        Attributes:
            key (NowebMessageKey): A Baileys message key.
            message (None | NowebSentMessageMessageType0 | Unset): The WhatsApp message content as Baileys built it.
            message_timestamp (int | str | Unset): When the message was sent, in unix seconds (a string when Baileys
                kept it
                as a 64-bit value).
            status (int | str | Unset): Baileys delivery status (PENDING right after sending; a number in some
                versions).
    """

    key: NowebMessageKey
    message: NowebSentMessageMessageType0 | Unset | None = UNSET
    message_timestamp: int | str | Unset = UNSET
    status: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.noweb_sent_message_message_type_0 import NowebSentMessageMessageType0

        key = self.key.to_dict()

        message: dict[str, Any] | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, NowebSentMessageMessageType0):
            message = self.message.to_dict()
        else:
            message = self.message

        message_timestamp: int | str | Unset
        message_timestamp = UNSET if isinstance(self.message_timestamp, Unset) else self.message_timestamp

        status: int | str | Unset
        status = UNSET if isinstance(self.status, Unset) else self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if message_timestamp is not UNSET:
            field_dict["messageTimestamp"] = message_timestamp
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.noweb_message_key import NowebMessageKey
        from ..models.noweb_sent_message_message_type_0 import NowebSentMessageMessageType0

        d = dict(src_dict)
        key = NowebMessageKey.from_dict(d.pop("key"))

        def _parse_message(data: object) -> NowebSentMessageMessageType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = NowebSentMessageMessageType0.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NowebSentMessageMessageType0 | Unset | None, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_message_timestamp(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        message_timestamp = _parse_message_timestamp(d.pop("messageTimestamp", UNSET))

        def _parse_status(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        noweb_sent_message = cls(
            key=key,
            message=message,
            message_timestamp=message_timestamp,
            status=status,
        )

        noweb_sent_message.additional_properties = d
        return noweb_sent_message

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
