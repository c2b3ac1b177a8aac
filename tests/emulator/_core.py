"""Helpers for the emulator-core tests: a small test spec with throwaway handlers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from wawp_emulator.emulator import Emulator
from wawp_emulator.registry import ApiError, Handler, Request
from wawp_emulator.snapshot import allow_module

allow_module(__name__)  # Counter is stored in state files (tests of --state)

CORE_SPEC = Path(__file__).parent / "data" / "core-openapi.yaml"
API = "/wp-json/awp/v1"


class Counter:
    """A per-instance state (module level, so the snapshot can name it)."""

    def __init__(self, world: Any, instance: Any) -> None:
        self.sent: list[dict[str, Any]] = []


def _send(req: Request) -> object:
    assert req.instance is not None
    counter = req.instance.state(Counter)
    raw = req.world.ids.message_raw_id()
    message = {
        "id": f"true_{req.query['chatId']}_{raw}",
        "timestamp": int(req.world.clock.now()),
        "fromMe": True,
        "body": req.query["message"],
    }
    counter.sent.append(message)
    req.world.emit(req.instance, "message.any", message)
    return message


def _info(req: Request) -> object:
    assert req.instance is not None
    return {"name": req.instance.name or "default", "status": "WORKING", "me": None}


def _create(req: Request) -> object:
    assert req.account is not None
    instance = req.world.create_instance(req.account, req.query.get("name"))
    return {"name": instance.name or "x", "status": "STARTING", "instance_id": instance.id}


def _echo(req: Request) -> object:
    return {"id": req.path.get("id", ""), "name": json.dumps({"query": req.query, "body": req.body}, sort_keys=True)}


def _chats(req: Request) -> object:
    return [{"id": f"chat{i}@c.us", "name": None} for i in range((req.body or {}).get("limit", 1))]


def _channel_get(req: Request) -> object:
    if req.path["id"].startswith("404"):
        raise ApiError(404, "channel_not_found", f"Channel {req.path['id']} not found")
    return {"id": req.path["id"], "name": "News", "verified": True}


CORE_HANDLERS: dict[str, Handler] = {
    "coreInfo": _info,
    "coreSend": _send,
    "coreCreate": _create,
    "coreSearch": lambda req: [{"id": "1@newsletter", "name": json.dumps(req.query, sort_keys=True)}],
    "coreSearchViews": lambda req: ["RECOMMENDED"],
    "coreChannelGet": _channel_get,
    "coreChannelDelete": lambda req: {"success": True},
    "coreFollow": lambda req: {"success": req.path["id"] == "search"},
    "coreChatsList": _chats,
    "coreMessages": lambda req: [
        {"id": "false_1@c.us_3EB0000000000000000A", "timestamp": 1, "fromMe": False, "body": json.dumps(req.query)}
    ],
    "coreRead": lambda req: {"success": True},
    "coreScreenshot": lambda req: b"\x89PNG\r\n\x1a\nfake",
    "coreTree": lambda req: {"name": "root", "children": [{"name": "leaf", "children": []}]},
}


def core_emulator(**kwargs: Any) -> Emulator:
    options: dict[str, Any] = {"spec_path": CORE_SPEC, "handlers": CORE_HANDLERS, "strict": True}
    options.update(kwargs)
    return Emulator(**options)


def crash(emu: Emulator) -> None:
    """Leave ``emu``'s state file as ``kill -9`` would: the snapshot and the log, no final snapshot, the
    lock released."""
    assert emu.persistence is not None
    emu.persistence.close()
    emu.persistence = None
    emu.close()


def snapshot_bytes(db: sqlite3.Connection) -> bytes:
    """The current snapshot's bytes in a state file of the current format (its parts, joined)."""
    rows = db.execute(
        "SELECT data FROM snapshot_part WHERE slot = (SELECT slot FROM snapshot WHERE id = 1) ORDER BY n"
    ).fetchall()
    return b"".join(bytes(data) for (data,) in rows)
