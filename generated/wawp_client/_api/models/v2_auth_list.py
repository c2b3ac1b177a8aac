# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2AuthList(Model):
    """The V2AuthList model.

    Attributes:
        chat_id (str): Recipient's number.
        title (str): Title at the top of the list.
        item1 (str): First option (approve).
        item2 (str): Second option (reject).
        button (str): Text of the button that opens the list.
        description (str, optional): Text under the title.
        footer (str, optional): Footer text.
    """

    chat_id: str = _attrs_field(metadata={"wire": "chatId"})
    title: str = _attrs_field(metadata={"wire": "title"})
    item1: str = _attrs_field(metadata={"wire": "item1"})
    item2: str = _attrs_field(metadata={"wire": "item2"})
    button: str = _attrs_field(metadata={"wire": "button"})
    description: str | None = _attrs_field(default=None, metadata={"wire": "description"})
    footer: str | None = _attrs_field(default=None, metadata={"wire": "footer"})
