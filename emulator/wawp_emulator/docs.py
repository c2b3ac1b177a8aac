"""A self-contained interactive API page (no external assets): renders an OpenAPI document fetched
from the emulator and offers a "try it" form per operation (``static/docs.html``)."""

from __future__ import annotations

import functools
import html
import json
from importlib import resources

__all__ = ["docs_html"]


@functools.cache
def _page() -> str:
    return resources.files("wawp_emulator").joinpath("static/docs.html").read_text(encoding="utf-8")


def docs_html(spec_url: str, base_path: str, title: str) -> str:
    return (
        _page()
        .replace("__TITLE__", html.escape(title))
        .replace("__SPEC__", html.escape(spec_url))
        .replace("__SPEC_JSON__", json.dumps(spec_url))
        .replace("__BASE_JSON__", json.dumps(base_path))
    )
