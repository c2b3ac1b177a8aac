# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._models import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class V2RateLimits(Model):
    """Limits a policy enforces.

    Attributes:
        send_message_per_minute (int, optional)
        send_message_daily_cap (int, optional)
        account_protection_seconds (int, optional): Minimum pause between sends.
        concurrent_limit (int, optional)
        group_req_per_minute (int, optional)
        group_daily_cap (int, optional)
        check_req_per_minute (int, optional)
        check_daily_cap (int, optional)
    """

    send_message_per_minute: int | None = _attrs_field(default=None, metadata={"wire": "send_message_per_minute"})
    send_message_daily_cap: int | None = _attrs_field(default=None, metadata={"wire": "send_message_daily_cap"})
    account_protection_seconds: int | None = _attrs_field(default=None, metadata={"wire": "account_protection_seconds"})
    concurrent_limit: int | None = _attrs_field(default=None, metadata={"wire": "concurrent_limit"})
    group_req_per_minute: int | None = _attrs_field(default=None, metadata={"wire": "group_req_per_minute"})
    group_daily_cap: int | None = _attrs_field(default=None, metadata={"wire": "group_daily_cap"})
    check_req_per_minute: int | None = _attrs_field(default=None, metadata={"wire": "check_req_per_minute"})
    check_daily_cap: int | None = _attrs_field(default=None, metadata={"wire": "check_daily_cap"})
