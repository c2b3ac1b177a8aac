# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Label(Model):
    """A WhatsApp Business label. `color` is an index into WhatsApp's 20-colour palette; `colorHex` is that palette
    entry, `#000000` for an index of 20 or more, and absent for an index that names no entry (a negative or
    fractional number, which the request schema lets through as WAHA's LabelBody does).

    Attributes:
        id (str): Label id.
        name (str): Label name.
        color (float): Palette index, 0-19 for a palette colour.
        color_hex (str, optional): The palette colour of `color` (the palette is listed on LabelRequest), in
            lower case; `#000000` when `color` is 20 or more.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    name: str = _attrs_field(metadata={"wire": "name"})
    color: float = _attrs_field(metadata={"wire": "color"})
    color_hex: str | None = _attrs_field(default=None, metadata={"wire": "colorHex"})
