# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.send_poll_body_poll import SendPollBodyPoll


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SendPollBody(Model):
    """A poll and where to send it.

    Attributes:
        chat_id (str): Chat to send to: phone digits or a chat id.
        poll (SendPollBodyPoll): The poll to send.
        reply_to (str | None, optional): Id of a message to quote, or null.
    """

    chat_id: str = _attrs_field(metadata={"wire": "chatId"})
    poll: SendPollBodyPoll = _attrs_field(metadata={"wire": "poll"})
    reply_to: str | None = _attrs_field(default=None, metadata={"wire": "reply_to", "nullable": True})
