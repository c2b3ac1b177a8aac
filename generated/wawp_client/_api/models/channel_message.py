# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.message import Message


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ChannelMessage(Model):
    """A message shown in a channel preview, with its reactions and view count.

    Attributes:
        message (Message): A WhatsApp message as the engine's REST layer reports it when reading messages
            and in message webhooks (WAHA's `WAMessage`). Every engine fills the same fields, but `from`, `to`
            and `participant` mean different things per engine (see each). `ack` and `ackName` give the delivery
            state: -1 ERROR, 0 PENDING, 1 SERVER, 2 DEVICE, 3 READ, 4 PLAYED; new values may appear. Sends
            answer the engine's raw reply instead (see SentMessage).
        reactions (dict[str, int], optional): Reaction emoji mapped to how many people used it.
        view_count (int, optional): How many people viewed the message.
    """

    message: Message = _attrs_field(metadata={"wire": "message"})
    reactions: dict[str, int] | None = _attrs_field(default=None, metadata={"wire": "reactions"})
    view_count: int | None = _attrs_field(default=None, metadata={"wire": "viewCount"})
