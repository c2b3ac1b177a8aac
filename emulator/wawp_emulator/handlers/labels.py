"""HTTP handlers of the ``labels`` tag, backed by ``state.labels``."""

from __future__ import annotations

from typing import Any

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import body_dict, domain_errors, done, empty, state_of
from wawp_emulator.registry import ApiError, Request, operation
from wawp_emulator.state.chats import ChatsState
from wawp_emulator.state.labels import LabelsState
from wawp_emulator.validation import missing


def color_fields(body: dict[str, Any]) -> tuple[int | None, str | None]:
    color = body.get("color")
    color_hex = body.get("colorHex")
    return (
        color if isinstance(color, int) and not isinstance(color, bool) else None,
        color_hex if isinstance(color_hex, str) else None,
    )


@operation("labelsList")
def labels_list(req: Request) -> object:
    return [label.to_json() for label in state_of(req, LabelsState).list_labels()]


@operation("labelCreate")
def label_create(req: Request) -> object:
    body = body_dict(req)
    name = body.get("name")
    if not isinstance(name, str):
        raise missing(["name"])
    color, color_hex = color_fields(body)
    with domain_errors():
        return state_of(req, LabelsState).create(name, color=color, color_hex=color_hex).to_json()


@operation("labelUpdate")
def label_update(req: Request) -> object:
    body = body_dict(req)
    name = body.get("name")
    color, color_hex = color_fields(body)
    with domain_errors():
        label = state_of(req, LabelsState).update(
            req.path["labelId"], name if isinstance(name, str) else None, color=color, color_hex=color_hex
        )
    return label.to_json()


@operation("labelDelete")
def label_delete(req: Request) -> object:
    with domain_errors():
        state_of(req, LabelsState).delete(req.path["labelId"])
    return done()


@operation("chatLabelsGet")
def chat_labels_get(req: Request) -> object:
    with domain_errors():
        return [label.to_json() for label in state_of(req, LabelsState).for_chat(req.path["chatId"])]


@operation("chatLabelsSet")
def chat_labels_set(req: Request) -> object:
    items = body_dict(req).get("labels")
    if not isinstance(items, list):
        raise missing(["labels"])
    ids: list[str] = []
    for item in items:
        raw = item.get("id") if isinstance(item, dict) else item
        if not isinstance(raw, (str, int)) or isinstance(raw, bool):
            raise ApiError(400, "rest_invalid_param", "Each label needs an 'id'")
        ids.append(str(raw))
    with domain_errors():
        state_of(req, LabelsState).set_for_chat(req.path["chatId"], ids)
    return empty()


@operation("labelChatsList")
def label_chats_list(req: Request) -> object:
    with domain_errors():
        chat_ids = state_of(req, LabelsState).chats_with(req.path["labelId"])
    chats = state_of(req, ChatsState)
    return [
        render.label_chat_body(chats.instance, chats.chat_json(chats.chats[cid]) if cid in chats.chats else {"id": cid})
        for cid in chat_ids
    ]
