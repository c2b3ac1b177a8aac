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

from .combine import V2_PREFIX, version_of
from .facade import RUNTIME_MODELS, FacadeError, Method, Namespace, Operation, Param

__all__ = [
    "client_module",
    "models_module",
    "resource_module",
    "spec_module",
    "webhook_events_module",
]

HEADER = "# Rendered by generator/generate.py from spec/openapi.yaml. Do not edit: regenerate with `nox -s generate`.\n"
_FACADE_HELPERS = ("build_body", "given", "refuse_arguments", "request_options", "require_arguments")  # ``_facade``
_BUILTINS = {"str", "int", "float", "bool", "list", "dict", "None"}
_TYPING = {"Any", "Literal"}


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
                if name in _BUILTINS | _TYPING | {"Mapping"}:  # Mapping: imported by every resource module
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
    return [
        f"{indent}from {m if m.startswith('.') else f'.._api.{m}'} import {', '.join(sorted(by_module[m]))}"
        for m in sorted(by_module)
    ]


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
    (
        "timeout",
        "float | httpx.Timeout | None",
        "Seconds (or an ``httpx.Timeout``) for this call instead of the client's.",
    ),
    ("extra_headers", "Mapping[str, str] | None", "Headers added to this request."),
    ("extra_query", "Mapping[str, str] | None", "Query parameters added to this request."),
)


def _names(source: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(source, mode="eval")) if isinstance(n, ast.Name)}


def _returns(method: Method, asynchronous: bool) -> str:
    return f"{'Async' if asynchronous else 'Sync'}Page[{method.item}]" if method.paging else method.returns


def _signature(
    name: str, params: Iterable[tuple[str, str, str | None]], returns: str, asynchronous: bool, shadowed: set[str]
) -> list[str]:
    head = "async def" if asynchronous else "def"
    lines = [f"    {head} {name}(", "        self,", "        *,"]
    for arg, annotation, default in params:
        lines.append(f"        {arg}: {_qualify(annotation, shadowed)}{'' if default is None else f' = {default}'},")
    lines += [f"        {option}: {annotation} = None," for option, annotation, _ in _OPTIONS]
    lines.append(f"    ) -> {returns}:")
    return lines


def _where(route: Operation) -> str:
    return f"``{route.method} {route.path}`` (operation ``{route.operation_id}``)"


def _docstring(method: Method, params: tuple[Param, ...]) -> list[str]:
    first = next(iter(method.routes.values()))
    versions = list(method.routes)
    if len(versions) == 2:
        doc = f"{first.summary}\n\n" + "; ".join(f"{v}: {_where(r)}" for v, r in method.routes.items()) + "."
    else:
        doc = f"{first.summary}\n\nOnly in Wawp {versions[0]}: {_where(first)}."
        if method.replaced_by is not None:
            doc += f" On v2, ``client.{'.'.join(method.replaced_by)}()`` takes its place."
    if method.paging:
        doc += "\n\nReturns one page (one request); iterating over it gives its items, ``.iter_all()`` walks on."
    described = [(p.name, p.description) for p in params if p.description]
    described += [(option, text) for option, _, text in _OPTIONS]
    doc += "\n\nArgs:"
    text = _doc(doc, "        ")[:-1]
    for arg, description in described:
        wrapped = textwrap.wrap(f"{arg}: {description}".replace("\\", "\\\\").replace('"""', "'''"), 100)
        text.append(f"            {wrapped[0]}")
        text.extend(f"                {line}" for line in wrapped[1:])
    text.append('        """')
    return text


