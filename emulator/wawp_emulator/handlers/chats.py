"""HTTP handlers of the ``chats`` tag: chat list and overview, per-chat messages and chat flags."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import (
    domain_errors,
    ok,
    param,
    param_bool,
    param_int,
    param_list,
    param_str,
    required_str,
    state_of,
)
from wawp_emulator.registry import ApiError, Request, operation
from wawp_emulator.state.chats import Chat, ChatsState
from wawp_emulator.state.messages import MessagesState, require_working


def _chat(req: Request, *, working: bool = True) -> Chat:
    """The path's chat; 422 when the session is not WORKING, 404 when the instance has no such chat."""
    assert req.instance is not None
    with domain_errors():
        if working:
            require_working(req.instance)
        return state_of(req, ChatsState).get(req.path["chatId"])


def _limit(req: Request, default: int | None) -> int | None:
    value = param_int(req, "limit")
    return default if value is None else value


def _offset(req: Request) -> int:
    return param_int(req, "offset") or 0


@operation("chatsList")
def chats_list(req: Request) -> object:
    assert req.instance is not None
    state = state_of(req, ChatsState)
    with domain_errors():
        require_working(req.instance)
        rows = state.list_chats(
            sort_by=param_str(req, "sortBy"),
            sort_order=param_str(req, "sortOrder"),
            limit=_limit(req, None),
            offset=_offset(req),
        )
    return [render.chat_body(state.instance, state.chat_json(chat)) for chat in rows]


@operation("chatsOverview")
def chats_overview(req: Request) -> object:
    assert req.instance is not None
    state = state_of(req, ChatsState)
    with domain_errors():
        require_working(req.instance)
        rows = state.overview(limit=_limit(req, 20), offset=_offset(req), ids=param_list(req, "ids", "ids[]"))
    return [state.summary_json(chat) for chat in rows]


@operation("chatDelete")
def chat_delete(req: Request) -> object:
    chat = _chat(req)
    with domain_errors():
        state_of(req, ChatsState).delete(chat.id)
    return True


@operation("chatPicture")
def chat_picture(req: Request) -> object:
    assert req.instance is not None
    with domain_errors():
        require_working(req.instance)
        return {"url": state_of(req, ChatsState).picture(req.path["chatId"], refresh=param_bool(req, "refresh", False))}


@operation("chatMessagesList")
def chat_messages_list(req: Request) -> object:
    chat = _chat(req)
    state = state_of(req, MessagesState)
    from_me = param(req, "filter.fromMe")
    with domain_errors():
        rows = state.query(
            chat.id,
            limit=_limit(req, 10),
            offset=_offset(req),
            ts_gte=param_int(req, "filter.timestamp.gte"),
            ts_lte=param_int(req, "filter.timestamp.lte"),
            from_me=param_bool(req, "filter.fromMe") if from_me is not None else None,
            ack=param_str(req, "filter.ack"),
            sort_order=param_str(req, "sortOrder"),
        )
    download = param_bool(req, "downloadMedia", True)
    return [state.json(m, download_media=download) for m in rows]


@operation("chatMessagesClear")
def chat_messages_clear(req: Request) -> object:
    chat = _chat(req)
    with domain_errors():
        state_of(req, ChatsState).clear_messages(chat.id)
    return True


@operation("chatMessagesRead")
def chat_messages_read(req: Request) -> object:
    chat = _chat(req)
    with domain_errors():
        ids = state_of(req, MessagesState).mark_read(
            chat.id, messages=param_int(req, "messages"), days=param_int(req, "days")
        )
    return {"ids": ids}


@operation("chatMessageGet")
def chat_message_get(req: Request) -> object:
    chat = _chat(req)
    state = state_of(req, MessagesState)
    with domain_errors():
        message = state.get(req.path["messageId"], chat.id)
    return state.json(message, download_media=param_bool(req, "downloadMedia", True))


@operation("chatMessageDelete")
def chat_message_delete(req: Request) -> object:
    chat = _chat(req)
    state = state_of(req, MessagesState)
    with domain_errors():
        sent = state.delete(chat.id, req.path["messageId"])
    return render.sent_body(state.instance, sent)


@operation("chatMessageEdit")
def chat_message_edit(req: Request) -> object:
    chat = _chat(req)
    state = state_of(req, MessagesState)
    text = required_str(req, "text")
    with domain_errors():
        sent = state.edit(chat.id, req.path["messageId"], text)
        target = state.get(req.path["messageId"], chat.id)
    return render.edited_body(state.instance, target, sent)


@operation("chatMessagePin")
def chat_message_pin(req: Request) -> object:
    chat = _chat(req)
    duration = param_int(req, "duration")
    if duration is not None and duration not in (86400, 604800, 2592000):
        raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): duration must be 86400, 604800 or 2592000")
    with domain_errors():
        state_of(req, MessagesState).pin(chat.id, req.path["messageId"], duration)
    return ok()


@operation("chatMessageUnpin")
def chat_message_unpin(req: Request) -> object:
    chat = _chat(req)
    with domain_errors():
        state_of(req, MessagesState).unpin(chat.id, req.path["messageId"])
    return ok()


def _archive(req: Request, archived: bool) -> object:
    chat = _chat(req)
    state = state_of(req, ChatsState)
    with domain_errors():
        state.set_archived(chat.id, archived)
    return True


@operation("chatArchive")
def chat_archive(req: Request) -> object:
    return _archive(req, True)


@operation("chatUnarchive")
def chat_unarchive(req: Request) -> object:
    return _archive(req, False)


@operation("chatMarkUnread")
def chat_mark_unread(req: Request) -> object:
    chat = _chat(req)
    state = state_of(req, ChatsState)
    with domain_errors():
        state.mark_unread(chat.id)
    return ok()
