"""Shared helpers of the end-to-end tests: spec facts, the seeded world's people, client helpers."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import wawp_client
import yaml
from wawp_emulator.emulator import Emulator
from wawp_emulator.engine_rules import bundled_rules
from wawp_emulator.testing import ReceivedWebhook

from generator.naming import facade_path

SEED = 20261125
REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "spec" / "openapi.yaml"

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# People of the seeded world: an even last digit means "on WhatsApp" (the emulator's rule).
PEER = "201234567890"
PEER_CHAT = f"{PEER}@c.us"
OTHER = "201222222222"
OTHER_CHAT = f"{OTHER}@c.us"
THIRD = "201333333332"
THIRD_CHAT = f"{THIRD}@c.us"

IMAGE = {"file_url": "https://example.com/a.jpg", "file_filename": "a.jpg", "file_mimetype": "image/jpeg"}
VOICE = {"file_url": "https://example.com/v.ogg", "file_filename": "v.ogg", "file_mimetype": "audio/ogg"}
VIDEO = {"file_url": "https://example.com/v.mp4", "file_filename": "v.mp4", "file_mimetype": "video/mp4"}
PDF = {"file_url": "https://example.com/d.pdf", "file_filename": "d.pdf", "file_mimetype": "application/pdf"}


def own_direct_message_ends(engine: str, me: str, chat: str) -> tuple[str, str | None]:
    """``from`` and ``to`` of the account's own message in a direct chat as each engine reads it back:
    GOWS and NOWEB name the chat in ``from`` and leave ``to`` empty; WEBJS goes from the account to the chat."""
    return (me, chat) if engine == "WEBJS" else (chat, None)


def raw(value: Any) -> Any:
    """The JSON behind a client result (a model, a list of them, or the raw JSON the client fell back to),
    for the engine-neutral readers of ``wawp_emulator.engines.read``."""
    if isinstance(value, list):
        return [raw(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def created(received: ReceivedWebhook) -> float:
    """When the emulator (on its virtual clock) created the event, from the signed body: the "now" at which
    the delivery is fresh."""
    stamp: int = json.loads(received.body)["timestamp"]
    return stamp / 1000


def load_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_bytes())
    return loaded


def facade_to_operation(spec: dict[str, Any]) -> dict[str, str]:
    """``"groups.participants.add"`` -> ``"groupParticipantsAdd"``, by the generator's naming rule."""
    out: dict[str, str] = {}
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in ("get", "put", "post", "delete", "patch") and isinstance(op, dict):
                out[".".join(facade_path(op))] = op["operationId"]
    return out


def webhook_event_names(spec: dict[str, Any]) -> set[str]:
    return set(spec["webhooks"])


def is_png(data: bytes) -> bool:
    return data.startswith(PNG_SIGNATURE) and b"IHDR" in data[:32] and data.rstrip().endswith(b"IEND\xaeB`\x82")


def make_async_client(emulator: Emulator, **kwargs: Any) -> wawp_client.AsyncWawp:
    options: dict[str, Any] = {
        "instance_id": emulator.instance_id,
        "access_token": emulator.access_token,
        "base_url": emulator.base_url,
        "transport": emulator.async_transport(),
        **kwargs,
    }
    made = wawp_client.AsyncWawp(**options)
    made.retry_policy.rng = random.Random(SEED)
    return made


_T = TypeVar("_T")


def unless_refused(emulator: Emulator, operation_id: str, call: Callable[[], list[_T]]) -> list[_T]:
    """What ``call`` returns, or ``[]`` where the spec says the emulator's engine refuses ``operation_id``:
    then the client must raise ``NotImplementedByEngineError`` naming that engine and that operation."""
    if operation_id not in bundled_rules().refused_by(emulator.engine):
        return call()
    with pytest.raises(wawp_client.NotImplementedByEngineError) as refused:
        call()
    assert (refused.value.engine, refused.value.operation) == (emulator.engine, operation_id)
    return []