def _route_call(method: Method, route: Operation, module: str) -> tuple[list[str], list[str]]:
    """``(checks, arguments)`` of one version's call: the version checks of the arguments (those it lacks, those
    only it requires) and the keyword arguments of ``_call`` (``module``: the generated module's local name)."""
    merged = {p.name: p for p in method.params}
    own = {p.name: p for p in route.params}
    cast_to = route.returns if route.returns in RUNTIME_MODELS else f"{module}.RESULT"
    arguments = [f"cast_to={cast_to}"]
    if route.paging:
        arguments.append(f"paging={route.paging}")
    arguments.append("options=request_options(timeout, extra_headers, extra_query)")
    optional: list[str] = []
    required: list[str] = []
    for param in route.params:
        if param.in_body or param.generated == "body":
            continue
        if merged[param.name].default is not None and param.default is None:
            required.append(param.name)
        if param.omit_none or (merged[param.name].default == "None" and param.default not in (None, "None")):
            optional.append(f"{param.generated}={param.name}")
        else:
            arguments.append(f"{param.generated}={param.name}")
    if route.body_model is not None:
        fields = ", ".join(f"{p.name}={p.name}" for p in route.params if p.in_body)
        arguments.append(f'body=build_body({route.body_model}, body, "{method.dotted}", {fields})')
    if optional:
        arguments.append("**given(" + ", ".join(optional) + ")")
    checks: list[str] = []
    foreign = [name for name in merged if name not in own]
    foreign += ["body"] if "body" in merged and route.body_model is None else []
    if foreign:
        given_here = ", ".join(f"{name}={name}" for name in dict.fromkeys(foreign))
        checks.append(f'refuse_arguments("{method.dotted}", "{route.version}", {given_here})')
    if required:
        needed = ", ".join(f"{name}={name}" for name in required)
        checks.append(f'require_arguments("{method.dotted}", "{route.version}", {needed})')
    return checks, arguments


def _method(name: str, method: Method, asynchronous: bool, shadowed: set[str]) -> list[str]:
    returns = _qualify(_returns(method, asynchronous), shadowed)
    params = method.params
    plain = [(p.name, p.annotation, p.default) for p in params if p.generated != "body"]
    body = next((p for p in params if p.generated == "body"), None)
    if body is None:
        lines = _signature(name, plain, returns, asynchronous, shadowed)
    else:  # keyword arguments, or the whole body: two overloads over one implementation that takes either
        outside = [(p.name, p.annotation, p.default) for p in params if not p.in_body and p.generated != "body"]
        whole = [*outside, ("body", body.annotation.removesuffix(" | None"), None)]
        either = [  # required body fields become optional here: ``body=`` may stand in for them
            (p.name, f"{p.annotation} | Unset", "UNSET")
            if p.in_body and p.default is None
            else (p.name, p.annotation, p.default)
            for p in params
            if p.generated != "body"
        ]
        lines = ["    @overload", *_signature(name, plain, returns, asynchronous, shadowed), "        ...", ""]
        lines += ["    @overload", *_signature(name, whole, returns, asynchronous, shadowed), "        ...", ""]
        lines += _signature(name, [*either, ("body", body.annotation, "None")], returns, asynchronous, shadowed)
    lines.extend(_docstring(method, params))
    routes = list(method.routes.values())
    if len(routes) == 1:  # the other version refuses the call before anything is imported or sent
        successor = "" if method.replaced_by is None else f', "{".".join(method.replaced_by)}"'
        lines.append(f'        self._client._only_in("{routes[0].version}", "{method.dotted}"{successor})')
    for index, route in enumerate(routes):
        indent = "        " if len(routes) == 1 else "            "
        if len(routes) > 1:
            head = f'if self._client.api_version == "{route.version}":' if index == 0 else "else:"
            lines.append(f"        {head}")
        tag_module, module = route.module.split(".")
        lines.append(f"{indent}from .._api.api.{tag_module} import {module}")
        if route.returns in RUNTIME_MODELS:
            lines.append(f"{indent}from {RUNTIME_MODELS[route.returns]} import {route.returns}")
        if route.body_model is not None:
            lines.append(f"{indent}from .._api.{route.imports[route.body_model]} import {route.body_model}")
        lines.append("")
        checks, arguments = _route_call(method, route, module)
        lines += [f"{indent}{check}" for check in checks]
        call = f"{'await ' if asynchronous else ''}self._client._call({module}._get_kwargs, {', '.join(arguments)})"
        # A typed local rather than ``cast``: the annotation is never evaluated, and ruff may wrap it.
        lines.append(f"{indent}result{f': {returns}' if index == 0 else ''} = {call}")
    lines.append("        return result")
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


