# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.me import Me
    from ..models.session_config import SessionConfig


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Session(Model):
    """A Wawp session (instance) as Wawp reports it after a session call. `status` is one of STOPPED, STARTING,
    SCAN_QR_CODE, WORKING, FAILED, and on GOWS also PASSKEY_REQUIRED (WhatsApp asks for a passkey to finish
    linking) and PASSKEY_CONFIRMATION_REQUIRED (a code must be confirmed on the phone); delete answers DELETED.
    Treat any other value as "not ready": the list grows.

    Attributes:
        name (str): Engine-side session name.
        status (str): Lifecycle state (STOPPED, STARTING, SCAN_QR_CODE, PASSKEY_REQUIRED,
            PASSKEY_CONFIRMATION_REQUIRED, WORKING, FAILED, DELETED; more may be added).
        instance_id (str, optional): The instance the answer is about (delete and logout report it at the
            top level).
        config (SessionConfig, optional): Session configuration as stored by the engine.
        me (Me | None, optional): The connected account once the session is WORKING, otherwise null or
            absent.
        engine (Any, optional): Engine details, e.g. the engine name (GOWS). The vendor's example shows an
            empty list here (a PHP empty array), so any JSON value is accepted.
    """

    name: str = _attrs_field(metadata={"wire": "name"})
    status: str = _attrs_field(metadata={"wire": "status"})
    instance_id: str | None = _attrs_field(default=None, metadata={"wire": "instance_id"})
    config: SessionConfig | None = _attrs_field(default=None, metadata={"wire": "config"})
    me: Me | None = _attrs_field(default=None, metadata={"wire": "me", "nullable": True})
    engine: Any = _attrs_field(default=None, metadata={"wire": "engine"})
