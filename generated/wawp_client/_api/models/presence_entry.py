# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PresenceEntry(Model):
    """The last known presence of one participant of a chat.

    Attributes:
        participant (str): Participant id.
        last_known_presence (str): online, offline, typing, recording or paused; more may be added.
        last_seen (int | None, optional): Last time seen online, in unix seconds, or null when hidden.
    """

    participant: str = _attrs_field(metadata={"wire": "participant"})
    last_known_presence: str = _attrs_field(metadata={"wire": "lastKnownPresence"})
    last_seen: int | None = _attrs_field(default=None, metadata={"wire": "lastSeen", "nullable": True})
