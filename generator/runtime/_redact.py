"""Keeps credentials out of reprs, exception text and log lines.

The credentials travel in the query string (on v2 also in headers), so every URL httpx logs or puts in an
error carries them. Four nets catch them: a pattern for the two query parameters, patterns for v2's header
credentials (``access-token``, ``X-Instance-ID``, ``Bearer``), one for the password of a URL
(``http://user:pass@host``), and the exact values a live client was built with, each also in the
forms a server may echo it in (percent-, form-, HTML- and JSON-escaped), since they also come back
in bodies (``createSession``, a proxy's error page quoting the URL).

Each client owns one :class:`Secrets`; the module keeps only weak references to them, so the
values of a client are forgotten when the client (and every copy ``with_options`` made) is gone,
and the cost of masking does not grow with the number of clients a process ever built.
"""

from __future__ import annotations

import json
import logging
import os
import re
import traceback
import urllib.parse
import weakref
from collections.abc import Iterable

__all__ = [
    "MASK",
    "RedactingFilter",
    "Secrets",
    "configure_logging",
    "forget_frames",
    "live_secrets",
    "mask_repr",
    "redact",
    "redact_value",
]

MASK = "***"
_QUERY_SECRET = re.compile(r"((?:access_token|instance_id)(?:=|%3D))[^&\s'\"#<>]+", re.IGNORECASE)
_URL_PASSWORD = re.compile(r"(//[^/\s:@'\"<>]*:)[^/\s@'\"<>]+@")
# v2's header credentials as text shows them: ``access-token: x``, ``('X-Instance-ID', 'x')``, ``Bearer x``.
_HEADER_SECRET = re.compile(r"((?:access-token|x-instance-id)['\"]?\s*[:=,]\s*['\"]?)[^'\"\s,&}<>]+", re.IGNORECASE)
_BEARER = re.compile(r"(\bBearer\s+)[^\s'\",}<>]+", re.IGNORECASE)
_MIN_SECRET = 4  # shorter values would mask ordinary text
_live: weakref.WeakSet[Secrets] = weakref.WeakSet()
_LOGGERS = (
    "wawp_client",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}


def _echoes(value: str) -> set[str]:
    """``value`` and the spellings a server may send it back in: percent-encoded (either hex case),
    form-encoded, HTML-escaped and JSON-escaped (PHP escapes ``/`` as ``\\/``)."""
    import html  # here, not at the top: its entity table would weigh on ``import wawp_client``

    percent = urllib.parse.quote(value, safe="")
    forms = {
        value,
        percent,
        re.sub(r"%[0-9A-F]{2}", lambda hexa: hexa.group().lower(), percent),
        urllib.parse.quote_plus(value, safe=""),
        html.escape(value),
        html.escape(value, quote=False),
        json.dumps(value)[1:-1],
        json.dumps(value)[1:-1].replace("/", "\\/"),
    }
    return {form for form in forms if len(form) >= _MIN_SECRET}


class Secrets:
    """The credentials of one client (and every echo of them), masked wherever they show up while
    the client lives."""

    __slots__ = ("__weakref__", "_forms")

    def __init__(self, values: Iterable[str | None]) -> None:
        forms: set[str] = set()
        for value in values:
            if value and len(value) >= _MIN_SECRET:
                forms |= _echoes(value)
        self._forms = tuple(sorted(forms, key=len, reverse=True))  # the longest first: no half-masked echo
        _live.add(self)

    def mask(self, text: str) -> str:
        for form in self._forms:
            if form in text:
                text = text.replace(form, MASK)
        return text


def live_secrets() -> int:
    """How many clients' credentials are masked right now (what a test of the registry's size reads)."""
    return len(_live)


def redact(text: str) -> str:
    """``text`` with credential query parameters and headers, URL passwords and every live client's credentials
    masked."""
    text = _URL_PASSWORD.sub(rf"\g<1>{MASK}@", _QUERY_SECRET.sub(rf"\g<1>{MASK}", text))
    text = _BEARER.sub(rf"\g<1>{MASK}", _HEADER_SECRET.sub(rf"\g<1>{MASK}", text))
    for secrets in list(_live):
        text = secrets.mask(text)
    return text


def forget_frames(error: BaseException) -> None:
    """Clear the local variables of the finished frames behind ``error`` and every exception chained to it.

    An error tracker that records locals would otherwise find the request (whose URL carries the
    credentials) in the frames of httpx and of the client, whatever the exception. The frames still
    running (the caller's) are left alone. The messages (``args``) are masked too: the client's own
    errors are already clean, an exception from the transport or from httpx may quote the URL.
    """
    pending = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in current.args)
        pending += [chained for chained in (current.__cause__, current.__context__) if chained is not None]
        if isinstance(current, BaseExceptionGroup):
            pending += current.exceptions


def redact_value(value: object) -> object:
    """``value`` (a decoded JSON body, text or bytes) with every credential in it masked.

    Error bodies may echo the request (a proxy's error page quoting the URL, an API message naming
    the token); exceptions keep them for the caller, so they are cleaned the same way as messages.
    Bytes are decoded losslessly (``surrogateescape``) so that a body without secrets is unchanged.
    """
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, bytes):
        return redact(value.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    if isinstance(value, dict):
        return {redact(key) if isinstance(key, str) else key: redact_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_value(item) for item in value]
    return value


def mask_repr(value: object) -> str:
    """attrs ``repr=`` hook of fields that hold a credential: show that a value is there, not what it is."""
    return repr(value) if not isinstance(value, str) else repr(MASK)


class RedactingFilter(logging.Filter):
    """Rewrites a record's final message when it contains a credential; never drops records."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg = clean
            record.args = None
        return True


_FILTER = RedactingFilter()


def configure_logging() -> None:
    """Attach the filter to our logger and to httpx/httpcore's (which print full URLs at INFO).

    ``WAWP_LOG`` (``debug``, ``info``, ...) sets the ``wawp_client`` level and, when logging is not
    configured at all, adds a stderr handler so that the setting alone makes the lines appear.
    """
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
    level = _LEVELS.get(os.environ.get("WAWP_LOG", "").strip().lower())
    if level is None:
        return
    logger = logging.getLogger("wawp_client")
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        handler.addFilter(_FILTER)
        logger.addHandler(handler)
