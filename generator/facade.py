"""Turns the spec plus the generated endpoint modules into the facade's source files.

The spec says which operations exist and where they live in the facade (``tags[0]``, and the method
name ``naming`` gives each: ``x-wawp-facade``, else derived from the ``operationId``); the generated
modules say what the functions are really called and typed. The signatures are read from the generated
code with ``ast`` rather than re-derived from the schemas, so the facade can never disagree with the
functions it calls; only the argument *names* are re-derived (``file[url]`` -> ``file_url`` where the
generator writes ``fileurl``), and every one is checked against the generated signature. What a call
returns is the endpoint module's ``RESULT`` (written by ``generator/oapi-templates/endpoint_module.py.jinja``):
the generated attrs models, read by the runtime. Anything unexpected fails generation with a message.
"""

from __future__ import annotations

import ast
import builtins
import dataclasses
import keyword
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .combine import public_id, version_of
from .naming import HTTP_METHODS, RESERVED_NAMES, FacadeError, facade_paths, pythonic, sanitize, snake_case

__all__ = [
    "RAW_ALIASES",
    "RUNTIME_MODELS",
    "FacadeError",
    "Method",
    "Namespace",
    "Operation",
    "Param",
    "collect",
    "facade_names",
    "pascal",
    "pythonic",
    "snake_case",
    "union",
    "webhook_events",
]

RAW_ALIASES = frozenset({"RawList", "RawObject"})  # ``wawp_client._models``: a union's "none fits" member
# ``anyOf`` schema name -> the hand-written runtime class a call answering it returns: one object with accessors
# that work on every variant (see ``_union_models``), not a union the caller must dispatch on.
RUNTIME_MODELS: dict[str, str] = {"SentMessage": ".._union_models"}

_GENERATOR_ARGUMENTS = {"client", "url"}
_GENERATOR_RESERVED = (set(dir(builtins)) | RESERVED_NAMES) - {"id"}


def _identifier(wire: str) -> str:
    """openapi-python-client's ``PythonIdentifier(wire, "field_")`` (argument and attribute names)."""
    safe = sanitize(wire)
    name = snake_case(safe)
    if name in _GENERATOR_RESERVED or keyword.iskeyword(name):
        name = f"{name}_"
    if not name.isidentifier() or safe.startswith("_"):
        name = f"field_{name}"
    return name


def _generated_name(wire: str, location: str) -> str:
    """The generated function's argument name: with a location suffix for the names the generator
    reserves (``url`` -> ``url_query``)."""
    name = _identifier(wire)
    return f"{name}_{location}" if name in _GENERATOR_ARGUMENTS else name


def pascal(value: str) -> str:
    return "".join(word.capitalize() for word in snake_case(value).split("_"))


@dataclass(frozen=True)
class Param:
    """One keyword argument: its facade name, the generated function's name, type and default."""

    name: str
    generated: str
    annotation: str
    default: str | None
    description: str
    omit_none: bool = False  # optional in the generated function: left out of the call when the caller gives None
    in_body: bool = False  # a field of the JSON body, gathered into the body model before the call


@dataclass(frozen=True)
class Operation:
    """One version's route of a facade method: the generated module it calls and how its arguments go there."""

    operation_id: str  # as in its own description (v2's ``sendText`` too; see ``combine``)
    version: str
    method: str
    path: str
    tag: str
    module: str
    summary: str
    params: tuple[Param, ...]
    returns: str
    paging: str | None  # the runtime ``Paging`` of a paged call (Python source), else None
    item: str  # the item type of a paged call
    body_model: str | None
    annotation_names: frozenset[str]
    default_names: frozenset[str]
    imports: Mapping[str, str]


