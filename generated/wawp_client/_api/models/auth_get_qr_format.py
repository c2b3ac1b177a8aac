from enum import StrEnum


class AuthGetQrFormat(StrEnum):
    IMAGE = "image"
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)
