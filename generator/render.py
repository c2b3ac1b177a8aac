"""Source text of the spec-derived modules of ``wawp_client`` (facade, tables, webhook mapping).

Plain string building keeps the generator free of template engines; ``ruff format`` normalises the
layout afterwards. Everything is emitted in a fixed order so that two runs give the same bytes.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from facade import FacadeError, Namespace, Operation, pythonic

__all__ = ["client_module", "operations_module", "resource_module", "spec_module", "webhook_events_module"]

HEADER = "# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.\n"
_BUILTINS = {"str", "int", "float", "bool", "list", "dict", "None"}
_TYPING = {"Any"}


def _doc(text: str, indent: str, width: int = 110) -> list[str]:
    """Docstring lines, wrapped and made safe to embed."""
    safe = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines: list[str] = []
    for paragraph in safe.split("\n\n"):
        if lines:
            lines.append("")
        lines.extend(textwrap.wrap(" ".join(paragraph.split()), width) or [""])
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    return [f'{indent}"""{lines[0]}', *(f"{indent}{line}" if line else "" for line in lines[1:]), f'{indent}"""']


def _imports(operations: Iterable[Operation]) -> tuple[dict[str, str], dict[str, str]]:
    """``(runtime, typing_only)``: name -> ``_api`` module, for the names the methods use."""
    runtime: dict[str, str] = {}
    typing_only: dict[str, str] = {}
    for op in operations:
        for name in sorted(op.annotation_names | op.default_names):
            module = op.imports.get(name)
            if module is None:
                if name in _BUILTINS | _TYPING:
                    continue
                raise FacadeError(f"{op.operation_id}: cannot resolve the name {name!r}")
            target = runtime if name in op.default_names else typing_only
            known = runtime.get(name) or typing_only.get(name)
            if known is not None and known != module:
                raise FacadeError(f"{op.operation_id}: {name!r} comes from two modules")
            target[name] = module
    for name in runtime:
        typing_only.pop(name, None)
    return runtime, typing_only


def _import_lines(names: Mapping[str, str], indent: str = "") -> list[str]:
    by_module: dict[str, list[str]] = {}
    for name, module in names.items():
        by_module.setdefault(module, []).append(name)
    return [f"{indent}from .._api.{m} import {', '.join(sorted(by_module[m]))}" for m in sorted(by_module)]


class _Qualify(ast.NodeTransformer):
    """Rewrites ``list[...]`` as ``builtins.list[...]`` inside a class that has a ``list`` method."""

    def __init__(self, shadowed: set[str]) -> None:
        self.shadowed = shadowed

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id in self.shadowed:
            return ast.Attribute(value=ast.Name(id="builtins", ctx=ast.Load()), attr=node.id, ctx=ast.Load())
        return node


def _qualify(annotation: str, shadowed: set[str]) -> str:
    if not shadowed:
        return annotation
    return ast.unparse(_Qualify(shadowed).visit(ast.parse(annotation, mode="eval")))


def _shadowed(namespace: Namespace) -> set[str]:
    """Builtins hidden by a method or property name in the class body (``def list``)."""
    return (set(namespace.operations) | set(namespace.children)) & (_BUILTINS - {"None"})


_OPTIONS = (
    ("timeout", "float | httpx.Timeout | None", "Seconds (or an ``httpx.Timeout``) for this call instead of the client's."),
    ("extra_headers", "Mapping[str, str] | None", "Headers added to this request."),
    ("extra_query", "Mapping[str, str] | None", "Query parameters added to this request."),
)


def _output_names(op: Operation) -> list[str]:
    """The rendered result models the method's return type names (imported from ``_outputs``)."""
    return sorted(_names(op.returns) - _BUILTINS - _TYPING)


def _names(source: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(source, mode="eval")) if isinstance(n, ast.Name)}


def _returns(op: Operation, asynchronous: bool) -> str:
    if op.paged:
        return f"{'Async' if asynchronous else 'Sync'}Page[{op.returns.removeprefix('list[').removesuffix(']')}]"
    return op.returns


