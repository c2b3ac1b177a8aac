"""Helpers for testing code against the emulator, with any test framework (pytest is not imported).

- :class:`WebhookSink` / :class:`ReceivedWebhook` (from :mod:`wawp_emulator.sink`): a webhook receiver
  on 127.0.0.1 that records and verifies deliveries;
- :func:`make_client`: the generated ``wawp_client.Wawp`` bound to an emulator in-process;
- :data:`ENGINE_NAMES`: the engines an emulator can imitate (to parametrize a suite over them);
- :data:`SINK_SECRET`: the HMAC key of the pytest plugin's ``webhook_sink``.

The pytest fixtures built on them live in :mod:`wawp_emulator.pytest_plugin`, which pytest loads
through the ``pytest11`` entry point; importing this module never needs pytest.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from wawp_emulator.engines import ENGINE_NAMES
from wawp_emulator.sink import ReceivedWebhook, WebhookSink

if TYPE_CHECKING:
    from wawp_emulator.emulator import Emulator

__all__ = ["ENGINE_NAMES", "SINK_SECRET", "ReceivedWebhook", "WebhookSink", "make_client"]

SINK_SECRET = "wawp-emulator-sink-secret"
"""The secret of the ``webhook_sink`` fixture (``webhook_sink.secret``)."""


def make_client(emulator: Emulator, **kwargs: Any) -> Any:
    """A ``wawp_client.Wawp`` bound to ``emulator`` in-process."""
    import httpx
    import wawp_client  # type: ignore[import-not-found,unused-ignore]

    cls = wawp_client.Wawp
    params = inspect.signature(cls).parameters
    options: dict[str, Any] = {
        "instance_id": emulator.instance_id,
        "access_token": emulator.access_token,
        "base_url": emulator.base_url,
    }
    if "transport" in params:
        options["transport"] = emulator.transport()
    elif "http_client" in params:
        options["http_client"] = httpx.Client(base_url=emulator.base_url, transport=emulator.transport())
    elif "httpx_args" in params:
        options["httpx_args"] = {"transport": emulator.transport()}
    options.update(kwargs)
    return cls(**{k: v for k, v in options.items() if k in params or _accepts_kwargs(params)})


def _accepts_kwargs(params: Any) -> bool:
    return any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
