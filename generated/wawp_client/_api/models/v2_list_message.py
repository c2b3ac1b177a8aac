# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_list_message_message import V2ListMessageMessage


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2ListMessage(Model):
    """The V2ListMessage model.

    Attributes:
        chat_id (str): A person, group or channel id.
        message (V2ListMessageMessage)
        reply_to (str, optional): Id of the message to quote.
    """

    chat_id: str = _attrs_field(metadata={"wire": "chatId"})
    message: V2ListMessageMessage = _attrs_field(metadata={"wire": "message"})
    reply_to: str | None = _attrs_field(default=None, metadata={"wire": "reply_to"})
