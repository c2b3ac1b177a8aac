# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_list_section import V2ListSection


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2ListMessageMessage(Model):
    """The V2ListMessageMessage model.

    Attributes:
        button (str): Text of the button that opens the list.
        sections (list[V2ListSection])
        title (str, optional)
        description (str, optional)
        footer (str, optional)
    """

    button: str = _attrs_field(metadata={"wire": "button"})
    sections: list[V2ListSection] = _attrs_field(metadata={"wire": "sections"})
    title: str | None = _attrs_field(default=None, metadata={"wire": "title"})
    description: str | None = _attrs_field(default=None, metadata={"wire": "description"})
    footer: str | None = _attrs_field(default=None, metadata={"wire": "footer"})
