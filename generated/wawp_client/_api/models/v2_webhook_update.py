# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model

if TYPE_CHECKING:
    from ..models.v2_webhook_config_is_active_type_1 import V2WebhookConfigIsActiveType1
    from ..models.v2_webhook_retries import V2WebhookRetries


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2WebhookUpdate(Model):
    """The V2WebhookUpdate model.

    Attributes:
        url (str): Where Wawp POSTs the events.
        events (list[str], optional): Event names, as in the `webhooks` section (message, message.ack,
            group.v2.update, ...).
        is_active (bool | V2WebhookConfigIsActiveType1, optional): 1 (or true) delivers, 0 (or false)
            pauses.
        name (str, optional): Display name of the webhook.
        retries (V2WebhookRetries, optional)
        hmac (str, optional): Secret Wawp uses for the `X-Wawp-Signature` header.
    """

    url: str = _attrs_field(metadata={"wire": "url"})
    events: list[str] | None = _attrs_field(default=None, metadata={"wire": "events"})
    is_active: bool | V2WebhookConfigIsActiveType1 | None = _attrs_field(default=None, metadata={"wire": "is_active"})
    name: str | None = _attrs_field(default=None, metadata={"wire": "name"})
    retries: V2WebhookRetries | None = _attrs_field(default=None, metadata={"wire": "retries"})
    hmac: str | None = _attrs_field(default=None, metadata={"wire": "hmac"})
