# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.label import Label


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class LabelChatAssociation(Model):
    """A label put on or taken off a chat.

    Attributes:
        label_id (str): Label id.
        chat_id (str): Chat id.
        label (Label | None, optional): The label, or null when not known.
    """

    label_id: str = _attrs_field(metadata={"wire": "labelId"})
    chat_id: str = _attrs_field(metadata={"wire": "chatId"})
    label: Label | None = _attrs_field(default=None, metadata={"wire": "label", "nullable": True})
