"""One self-contained OpenAPI document from one that points into a sibling file.

The v2 description (``spec/v2/openapi.yaml``, shipped as ``wawp_emulator/v2/openapi.yaml``) shares v1's
shapes by relative reference (``../openapi.yaml#/components/schemas/Session``) instead of copying them.
The router, the validators and the fallback read local references only, so the emulator bundles the
document once when it loads it: the referenced file's components that the document reaches (directly or
through other components) join the document's (a test of the spec holds that the two files define no
schema twice; a clash among what is joined refuses the document), references into them become local,
and references to anything else there (a path's request body, a webhook's path item) are replaced by a
copy of what they point to, whose own references are then local too.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["bundle", "external_files"]


def external_files(document: Any) -> set[str]:
    """The files the document's ``$ref``s point into (``{"../openapi.yaml"}``; empty when self-contained)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                found.add(ref.split("#", 1)[0])
            for value in node.values():
                walk(value)

    walk(document)
    return found


def bundle(document: dict[str, Any], base: Path, read: Callable[[Path], dict[str, Any]]) -> dict[str, Any]:
    """``document`` (read from a file in ``base``) with every reference into another file made local."""
    out = copy.deepcopy(document)
    for name in sorted(external_files(document)):
        other = read((base / name).resolve())
        if external_files(other):
            raise ValueError(f"{name} points into further files: only one level of sharing is bundled")
        _merge_components(out, other, name, _reached(document, other, name))
        out = _localised(out, other, name)
    return out


def _reached(document: Any, other: Mapping[str, Any], name: str) -> set[tuple[str, str]]:
    """The ``(section, key)`` of every component of ``other`` that ``document`` reaches: through its
    references into ``name``, then through the local references of what those point to."""
    reached: set[tuple[str, str]] = set()
    pending: list[tuple[Any, bool]] = [(document, False)]  # (node, whether it is a part of ``other``)
    while pending:
        node, inside = pending.pop()
        if isinstance(node, list):
            pending.extend((item, inside) for item in node)
            continue
        if not isinstance(node, Mapping):
            continue
        ref = node.get("$ref")
        pointer = None
        if isinstance(ref, str) and ref.startswith(f"{name}#/"):
            pointer = ref[len(name) :]
        elif inside and isinstance(ref, str) and ref.startswith("#/"):
            pointer = ref
        if pointer is not None:
            parts = pointer[2:].split("/")
            if parts[0] == "components" and len(parts) == 3:
                if (parts[1], parts[2]) not in reached:
                    reached.add((parts[1], parts[2]))
                    pending.append((other["components"][parts[1]][parts[2]], True))
            else:
                pending.append((_resolve(other, pointer), True))
        pending.extend((value, inside) for value in node.values())
    return reached


def _merge_components(out: dict[str, Any], other: Mapping[str, Any], name: str, reached: set[tuple[str, str]]) -> None:
    """The components of ``other`` that are reached, added to ``out``'s; an entry of ``out`` that only
    points at the same-named entry of ``other`` (v2's ``InstanceId`` scheme) becomes that entry."""
    components = out.setdefault("components", {})
    for section, key in sorted(reached):
        node = other["components"][section][key]
        target = components.setdefault(section, {})
        mine = target.get(key)
        if mine is None or mine == {"$ref": f"{name}#/components/{section}/{key}"}:
            target[key] = copy.deepcopy(node)
        elif mine != node:
            raise ValueError(f"both files define components/{section}/{key}")


def _resolve(doc: Mapping[str, Any], pointer: str) -> Any:
    target: Any = doc
    for part in pointer[2:].split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return target


def _localised(node: Any, other: Mapping[str, Any], name: str) -> Any:
    if isinstance(node, list):
        return [_localised(item, other, name) for item in node]
    if not isinstance(node, Mapping):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(f"{name}#/"):
        pointer = ref[len(name) :]
        if pointer.startswith("#/components/"):
            return {**node, "$ref": pointer}
        return copy.deepcopy(
            _resolve(other, pointer)
        )  # (its own references are local to ``other``: its components joined)
    return {key: _localised(value, other, name) for key, value in node.items()}
