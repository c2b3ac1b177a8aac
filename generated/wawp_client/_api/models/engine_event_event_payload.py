# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class EngineEventEventPayload(Model):
    """A raw engine event (for debugging).

    Attributes:
        event (str): Engine-internal event name.
        data (Any, optional): Engine-internal data.
    """

    event: str = _attrs_field(metadata={"wire": "event"})
    data: Any = _attrs_field(default=None, metadata={"wire": "data"})