def _raw_name(namespace: Namespace, asynchronous: bool) -> str:
    return ("Async" if asynchronous else "") + namespace.class_name.removesuffix("Resource") + "WithRawResponse"


def _raw_class(namespace: Namespace, asynchronous: bool) -> list[str]:
    """``client.with_raw_response.<dotted>``: the namespace's methods, each returning an ``APIResponse``."""
    prefix = "Async" if asynchronous else ""
    wrapper = "async_to_raw_response_wrapper" if asynchronous else "to_raw_response_wrapper"
    dotted = ".".join(namespace.path)
    lines = [f"class {_raw_name(namespace, asynchronous)}:"]
    lines += _doc(f"``client.with_raw_response.{dotted}``: the same methods, returning the HTTP response.", "    ")
    lines += [
        "",
        f"    def __init__(self, resource: {prefix}{namespace.class_name}) -> None:",
        "        self._resource = resource",
    ]
    lines += [f"        self.{name} = {wrapper}(resource.{name})" for name in sorted(namespace.operations)]
    for child_name in sorted(namespace.children):
        child = namespace.children[child_name]
        lines += [
            "",
            "    @cached_property",
            f"    def {child_name}(self) -> {_raw_name(child, asynchronous)}:",
            f'        """``client.with_raw_response.{".".join(child.path)}``."""',
            f"        return {_raw_name(child, asynchronous)}(self._resource.{child_name})",
        ]
    return lines


