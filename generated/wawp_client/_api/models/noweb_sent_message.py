# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.noweb_message_key import NowebMessageKey


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class NowebSentMessage(Model):
    """A send's reply on the NOWEB engine, the Baileys `WebMessageInfo` as JSON (64-bit numbers and enums come out as
    strings). `key.id` is the raw message id; the serialized id is `true_{chatId}_{key.id}` with the chat in
    `@c.us` form.

    Attributes:
        key (NowebMessageKey): A Baileys message key.
        message (dict[str, Any] | None, optional): The WhatsApp message content as Baileys built it.
        message_timestamp (int | str, optional): When the message was sent, in unix seconds (a string when
            Baileys kept it as a 64-bit value).
        status (int | str, optional): Baileys delivery status (PENDING right after sending; a number in some
            versions).
    """

    key: NowebMessageKey = _attrs_field(metadata={"wire": "key"})
    message: dict[str, Any] | None = _attrs_field(default=None, metadata={"wire": "message", "nullable": True})
    message_timestamp: int | str | None = _attrs_field(default=None, metadata={"wire": "messageTimestamp"})
    status: int | str | None = _attrs_field(default=None, metadata={"wire": "status"})
