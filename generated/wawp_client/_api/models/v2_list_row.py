# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2ListRow(Model):
    """The V2ListRow model.

    Attributes:
        title (str)
        row_id (str): Id the reply carries when this row is chosen.
        description (str, optional)
    """

    title: str = _attrs_field(metadata={"wire": "title"})
    row_id: str = _attrs_field(metadata={"wire": "rowId"})
    description: str | None = _attrs_field(default=None, metadata={"wire": "description"})
