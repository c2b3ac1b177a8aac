"""Every operation of the spec is reachable as a generated function and as a facade method, and a
facade call sends the documented method and path and returns the parsed 200 model."""

from __future__ import annotations

import copy
import importlib
import inspect
import json
import pickle
import subprocess
import sys
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
import wawp_client
from client_support import as_json, facade_arguments, facade_method, operation, recording_handler, success_example
from operation_inventory import OPERATIONS, V2_OPERATIONS
from wawp_client._models import Model
from wawp_client.webhooks import EVENT_MODELS

from generator.naming import facade_path


def _operation_ids(spec: dict[str, Any]) -> list[str]:
    return sorted(op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict))


def test_operations_table_matches_the_spec(spec: dict[str, Any]) -> None:
    assert sorted(OPERATIONS) == _operation_ids(spec)
    for operation_id, entry in OPERATIONS.items():
        method, path, op = operation(spec, operation_id)
        assert (entry.method, entry.path) == (method, path)
        assert entry.facade == ".".join(facade_path(op))


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_is_reachable(operation_id: str) -> None:
    entry = OPERATIONS[operation_id]
    module = importlib.import_module(f"wawp_client._api.api.{entry.module}")
    assert callable(module._get_kwargs)
    sync_client = wawp_client.Wawp("INSTANCE0001", "token-0001")
    async_client = wawp_client.AsyncWawp("INSTANCE0001", "token-0001")
    for client in (sync_client, async_client):
        method = facade_method(client, entry.facade)
        parameters = inspect.signature(method).parameters
        assert set(parameters) == {*entry.signature, "timeout", "extra_headers", "extra_query"}
        assert {*entry.arguments, *entry.body_fields} <= entry.signature
        assert list(parameters)[-3:] == ["timeout", "extra_headers", "extra_query"]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    assert inspect.iscoroutinefunction(facade_method(async_client, entry.facade))
    generated = inspect.signature(module._get_kwargs).parameters
    assert set(entry.arguments.values()) <= set(generated)
    sync_client.close()


def test_pythonic_argument_names() -> None:
    arguments = OPERATIONS["sendImage"].arguments
    assert arguments["file_url"] == "fileurl"
    assert arguments["file_mimetype"] == "filemimetype"
    assert OPERATIONS["sendSeen"].arguments["message_ids"] in {"message_ids", "message_ids_"}
    assert "filter_from_me" in OPERATIONS["chatMessagesList"].arguments


