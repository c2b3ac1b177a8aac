# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_webhook_config import V2WebhookConfig


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2SessionWebhooks(Model):
    """The V2SessionWebhooks model.

    Attributes:
        webhooks (list[V2WebhookConfig], optional)
        system_config (dict[str, Any], optional): Wawp's own system webhook (inbox sync, auto-replies,
            notifications).
    """

    webhooks: list[V2WebhookConfig] | None = _attrs_field(default=None, metadata={"wire": "webhooks"})
    system_config: dict[str, Any] | None = _attrs_field(default=None, metadata={"wire": "systemConfig"})
