# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gows_message_info import GowsMessageInfo
    from ..models.gows_message_message_type_0 import GowsMessageMessageType0


T = TypeVar("T", bound="GowsMessage")


@_attrs_define
class GowsMessage:
    """A message in whatsmeow's JSON form (`events.Message`). `Info` says who sent it where and when; `Message` is the
    WhatsApp protobuf content in its JSON form. More top-level fields may appear.

        Attributes:
            info (GowsMessageInfo | Unset): whatsmeow's `MessageInfo`. Ids here are raw JIDs (`…@s.whatsapp.net`,
                `…@g.us`,
                `…@lid`), not the `@c.us` form the rest of the API uses.
            message (GowsMessageMessageType0 | None | Unset): The WhatsApp message content (e.g. `conversation`,
                `extendedTextMessage`, `imageMessage`); its keys follow WhatsApp's protobuf, so only the kind you sent
                is
                present.
    """

    info: GowsMessageInfo | Unset = UNSET
    message: GowsMessageMessageType0 | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gows_message_message_type_0 import GowsMessageMessageType0

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        message: dict[str, Any] | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, GowsMessageMessageType0):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info is not UNSET:
            field_dict["Info"] = info
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gows_message_info import GowsMessageInfo
        from ..models.gows_message_message_type_0 import GowsMessageMessageType0

        d = dict(src_dict)
        _info = d.pop("Info", UNSET)
        info: GowsMessageInfo | Unset
        info = UNSET if isinstance(_info, Unset) else GowsMessageInfo.from_dict(_info)

        def _parse_message(data: object) -> GowsMessageMessageType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = GowsMessageMessageType0.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GowsMessageMessageType0 | Unset | None, data)

        message = _parse_message(d.pop("Message", UNSET))

        gows_message = cls(
            info=info,
            message=message,
        )

        gows_message.additional_properties = d
        return gows_message

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
