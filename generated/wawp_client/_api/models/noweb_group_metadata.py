# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.noweb_participant import NowebParticipant


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class NowebGroupMetadata(Model):
    """A group as Baileys describes it (`GroupMetadata`), passed through by the NOWEB engine.

    Attributes:
        id (str): Group id, e.g. 120363012345678901@g.us.
        subject (str): Group name.
        owner (str | None, optional): Creator of the group.
        subject_owner (str | None, optional): Who set the name.
        subject_time (int | None, optional): When the name was set, in unix seconds.
        creation (int | None, optional): When the group was created, in unix seconds.
        desc (str | None, optional): Group description.
        desc_id (str | None, optional): Id of the current description.
        restrict (bool | None, optional): True when only admins may edit the group info.
        announce (bool | None, optional): True when only admins may send messages.
        size (int | None, optional): Number of members.
        participants (list[NowebParticipant], optional): Members of the group.
    """

    id: str = _attrs_field(metadata={"wire": "id"})
    subject: str = _attrs_field(metadata={"wire": "subject"})
    owner: str | None = _attrs_field(default=None, metadata={"wire": "owner", "nullable": True})
    subject_owner: str | None = _attrs_field(default=None, metadata={"wire": "subjectOwner", "nullable": True})
    subject_time: int | None = _attrs_field(default=None, metadata={"wire": "subjectTime", "nullable": True})
    creation: int | None = _attrs_field(default=None, metadata={"wire": "creation", "nullable": True})
    desc: str | None = _attrs_field(default=None, metadata={"wire": "desc", "nullable": True})
    desc_id: str | None = _attrs_field(default=None, metadata={"wire": "descId", "nullable": True})
    restrict: bool | None = _attrs_field(default=None, metadata={"wire": "restrict", "nullable": True})
    announce: bool | None = _attrs_field(default=None, metadata={"wire": "announce", "nullable": True})
    size: int | None = _attrs_field(default=None, metadata={"wire": "size", "nullable": True})
    participants: list[NowebParticipant] | None = _attrs_field(default=None, metadata={"wire": "participants"})
