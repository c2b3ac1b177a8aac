# Copied from generator/runtime/binary.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/binary.py.
"""Bytes out of the API's image answers: raw PNG bodies (``File``) and base64 strings.

The QR code, the screenshot and profile pictures come back either as a binary body (the generated
``File``) or as JSON carrying base64, sometimes as a ``data:`` URL; ``to_bytes`` accepts all three
so that callers can write ``Path("qr.png").write_bytes(to_bytes(result))``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._api.types import File

__all__ = ["decode_base64", "save", "to_bytes"]

_FIELDS = ("data", "base64", "value")


def decode_base64(data: str) -> bytes:
    """Decode base64 (standard or URL-safe, padding optional), with or without a ``data:`` prefix."""
    if data.startswith("data:") and "," in data:
        data = data.split(",", 1)[1]
    data = "".join(data.split())
    padded = data + "=" * (-len(data) % 4)
    try:
        return base64.b64decode(padded, altchars=b"-_" if ("-" in data or "_" in data) else None, validate=True)
    except binascii.Error as error:
        raise ValueError(f"not base64: {error}") from None


def to_bytes(value: File | bytes | str | Any) -> bytes:
    """The bytes of a ``File``, raw bytes, a base64 string, or a model (or JSON object) with a base64 ``data``."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, File):
        payload = value.payload.read()
        value.payload.seek(0)
        return payload
    if isinstance(value, str):
        return decode_base64(value)
    for name in _FIELDS:  # a result model, or the raw JSON object of an answer that fitted no documented shape
        field = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
        if isinstance(field, str) and field:
            return decode_base64(field)
    raise TypeError(f"no binary content in {type(value).__name__}")


def save(value: File | bytes | str | Any, path: str | Path) -> Path:
    """Write :func:`to_bytes` of ``value`` to ``path`` and return the path."""
    target = Path(path)
    target.write_bytes(to_bytes(value))
    return target
