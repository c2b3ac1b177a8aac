"""Keeps ``instance_id`` and ``access_token`` out of reprs, exception text and log lines.

The credentials travel in the query string, so every URL httpx logs or puts in an error carries
them. Two nets catch them: a pattern for the two query parameters, and the exact values of every
credential a client was built with (they also appear in JSON bodies, e.g. ``createSession``).
"""

from __future__ import annotations

import logging
import os
import re

__all__ = ["MASK", "RedactingFilter", "configure_logging", "mask_repr", "redact", "redact_value", "register_secret"]

MASK = "***"
_QUERY_SECRET = re.compile(r"((?:access_token|instance_id)(?:=|%3D))[^&\s'\"#<>]+", re.IGNORECASE)
_secrets: set[str] = set()
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


def register_secret(value: str | None) -> None:
    """Remember a credential so that its value is masked wherever it shows up."""
    if value and len(value) >= 4:
        _secrets.add(value)


def redact(text: str) -> str:
    """``text`` with credential query parameters and every registered credential masked."""
    text = _QUERY_SECRET.sub(rf"\g<1>{MASK}", text)
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    return text


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
