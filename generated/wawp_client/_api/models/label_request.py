# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
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
        color_hex (str | None, optional): Colour as a hex value (a hex colour that is not one of the
            palette's is a 400; the rules then take only the 20 palette colours,
        color (float | None, optional): Palette index, an alternative to colorHex. Any number is taken (0-19
            name a palette colour, 20 and more read back as `#000000`); null is the same as leaving it out.
    """

    name: str = _attrs_field(metadata={"wire": "name"})
    color_hex: str | None = _attrs_field(default=None, metadata={"wire": "colorHex", "nullable": True})
    color: float | None = _attrs_field(default=None, metadata={"wire": "color", "nullable": True})
