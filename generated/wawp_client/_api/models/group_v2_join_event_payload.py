# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.group import Group


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GroupV2JoinEventPayload(Model):
    """You joined or were added to a group.

    Attributes:
        group (Group): A group as WAHA's own DTO describes it (`GroupInfo`). Only the `group.v2.*` webhooks
            carry this shape; the REST group calls answer the engine's raw objects instead (see EngineGroup).
        timestamp (int, optional): Unix seconds.
        field_data (Any, optional): Raw data of the WhatsApp engine; its shape differs per engine, so do not
            rely on it.
    """

    group: Group = _attrs_field(metadata={"wire": "group"})
    timestamp: int | None = _attrs_field(default=None, metadata={"wire": "timestamp"})
    field_data: Any = _attrs_field(default=None, metadata={"wire": "_data"})
