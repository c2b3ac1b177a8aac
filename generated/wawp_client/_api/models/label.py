# Written by openapi-python-client 0.29.1 from spec/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Label(Model):
    """A WhatsApp Business label. `color` is an index into WhatsApp's 20-colour palette.

    Attributes:
        id (str): Label id.
        name (str): Label name.
        color (int): Palette index.
        color_hex (str): The palette colour as
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    name: str = _attrs_field(metadata={"wire": "name"})
    color: int = _attrs_field(metadata={"wire": "color"})
    color_hex: str = _attrs_field(metadata={"wire": "colorHex"})
