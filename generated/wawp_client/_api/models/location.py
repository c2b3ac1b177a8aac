# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Location(Model):
    """A shared location.

    Attributes:
        latitude (str): Latitude in decimal degrees, as a string.
        longitude (str): Longitude in decimal degrees, as a string.
        live (bool, optional): True for a live location share.
        name (str, optional): Place name.
        address (str, optional): Street address.
    """

    latitude: str = _attrs_field(metadata={"wire": "latitude"})
    longitude: str = _attrs_field(metadata={"wire": "longitude"})
    live: bool | None = _attrs_field(default=None, metadata={"wire": "live"})
    name: str | None = _attrs_field(default=None, metadata={"wire": "name"})
    address: str | None = _attrs_field(default=None, metadata={"wire": "address"})
