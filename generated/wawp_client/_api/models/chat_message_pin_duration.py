from enum import IntEnum


class ChatMessagePinDuration(IntEnum):
    VALUE_86400 = 86400
    VALUE_604800 = 604800
    VALUE_2592000 = 2592000

    def __str__(self) -> str:
        return str(self.value)
