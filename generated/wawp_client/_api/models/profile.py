# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Profile(Model):
    """Profile of the connected account.

    Attributes:
        id (str): Account id.
        name (str | None, optional): Display name.
        picture (str | None, optional): Profile picture URL, or null.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    name: str | None = _attrs_field(default=None, metadata={"wire": "name", "nullable": True})
    picture: str | None = _attrs_field(default=None, metadata={"wire": "picture", "nullable": True})