def _members(annotation: str) -> list[str]:
    """The top-level members of a union annotation (``list[A | B] | None`` -> ``list[A | B]``, ``None``)."""
    members: list[str] = []

    def split(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            split(node.left)
            split(node.right)
        else:
            members.append(ast.unparse(node))

    split(ast.parse(annotation, mode="eval").body)
    return members


def union(annotations: Iterable[str]) -> str:
    """One annotation accepting each of ``annotations`` (members in order, once; ``Unset`` and ``None`` last)."""
    members = list(dict.fromkeys(m for a in annotations for m in _members(a)))
    tail: list[str] = [m for m in ("Unset", "None") if m in members]
    return " | ".join([*(m for m in members if m not in tail), *tail])


@dataclass(frozen=True)
class Method:
    """One facade method: its route in each API version that has the operation (``routes``, v1 first).

    The arguments are the union of the routes' (``params``): one required only where every route requires it, the
    others checked per version when the call is made (a v1-only argument given to a v2 client is refused)."""

    path: tuple[str, ...]  # (namespace, *method), e.g. ("groups", "participants", "add")
    routes: Mapping[str, Operation]
    replaced_by: tuple[str, ...] | None = None  # a v1-only operation's v2 successor (``x-wawp-v1-operation``)

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    @property
    def params(self) -> tuple[Param, ...]:
        by_name: dict[str, list[Param]] = {}
        for route in self.routes.values():
            for param in route.params:
                by_name.setdefault(param.name, []).append(param)
        merged: list[Param] = []
        for name, params in by_name.items():
            first = params[0]
            if len(self.routes) == 1:
                merged.append(first)
                continue
            defaults = {p.default for p in params}
            annotations = [p.annotation for p in params]
            if len(params) == len(self.routes) and len(defaults) == 1:
                default = first.default
            else:  # absent or optional in a version: left out unless given, and checked per version
                default = "UNSET" if "UNSET" in defaults else "None"
                annotations.append("Unset" if default == "UNSET" else "None")
            annotation = union(annotations)
            description = next((p.description for p in params if p.description), "")
            in_body = any(p.in_body for p in params)
            merged.append(Param(name, name, annotation, default, description, in_body=in_body))
        return tuple(merged)

    @property
    def returns(self) -> str:
        return union(route.returns for route in self.routes.values())

    @property
    def paging(self) -> str | None:
        pagings = {route.paging for route in self.routes.values()}
        if len(pagings) != 1:
            raise FacadeError(f"client.{self.dotted}(): its versions page differently ({sorted(map(str, pagings))})")
        return next(iter(pagings))

    @property
    def item(self) -> str:
        return union(route.item for route in self.routes.values() if route.item)


@dataclass
class Namespace:
    """A facade namespace (a tag, or a nested group such as ``groups.participants``)."""

    path: tuple[str, ...]
    description: str = ""
    operations: dict[str, Method] = field(default_factory=dict)
    children: dict[str, Namespace] = field(default_factory=dict)

    @property
    def class_name(self) -> str:
        return "".join(pascal(part) for part in self.path) + "Resource"

    def walk(self) -> Iterator[Namespace]:
        """Children before parents, each level sorted, so that the output order is fixed."""
        for name in sorted(self.children):
            yield from self.children[name].walk()
        yield self


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any], list[Any]]]:
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method], [*shared, *item[method].get("parameters", [])]


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node
    target: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return _resolve(spec, target)


def _function(tree: ast.Module, name: str) -> ast.FunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise FacadeError(f"no function {name}")


