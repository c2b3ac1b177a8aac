# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Call(Model):
    """A call.

    Attributes:
        id (str): Call id.
        from_ (str): Caller.
        timestamp (int): Unix seconds.
        is_video (bool, optional): True for video calls.
        is_group (bool, optional): True for group calls.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    from_: str = _attrs_field(metadata={"wire": "from"})
    timestamp: int = _attrs_field(metadata={"wire": "timestamp"})
    is_video: bool | None = _attrs_field(default=None, metadata={"wire": "isVideo"})
    is_group: bool | None = _attrs_field(default=None, metadata={"wire": "isGroup"})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
