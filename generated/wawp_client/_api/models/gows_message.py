# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.gows_message_info import GowsMessageInfo


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GowsMessage(Model):
    """A message in whatsmeow's JSON form (`events.Message`). `Info` says who sent it where and when; `Message` is
    the WhatsApp protobuf content in its JSON form. More top-level fields may appear.

    Attributes:
        info (GowsMessageInfo, optional): whatsmeow's `MessageInfo`. Ids here are raw JIDs
            (`…@s.whatsapp.net`, `…@g.us`, `…@lid`), not the `@c.us` form the rest of the API uses.
        message (dict[str, Any] | None, optional): The WhatsApp message content (e.g. `conversation`,
            `extendedTextMessage`, `imageMessage`); its keys follow WhatsApp's protobuf, so only the kind you
            sent is present.
    """

    info: GowsMessageInfo | None = _attrs_field(default=None, metadata={"wire": "Info"})
    message: dict[str, Any] | None = _attrs_field(default=None, metadata={"wire": "Message", "nullable": True})
