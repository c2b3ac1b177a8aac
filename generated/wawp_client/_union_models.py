# Copied from generator/runtime/_union_models.py by `nox -s generate`.
# Do not edit this copy: edit generator/runtime/_union_models.py.
"""Result models for answers whose shape depends on the engine, with accessors that work on every shape.

A send answers ``{id, _data}`` on GOWS, the raw whatsapp-web.js message on WEBJS (``id`` an object
holding ``_serialized``), the raw Baileys message on NOWEB (``key: {remoteJid, fromMe, id}``), or
Wawp's own ``{sent, upstream_status}``. A typed union of four classes would make every caller
dispatch on the engine before reading the one thing they want, the message id. Instead the spec's
``anyOf`` schema is mapped (``generator/facade.py``, ``RUNTIME_MODELS``) to a class built on
:class:`UnionModel`: it keeps the body as received (``to_dict()``, attributes by wire name),
``variant`` gives the spec's typed view of it (the generated models its ``_variant_names`` name, in the
spec's order: a test holds them to the spec), and the subclass adds accessors such as
:attr:`SentMessage.id`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

import attrs

from ._models import NAMES, Model

__all__ = ["SentMessage", "UnionModel"]


@attrs.define(eq=False, repr=False, getstate_setstate=False)
class UnionModel(Model):
    """A result that is one of several schemas (``_variant_names``, tried in order) and is kept whole."""

    _variant_names: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def _variants(cls) -> list[type[Model]]:
        return [NAMES[name] for name in cls._variant_names]

    @classmethod
    def _strict_problem(cls, data: Mapping[str, Any]) -> str | None:
        if cls._fitting(data) is None:
            return f"fits none of {', '.join(cls._variant_names)}"
        return None

    @classmethod
    def _fitting(cls, data: Mapping[str, Any]) -> type[Model] | None:
        from ._exceptions import APIResponseValidationError

        for variant in cls._variants():
            try:
                variant.from_dict(data, strict=True)
            except APIResponseValidationError:
                continue
            return variant
        return None

    @property
    def _json(self) -> dict[str, Any]:
        return self._body() or {}

    @property
    def variant(self) -> Model | None:
        """The body as the first variant of the spec it fits (``None`` when it fits none)."""
        raw = self.to_dict()
        fitting = self._fitting(raw)
        return None if fitting is None else fitting.from_dict(raw)


def _chat_id(jid: str) -> str:
    """A Baileys JID in the form serialized ids use: ``…@s.whatsapp.net`` -> ``…@c.us``."""
    user, _, server = jid.partition("@")
    return f"{user.split(':')[0]}@c.us" if server == "s.whatsapp.net" else jid


@attrs.define(eq=False, repr=False, getstate_setstate=False)
class SentMessage(UnionModel):
    """What a send returns on any engine; :attr:`id` is the serialized message id wherever the engine put it.

    The spec's ``SentMessage`` is an ``anyOf`` of these variants, most specific first.
    """

    _variant_names: ClassVar[tuple[str, ...]] = (
        "WebjsSentMessage",
        "NowebSentMessage",
        "WawpSendAck",
        "GowsSentMessage",
    )

    @property
    def id(self) -> str | None:
        """``{fromMe}_{chatId}_{rawId}`` (``_{sender}`` appended in groups), or ``None`` for Wawp's bare ack."""
        raw = self._json.get("id")
        if isinstance(raw, str):  # GOWS
            return raw
        if isinstance(raw, Mapping) and isinstance(raw.get("_serialized"), str):  # WEBJS
            return str(raw["_serialized"])
        key = self._json.get("key")
        if isinstance(key, Mapping) and isinstance(key.get("id"), str) and isinstance(key.get("remoteJid"), str):
            serialized = f"{'true' if key.get('fromMe') else 'false'}_{_chat_id(key['remoteJid'])}_{key['id']}"
            participant = key.get("participant")
            return (
                f"{serialized}_{_chat_id(participant)}" if isinstance(participant, str) and participant else serialized
            )
        return None

    @property
    def engine(self) -> Literal["GOWS", "WEBJS", "NOWEB", "WAWP"] | None:
        """Which shape the answer has (``WAWP``: the ``{sent, upstream_status}`` ack), ``None`` if none fits."""
        raw = self._json.get("id")
        if isinstance(raw, str):
            return "GOWS"
        if isinstance(raw, Mapping):
            return "WEBJS"
        if isinstance(self._json.get("key"), Mapping):
            return "NOWEB"
        return "WAWP" if "sent" in self._json else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, engine={self.engine!r})"
