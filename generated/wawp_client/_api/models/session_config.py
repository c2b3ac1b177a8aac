# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.session_metadata import SessionMetadata


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SessionConfig(Model):
    """Session configuration as stored by the engine.

    Attributes:
        metadata (SessionMetadata, optional): Key/value metadata Wawp stores on the session (owner user id,
            display name, e-mail, the instance id). Values are strings; other keys may appear.
        webhooks (Any, optional): Webhooks configured on the engine (list of objects; Wawp sometimes shows
            an empty object).
        proxy (Any, optional): Proxy settings, or null.
        debug (bool, optional): Whether engine debug logging is on.
    """

    metadata: SessionMetadata | None = _attrs_field(default=None, metadata={"wire": "metadata"})
    webhooks: Any = _attrs_field(default=None, metadata={"wire": "webhooks"})
    proxy: Any = _attrs_field(default=None, metadata={"wire": "proxy"})
    debug: bool | None = _attrs_field(default=None, metadata={"wire": "debug"})
