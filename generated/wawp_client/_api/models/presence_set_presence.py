# Written by openapi-python-client 0.29.1 from spec/openapi.yaml and spec/v2/openapi.yaml, run by `nox -s generate`.
# Do not edit: change the spec or generator/oapi-templates/, and regenerate.
from typing import Literal

PresenceSetPresence = Literal["offline", "online", "paused", "recording", "typing"]

PRESENCE_SET_PRESENCE_VALUES: set[PresenceSetPresence] = {
    "offline",
    "online",
    "paused",
    "recording",
    "typing",
}


def check_presence_set_presence(value: str) -> PresenceSetPresence:
    if value in PRESENCE_SET_PRESENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRESENCE_SET_PRESENCE_VALUES!r}")
