# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class EventResponseEventResponseType0(Model):
    """An answer to an event invitation.

    Attributes:
        response (str): GOING, NOT_GOING or MAYBE; more may be added.
        timestamp_ms (int, optional): Unix milliseconds.
        extra_guest_count (int, optional): Guests the responder brings.
    """

    response: str = _attrs_field(metadata={"wire": "response"})
    timestamp_ms: int | None = _attrs_field(default=None, metadata={"wire": "timestampMs"})
    extra_guest_count: int | None = _attrs_field(default=None, metadata={"wire": "extraGuestCount"})
