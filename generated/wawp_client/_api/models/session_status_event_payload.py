# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.session_status_event_payload_statuses_item import SessionStatusEventPayloadStatusesItem


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SessionStatusEventPayload(Model):
    """The session's new state.

    Attributes:
        name (str): Engine-side session name.
        status (str): New lifecycle state (STOPPED, STARTING, SCAN_QR_CODE, PASSKEY_REQUIRED,
            PASSKEY_CONFIRMATION_REQUIRED, WORKING, FAILED; more may be added).
        statuses (list[SessionStatusEventPayloadStatusesItem], optional): Recent state history, oldest
            first.
    """

    name: str = _attrs_field(metadata={"wire": "name"})
    status: str = _attrs_field(metadata={"wire": "status"})
    statuses: list[SessionStatusEventPayloadStatusesItem] | None = _attrs_field(
        default=None, metadata={"wire": "statuses"}
    )
