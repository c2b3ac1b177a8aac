"""The emulator's /docs page shows pictures inside JSON answers (the QR code first of all) as images.

The page's own JavaScript function is run in Node (the pipeline already needs Node for its tools), so
what is tested is the code the browser runs, not a copy of it.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
from importlib import resources
from typing import Any

import pytest

PAGE = resources.files("wawp_emulator").joinpath("static/docs.html").read_text(encoding="utf-8")
FUNCTION = re.search(r"// images-in: begin.*?\n(.*)// images-in: end", PAGE, re.DOTALL)
PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(40))).decode()

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node is needed to run the page's script")


def _images_in(value: Any) -> list[str]:
    assert FUNCTION is not None, "the page lost its images-in markers"
    script = FUNCTION[1] + f"\nprocess.stdout.write(JSON.stringify(imagesIn({json.dumps(value)})));"
    result = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=30, check=True)
    found: list[str] = json.loads(result.stdout)
    return found


def test_a_qr_answer_becomes_an_image() -> None:
    assert _images_in({"mimetype": "image/png", "data": PNG}) == [f"data:image/png;base64,{PNG}"]


def test_data_uris_anywhere_in_the_answer_become_images() -> None:
    uri = f"data:image/jpeg;base64,{PNG}"
    assert _images_in({"qr": uri, "nested": [{"url": uri}]}) == [uri, uri]


@pytest.mark.parametrize(
    "value",
    [
        {"mimetype": "image/svg+xml", "data": PNG},  # vector images are never drawn
        {"qr": "data:image/svg+xml;base64," + PNG},
        {"mimetype": "image/png", "data": "not base64 <script>"},
        {"qr": 'data:image/png;base64,AAAA" onerror="alert(1)'},
        {"value": "2@AbCdEf,ghIjKl=="},  # the raw QR payload is text, not a picture
    ],
)
def test_anything_else_stays_text(value: Any) -> None:
    assert _images_in(value) == []


def test_at_most_four_pictures_are_drawn() -> None:
    assert len(_images_in([{"mimetype": "image/png", "data": PNG}] * 10)) == 4
