"""HTTP handlers of the ``messages`` tag (sending, seen, typing, reactions, stars), backed by the
instance's backend; what the other side of a conversation does is in ``control.messages``."""

from __future__ import annotations

from typing import Any

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import (
    backend,
    done,
    empty,
    file_param,
    param,
    param_bool,
    param_list,
    param_str,
    required_str,
)
from wawp_emulator.jids import normalize_chat_id
from wawp_emulator.registry import Request, operation
from wawp_emulator.state.messages import location_json


def _send(req: Request, **kwargs: Any) -> object:
    """Send, answering as the instance's engine does (or with the Wawp ack, per its send shape)."""
    b = backend(req)
    message = b.send(required_str(req, "chatId"), reply_to=param_str(req, "reply_to"), **kwargs)
    return render.sent_body(b.instance, message)


# --------------------------------------------------------------------------- sending


@operation("sendText", session="WORKING")
def send_text(req: Request) -> object:
    return _send(req, type="chat", body=required_str(req, "message"))


@operation("sendImage", session="WORKING")
def send_image(req: Request) -> object:
    return _send(req, type="image", body=param_str(req, "caption"), media=file_param(req, "image/jpeg", "image.jpg"))


@operation("sendFile", session="WORKING")
def send_file(req: Request) -> object:
    file = file_param(req, "application/pdf", "document.pdf")
    return _send(req, type="document", body=param_str(req, "caption"), media=file)


@operation("sendVoice", session="WORKING")
def send_voice(req: Request) -> object:
    file = file_param(req, "audio/ogg; codecs=opus", "note.ogg")
    if param_bool(req, "convert", True):
        file["mimetype"] = "audio/ogg; codecs=opus"
    return _send(req, type="ptt", body=None, media=file, is_note=True)


@operation("sendVideo", session="WORKING")
def send_video(req: Request) -> object:
    file = file_param(req, "video/mp4", "video.mp4")
    if param_bool(req, "convert", True):
        file["mimetype"] = "video/mp4"
    note = param_bool(req, "asNote", False)
    return _send(req, type="video", body=param_str(req, "caption"), media=file, is_note=note)


@operation("sendLinkPreview", session="WORKING")
def send_link_preview(req: Request) -> object:
    url = required_str(req, "url")
    text = required_str(req, "text")  # (the spec's rule saw to it that the text contains the URL)
    preview = {
        "title": param_str(req, "title") or url,
        "description": param_str(req, "description") or "",
        "canonicalUrl": url,
        "matchedText": url,
        "thumbnail": param_str(req, "thumbnail") or "",
        "richPreviewType": 0,
        "previewType": 0,
        "linkPreviewHighQuality": param_bool(req, "linkPreviewHighQuality", False),
    }
    return _send(req, type="chat", body=text, link_preview=preview)


@operation("sendLocation", session="WORKING")
def send_location(req: Request) -> object:
    location = location_json(  # (the spec bounds latitude and longitude)
        {
            "latitude": param(req, "latitude"),
            "longitude": param(req, "longitude"),
            "name": param_str(req, "title"),
            "description": param_str(req, "message"),
        }
    )
    return _send(req, type="location", body=None, location=location)


@operation("sendPoll", session="WORKING")
def send_poll(req: Request) -> object:
    poll = req.body["poll"]  # shape, 2-12 options and lengths: validated against the spec
    name, options = str(poll["name"]), [str(option) for option in poll["options"]]
    multiple = bool(poll.get("multipleAnswers", False))
    body = {"name": name, "options": list(options), "selectableCount": 0 if multiple else 1}
    return _send(req, type="poll_creation", body=name, poll=body)


@operation("sendContactVcard", session="WORKING")
def send_contact_vcard(req: Request) -> object:
    contacts = req.body["contacts"]  # a non-empty array of objects, per the spec
    kind = "vcard" if len(contacts) == 1 else "multi_vcard"
    return _send(req, type=kind, body=None, contacts=contacts)


# --------------------------------------------------------------------------- seen, typing, reactions, stars


@operation("sendSeen", session="WORKING")
def send_seen(req: Request) -> object:
    ids = param_list(req, "messageIds[]")
    backend(req).mark_seen(required_str(req, "chatId"), ids, param_str(req, "participant"))
    return empty()


def _typing(req: Request, on: bool) -> object:
    backend(req).presence.set_own("typing" if on else "paused", required_str(req, "chatId"))
    return done()


@operation("startTyping", session="WORKING")
def start_typing(req: Request) -> object:
    return _typing(req, True)


@operation("stopTyping", session="WORKING")
def stop_typing(req: Request) -> object:
    return _typing(req, False)


@operation("messageReact", session="WORKING")
def message_react(req: Request) -> object:
    reaction = req.query["reaction"]  # required; empty removes the reaction
    b = backend(req)
    sent = b.react(param_str(req, "chatId"), required_str(req, "messageId"), reaction)
    return render.sent_body(b.instance, sent)


@operation("messageStar", session="WORKING")
def message_star(req: Request) -> object:
    backend(req).messages.star(param_str(req, "chatId"), required_str(req, "messageId"), param_bool(req, "star", True))
    return empty()


@operation("messageGet", session="WORKING")
def message_get(req: Request) -> object:
    """Wawp plugin extra: one message by chat and id."""
    b = backend(req)
    message = b.messages.get(required_str(req, "messageId"), normalize_chat_id(required_str(req, "chatId")))
    return b.message_json(message, download_media=param_bool(req, "downloadMedia"))


# --------------------------------------------------------------------------- v2's interactive messages


def _list_text(message: dict[str, Any]) -> str:
    """A list message's text as a chat shows it (its ``body``): title, description, each row, footer. The
    engines that keep the WhatsApp message (GOWS, NOWEB) show the list itself in ``_data``."""
    rows = [f"- {row['title']}" for section in message["sections"] for row in section["rows"]]
    parts = [message.get("title"), message.get("description"), *rows, message.get("footer")]
    return "\n".join(str(part) for part in parts if part)


@operation("sendList", session="WORKING")
def send_list(req: Request) -> object:
    message = req.body["message"]
    return _send(req, type="list", body=_list_text(message), interactive=dict(message))


@operation("sendEvent", session="WORKING")
def send_event(req: Request) -> object:
    event = req.body["event"]
    place = (event.get("location") or {}).get("name")
    lines = [str(event["name"]), str(event.get("description") or ""), str(place or "")]
    return _send(req, type="event_creation", body="\n".join(line for line in lines if line), interactive=dict(event))


@operation("sendPollVote", session="WORKING")
def send_poll_vote(req: Request) -> object:
    """The instance votes on a poll in the chat, by option text or 0-based position (none withdraws its
    vote), answered with the vote message as the engine sends it."""
    b = backend(req)
    chat = required_str(req, "chatId")
    poll = b.messages.get(required_str(req, "messageId"), normalize_chat_id(chat))
    options = list(poll.poll["options"]) if poll.poll is not None else []
    chosen = [options[v] if isinstance(v, int) and v < len(options) else str(v) for v in req.body["votes"]]
    return render.sent_body(b.instance, b.vote(chat, poll.id, chosen))
