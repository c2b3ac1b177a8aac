"""HTTP handlers of the ``labels`` tag, backed by the labels store."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import backend, done, empty
from wawp_emulator.registry import Request, check_rules_after_lookup, operation
from wawp_emulator.state.labels import color_fields


@operation("labelsList", session="WORKING")
def labels_list(req: Request) -> object:
    return [label.to_json() for label in backend(req).labels.list_labels()]


@operation("labelCreate", session="WORKING")
def label_create(req: Request) -> object:
    body = req.body
    color, color_hex = color_fields(body)
    b = backend(req)
    labels = b.labels
    labels.ensure_room()
    labels.ensure_name_free(body["name"])
    return b.label_changed(labels.create(body["name"], color=color, color_hex=color_hex)).to_json()


@operation("labelUpdate", session="WORKING")
def label_update(req: Request) -> object:
    body = req.body
    color, color_hex = color_fields(body)
    b = backend(req)
    labels = b.labels
    labels.get(req.path["labelId"])  # an unknown label is 404 before the colour and the name are judged
    check_rules_after_lookup(req)
    labels.ensure_name_free(body["name"])
    label = labels.update(req.path["labelId"], body["name"], color=color, color_hex=color_hex)
    return b.label_changed(label).to_json()


@operation("labelDelete", session="WORKING")
def label_delete(req: Request) -> object:
    b = backend(req)
    b.label_changed(b.labels.delete(req.path["labelId"]), deleted=True)
    return done()


@operation("chatLabelsGet", session="WORKING")
def chat_labels_get(req: Request) -> object:
    return [label.to_json() for label in backend(req).labels.for_chat(req.path["chatId"])]


@operation("chatLabelsSet", session="WORKING")
def chat_labels_set(req: Request) -> object:
    ids = [item["id"] for item in req.body["labels"]]  # objects with a string id, per the spec
    b = backend(req)
    b.chat_labels_changed(b.labels.set_for_chat(req.path["chatId"], ids))
    return empty()


@operation("labelChatsList", session="WORKING")
def label_chats_list(req: Request) -> object:
    b = backend(req)
    known = b.chats.chats
    return [
        render.label_chat_body(b.instance, b.chat_json(known[cid]) if cid in known else {"id": cid})
        for cid in b.labels.chats_with(req.path["labelId"])
    ]
