# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_media_send_file import V2MediaSendFile


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2MediaSend(Model):
    """The V2MediaSend model.

    Attributes:
        chat_id (str): A person, group or channel id.
        file (V2MediaSendFile)
        caption (str, optional)
    """

    chat_id: str = _attrs_field(metadata={"wire": "chatId"})
    file: V2MediaSendFile = _attrs_field(metadata={"wire": "file"})
    caption: str | None = _attrs_field(default=None, metadata={"wire": "caption"})
