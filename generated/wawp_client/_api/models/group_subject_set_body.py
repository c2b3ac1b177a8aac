from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GroupSubjectSetBody(Model):
    """The new name.

    Attributes:
        subject (str): New group name, not blank.
    """

    subject: str = _attrs_field(metadata={"wire": "subject"})