def resource_module(root: Namespace) -> str:
    """``wawp_client/resources/<tag>.py``: the sync and async classes of one tag."""
    methods = [method for ns in root.walk() for method in ns.operations.values()]
    operations = [route for method in methods for route in method.routes.values()]
    runtime, typing_only = _imports(operations)
    has_body = any(op.body_model for op in operations)
    if has_body:  # the implementation of a body method defaults every field to UNSET
        runtime["UNSET"] = "types"
        typing_only.setdefault("Unset", "types")
    needs_cached = any(ns.children for ns in root.walk())  # namespaces hold their children in cached properties
    lines = [HEADER.rstrip("\n")]
    lines.extend(_doc(f"The ``client.{root.path[0]}`` namespace: {root.description}", ""))
    lines += ["", "from __future__ import annotations", ""]
    if any(_shadowed(ns) for ns in root.walk()):
        lines.append("import builtins")
    if needs_cached:
        lines.append("from functools import cached_property")
    returned = {n for method in methods for n in _names(method.returns)}
    typing_names = sorted({"TYPE_CHECKING"} | {n for op in operations for n in op.annotation_names & _TYPING})
    typing_names += ["Any", "overload"] if has_body else []
    typing_names += sorted(returned & _TYPING - set(typing_names))
    lines += [f"from typing import {', '.join(sorted(set(typing_names)))}", ""]
    lines += _import_lines(runtime)
    lines.append("from .._base_client import AsyncResource, SyncResource")
    lines.append("from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper")
    classes = [ns for ns in root.walk()]
    body: list[str] = []
    for asynchronous in (False, True):
        for namespace in classes:
            body += ["", "", *_class(namespace, asynchronous)]
            body += ["", "", *_raw_class(namespace, asynchronous)]
    text = "\n".join(body)
    helpers = [h for h in _FACADE_HELPERS if f"{h}(" in text]
    pagings = sorted({op.paging.split("(")[0] for op in operations if op.paging})
    if pagings:
        lines.append(f"from ..pagination import {', '.join(pagings)}")
    lines.append(f"from .._facade import {', '.join(sorted(helpers))}")
    lines += ["", "if TYPE_CHECKING:", "    from collections.abc import Mapping", "", "    import httpx", ""]
    lines += _import_lines(typing_only, "    ")
    if any(op.paging for op in operations):
        lines.append("    from ..pagination import AsyncPage, SyncPage")
    names = sorted(f"{p}{ns.class_name}" for ns in classes for p in ("", "Async"))
    names += [_raw_name(ns, asynchronous) for ns in classes for asynchronous in (False, True)]
    lines += ["", f"__all__ = {sorted(names)!r}".replace("'", '"')]
    return "\n".join([*lines, *body]) + "\n"


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
        names = [roots[tag].class_name, _raw_name(roots[tag], False)]
        names = sorted([*names, *(f"Async{n}" for n in names)])
        lines.append(f"    from .resources.{tag} import {', '.join(names)}")
    lines += ["", '__all__ = ["AsyncWawp", "AsyncWawpWithRawResponse", "Wawp", "WawpWithRawResponse"]']
    for asynchronous in (False, True):
        prefix = "Async" if asynchronous else ""
        lines += ["", "", f"class {prefix}WawpWithRawResponse:"]
        lines += _doc(
            f"``client.with_raw_response``: every namespace of :class:`{prefix}Wawp`, whose methods return an "
            "``APIResponse`` (``status_code``, ``headers``, ``http_response``; ``.parse()`` gives what the plain "
            "call returns).",
            "    ",
        )
        lines += ["", f"    def __init__(self, client: {prefix}Wawp) -> None:", "        self._client = client"]
        for tag, root in roots.items():
            raw = _raw_name(root, asynchronous)
            lines += [
                "",
                "    @cached_property",
                f"    def {tag}(self) -> {raw}:",
                f'        """``client.with_raw_response.{tag}``."""',
                f"        from .resources.{tag} import {raw}",
                "",
                f"        return {raw}(self._client.{tag})",
            ]
    for asynchronous in (False, True):
        prefix = "Async" if asynchronous else ""
        base = "AsyncAPIClient" if asynchronous else "SyncAPIClient"
        mode = "asyncio" if asynchronous else "synchronous"
        lines += ["", "", f"class {prefix}Wawp({base}):"]
        lines += _doc(
            f"The {mode} client of the {title}: one namespace per tag (``client.messages``...), "
            "``with_raw_response`` for the HTTP answers.\n\nThe constructor's arguments and the environment "
            f"variables they fall back to: ``help({prefix}Wawp.__init__)``.",
            "    ",
        )
        lines += [
            "",
            "    @cached_property",
            f"    def with_raw_response(self) -> {prefix}WawpWithRawResponse:",
            '        """The same namespaces and methods, returning the HTTP response (``.parse()`` for the result)."""',
            f"        return {prefix}WawpWithRawResponse(self)",
        ]
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


def webhook_events_module(events: Mapping[str, str], modules: Mapping[str, str]) -> str:
    """``wawp_client/_webhook_events.py``: event name -> the generated model of its body, and their union."""
    classes = sorted(set(events.values()))
    lines = [HEADER.rstrip("\n")]
    lines += _doc(
        "Webhook event name -> the model its body is read as (a generated model, read like a result), from the "
        "spec's ``WebhookEvent`` oneOf.",
        "",
    )
    lines += ["", "from __future__ import annotations", "", "from typing import TypeAlias", ""]
    lines += [f"from ._api.models.{modules[name]} import {name}" for name in classes]
    lines += ["", '__all__ = ["EVENT_MODELS", "Event"]', ""]
    lines += [f"Event: TypeAlias = {' | '.join(classes)}", ""]
    lines.append("EVENT_MODELS: dict[str, type[Event]] = {")
    lines += [f'    "{value}": {events[value]},' for value in sorted(events)]
    lines.append("}")
    return "\n".join(lines) + "\n"


