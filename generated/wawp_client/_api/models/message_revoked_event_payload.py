# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.message import Message


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageRevokedEventPayload(Model):
    """A message deleted for everyone.

    Attributes:
        revoked_message_id (str): Raw id of the deleted message.
        after (Message | None, optional): The message after deletion, or null.
        before (Message | None, optional): The message before deletion, when still known, or null.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    revoked_message_id: str = _attrs_field(metadata={"wire": "revokedMessageId"})
    after: Message | None = _attrs_field(default=None, metadata={"wire": "after", "nullable": True})
    before: Message | None = _attrs_field(default=None, metadata={"wire": "before", "nullable": True})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