def _imports(tree: ast.Module) -> dict[str, str]:
    """Imported name -> module path relative to the ``_api`` package (``models.message``)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 3 and node.module:
            for alias in node.names:
                found[alias.asname or alias.name] = node.module
    return found


def _names(source: str) -> set[str]:
    return {n.id for n in ast.walk(ast.parse(source, mode="eval")) if isinstance(n, ast.Name)}


def _signature(function: ast.FunctionDef) -> list[tuple[str, str, str | None]]:
    """``(name, annotation, default)`` of every argument but ``client``, in order."""
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = [*zip(positional, defaults, strict=True), *zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    result = []
    for arg, default in pairs:
        if arg.arg == "client":
            continue
        if arg.annotation is None:
            raise FacadeError(f"argument {arg.arg} has no annotation")
        result.append((arg.arg, ast.unparse(arg.annotation), None if default is None else ast.unparse(default)))
    return result


def _result(tree: ast.Module, op: Mapping[str, Any], operation_id: str) -> str:
    """What the call returns: the module's ``RESULT``, or the runtime class of a schema in ``RUNTIME_MODELS``."""
    success = op.get("responses", {}).get("200") or op.get("responses", {}).get("201") or {}
    schema = success.get("content", {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    if isinstance(ref, str) and ref.rsplit("/", 1)[-1] in RUNTIME_MODELS:
        return ref.rsplit("/", 1)[-1]
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and ast.unparse(node.target) == "RESULT" and node.value is not None:
            return ast.unparse(node.value)
    raise FacadeError(f"{operation_id}: the generated module has no RESULT (no 200 response?)")


def _operation(
    spec: Mapping[str, Any],
    api: Path,
    path: str,
    method: str,
    op: Mapping[str, Any],
    raw: list[Any],
) -> Operation:
    operation_id = public_id(op)
    tag = op["tags"][0]
    module = f"{snake_case(tag)}.{snake_case(op['operationId'])}"
    source = api / "api" / snake_case(tag) / f"{snake_case(op['operationId'])}.py"
    if not source.exists():
        raise FacadeError(f"{operation_id}: generated module {source} is missing")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    signature = _signature(_function(tree, "_get_kwargs"))
    declared = [_resolve(spec, r) for r in raw]
    wire_names = {_generated_name(p["name"], p["in"]): p["name"] for p in declared}
    described = {p["name"]: " ".join(str(p.get("description", "")).split()) for p in declared}
    params: list[Param] = []
    body_model: str | None = None
    extra_imports: dict[str, str] = {}
    annotation_names: set[str] = set()
    default_names: set[str] = set()
    for generated, annotation, default in signature:
        wire = wire_names.pop(generated, None)
        name = pythonic(wire) if wire is not None else generated
        text = described[wire] if wire is not None else ""
        if generated == "body":  # its fields become keyword arguments; ``body=`` stays as the escape hatch
            body_model = annotation
            fields = _body_fields(spec, api, op, body_model, tree, extra_imports)
            params.extend(fields)
            for f in fields:
                annotation_names |= _names(f.annotation)
                default_names |= _names(f.default) if f.default is not None else set()
            annotation = f"{annotation} | Mapping[str, Any] | None"
            default = "None"
            text = (
                f"The whole JSON body instead of the keyword arguments: a ``{body_model}``, or a dict with its "
                "wire names (for fields the spec does not know yet)."
            )
        omit_none = False
        if generated != "body" and default is not None:  # a query parameter is never null: None leaves it out
            members = [m for m in annotation.split(" | ") if m != "Unset"]
            if default == "UNSET":
                members += [] if "None" in members else ["None"]
                default, omit_none = "None", True
            annotation = " | ".join(members)
        params.append(Param(name, generated, annotation, default, text, omit_none))
        annotation_names |= _names(annotation)
        if default is not None:
            default_names |= _names(default)
    if wire_names:
        raise FacadeError(f"{operation_id}: parameters {sorted(wire_names.values())} not found in the generated code")
    literals = _InlineLiterals(_literal_aliases(api, {**extra_imports, **_imports(tree)}))
    params = [
        dataclasses.replace(p, annotation=ast.unparse(literals.visit(ast.parse(p.annotation, mode="eval"))))
        for p in params
    ]
    annotation_names = {n for p in params for n in _names(p.annotation)}
    if len({p.name for p in params}) != len(params):
        raise FacadeError(f"{operation_id}: facade argument names collide: {[p.name for p in params]}")
    returns = _result(tree, op, operation_id)
    imports = {**extra_imports, **_imports(tree), **dict.fromkeys(RAW_ALIASES, ".._models"), **RUNTIME_MODELS}
    paging, item = _paging(spec, api, imports, op, params, returns)
    annotation_names |= _names(returns) | (_names(item) if item else set())
    summary = str(op.get("summary") or operation_id).strip()
    return Operation(
        operation_id=operation_id,
        version=version_of(op),
        method=method.upper(),
        path=path,
        tag=tag,
        module=module,
        summary=summary,
        params=tuple(params),
        returns=returns,
        paging=paging,
        item=item,
        body_model=body_model,
        annotation_names=frozenset(annotation_names),
        default_names=frozenset(default_names),
        imports=imports,
    )


class _InlineLiterals(ast.NodeTransformer):
    """Replaces the names of generated ``Literal`` aliases by the ``Literal[...]`` itself, so that
    signatures and ``help()`` show the allowed values (``sort_order: Literal["asc", "desc"]``)."""

    def __init__(self, aliases: Mapping[str, str]) -> None:
        self.aliases = aliases

    def visit_Name(self, node: ast.Name) -> ast.expr:
        alias = self.aliases.get(node.id)
        return node if alias is None else ast.parse(alias, mode="eval").body


def _literal_aliases(api: Path, imports: Mapping[str, str]) -> dict[str, str]:
    """Imported name -> its ``Literal[...]`` source, for the generated enum modules (``literal_enums: true``)."""
    found: dict[str, str] = {}
    for name, module in imports.items():
        if not module.startswith("models."):
            continue
        for node in ast.parse((api / f"{module.replace('.', '/')}.py").read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == [name]:
                value = ast.unparse(node.value)
                if value.startswith("Literal["):
                    found[name] = value
    return found


def _model_class(api: Path, module: str, name: str) -> ast.ClassDef:
    tree = ast.parse((api / f"{module.replace('.', '/')}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return node
    raise FacadeError(f"no class {name} in {module}")


class _AcceptDicts(ast.NodeTransformer):
    """``list[ParticipantRef]`` -> ``list[ParticipantRef | Mapping[str, Any]]``: a nested model may be given as
    a dict with the API's field names (checked against the model before anything is sent)."""

    def __init__(self, models: set[str]) -> None:
        self.models = models

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id not in self.models:
            return node
        return ast.BinOp(left=node, op=ast.BitOr(), right=ast.parse("Mapping[str, Any]", mode="eval").body)


def _request_annotation(annotation: str, attrs_models: set[str], literals: Mapping[str, str]) -> str:
    """A request field's type for callers: nested models also as dicts, ``Literal`` inlined."""
    tree = _AcceptDicts(attrs_models).visit(ast.parse(annotation, mode="eval"))
    return ast.unparse(_InlineLiterals(literals).visit(tree))


def _model_imports(api: Path, module: str) -> tuple[dict[str, str], set[str]]:
    """What a generated model module imports from ``models``, and which of those are attrs models."""
    source = (api / f"{module.replace('.', '/')}.py").read_text(encoding="utf-8")
    imports = {
        alias.asname or alias.name: node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("models.")
        for alias in node.names
    }
    attrs_models = {
        name
        for name, target in imports.items()
        if "@_attrs_define" in (api / f"{target.replace('.', '/')}.py").read_text(encoding="utf-8")
    }
    return imports, attrs_models


def _metadata(node: ast.AnnAssign) -> dict[str, Any]:
    """The ``metadata`` of a generated attrs field (``{"wire": "fromMe", "nullable": True}``)."""
    if isinstance(node.value, ast.Call):
        for keyword in node.value.keywords:
            if keyword.arg == "metadata":
                found: dict[str, Any] = ast.literal_eval(keyword.value)
                return found
    raise FacadeError(f"field {ast.unparse(node.target)} is not an attrs field with metadata")


def _fields(cls: ast.ClassDef) -> list[tuple[str, str, dict[str, Any], bool]]:
    """``(attribute, annotation, metadata, required)`` of each field of a generated model class."""
    found = []
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            call = node.value
            required = isinstance(call, ast.Call) and not any(k.arg == "default" for k in call.keywords)
            found.append((node.target.id, ast.unparse(node.annotation), _metadata(node), required))
    return found


def _properties(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """An object schema's properties, those of its ``allOf`` members included (v2's webhook settings)."""
    found: dict[str, Any] = {}
    for member in schema.get("allOf", []):
        found.update(_properties(spec, _resolve(spec, member)))
    found.update(schema.get("properties", {}))
    return found


def _body_fields(
    spec: Mapping[str, Any],
    api: Path,
    op: Mapping[str, Any],
    model: str,
    tree: ast.Module,
    extra_imports: dict[str, str],
) -> list[Param]:
    """The body model's fields as keyword arguments, checked against the spec's request schema; the names
    their annotations use are added to ``extra_imports``."""
    imports = _imports(tree)
    if model not in imports:
        raise FacadeError(f"{op['operationId']}: body model {model} is not imported by its module")
    model_imports, attrs_models = _model_imports(api, imports[model])
    extra_imports.update(model_imports)
    literals = _literal_aliases(api, model_imports)
    properties = _properties(spec, _resolve(spec, op["requestBody"]["content"]["application/json"]["schema"]))
    fields: list[Param] = []
    for attr, annotation, metadata, required in _fields(_model_class(api, imports[model], model)):
        wire = metadata["wire"]
        if wire not in properties:
            raise FacadeError(f"{op['operationId']}: body field {attr} has no property in the spec")
        annotation = _request_annotation(annotation, attrs_models, literals)
        if required:
            default = None
        elif metadata.get("nullable"):  # None is sent as null, UNSET leaves the field out
            annotation, default = f"{annotation} | Unset", "UNSET"
            extra_imports.update(UNSET="types", Unset="types")
        else:
            default = "None"
        sub = _resolve(spec, properties[wire])
        text = " ".join(str(properties[wire].get("description") or sub.get("description") or "").split())
        fields.append(Param(attr, attr, annotation, default, text, in_body=True))
    return fields


def _page_items(returns: str) -> list[str]:
    """Item types of a list answer (``list[X]``, several engine shapes ``list[X] | list[Y]``, or an object
    keyed by id ``dict[str, Z]`` beside them); empty when the answer has no list."""
    members = [ast.parse(member, mode="eval").body for member in _members(returns)]
    lists = [m for m in members if isinstance(m, ast.Subscript) and ast.unparse(m.value) == "list"]
    if not lists:
        return []
    items: list[str] = []
    for member in members:
        if isinstance(member, ast.Subscript) and ast.unparse(member.value) in ("list", "dict"):
            inner = member.slice.elts[-1] if isinstance(member.slice, ast.Tuple) else member.slice
            items.append(ast.unparse(inner))
    return items


def _paging(
    spec: Mapping[str, Any],
    api: Path,
    imports: dict[str, str],
    op: Mapping[str, Any],
    params: list[Param],
    returns: str,
) -> tuple[str | None, str]:
    """How a call pages, read from its parameters and its 200 schema: ``limit``/``offset`` over a list, or
    a ``startCursor`` parameter with a ``page: {hasNextPage, endCursor}`` object beside one list field (whose
    item type's import joins ``imports``)."""
    names = {p.name for p in params}
    if {"limit", "offset"} <= names:
        items = _page_items(returns)
        if items:
            return "OffsetPaging()", " | ".join(dict.fromkeys(items))
    if "start_cursor" not in names:
        return None, ""
    fields: dict[str, tuple[str, str]] = {}
    nested: dict[str, str] = {}
    if returns in imports:
        nested = _model_imports(api, imports[returns])[0]
        result = _model_class(api, imports[returns], returns)
        fields = {m["wire"]: (a, annotation) for a, annotation, m, _ in _fields(result)}
    lists = [w for w, (_, annotation) in fields.items() if annotation.startswith("list[")]
    page = fields.get("page", ("", ""))[1].removesuffix(" | None")
    page_fields = {}
    if page in nested:
        page_fields = {m["wire"]: a for a, _, m, _ in _fields(_model_class(api, nested[page], page))}
    if not {"hasNextPage", "endCursor"} <= set(page_fields) or len(lists) != 1:
        raise FacadeError(f"{op['operationId']}: startCursor without a page {{hasNextPage, endCursor}} and one list")
    attr, annotation = fields[lists[0]]
    item = _page_items(annotation.removesuffix(" | None"))[0]
    imports.update({name: nested[name] for name in _names(item) if name in nested})
    arguments = ", ".join(f'"{a}"' for a in (attr, page_fields["hasNextPage"], page_fields["endCursor"]))
    return f'CursorPaging({arguments}, "start_cursor")', item


def facade_names(spec: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """operationId -> facade path, for every operation of the combined document: one name per public operationId
    (v1's naming where v1 has it), checked for collisions by ``naming.facade_paths``."""
    public: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    for path, method, op, _ in _operations(spec):  # v1's paths come first in the combined document
        if public_id(op) not in seen:
            seen.add(public_id(op))
            public.setdefault(path, {})[method] = {**op, "operationId": public_id(op)}
    return facade_paths({"paths": public})


def collect(spec: Mapping[str, Any], api: Path) -> dict[str, Namespace]:
    """Tag name -> its namespace tree, holding one method per operationId of the combined document (``combine``)."""
    descriptions = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    names = facade_names(spec)  # every name fits one operation, before any generated module is read
    routes: dict[str, dict[str, Operation]] = {}
    successors: dict[str, str] = {}
    for path, method, op, raw in _operations(spec):
        operation = _operation(spec, api, path, method, op, raw)
        routes.setdefault(operation.operation_id, {})[operation.version] = operation
        replaced = op.get("x-wawp-v1-operation")
        if operation.version == "v2" and isinstance(replaced, str) and replaced != operation.operation_id:
            successors.setdefault(replaced, operation.operation_id)
    roots: dict[str, Namespace] = {}
    for operation_id, by_version in routes.items():
        tag, *groups, leaf = names[operation_id]
        first = by_version[min(by_version)]
        node = roots.setdefault(tag, Namespace((tag,), descriptions.get(first.tag, "")))
        for group in groups:
            node = node.children.setdefault(group, Namespace((*node.path, group)))
        successor = successors.get(operation_id) if set(by_version) == {"v1"} else None
        node.operations[leaf] = Method(
            names[operation_id], dict(sorted(by_version.items())), None if successor is None else names[successor]
        )
    return roots


def webhook_events(spec: Mapping[str, Any], models: Mapping[str, str]) -> dict[str, str]:
    """Webhook event name -> the generated model its body is read as, from the members of ``WebhookEvent``'s
    oneOf (``models``: the generated model classes, by name)."""
    union = spec.get("components", {}).get("schemas", {}).get("WebhookEvent", {}).get("oneOf")
    if not union:
        raise FacadeError("components/schemas/WebhookEvent has no oneOf")
    events: dict[str, str] = {}
    for member in union:
        ref = member.get("$ref", "")
        name = ref.rsplit("/", 1)[-1]
        if not ref.startswith("#/components/schemas/") or name not in models:
            raise FacadeError(f"WebhookEvent: {ref or member!r} is not a $ref to a generated model")
        value = _resolve(spec, member).get("properties", {}).get("event", {}).get("const")
        if not isinstance(value, str):
            raise FacadeError(f"{name}: property 'event' has no const")
        if value in events:
            raise FacadeError(f"webhook event {value!r} is declared twice")
        events[value] = name
    return events
