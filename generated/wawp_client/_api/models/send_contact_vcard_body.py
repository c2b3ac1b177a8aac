# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v_card_contact import VCardContact


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SendContactVcardBody(Model):
    """Contact cards and where to send them.

    Attributes:
        chat_id (str): Chat to send to: phone digits or a chat id.
        contacts (list[VCardContact]): Contacts to share.
        reply_to (str | None, optional): Id of a message to quote, or null.
    """

    chat_id: str = _attrs_field(metadata={"wire": "chatId"})
    contacts: list[VCardContact] = _attrs_field(metadata={"wire": "contacts"})
    reply_to: str | None = _attrs_field(default=None, metadata={"wire": "reply_to", "nullable": True})
