# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class LabelRequest(Model):
    """Name and colour of a label; give `color` or `colorHex`, not both (the operation's rules).

    Attributes:
        name (str): Label name.
        color_hex (str, optional): Colour as a hex value; only the 20 palette colours are taken (#ff9485,
        color (int | None, optional): Palette index, an alternative to colorHex.
    """

    name: str = _attrs_field(metadata={"wire": "name"})
    color_hex: str | None = _attrs_field(default=None, metadata={"wire": "colorHex"})
    color: int | None = _attrs_field(default=None, metadata={"wire": "color", "nullable": True})
