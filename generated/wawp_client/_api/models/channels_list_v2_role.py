# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

ChannelsListV2Role = Literal["ADMIN", "OWNER", "SUBSCRIBER"]

CHANNELS_LIST_V2_ROLE_VALUES: set[ChannelsListV2Role] = {
    "ADMIN",
    "OWNER",
    "SUBSCRIBER",
}


def check_channels_list_v2_role(value: str) -> ChannelsListV2Role:
    if value in CHANNELS_LIST_V2_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANNELS_LIST_V2_ROLE_VALUES!r}")
