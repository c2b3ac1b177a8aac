"""HTTP handlers of the ``chats`` tag: chat list and overview, per-chat messages and chat flags."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import (
    backend,
    ok,
    param,
    param_bool,
    param_int,
    param_list,
    param_str,
    required_str,
)
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.chats import Chat
from wawp_emulator.state.messages import ACK_BY_NAME


def _chat(req: Request) -> Chat:
    """The path's chat; 404 when the instance has no such chat."""
    return backend(req).chat(req.path["chatId"])


def _ack_level(req: Request) -> int | None:
    """``filter.ack`` as a level: the spec's closed enum of names is the engine's ``ACK_NAMES``
    (``tests/emulator/test_spec_enums.py`` holds the two together)."""
    name = param_str(req, "filter.ack")
    return None if name is None else ACK_BY_NAME[name]


def _limit(req: Request, default: int | None) -> int | None:
    value = param_int(req, "limit")
    return default if value is None else value


def _offset(req: Request) -> int:
    return param_int(req, "offset") or 0


@operation("chatsList", session="WORKING")
def chats_list(req: Request) -> object:
    b = backend(req)
    rows = b.list_chats(
        sort_by=param_str(req, "sortBy"),
        sort_order=param_str(req, "sortOrder"),
        limit=_limit(req, None),
        offset=_offset(req),
    )
    return [render.chat_body(b.instance, b.chat_json(chat)) for chat in rows]


@operation("chatsOverview", session="WORKING")
def chats_overview(req: Request) -> object:
    b = backend(req)
    rows = b.chats_overview(limit=_limit(req, 20), offset=_offset(req), ids=param_list(req, "ids[]"))
    return [b.chat_summary(chat) for chat in rows]


@operation("chatDelete", session="WORKING")
def chat_delete(req: Request) -> object:
    backend(req).delete_chat(req.path["chatId"])
    return True


@operation("chatPicture", session="WORKING")
def chat_picture(req: Request) -> object:
    return {"url": backend(req).chat_picture(req.path["chatId"], refresh=param_bool(req, "refresh", False))}


@operation("chatMessagesList", session="WORKING")
def chat_messages_list(req: Request) -> object:
    chat = _chat(req)
    b = backend(req)
    from_me = param(req, "filter.fromMe")
    rows = b.messages.query(
        chat.id,
        limit=_limit(req, 10),
        offset=_offset(req),
        ts_gte=param_int(req, "filter.timestamp.gte"),
        ts_lte=param_int(req, "filter.timestamp.lte"),
        from_me=param_bool(req, "filter.fromMe") if from_me is not None else None,
        ack=_ack_level(req),
        sort_order=param_str(req, "sortOrder"),
    )
    download = param_bool(req, "downloadMedia", True)
    return [b.message_json(m, download_media=download) for m in rows]


@operation("chatMessagesClear", session="WORKING")
def chat_messages_clear(req: Request) -> object:
    backend(req).clear_chat(req.path["chatId"])
    return True


@operation("chatMessagesRead", session="WORKING")
def chat_messages_read(req: Request) -> object:
    chat = _chat(req)
    ids = backend(req).mark_read(chat.id, messages=param_int(req, "messages"), days=param_int(req, "days"))
    return {"ids": ids}


@operation("chatMessageGet", session="WORKING")
def chat_message_get(req: Request) -> object:
    chat = _chat(req)
    b = backend(req)
    message = b.messages.get(req.path["messageId"], chat.id)
    return b.message_json(message, download_media=param_bool(req, "downloadMedia", True))


@operation("chatMessageDelete", session="WORKING")
def chat_message_delete(req: Request) -> object:
    chat = _chat(req)
    b = backend(req)
    return render.sent_body(b.instance, b.delete(chat.id, req.path["messageId"]))


@operation("chatMessageEdit", session="WORKING")
def chat_message_edit(req: Request) -> object:
    chat = _chat(req)
    b = backend(req)
    sent = b.edit(chat.id, req.path["messageId"], required_str(req, "text"))
    target = b.messages.get(req.path["messageId"], chat.id)
    return render.edited_body(b.instance, target, sent)


@operation("chatMessagePin", session="WORKING")
def chat_message_pin(req: Request) -> object:
    chat = _chat(req)
    backend(req).messages.pin(chat.id, req.path["messageId"], param_int(req, "duration"))
    return ok()


@operation("chatMessageUnpin", session="WORKING")
def chat_message_unpin(req: Request) -> object:
    chat = _chat(req)
    backend(req).messages.unpin(chat.id, req.path["messageId"])
    return ok()


def _archive(req: Request, archived: bool) -> object:
    chat = _chat(req)
    backend(req).archive_chat(chat.id, archived)
    return True


@operation("chatArchive", session="WORKING")
def chat_archive(req: Request) -> object:
    return _archive(req, True)


@operation("chatUnarchive", session="WORKING")
def chat_unarchive(req: Request) -> object:
    return _archive(req, False)


@operation("chatMarkUnread", session="WORKING")
def chat_mark_unread(req: Request) -> object:
    chat = _chat(req)
    backend(req).chats.mark_unread(chat.id)
    return ok()
