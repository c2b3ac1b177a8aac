# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_flag_type_1 import V2FlagType1


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2TextStatus(Model):
    """The V2TextStatus model.

    Attributes:
        text (str)
        background_color (str, optional): Background colour, #RRGGBB.
        font (int | str, optional): Font number, 0 to 9 as v1's `statusText` (the same operation) takes it;
            the page's sample sends it as a string.
        link_preview (bool | V2FlagType1, optional): A boolean, or its text as the pages' samples send it.
        link_preview_high_quality (bool | V2FlagType1, optional): A boolean, or its text as the pages'
            samples send it.
        contacts (list[str] | str | None, optional): Who sees the status (all contacts when absent or
            "null").
    """

    text: str = _attrs_field(metadata={"wire": "text"})
    background_color: str | None = _attrs_field(default=None, metadata={"wire": "backgroundColor"})
    font: int | str | None = _attrs_field(default=None, metadata={"wire": "font"})
    link_preview: bool | V2FlagType1 | None = _attrs_field(default=None, metadata={"wire": "linkPreview"})
    link_preview_high_quality: bool | V2FlagType1 | None = _attrs_field(
        default=None, metadata={"wire": "linkPreviewHighQuality"}
    )
    contacts: list[str] | str | None = _attrs_field(default=None, metadata={"wire": "contacts", "nullable": True})
