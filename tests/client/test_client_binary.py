"""Bytes from the QR, screenshot and picture answers (base64 in JSON, data URLs, raw files)."""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import wawp_client
from client_support import success_example
from wawp_client._api.types import File
from wawp_client.binary import decode_base64, save, to_bytes

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


def test_screenshot_and_qr_to_bytes(
    spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp], tmp_path: Path
) -> None:
    encoded = base64.b64encode(PNG).decode()

    def handler(request: httpx.Request) -> httpx.Response:
        operation_id = "authScreenshot" if request.url.path.endswith("/getScreenshot") else "authGetQr"
        body = {**success_example(spec, operation_id), "mimetype": "image/png", "data": encoded}
        return httpx.Response(200, json=body)

    client = make_client(handler)
    assert to_bytes(client.auth.screenshot()) == PNG
    assert save(client.auth.get_qr(), tmp_path / "qr.png").read_bytes() == PNG


@pytest.mark.parametrize(
    "value",
    [
        base64.b64encode(PNG).decode(),
        "data:image/png;base64," + base64.b64encode(PNG).decode(),
        base64.urlsafe_b64encode(PNG).decode().rstrip("="),
        PNG,
        File(payload=io.BytesIO(PNG)),
        {"mimetype": "image/png", "data": base64.b64encode(PNG).decode()},  # a raw JSON object (RawObject)
    ],
)
def test_to_bytes_forms(value: Any) -> None:
    assert to_bytes(value) == PNG


def test_bad_input() -> None:
    with pytest.raises(ValueError):
        decode_base64("***not base64***")
    with pytest.raises(TypeError):
        to_bytes(object())
    with pytest.raises(TypeError):
        to_bytes({"mimetype": "image/png"})
