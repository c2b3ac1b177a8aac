from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.participant_ref import ParticipantRef


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GroupCreateBody(Model):
    """The group to create.

    Attributes:
        name (str): Group name, not blank.
        participants (list[ParticipantRef]): Initial members.
    """

    name: str = _attrs_field(metadata={"wire": "name"})
    participants: list[ParticipantRef] = _attrs_field(metadata={"wire": "participants"})
