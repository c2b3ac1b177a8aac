from enum import StrEnum


class ChatsListSortBy(StrEnum):
    CONVERSATIONTIMESTAMP = "conversationTimestamp"
    ID = "id"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