def _method(name: str, op: Operation, asynchronous: bool, shadowed: set[str]) -> list[str]:
    head = "async def" if asynchronous else "def"
    lines = [f"    {head} {name}(", "        self,", "        *,"]
    for p in op.params:
        default = f" = {p.default}" if p.default is not None else ""
        lines.append(f"        {p.name}: {_qualify(p.annotation, shadowed)}{default},")
    for option, annotation, _ in _OPTIONS:
        lines.append(f"        {option}: {annotation} = None,")
    returns = _qualify(_returns(op, asynchronous), shadowed)
    lines.append(f"    ) -> {returns}:")
    doc = f"{op.summary}\n\n``{op.method} {op.path}`` (operation ``{op.operation_id}``)."
    if op.paged:
        doc += (
            "\n\nReturns the first page; iterating over it walks every following page (``limit`` items at a time)."
        )
    described = [(p.name, p.description) for p in op.params if p.description]
    described += [(option, text) for option, _, text in _OPTIONS]
    doc += "\n\nArgs:"
    text = _doc(doc, "        ")[:-1]
    for arg, description in described:
        wrapped = textwrap.wrap(f"{arg}: {description}".replace("\\", "\\\\").replace('"""', "'''"), 100)
        text.append(f"            {wrapped[0]}")
        text.extend(f"                {line}" for line in wrapped[1:])
    text.append('        """')
    lines.extend(text)
    tag_module, op_module = op.module.split(".")
    lines.append(f"        from .._api.api.{tag_module} import {op_module} as _op")
    outputs = _output_names(op)
    if outputs:
        lines.append(f"        from .._outputs import {', '.join(outputs)}")
    lines.append("")
    function = "_op.asyncio_detailed" if asynchronous else "_op.sync_detailed"
    cast_to = "type(None)" if op.returns == "None" else _qualify(op.returns, shadowed)
    arguments = [f"cast_to={cast_to}"]
    if op.paged:
        arguments.append("paged=True")
    arguments.append("options=request_options(timeout, extra_headers, extra_query)")
    arguments += [f"{p.generated}={p.name}" for p in op.params if not p.omit_none]
    optional = [p for p in op.params if p.omit_none]
    if optional:
        arguments.append("**given(" + ", ".join(f"{p.generated}={p.name}" for p in optional) + ")")
    call = f"self._client._call({function}, {', '.join(arguments)})"
    lines.append(f"        return {'await ' if asynchronous else ''}{call}")
    return lines


def _class(namespace: Namespace, asynchronous: bool) -> list[str]:
    prefix = "Async" if asynchronous else ""
    base = "AsyncResource" if asynchronous else "SyncResource"
    dotted = ".".join(namespace.path)
    summary = namespace.description or f"The ``{dotted}`` operations."
    lines = [f"class {prefix}{namespace.class_name}({base}):"]
    lines.extend(_doc(f"``client.{dotted}``: {summary}", "    "))
    for child_name in sorted(namespace.children):
        child = namespace.children[child_name]
        lines += [
            "",
            "    @cached_property",
            f"    def {child_name}(self) -> {prefix}{child.class_name}:",
            f'        """``client.{".".join(child.path)}``."""',
            f"        return {prefix}{child.class_name}(self._client)",
        ]
    for method_name in sorted(namespace.operations):
        lines.append("")
        lines.extend(_method(method_name, namespace.operations[method_name], asynchronous, _shadowed(namespace)))
    return lines


