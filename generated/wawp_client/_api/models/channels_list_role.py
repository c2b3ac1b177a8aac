from enum import StrEnum


class ChannelsListRole(StrEnum):
    ADMIN = "ADMIN"
    OWNER = "OWNER"
    SUBSCRIBER = "SUBSCRIBER"

    def __str__(self) -> str:
        return str(self.value)
