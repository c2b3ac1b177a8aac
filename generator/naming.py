"""Python names for the spec's names: where an operation lives in the facade, and what an argument is called.

An operation's facade path is ``client.<namespace>.<method>``:

- the namespace is the operation's first tag (``groups``);
- the method is the operation's ``x-wawp-facade`` when the spec gives one, a dotted path under the
  namespace (``participants.add`` gives ``client.groups.participants.add()``);
- otherwise the method is derived from the ``operationId``: its snake_case words, without the leading
  words that only repeat the tag, singular or plural (``groupJoin`` under ``groups`` gives ``join``,
  ``channelsSearchViews`` under ``channels`` gives ``search_views``, ``sendText`` under ``messages``
  keeps ``send_text``). When nothing but the tag would be left, or what is left is a Python keyword,
  the whole snake_case name is the method.

So an operation needs ``x-wawp-facade`` only where the derived name reads badly or nests it under a
group. The rule lives here only: the generator, the spec diff and the docs tables all call
:func:`facade_path`, and the generator refuses two operations that end up on one name.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "HTTP_METHODS",
    "RESERVED_NAMES",
    "FacadeError",
    "derived_method",
    "facade_path",
    "facade_paths",
    "pythonic",
    "sanitize",
    "snake_case",
]

_DELIMITERS = r"\. _-"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
"""The operation keys of an OpenAPI path item."""
RESERVED_NAMES = {"self", "true", "false", "datetime"}
"""Names openapi-python-client (and the facade) never use as they are: they get a trailing ``_``."""


class FacadeError(Exception):
    """The spec and the generated code do not fit together; the message says where."""


def sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def snake_case(value: str) -> str:
    """openapi-python-client's ``snake_case`` (module names come from it)."""
    value = sanitize(value)
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return "_".join(re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)).lower()


def pythonic(wire: str) -> str:
    """The facade argument for a wire name: ``file[url]`` -> ``file_url``, ``messageIds[]`` -> ``message_ids``."""
    name = snake_case(re.sub(r"[^0-9A-Za-z]+", " ", wire))
    if not name.isidentifier():
        name = f"p_{name}"
    return f"{name}_" if keyword.iskeyword(name) or name in RESERVED_NAMES else name


def _names_tag(word: str, tag_word: str) -> bool:
    """Whether an operationId's word repeats a tag's word, singular or plural (``group`` for ``groups``)."""
    return word == tag_word or f"{word}s" == tag_word or word == f"{tag_word}s"


def derived_method(operation_id: str, tag: str) -> str:
    """The method name the rule above derives from ``operation_id`` under ``tag``."""
    words = snake_case(operation_id).split("_")
    tag_words = snake_case(tag).split("_")
    method = "_".join(words)
    if len(words) > len(tag_words) and all(map(_names_tag, words, tag_words)):
        stripped = "_".join(words[len(tag_words) :])
        if not keyword.iskeyword(stripped):
            method = stripped
    return method


def facade_path(operation: Mapping[str, Any]) -> tuple[str, ...]:
    """``(namespace, *method)`` of an operation of the spec, e.g. ``("groups", "participants", "add")``."""
    operation_id = str(operation.get("operationId") or "")
    tags = operation.get("tags")
    if not operation_id or not isinstance(tags, list) or not tags:
        raise FacadeError(f"{operation_id or 'an operation'}: needs an operationId and a tag to have a facade name")
    tag = str(tags[0])
    given = operation.get("x-wawp-facade")
    method = str(given) if given is not None else derived_method(operation_id, tag)
    parts = tuple(method.split("."))
    if not all(part.isidentifier() and not keyword.iskeyword(part) for part in parts):
        origin = f"x-wawp-facade {given!r}" if given is not None else f"the name {method!r} derived from it"
        raise FacadeError(f"{operation_id}: {origin} is not a dotted Python name (give x-wawp-facade)")
    return (pythonic(tag), *parts)


def facade_paths(spec: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """operationId -> facade path, for every operation of ``spec``; two operations on one name (or one
    operation's method where another needs a namespace, ``picture`` and ``picture.get``) are an error
    naming both."""
    paths: dict[str, tuple[str, ...]] = {}
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            path = facade_path(item[method])
            operation_id = str(item[method]["operationId"])
            for other, other_path in paths.items():
                shorter = min(len(path), len(other_path))
                if path[:shorter] == other_path[:shorter]:  # one name, or a method where a namespace goes
                    raise FacadeError(_collision(operation_id, path, other, other_path))
            paths[operation_id] = path
    return paths


def _collision(first: str, first_path: tuple[str, ...], second: str, second_path: tuple[str, ...]) -> str:
    return (
        f"facade names collide: {first} is client.{'.'.join(first_path)}() and {second} is "
        f"client.{'.'.join(second_path)}(); give one of them another name with x-wawp-facade"
    )