def _check_exchange(spec: dict[str, Any], operation_id: str, sent: list[httpx.Request], result: Any) -> None:
    entry = OPERATIONS[operation_id]
    example = success_example(spec, operation_id)
    assert len(sent) == 1
    request = sent[0]
    assert request.method == entry.method
    assert request.url.path.startswith("/wp-json/awp/v1" + entry.path.split("{")[0])
    # Whatever the result type, the models keep the body exactly as received.
    assert as_json(result) == example
    content = operation(spec, operation_id)[2].get("requestBody", {}).get("content", {})
    if content:
        assert json.loads(request.content) == content["application/json"]["example"]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_facade_method_calls_its_endpoint(
    operation_id: str, spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    sent, handler = recording_handler(spec, operation_id)
    method = facade_method(make_client(handler), OPERATIONS[operation_id].facade)
    _check_exchange(spec, operation_id, sent, method(**facade_arguments(spec, operation_id)))


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_every_async_facade_method_calls_its_endpoint(
    operation_id: str, spec: dict[str, Any], make_async_client: Callable[..., wawp_client.AsyncWawp]
) -> None:
    sent, handler = recording_handler(spec, operation_id)
    async with make_async_client(handler) as client:
        method = facade_method(client, OPERATIONS[operation_id].facade)
        result = await method(**facade_arguments(spec, operation_id))
    _check_exchange(spec, operation_id, sent, result)


def test_import_is_lazy() -> None:
    code = (
        "import sys, wawp_client; "
        "print(sum(1 for m in sys.modules if m.startswith('wawp_client._api.api.') "
        "or m.startswith('wawp_client._api.models') or m.startswith('wawp_client.resources')))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "0"


def test_namespaces_are_cached_and_typed() -> None:
    with wawp_client.Wawp("INSTANCE0001", "token-0001") as client:
        assert client.groups is client.groups
        assert client.groups.participants is client.groups.participants
        assert type(client.groups).__name__ == "GroupsResource"


def test_public_models_and_types() -> None:
    # One model system: the attrs classes openapi-python-client generates, for results and request bodies alike.
    assert wawp_client.models.Message.__module__ == "wawp_client._api.models.message"
    assert "GroupCreateBody" in wawp_client.models.__all__
    for name in wawp_client.models.__all__:
        model = getattr(wawp_client.models, name)
        assert not isinstance(model, type) or (attrs.has(model) and issubclass(model, Model)), name
    assert not wawp_client.types.UNSET
    with pytest.raises(AttributeError):
        _ = wawp_client.no_such_thing


def _classes_in(tp: Any) -> Iterator[type]:
    """The classes a type names, its arguments' included (``list[Chat] | RawList`` -> ``Chat``, ``list``...)."""
    if isinstance(tp, type):
        yield tp
    for argument in typing.get_args(tp):
        yield from _classes_in(argument)


def test_every_generated_model_is_reached_by_a_call_or_a_webhook() -> None:
    # generated/ holds no model the client never uses: each is a result, a body, an event, or a field of one.
    pending: list[type] = list(EVENT_MODELS.values())
    for entry in [*OPERATIONS.values(), *V2_OPERATIONS.values()]:
        module = importlib.import_module(f"wawp_client._api.api.{entry.module}")
        pending += _classes_in(module.RESULT)
        pending += [c for hint in typing.get_type_hints(module._get_kwargs).values() for c in _classes_in(hint)]
    reached: set[type] = set()
    while pending:
        cls = pending.pop()
        if issubclass(cls, Model) and cls not in reached:
            reached.add(cls)
            pending += [c for field in cls.model_fields() for c in _classes_in(field.type)]
    classes = {getattr(wawp_client.models, name) for name in wawp_client.models.__all__}
    models = {c for c in classes if isinstance(c, type)} - {wawp_client.models.SentMessage}
    assert models == reached - {wawp_client.models.SentMessage}


def test_a_model_built_by_hand_sends_what_it_was_given_and_a_read_one_survives_copies() -> None:
    label = wawp_client.models.LabelRequest(name="Work")
    assert label.to_dict() == {"name": "Work"}  # an optional field left None is not sent, null allowed or not
    explicit = wawp_client.models.LabelRequest.from_dict({"name": "Work", "color": None})
    assert explicit.to_dict() == {"name": "Work", "color": None} and explicit.color is None
    read = wawp_client.models.Message.from_dict({"id": "x", "fromMe": True, "brandNew": 1})
    assert read.id == "x"  # converted on first access; the copies keep the JSON all the same
    for twin in (copy.copy(read), copy.deepcopy(read), pickle.loads(pickle.dumps(read))):
        assert twin == read and twin.brandNew == 1 and twin.to_dict() == read.to_dict() and twin.from_me is True


def test_json_bodies_take_keyword_arguments_a_model_or_a_dict(make_client: Callable[..., wawp_client.Wawp]) -> None:
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"id": "120363012345678901@g.us", "subject": "Project Alpha"})

    client = make_client(handler)
    body = {"name": "Project Alpha", "participants": [{"id": "201234567890"}]}
    as_kwargs = client.groups.create(name="Project Alpha", participants=[{"id": "201234567890"}])
    as_models = client.groups.create(
        name="Project Alpha", participants=[wawp_client.models.ParticipantRef(id="201234567890")]
    )
    as_dict = client.groups.create(body=body)
    as_model = client.groups.create(body=wawp_client.models.GroupCreateBody.from_dict(body))
    assert sent == [body] * 4
    assert as_kwargs.subject == as_models.subject == as_dict.subject == as_model.subject == "Project Alpha"


def test_nested_and_optional_body_fields(make_client: Callable[..., wawp_client.Wawp]) -> None:
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"id": "true_201234567890@c.us_3EB0C767D26A1D8A9C11"})

    client = make_client(handler)
    client.messages.send_poll(chat_id="201234567890@c.us", poll={"name": "Lunch?", "options": ["Yes", "No"]})
    client.messages.send_poll(
        chat_id="201234567890@c.us",
        poll={"name": "Lunch?", "options": ["Yes", "No"], "multipleAnswers": True, "newField": 1},
        reply_to=None,
    )
    assert sent[0] == {
        "chatId": "201234567890@c.us",
        "poll": {"name": "Lunch?", "options": ["Yes", "No"], "multipleAnswers": False},  # the spec's default
    }
    assert sent[1]["poll"]["multipleAnswers"] is True
    assert sent[1]["poll"]["newField"] == 1  # keys the spec does not know yet are sent as given
    assert sent[1]["reply_to"] is None  # nullable: None is sent as null, leaving it out is the default


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.groups.create(body={"participants": []}),
            r"body is missing 'name' \(required by GroupCreateBody\)",
        ),
        (
            lambda c: c.groups.create(name="Team", participants=["201234567890"]),
            r"participants\[0\] must be ParticipantRef or a dict with its fields, not str",
        ),
        (
            lambda c: c.groups.create(body={"name": 5, "participants": []}),
            r"body\.name must be str, not int",
        ),
        (
            lambda c: c.messages.send_poll(chat_id="x", poll={"name": "Q", "options": "Yes,No"}),
            r"poll\.options must be a list of str, not str",
        ),
        (
            lambda c: c.groups.create(name="Team"),
            r"groups\.create\(\) missing required keyword argument\(s\): 'participants'",
        ),
        (
            lambda c: c.groups.create(name="Team", body={"name": "Team", "participants": []}),
            r"either body= or the fields \(name\), not both",
        ),
    ],
)
def test_a_body_of_the_wrong_shape_names_the_field(
    call: Callable[[wawp_client.Wawp], Any], message: str, make_client: Callable[..., wawp_client.Wawp]
) -> None:
    sent: list[httpx.Request] = []
    client = make_client(lambda request: sent.append(request) or httpx.Response(200, json={}))
    with pytest.raises(TypeError, match=message):
        call(client)
    assert sent == []  # a malformed body never reaches the network
