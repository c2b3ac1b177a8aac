"""HTTP handlers of v2's user verification (tag ``auth``): one-time passwords and the login-confirmation
list. The code travels as a real message in the recipient's chat, so the phone (or a test, through the
chat's messages) reads it where a user would; the rules (cooldown, lifetime, lockout) are
``state.otp``'s."""

from __future__ import annotations

from wawp_emulator.engines import render
from wawp_emulator.handlers._common import backend, param_str, required_str
from wawp_emulator.jids import normalize_chat_id
from wawp_emulator.registry import Request, operation

OTP_TEXT = "Your verification code is {code}. Do not share it with anyone."
"""The message (the pages rotate five phrasings per language and show none of them; this is the
emulator's one, in English whatever ``lang`` asks)."""


def _recipient(req: Request) -> str:
    """The recipient's digits (``+201234567890``, ``201234567890@c.us`` and ``201234567890`` are one)."""
    return normalize_chat_id(required_str(req, "chatId").lstrip("+")).split("@", 1)[0]


@operation("authOtpSend", session="WORKING")
def otp_send(req: Request) -> object:
    b = backend(req)
    recipient = _recipient(req)
    pending = b.otp.issue(recipient)
    footer = param_str(req, "footer")
    text = OTP_TEXT.format(code=pending.code) + (f"\n\n{footer}" if footer else "")
    message = b.send(f"{recipient}@c.us", type="chat", body=text)
    return {"success": True, "message": "OTP sent", "chatId": f"{recipient}@c.us", "messageId": message.id}


@operation("authOtpVerify", changes_on_read=True)
def otp_verify(req: Request) -> object:
    b = backend(req)
    recipient = _recipient(req)
    b.otp.verify(recipient, required_str(req, "code"))
    return {"success": True, "message": "OTP verified", "chatId": f"{recipient}@c.us"}


@operation("authListSend", session="WORKING")
def auth_list_send(req: Request) -> object:
    """The two-option confirmation list, kept as its text in the chat (title, description, the two
    options, footer), as ``sendList`` keeps a list."""
    b = backend(req)
    body = req.body
    parts = [body["title"], body.get("description"), f"1. {body['item1']}", f"2. {body['item2']}", body.get("footer")]
    text = "\n".join(str(part) for part in parts if part)
    recipient = normalize_chat_id(str(body["chatId"]).lstrip("+"))
    return render.sent_body(b.instance, b.send(recipient, type="list", body=text))
