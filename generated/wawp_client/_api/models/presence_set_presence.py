from typing import Literal

PresenceSetPresence = Literal["composing", "offline", "online", "paused", "recording", "typing", "unavailable"]

PRESENCE_SET_PRESENCE_VALUES: set[PresenceSetPresence] = {
    "composing",
    "offline",
    "online",
    "paused",
    "recording",
    "typing",
    "unavailable",
}


def check_presence_set_presence(value: str) -> PresenceSetPresence:
    if value in PRESENCE_SET_PRESENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRESENCE_SET_PRESENCE_VALUES!r}")