def resource_module(root: Namespace) -> str:
    """``wawp_client/resources/<tag>.py``: the sync and async classes of one tag."""
    operations = [op for ns in root.walk() for op in ns.operations.values()]
    runtime, typing_only = _imports(operations)
    needs_cached = any(ns.children for ns in root.walk())
    lines = [HEADER.rstrip("\n")]
    lines.extend(_doc(f"The ``client.{root.path[0]}`` namespace: {root.description}", ""))
    lines += ["", "from __future__ import annotations", ""]
    if any(_shadowed(ns) for ns in root.walk()):
        lines.append("import builtins")
    if needs_cached:
        lines.append("from functools import cached_property")
    returned = {n for op in operations for n in _names(op.returns)}
    typing_names = sorted({"TYPE_CHECKING"} | {n for op in operations for n in op.annotation_names & _TYPING})
    typing_names += sorted(returned & _TYPING - set(typing_names))
    lines += [f"from typing import {', '.join(sorted(typing_names))}", ""]
    lines += _import_lines(runtime)
    lines.append("from .._base_client import AsyncResource, SyncResource")
    helpers = ["request_options"] + (["given"] if any(p.omit_none for op in operations for p in op.params) else [])
    lines.append(f"from .._facade import {', '.join(sorted(helpers))}")
    lines += ["", "if TYPE_CHECKING:", "    from collections.abc import Mapping", "", "    import httpx", ""]
    lines += _import_lines(typing_only, "    ")
    outputs = sorted({n for op in operations for n in _output_names(op)})
    if outputs:
        lines.append(f"    from .._outputs import {', '.join(outputs)}")
    if any(op.paged for op in operations):
        lines.append("    from ..pagination import AsyncPage, SyncPage")
    classes = [ns for ns in root.walk()]
    names = sorted(f"{p}{ns.class_name}" for ns in classes for p in ("", "Async"))
    lines += ["", f"__all__ = {names!r}".replace("'", '"')]
    for asynchronous in (False, True):
        for namespace in classes:
            lines += ["", "", *_class(namespace, asynchronous)]
    return "\n".join(lines) + "\n"


def client_module(roots: Mapping[str, Namespace], title: str) -> str:
    """``wawp_client/_client.py``: ``Wawp`` and ``AsyncWawp`` with one lazy property per tag."""
    lines = [HEADER.rstrip("\n")]
    lines += _doc(
        "``Wawp`` and ``AsyncWawp``: the entry points. Each tag of the spec is a namespace, imported on "
        "first use so that ``import wawp_client`` stays cheap.",
        "",
    )
    lines += ["", "from __future__ import annotations", "", "from functools import cached_property"]
    lines += ["from typing import TYPE_CHECKING", "", "from ._base_client import AsyncAPIClient, SyncAPIClient", ""]
    lines.append("if TYPE_CHECKING:")
    for tag in roots:
        cls = roots[tag].class_name
        lines.append(f"    from .resources.{tag} import Async{cls}, {cls}")
    lines += ["", '__all__ = ["AsyncWawp", "Wawp"]']
    for asynchronous in (False, True):
        prefix = "Async" if asynchronous else ""
        base = "AsyncAPIClient" if asynchronous else "SyncAPIClient"
        mode = "asyncio" if asynchronous else "synchronous"
        lines += ["", "", f"class {prefix}Wawp({base}):"]
        lines += _doc(
            f"The {mode} client of the {title}.\n\nArguments fall back to the environment variables "
            "``WAWP_INSTANCE_ID``, ``WAWP_ACCESS_TOKEN`` and ``WAWP_BASE_URL``; ``timeout`` defaults to 30 s "
            "(5 s to connect) and ``max_retries`` to 2.",
            "    ",
        )
        for tag, root in roots.items():
            lines += [
                "",
                "    @cached_property",
                f"    def {tag}(self) -> {prefix}{root.class_name}:",
                *_doc(root.description or f"The ``{tag}`` operations.", "        "),
                f"        from .resources.{tag} import {prefix}{root.class_name}",
                "",
                f"        return {prefix}{root.class_name}(self)",
            ]
    return "\n".join(lines) + "\n"


