# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="MessageRevokedEventPayload")


@_attrs_define
class MessageRevokedEventPayload:
    """A message deleted for everyone.

    Attributes:
        revoked_message_id (str): Raw id of the deleted message.
        after (Message | None | Unset): The message after deletion, or null.
        before (Message | None | Unset): The message before deletion, when still known, or null.
        field_data (Any | Unset): Raw data of the WhatsApp engine; its shape differs per engine, so do not rely on it.
    """

    revoked_message_id: str
    after: Message | Unset | None = UNSET
    before: Message | Unset | None = UNSET
    field_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message import Message

        revoked_message_id = self.revoked_message_id

        after: dict[str, Any] | Unset | None
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, Message):
            after = self.after.to_dict()
        else:
            after = self.after

        before: dict[str, Any] | Unset | None
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, Message):
            before = self.before.to_dict()
        else:
            before = self.before

        field_data = self.field_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revokedMessageId": revoked_message_id,
            }
        )
        if after is not UNSET:
            field_dict["after"] = after
        if before is not UNSET:
            field_dict["before"] = before
        if field_data is not UNSET:
            field_dict["_data"] = field_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message

        d = dict(src_dict)
        revoked_message_id = d.pop("revokedMessageId")

        def _parse_after(data: object) -> Message | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = Message.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Message | Unset | None, data)

        after = _parse_after(d.pop("after", UNSET))

        def _parse_before(data: object) -> Message | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = Message.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Message | Unset | None, data)

        before = _parse_before(d.pop("before", UNSET))

        field_data = d.pop("_data", UNSET)

        message_revoked_event_payload = cls(
            revoked_message_id=revoked_message_id,
            after=after,
            before=before,
            field_data=field_data,
        )

        message_revoked_event_payload.additional_properties = d
        return message_revoked_event_payload

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
