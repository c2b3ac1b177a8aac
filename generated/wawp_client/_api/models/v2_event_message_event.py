# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_event_message_event_location import V2EventMessageEventLocation


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2EventMessageEvent(Model):
    """The V2EventMessageEvent model.

    Attributes:
        name (str)
        start_time (int): Unix time in seconds.
        description (str, optional)
        end_time (int, optional): Unix time in seconds; after startTime.
        location (V2EventMessageEventLocation, optional)
        extra_guests_allowed (bool, optional)
    """

    name: str = _attrs_field(metadata={"wire": "name"})
    start_time: int = _attrs_field(metadata={"wire": "startTime"})
    description: str | None = _attrs_field(default=None, metadata={"wire": "description"})
    end_time: int | None = _attrs_field(default=None, metadata={"wire": "endTime"})
    location: V2EventMessageEventLocation | None = _attrs_field(default=None, metadata={"wire": "location"})
    extra_guests_allowed: bool | None = _attrs_field(default=None, metadata={"wire": "extraGuestsAllowed"})
