"""Engine-shaped answers (``tests/fixtures/engine``, written from WAHA's GOWS/WEBJS/NOWEB sources) read
by the client: never an error in the default mode, checked against the spec in strict mode, the body
kept exactly as received, and a send's serialized id readable as ``sent.id`` whatever the engine."""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import httpx
import jsonschema
import pytest
import wawp_client
from client_support import ACCESS_TOKEN, as_json, facade_arguments, facade_method, operation
from operation_inventory import OPERATIONS
from wawp_client import _parsing
from wawp_client._models import Model
from wawp_client.models import Chat, Message, SentMessage
from wawp_client.pagination import SyncPage

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "engine").glob("*/*.json"))


def _fixture(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _answer(body: Any, status: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status) if body is None else httpx.Response(status, json=body)

    return handler


def _fits_the_spec(spec: dict[str, Any], operation_id: str, body: Any) -> bool:
    """Whether ``body`` is what the operation's 200 documents (an empty body only where no content is)."""
    content = operation(spec, operation_id)[2]["responses"]["200"].get("content")
    if body is None or not content:
        return body is None and not content
    schema = {**content["application/json"]["schema"], "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema).is_valid(body)


def _models(result: Any) -> list[Model]:
    """The models in a result: itself, a list's items or a page's."""
    items = result.items if isinstance(result, SyncPage) else result if isinstance(result, list) else [result]
    return [item for item in items if isinstance(item, Model)]


def test_there_are_fixtures_of_every_engine() -> None:
    assert {path.parent.name for path in FIXTURES} == {"GOWS", "WEBJS", "NOWEB"}
    assert len(FIXTURES) > 100


@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_engine_answer_is_read(
    path: Path, strict: bool, spec: dict[str, Any], make_client: Callable[..., wawp_client.Wawp]
) -> None:
    fixture = _fixture(path)
    entry = OPERATIONS[fixture["operation"]]
    client = make_client(_answer(fixture["body"], fixture["status"]), strict_response_validation=strict)
    call = facade_method(client, entry.facade)
    if fixture["status"] == 501:  # the engine's refusal: the typed error names the engine and the call
        with pytest.raises(wawp_client.NotImplementedByEngineError) as refused:
            call(**facade_arguments(spec, fixture["operation"]))
        assert (refused.value.engine, refused.value.operation) == (path.parent.name, fixture["operation"])
        assert refused.value.body == fixture["body"]
        return
    if strict and not _fits_the_spec(spec, fixture["operation"], fixture["body"]):
        with pytest.raises(wawp_client.APIResponseValidationError):
            call(**facade_arguments(spec, fixture["operation"]))
        return
    result = call(**facade_arguments(spec, fixture["operation"]))
    assert as_json(result) == fixture["body"]
    for model in _models(result):  # every model a call returns is a generated attrs class
        assert attrs.has(type(model)), type(model)
    expect = fixture.get("expect") or {}
    if "id" in expect:
        assert isinstance(result, SentMessage)
        assert result.id == expect["id"]


def test_sent_message_names_the_specs_variants_in_order(spec: dict[str, Any]) -> None:
    # The one hand-written model: its variants are the spec's anyOf, which a strict read tries in order.
    variants = spec["components"]["schemas"]["SentMessage"]["anyOf"]
    assert SentMessage._variant_names == tuple(v["$ref"].rsplit("/", 1)[1] for v in variants)
    assert attrs.has(SentMessage) and issubclass(SentMessage, Model)


def test_sent_message_id_on_every_engine(make_client: Callable[..., wawp_client.Wawp]) -> None:
    raw = "3EB0C767D26A1D8A9C11"
    serialized = f"true_201234567890@c.us_{raw}"
    bodies = {
        "GOWS": {"id": serialized, "_data": {"Info": {"ID": raw}}},
        "WEBJS": {"id": {"fromMe": True, "remote": "201234567890@c.us", "id": raw, "_serialized": serialized}},
        "NOWEB": {"key": {"remoteJid": "201234567890@s.whatsapp.net", "fromMe": True, "id": raw}, "status": "PENDING"},
        "WAWP": {"sent": True, "upstream_status": 201},
    }
    for engine, body in bodies.items():
        sent = make_client(_answer(body)).messages.send_text(chat_id="201234567890@c.us", message="Hi")
        assert sent.engine == engine
        assert sent.id == (None if engine == "WAWP" else serialized)
        assert sent.to_dict() == body  # the raw rest stays reachable
    gows = make_client(_answer(bodies["GOWS"])).messages.send_text(chat_id="x", message="Hi")
    assert gows.model_extra["_data"] == {"Info": {"ID": raw}}
    assert type(gows.variant).__name__ == "GowsSentMessage"
    group = {
        "key": {
            "remoteJid": "120363012345678901@g.us",
            "fromMe": True,
            "id": raw,
            "participant": "2010:3@s.whatsapp.net",
        }
    }
    assert make_client(_answer(group)).messages.send_text(chat_id="x", message="Hi").id == (
        f"true_120363012345678901@g.us_{raw}_2010@c.us"
    )


def test_extra_and_missing_fields(make_client: Callable[..., wawp_client.Wawp]) -> None:
    body = {"id": "true_1@c.us_ABCDEF", "timestamp": 1, "brandNewField": {"x": 1}}
    message = make_client(_answer(body)).chats.messages.get(chat_id="1@c.us", message_id="true_1@c.us_ABCDEF")
    assert isinstance(message, Message)
    assert message.from_me is None  # required by the spec, absent here: None
    assert message.from_ is None
    assert message.brandNewField == {"x": 1}
    assert message.model_extra == {"brandNewField": {"x": 1}}
    assert "brandNewField" in repr(message)
    # An attrs instance like any other: its declared fields, read on first access, missing ones None.
    assert attrs.asdict(message)["id"] == body["id"] and attrs.asdict(message)["from_me"] is None
    with pytest.raises(wawp_client.APIResponseValidationError, match=r"at \$: Message requires 'fromMe'"):
        make_client(_answer(body), strict_response_validation=True).chats.messages.get(chat_id="1", message_id="m")


def test_a_field_of_the_wrong_type_is_kept_or_named(make_client: Callable[..., wawp_client.Wawp]) -> None:
    body = [{"id": "true_1@c.us_ABCDEF", "timestamp": "yesterday", "from": "1@c.us", "fromMe": True, "to": "2@c.us"}]
    messages = make_client(_answer(body)).chats.messages.list(chat_id="1@c.us", limit=10)
    assert messages.items[0].timestamp == "yesterday"
    assert messages.items[0].from_me is True
    with pytest.raises(wawp_client.APIResponseValidationError) as caught:
        make_client(_answer(body), strict_response_validation=True).chats.messages.list(chat_id="1@c.us", limit=10)
    assert "$[0].timestamp: string where int is expected" in str(caught.value)
    assert caught.value.body == body


def test_a_page_sets_its_scalar_fields_when_read_and_converts_the_others_on_first_access(
    make_client: Callable[..., wawp_client.Wawp],
) -> None:
    # Scalars are handed out as received, so a tolerant read sets them at once (a read is then a slot load, not
    # a fallback through ``Model.__getattr__``); a nested model is still built only when it is first read.
    media = {"url": "https://example.test/a.jpg", "mimetype": "image/jpeg"}
    body = [{"id": 7, "fromMe": True, "body": None, "media": media, "someNewField": 1}]
    (message,) = make_client(_answer(body)).chats.messages.list(chat_id="1@c.us", limit=10).items
    set_now = [object.__getattribute__(message, name) for name in ("id", "from_me", "body", "ack")]
    assert set_now == [7, True, None, None]
    with pytest.raises(AttributeError):
        object.__getattribute__(message, "media")
    assert type(message.media).__name__ == "Media" and message.media.mimetype == "image/jpeg"
    assert message.someNewField == 1 and message.to_dict() == body[0]


def test_a_model_class_is_prepared_once_even_without_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[type] = []
    original = _parsing._tolerant_builder

    def counting(cls: type[Model], fields: list[Any]) -> Any:
        compiled.append(cls)
        return original(cls, fields)

    monkeypatch.setattr(_parsing, "_tolerant_builder", counting)

    @attrs.define(eq=False, repr=False, getstate_setstate=False)
    class Empty(Model):
        pass

    for _ in range(3):
        assert _parsing.read(Empty, {"anything": 1}, strict=False).anything == 1
    assert compiled == [Empty]


def test_a_union_no_variant_fits_gives_the_raw_data(make_client: Callable[..., wawp_client.Wawp]) -> None:
    body = {"unknownEngine": True}
    group = make_client(_answer(body)).groups.get(id="120363012345678901@g.us")
    assert group == body
    with pytest.raises(wawp_client.APIResponseValidationError, match="fits none of"):
        make_client(_answer(body), strict_response_validation=True).groups.get(id="120363012345678901@g.us")
    assert isinstance(make_client(_answer([{"id": "2@c.us"}])).chats.list().items[0], Chat)
    assert make_client(_answer([{"unknownEngine": 1}, 7])).chats.list().items == [{"unknownEngine": 1}, 7]


def test_one_odd_item_leaves_the_others_of_a_list_typed(make_client: Callable[..., wawp_client.Wawp]) -> None:
    """A multi-engine list that no variant fits whole is read item by item against the variant most of its
    items fit; only the odd items stay raw (strict mode still names the first of them)."""
    group = _fixture(next(path for path in FIXTURES if path.parts[-2:] == ("GOWS", "groupsList.json")))["body"][0]
    odd = {**group, "JID": 120363012345678902, "Name": "odd"}  # a number where the id string belongs
    body = [group, odd, {**group, "Name": "Third"}]
    groups = make_client(_answer(body)).groups.list()
    assert [type(g).__name__ for g in groups.items] == ["GowsGroupInfo", "dict", "GowsGroupInfo"]
    assert groups.items[1] == odd and [g.name for g in groups.items[::2]] == ["Support Team", "Third"]
    assert as_json(groups.items) == body
    with pytest.raises(wawp_client.APIResponseValidationError, match="fits none of"):
        make_client(_answer(body), strict_response_validation=True).groups.list()
    # a tie goes to the first variant: one engine-neutral chat, one WEBJS chat
    chats = make_client(_answer([{"id": {"_serialized": "1@c.us"}}, {"id": "2@c.us"}])).chats.list()
    assert [type(c).__name__ for c in chats.items] == ["dict", "Chat"]


def test_empty_bodies(make_client: Callable[..., wawp_client.Wawp]) -> None:
    assert (
        make_client(_answer(None)).messages.star(chat_id="1@c.us", message_id="true_1@c.us_ABCDEF", star=True) is None
    )
    strict = make_client(_answer(None), strict_response_validation=True)
    assert strict.messages.star(chat_id="1@c.us", message_id="true_1@c.us_ABCDEF", star=True) is None
    assert make_client(_answer(None)).groups.get(id="120363012345678901@g.us") is None
    with pytest.raises(wawp_client.APIResponseValidationError, match="empty body"):
        make_client(_answer(None), strict_response_validation=True).groups.get(id="120363012345678901@g.us")


def test_a_validation_error_keeps_no_credential(make_client: Callable[..., wawp_client.Wawp]) -> None:
    """A server echoing the request URL into a body that does not fit: neither the error nor the frames of
    its traceback (locals included) hold the token or the httpx response."""

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"unexpected": str(request.url)})

    client = make_client(echo, strict_response_validation=True)
    with pytest.raises(wawp_client.APIResponseValidationError) as caught:
        client.messages.send_text(chat_id="201234567890@c.us", message="hi")
    formatted = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert ACCESS_TOKEN not in formatted
    frame = caught.value.__traceback__
    while frame is not None:
        if "wawp_client" in frame.tb_frame.f_code.co_filename:
            assert not any(isinstance(v, httpx.Response | httpx.Request) for v in frame.tb_frame.f_locals.values())
        frame = frame.tb_next
