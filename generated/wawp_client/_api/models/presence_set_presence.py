from enum import StrEnum


class PresenceSetPresence(StrEnum):
    COMPOSING = "composing"
    OFFLINE = "offline"
    ONLINE = "online"
    PAUSED = "paused"
    RECORDING = "recording"
    TYPING = "typing"
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)
