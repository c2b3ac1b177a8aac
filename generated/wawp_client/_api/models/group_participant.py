# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GroupParticipant(Model):
    """A member of a group. `role` is participant, admin, superadmin or left; more may be added.

    Attributes:
        id (str): Member id (…@c.us or …@lid).
        role (str): Role in the group (participant, admin, superadmin, left).
        pn (str, optional): Phone-number id when `id` is a privacy id.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    role: str = _attrs_field(metadata={"wire": "role"})
    pn: str | None = _attrs_field(default=None, metadata={"wire": "pn"})
