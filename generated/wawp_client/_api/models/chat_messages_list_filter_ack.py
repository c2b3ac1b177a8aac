from enum import StrEnum


class ChatMessagesListFilterAck(StrEnum):
    DEVICE = "DEVICE"
    ERROR = "ERROR"
    PENDING = "PENDING"
    PLAYED = "PLAYED"
    READ = "READ"
    SERVER = "SERVER"

    def __str__(self) -> str:
        return str(self.value)