def operations_module(roots: Mapping[str, Namespace]) -> str:
    """``wawp_client/_operations.py``: every operation with its facade path and argument names."""
    lines = [HEADER.rstrip("\n")]
    lines += _doc(
        "Every operation of the spec: where its generated module and its facade method are, and how the "
        "facade's argument names map to the generated ones. Tests and tools read it; the client does not.",
        "",
    )
    lines += ["", "from __future__ import annotations", "", "from typing import NamedTuple", ""]
    lines += ['__all__ = ["OPERATIONS", "Operation"]', "", ""]
    lines += ["class Operation(NamedTuple):", '    """One operation and the names it goes by."""', ""]
    lines += ["    method: str", "    path: str", "    module: str", "    facade: str", "    arguments: dict[str, str]"]
    lines += ["", "", "OPERATIONS: dict[str, Operation] = {"]
    operations = sorted(
        (op for root in roots.values() for ns in root.walk() for op in ns.operations.values()),
        key=lambda op: op.operation_id,
    )
    for op in operations:
        facade = ".".join((pythonic(op.tag), *op.facade))
        arguments = "{" + ", ".join(f'"{p.name}": "{p.generated}"' for p in op.params) + "}"
        lines.append(
            f'    "{op.operation_id}": Operation("{op.method}", "{op.path}", "{op.module}", "{facade}", {arguments}),'
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def webhook_events_module(spec: Mapping[str, Any], api: Path) -> str:
    """``wawp_client/_webhook_events.py``: event name -> model, from ``WebhookEvent``'s oneOf."""
    schemas = spec["components"]["schemas"]
    union = schemas.get("WebhookEvent", {}).get("oneOf")
    if not union:
        raise FacadeError("components/schemas/WebhookEvent has no oneOf")
    modules = _model_modules(api)
    events: dict[str, tuple[str, str]] = {}
    for member in union:
        name = member["$ref"].rsplit("/", 1)[1]
        event = schemas[name].get("properties", {}).get("event", {})
        value = event.get("const", (event.get("enum") or [None])[0])
        if not isinstance(value, str):
            raise FacadeError(f"{name}: property 'event' has no const")
        cls = _class_name(name, modules)
        if value in events:
            raise FacadeError(f"webhook event {value!r} is declared twice")
        events[value] = (modules[cls], cls)
    lines = [HEADER.rstrip("\n")]
    lines += _doc("Webhook event name -> generated model, from the spec's ``WebhookEvent`` oneOf.", "")
    lines += ["", "from __future__ import annotations", "", "from typing import TYPE_CHECKING, TypeAlias", ""]
    lines.append("if TYPE_CHECKING:")
    for value in sorted(events, key=lambda v: events[v][1]):
        module, cls = events[value]
        lines.append(f"    from ._api.models.{module} import {cls}")
    members = " | ".join(sorted(cls for _, cls in events.values()))
    lines += ["", f"    Event: TypeAlias = {members}", "", '__all__ = ["EVENT_MODELS"]', ""]
    lines.append("EVENT_MODELS: dict[str, tuple[str, str]] = {")
    for value in sorted(events):
        module, cls = events[value]
        lines.append(f'    "{value}": ("._api.models.{module}", "{cls}"),')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _model_modules(api: Path) -> dict[str, str]:
    """Class name -> module name, read from the generated ``models/__init__.py``."""
    tree = ast.parse((api / "models" / "__init__.py").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                found[alias.name] = node.module
    return found


def _class_name(schema: str, modules: Mapping[str, str]) -> str:
    candidates = [cls for cls in modules if cls.lower() == schema.replace("_", "").replace("-", "").lower()]
    if len(candidates) != 1:
        raise FacadeError(f"cannot find the generated model of schema {schema!r}")
    return candidates[0]


def spec_module(spec: Mapping[str, Any], version: str) -> str:
    """``wawp_client/_spec.py``: the few facts the runtime needs from the spec."""
    base_url = spec["servers"][0]["url"].rstrip("/")
    token_only = sorted(
        path
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "security" in op and not any("InstanceId" in req for req in op["security"])
    )
    lines = [HEADER.rstrip("\n"), '"""Facts the runtime takes from the spec: version, base URL, auth exceptions."""']
    lines += ["", f'PACKAGE_VERSION = "{version}"', f'DEFAULT_BASE_URL = "{base_url}"']
    lines.append("# Paths whose operations authenticate with the access token alone (no instance id).")
    lines.append(f"TOKEN_ONLY_PATHS: tuple[str, ...] = ({''.join(f'{p!r}, ' for p in token_only)})")
    return "\n".join(lines).replace("'", '"') + "\n"