_MODEL_ATTRIBUTES = {"from_dict", "to_dict", "model_extra", "model_fields"}  # ``wawp_client._models.Model``'s own


def model_modules(api: Path) -> dict[str, str]:
    """Name -> module of every class and ``Literal`` alias the generated model modules define."""
    found: dict[str, str] = {}
    for module in sorted((api / "models").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                found[node.name] = module.stem
                fields = {ast.unparse(f.target) for f in node.body if isinstance(f, ast.AnnAssign)}
                if fields & _MODEL_ATTRIBUTES:
                    raise FacadeError(f"{node.name}: a field would hide Model.{min(fields & _MODEL_ATTRIBUTES)}")
            elif isinstance(node, ast.Assign) and ast.unparse(node.value).startswith("Literal["):
                found.update((ast.unparse(target), module.stem) for target in node.targets)
    return found


def spec_module(combined: Mapping[str, Any], v2: Mapping[str, Any], version: str) -> str:
    """``wawp_client/_spec.py``: the few facts the runtime needs from the descriptions (``combined``: both
    versions, as ``combine`` builds it; ``v2``: the v2 description, for its server)."""
    v1_url = combined["servers"][0]["url"].rstrip("/")
    v2_url = v2["servers"][0]["url"].rstrip("/") + V2_PREFIX
    token_only = sorted(
        {
            path.removeprefix(V2_PREFIX) if version_of(op) == "v2" else path
            for path, item in combined["paths"].items()
            for method, op in item.items()
            if isinstance(op, dict)
            and "security" in op
            and not any("InstanceId" in scheme for req in op["security"] for scheme in req)
        }
    )
    lines = [HEADER.rstrip("\n"), '"""Facts the runtime takes from the spec: version, base URLs, auth exceptions."""']
    lines += ["", f'PACKAGE_VERSION = "{version}"', f'DEFAULT_BASE_URL = "{v1_url}"']
    lines.append("# The root of each API version (a client speaks the version its base URL ends with).")
    lines.append(f'BASE_URLS: dict[str, str] = {{"v1": "{v1_url}", "v2": "{v2_url}"}}')
    lines.append("# Paths (under their version's root) whose operations authenticate with the access token alone.")
    lines.append(f"TOKEN_ONLY_PATHS: tuple[str, ...] = ({''.join(f'{p!r}, ' for p in token_only)})")
    return "\n".join(lines).replace("'", '"') + "\n"


def models_module(modules: Mapping[str, str]) -> str:
    """``wawp_client/models.py``: every model by name, each imported on first use (``modules``: name -> module of
    ``wawp_client._api.models``); the runtime's union classes beside them."""
    table = {name: f"._api.models.{module}" for name, module in modules.items()}
    table.update({name: module.removeprefix(".") for name, module in RUNTIME_MODELS.items()})
    lines = [HEADER.rstrip("\n")]
    lines += _doc(
        "Every model by name: the attrs classes generated from the spec's schemas (``wawp_client._api.models``), "
        "which calls return and take, and webhooks arrive as (read tolerantly: see ``wawp_client._models.Model``), "
        "their ``Literal`` types, and ``SentMessage``. Each is imported on first use.",
        "",
    )
    lines += ["", "from __future__ import annotations", "", "import importlib", "from typing import TYPE_CHECKING, Any"]
    lines += ["", "if TYPE_CHECKING:"]
    lines += [f"    from {module} import {name}" for name, module in sorted(table.items(), key=lambda i: (i[1], i[0]))]
    lines += ["", f"__all__ = {sorted(table)!r}".replace("'", '"'), ""]
    lines.append("_MODULES: dict[str, str] = {")
    lines += [f'    "{name}": "{table[name]}",' for name in sorted(table)]
    lines += ["}", "", ""]
    lines += [
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "    value = getattr(importlib.import_module(module, __package__), name)",
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return __all__",
    ]
    return "\n".join(lines) + "\n"
