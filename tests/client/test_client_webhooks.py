"""Webhook parsing and signature verification.

Bodies come from three places: the spec's examples, the engine's own bodies
(``tests/fixtures/webhooks/engine``: one per event, written from WAHA's webhook DTOs and emitters, with the
``environment`` WAHA adds to every envelope) and the payloads Wawp's own event pages show
(``tests/fixtures/webhooks/wawp-docs``: they disagree with the engine, so they are what a drifted body looks
like). Every body of a documented event must come back as its typed event in the default mode, fields
readable; in strict mode the client must raise exactly where the spec's JSON Schema (checked here with
``jsonschema``, independently of the client) rejects the body.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from client_support import as_json
from wawp_client import WebhookParseError, WebhookVerificationError, models, webhooks
from wawp_client._models import Model

SECRET = "whsec-test-key"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"
ENGINE_BODIES = sorted((FIXTURES / "engine").glob("*.json"))
WAWP_DOCS_BODIES = sorted((FIXTURES / "wawp-docs").glob("*.json"))


def _events(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(event name, schema name, example)`` for every member of ``WebhookEvent``."""
    schemas = spec["components"]["schemas"]
    found = []
    for member in schemas["WebhookEvent"]["oneOf"]:
        name = member["$ref"].rsplit("/", 1)[1]
        schema = schemas[name]
        for example in schema["examples"]:
            found.append((schema["properties"]["event"]["const"], name, example))
    return found


def _body(path: Path) -> dict[str, Any]:
    fixture: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert fixture["body"]["event"] == fixture["event"] == path.stem and fixture["source"]
    body: dict[str, Any] = fixture["body"]
    return body


def _fits_the_spec(spec: dict[str, Any], body: Any) -> bool:
    schema = {"$ref": "#/components/schemas/WebhookEvent", "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema).is_valid(body)


def _payload_schema(spec: dict[str, Any], event: str) -> dict[str, Any]:
    schemas = spec["components"]["schemas"]
    (name,) = [n for n, s in schemas.items() if s.get("properties", {}).get("event", {}).get("const") == event]
    payload: dict[str, Any] = schemas[name]["properties"]["payload"]
    while "$ref" in payload:
        payload = schemas[payload["$ref"].rsplit("/", 1)[1]]
    return payload


def _attribute(model: Model, wire: str) -> str:
    (name,) = [f.name for f in type(model).model_fields() if f.wire == wire]
    return name


def _signed(body: bytes, algorithm: str = "sha512", *, at: float | None = None) -> dict[str, str]:
    digest = hmac.new(SECRET.encode(), body, getattr(hashlib, algorithm)).hexdigest()
    stamp = str(int((time.time() if at is None else at) * 1000))
    return {"X-Webhook-Hmac": digest, "X-Webhook-Hmac-Algorithm": algorithm, "X-Webhook-Timestamp": stamp}


def test_every_event_of_the_spec_is_read_as_a_result_model(spec: dict[str, Any]) -> None:
    """Wawp's events and the message.ack.group of GOWS and WEBJS, each with an engine body."""
    names = {event for event, _, _ in _events(spec)}
    assert "message.ack.group" in names
    assert names == set(webhooks.EVENT_MODELS) == {path.stem for path in ENGINE_BODIES}
    for event, schema, _ in _events(spec):
        model = webhooks.EVENT_MODELS[event]
        assert model.__name__ == schema and getattr(models, schema) is model and issubclass(model, Model)


def test_parse_every_example(spec: dict[str, Any]) -> None:
    for event, schema, example in _events(spec):
        raw = json.dumps(example).encode()
        for body in (raw, raw.decode(), example):
            for strict in (False, True):
                parsed = webhooks.parse(body, strict=strict)
                assert type(parsed).__name__ == schema, (event, parsed)
                assert not isinstance(parsed, webhooks.UnknownEvent)
                assert parsed.event == event
                assert parsed.to_dict() == example


def _created(body: dict[str, Any]) -> float:
    """When an envelope says its event was created (unix seconds): the "now" its delivery is fresh at."""
    stamp: int = body["timestamp"]
    return stamp / 1000


def test_unwrap_every_example(spec: dict[str, Any]) -> None:
    for _, schema, example in _events(spec):
        raw = json.dumps(example).encode()
        now = _created(example)
        assert type(webhooks.unwrap(raw, _signed(raw), SECRET, now=now)).__name__ == schema
        assert type(webhooks.unwrap(raw, _signed(raw), SECRET, strict=True, now=now)).__name__ == schema


@pytest.mark.parametrize("path", ENGINE_BODIES, ids=lambda p: p.stem)
def test_engine_body_is_typed_tolerantly_and_strictly(path: Path, spec: dict[str, Any]) -> None:
    body = _body(path)
    assert _fits_the_spec(spec, body)
    raw = json.dumps(body, ensure_ascii=False).encode()
    tolerant = webhooks.parse(raw)
    strict = webhooks.unwrap(raw, _signed(raw), SECRET, strict=True, now=_created(body))
    assert type(tolerant) is webhooks.EVENT_MODELS[body["event"]] and tolerant == strict
    assert tolerant.to_dict() == body and tolerant.model_extra == {}
    assert (tolerant.id, tolerant.session, tolerant.engine) == (body["id"], body["session"], body["engine"])
    assert tolerant.environment == body["environment"] and tolerant.environment["version"] == "2026.2.1"
    assert isinstance(tolerant.payload, Model) and tolerant.payload.to_dict() == body["payload"]
    assert isinstance(tolerant.me, models.Me) and tolerant.me.id == body["me"]["id"]


@pytest.mark.parametrize("path", ENGINE_BODIES, ids=lambda p: p.stem)
def test_a_drifted_body_stays_typed_and_readable_but_fails_strictly(path: Path, spec: dict[str, Any]) -> None:
    """A field added (envelope and payload), a required one gone, a new value of an open set: the typed event
    still arrives and every field reads as sent; strict mode names the event and the missing field."""
    body = copy.deepcopy(_body(path))
    event = body["event"]
    gone = _payload_schema(spec, event)["required"][0]
    kept = {key: value for key, value in body["payload"].items() if key != gone}
    body.update(engine="WAWP_NEXT", deliveredVia="edge-7", payload={**kept, "someNewField": {"n": 1}})

    parsed = webhooks.parse(json.dumps(body))
    assert type(parsed) is webhooks.EVENT_MODELS[event] and parsed.event == event
    assert parsed.engine == "WAWP_NEXT" and parsed.deliveredVia == "edge-7"
    assert parsed.model_extra == {"deliveredVia": "edge-7"}
    payload = parsed.payload
    assert isinstance(payload, Model) and payload.someNewField == {"n": 1}
    assert getattr(payload, _attribute(payload, gone)) is None
    for wire, value in kept.items():
        declared = [f.name for f in type(payload).model_fields() if f.wire == wire]
        read = getattr(payload, declared[0]) if declared else payload.model_extra[wire]
        assert as_json(read) == value, wire
    assert parsed.to_dict() == body

    assert not _fits_the_spec(spec, body)
    with pytest.raises(WebhookParseError) as raised:
        webhooks.parse(json.dumps(body), strict=True)
    assert raised.value.event == event
    assert str(raised.value).startswith(f"Webhook {event!r} does not match the spec's {type(parsed).__name__} at")
    assert "$.payload: " in str(raised.value) and repr(gone) in str(raised.value)


@pytest.mark.parametrize("path", ENGINE_BODIES, ids=lambda p: p.stem)
def test_added_fields_and_new_values_are_what_the_spec_allows(path: Path, spec: dict[str, Any]) -> None:
    """The spec's schemas leave objects open and value sets (engine, statuses) unclosed: strict mode
    accepts what they accept, no more (a closed value set would be its own spec change)."""
    body = {**_body(path), "engine": "WAWP_NEXT", "deliveredVia": "edge-7"}
    assert _fits_the_spec(spec, body)
    parsed = webhooks.parse(body, strict=True)
    assert parsed.engine == "WAWP_NEXT" and parsed.deliveredVia == "edge-7"


@pytest.mark.parametrize("path", WAWP_DOCS_BODIES, ids=lambda p: p.stem)
def test_the_payloads_wawp_documents_are_typed_and_checked_like_the_spec(path: Path, spec: dict[str, Any]) -> None:
    body = _body(path)
    parsed = webhooks.parse(json.dumps(body, ensure_ascii=False))
    assert type(parsed) is webhooks.EVENT_MODELS[body["event"]]
    assert parsed.to_dict() == body and isinstance(parsed.payload, Model)
    payload = parsed.payload
    assert payload.to_dict() == body["payload"]
    declared = {f.wire for f in type(payload).model_fields()}
    assert payload.model_extra == {k: v for k, v in body["payload"].items() if k not in declared}
    for wire, value in payload.model_extra.items():
        assert getattr(payload, wire) == value  # undeclared fields are attributes under their wire names
    if _fits_the_spec(spec, body):
        assert webhooks.parse(body, strict=True) == parsed
    else:
        with pytest.raises(WebhookParseError, match=rf"^Webhook '{body['event']}' does not match .* at \$\.payload"):
            webhooks.parse(body, strict=True)


def test_wawp_documented_payloads_read_as_sent() -> None:
    """A few of the vendor's shapes, read field by field: nothing lost, nothing converted."""
    reaction = webhooks.parse(_body(FIXTURES / "wawp-docs" / "message.reaction.json"))
    assert isinstance(reaction, models.MessageReactionEvent)
    assert reaction.payload.reaction == "\u2764\ufe0f" and reaction.payload.senderId == "11111111111@c.us"
    assert reaction.payload.from_ is None
    label = webhooks.parse(_body(FIXTURES / "wawp-docs" / "label.upsert.json"))
    assert isinstance(label, models.LabelUpsertEvent)
    assert label.payload.name is None and label.payload.label == {"id": "1", "name": "New Customer", "color": "#DFE5E7"}
    body = _body(FIXTURES / "wawp-docs" / "message.json")
    message = webhooks.parse(body)
    assert isinstance(message, models.MessageEvent) and isinstance(message.payload, models.Message)
    assert message.payload.body == "Hello, world!"
    assert message.payload.v_cards == body["payload"]["vCards"] and isinstance(message.payload.v_cards, dict)
    assert message.payload.media is not None and message.payload.media.s3 == body["payload"]["media"]["s3"]


def test_a_value_of_another_type_is_kept_and_named_strictly() -> None:
    body = {**_body(FIXTURES / "engine" / "message.ack.json"), "timestamp": "1771581610000"}
    parsed = webhooks.parse(body)
    assert isinstance(parsed, models.MessageAckEvent) and parsed.timestamp == "1771581610000"
    assert parsed.payload.ack_name == "READ"
    with pytest.raises(WebhookParseError, match=r"at \$\.timestamp: string where int is expected$"):
        webhooks.parse(body, strict=True)
    odd = {"event": "message", "payload": "not an object", "session": None}
    misfit = webhooks.parse(json.dumps(odd))
    assert isinstance(misfit, models.MessageEvent) and misfit.payload == "not an object" and misfit.id is None
    with pytest.raises(WebhookParseError, match=r"MessageEvent requires 'id', 'timestamp'"):
        webhooks.parse(odd, strict=True)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ({"event": "brand.new", "payload": {}}, "brand.new"),
        ({"payload": {}}, None),
        ({"event": 5}, None),
        ({"event": None, "payload": {"event": "message"}}, None),
    ],
)
def test_unknown_events(body: dict[str, Any], name: str | None) -> None:
    parsed = webhooks.parse(json.dumps(body))
    assert isinstance(parsed, webhooks.UnknownEvent)
    assert parsed.event == name and parsed.raw == body == parsed.to_dict()
    with pytest.raises(WebhookParseError, match="none of the spec's events") as raised:
        webhooks.parse(body, strict=True)
    assert raised.value.event is None


def test_a_long_unknown_event_name_is_cut_in_the_error() -> None:
    with pytest.raises(WebhookParseError) as raised:
        webhooks.parse({"event": "x" * 10_000}, strict=True)
    assert len(str(raised.value)) < 200


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b"null", b"3"])
def test_json_that_is_not_an_object(body: bytes) -> None:
    parsed = webhooks.parse(body)
    assert isinstance(parsed, webhooks.UnknownEvent) and parsed.event is None and parsed.raw == json.loads(body)
    with pytest.raises(WebhookParseError, match="must be a JSON object"):
        webhooks.parse(body, strict=True)


@pytest.mark.parametrize("body", [b"", b"not json", b"\xff\xfe", "{broken"])
@pytest.mark.parametrize("strict", [False, True])
def test_non_json_bodies(body: bytes | str, strict: bool) -> None:
    with pytest.raises(WebhookParseError, match="not JSON") as raised:
        webhooks.parse(body, strict=strict)
    assert raised.value.event is None


@pytest.mark.parametrize("algorithm", ["sha512", "sha256"])
def test_verify_accepts_valid_signatures(algorithm: str) -> None:
    body = _envelope(time.time())
    webhooks.verify(body, _signed(body, algorithm), SECRET)
    webhooks.verify(body.decode(), {k.lower(): v for k, v in _signed(body, algorithm).items()}, SECRET.encode())


def test_verify_defaults_to_sha512() -> None:
    body = _envelope(time.time())
    headers = _signed(body)
    del headers["X-Webhook-Hmac-Algorithm"]
    webhooks.verify(body, headers, SECRET)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"X-Webhook-Hmac": "00" * 64}, "does not match"),
        ({"X-Webhook-Hmac-Algorithm": "md5"}, "Unsupported"),
        ({"X-Webhook-Timestamp": "yesterday"}, "Timestamp"),
        ({"X-Webhook-Timestamp": str(int((time.time() - 3600) * 1000))}, "tolerance"),
        ({"X-Webhook-Timestamp": str(int((time.time() + 3600) * 1000))}, "tolerance"),
    ],
)
def test_verify_rejects(change: dict[str, str], message: str) -> None:
    body = b'{"event": "message"}'  # no signed timestamp: header_time dates it by the header
    headers = {**_signed(body), **change}
    with pytest.raises(WebhookVerificationError, match=message):
        webhooks.verify(body, headers, SECRET, header_time=True)


def test_verify_rejects_tampered_body_and_missing_headers() -> None:
    body = b'{"event": "message"}'
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body + b" ", _signed(body), SECRET)
    with pytest.raises(WebhookVerificationError, match="Missing"):
        webhooks.verify(body, {}, SECRET)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body, _signed(body), "other-secret")


def test_unwrap_verifies_before_it_parses() -> None:
    body = json.dumps({"timestamp": int(time.time() * 1000), "event": "message", "payload": {}}).encode()
    with pytest.raises(WebhookVerificationError):
        webhooks.unwrap(body, {**_signed(body), "X-Webhook-Hmac": "00" * 64}, SECRET, strict=True)
    with pytest.raises(WebhookParseError, match="MessageEvent requires"):
        webhooks.unwrap(body, _signed(body), SECRET, strict=True)
    assert isinstance(webhooks.unwrap(body, _signed(body), SECRET), models.MessageEvent)


def test_tolerance_can_be_disabled_and_clock_injected() -> None:
    body = _envelope(1_000_000)
    old = _signed(body, at=1_000_000)
    webhooks.verify(body, old, SECRET, tolerance=None)
    webhooks.verify(body, old, SECRET, now=1_000_100)
    with pytest.raises(WebhookVerificationError):
        webhooks.verify(body, old, SECRET, now=1_000_400)


# --------------------------------------------------------------------------- replay, malformed headers, duplicates


def _envelope(created: float, event_id: str = "evt_01m9s346q3d25vt4f5v37e3s3e") -> bytes:
    return json.dumps({"id": event_id, "timestamp": int(created * 1000), "event": "message", "payload": {}}).encode()


def test_a_replay_with_a_fresh_header_is_refused_by_the_signed_timestamp() -> None:
    """A delivery captured a day ago, re-sent with a rewritten X-Webhook-Timestamp: the header says now, the
    signed body says a day ago, and the body wins."""
    now = 1_800_000_000.0
    body = _envelope(now - 24 * 3600)
    replayed = _signed(body, at=now)
    with pytest.raises(WebhookVerificationError, match="outside the tolerance"):
        webhooks.verify(body, replayed, SECRET, now=now)
    with pytest.raises(WebhookVerificationError, match="outside the tolerance"):
        webhooks.unwrap(body, replayed, SECRET, now=now)
    webhooks.verify(body, replayed, SECRET, now=now - 24 * 3600 + 299)  # fresh when it was made
    webhooks.verify(body, {**replayed, "X-Webhook-Timestamp": "garbage"}, SECRET, now=now - 24 * 3600)


@pytest.mark.parametrize(
    "body",
    [b'{"event": "message"}', b'{"timestamp": "1800000000000"}', b'{"timestamp": 1800000000000.0}', b"[]", b"{"],
    ids=["none", "string", "float", "not-an-object", "not-json"],
)
def test_a_body_without_a_signed_integer_timestamp_is_refused_by_default(body: bytes) -> None:
    """Every documented envelope carries an integer ``timestamp``: without one, nothing signed dates the
    body, so a fresh header would let its replay through; it is refused unless the caller opts out."""
    now = 1_800_000_000.0
    with pytest.raises(WebhookVerificationError, match="no signed integer 'timestamp'"):
        webhooks.verify(body, _signed(body, at=now), SECRET, now=now)
    with pytest.raises(WebhookVerificationError, match="header_time=True"):
        webhooks.unwrap(body, _signed(body, at=now), SECRET, now=now)
    webhooks.verify(body, _signed(body, at=now), SECRET, tolerance=None)  # no age check asked for


def test_header_time_dates_an_unstamped_body_by_the_header_and_a_replay_passes() -> None:
    """The documented residual risk of the opt-out: the header is not signed, so a captured delivery
    re-sent a day later with a fresh header is accepted; an old header is still refused."""
    body = b'{"event": "message", "payload": {}}'
    made, replayed_at = 1_800_000_000.0, 1_800_000_000.0 + 24 * 3600
    webhooks.verify(body, _signed(body, at=made), SECRET, now=made, header_time=True)
    webhooks.verify(body, _signed(body, at=replayed_at), SECRET, now=replayed_at, header_time=True)
    event = webhooks.unwrap(body, _signed(body, at=replayed_at), SECRET, now=replayed_at, header_time=True)
    assert isinstance(event, models.MessageEvent)
    with pytest.raises(WebhookVerificationError, match="outside the tolerance"):
        webhooks.verify(body, _signed(body, at=made), SECRET, now=replayed_at, header_time=True)
    stamped = _envelope(made)  # a signed timestamp wins over the header, header_time or not
    with pytest.raises(WebhookVerificationError, match="outside the tolerance"):
        webhooks.verify(stamped, _signed(stamped, at=replayed_at), SECRET, now=replayed_at, header_time=True)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Webhook-Hmac": "é" * 128},
        {"X-Webhook-Hmac": "00" * 64, "X-Webhook-Hmac-Algorithm": "sha512\u200b"},
        {"X-Webhook-Hmac": b"00" * 64},
    ],
    ids=["non-ascii-signature", "non-ascii-algorithm", "bytes-value"],
)
def test_malformed_headers_are_a_verification_error(headers: dict[str, Any]) -> None:
    with pytest.raises(WebhookVerificationError, match=r"Malformed|Unsupported"):
        webhooks.verify(b"{}", headers, SECRET)


def test_a_non_ascii_timestamp_header_is_a_verification_error() -> None:
    body = b'{"event": "message"}'
    with pytest.raises(WebhookVerificationError, match="Malformed X-Webhook-Timestamp"):
        webhooks.verify(
            body, {**_signed(body), "X-Webhook-Timestamp": "\uff11\uff17\uff10\uff10"}, SECRET, header_time=True
        )


def test_is_duplicate_tells_repeats_by_event_id() -> None:
    seen = webhooks.MemorySeenEvents()
    first = webhooks.parse(_envelope(1_800_000_000))
    again = webhooks.parse(_envelope(1_800_000_000))
    other = webhooks.parse(_envelope(1_800_000_000, event_id="evt_other"))
    assert [webhooks.is_duplicate(e, seen) for e in (first, again, other, again)] == [False, True, False, True]
    unknown = webhooks.parse(b'{"id": "evt_u", "event": "poll.vote"}')
    assert isinstance(unknown, webhooks.UnknownEvent)
    assert [webhooks.is_duplicate(unknown, seen) for _ in range(2)] == [False, True]
    no_id = webhooks.parse(b'{"event": "message", "payload": {}}')
    assert [webhooks.is_duplicate(no_id, seen) for _ in range(2)] == [False, False]


def test_the_memory_store_is_bounded_in_size_and_time() -> None:
    clock = [0.0]
    seen = webhooks.MemorySeenEvents(max_size=3, ttl=60, clock=lambda: clock[0])
    assert [seen.check_and_add(f"evt_{n}") for n in range(4)] == [False] * 4
    assert len(seen) == 3 and seen.check_and_add("evt_0") is False  # the oldest was forgotten for evt_3
    clock[0] = 61
    assert seen.check_and_add("evt_3") is False and len(seen) == 1  # every earlier id expired
    with pytest.raises(ValueError, match="max_size"):
        webhooks.MemorySeenEvents(max_size=0)


def test_any_store_with_check_and_add_plugs_in() -> None:
    class SharedStore:
        def __init__(self) -> None:
            self.ids: set[str] = set()

        def check_and_add(self, event_id: str) -> bool:
            known = event_id in self.ids
            self.ids.add(event_id)
            return known

    store = SharedStore()
    event = webhooks.parse(_envelope(1_800_000_000))
    assert (webhooks.is_duplicate(event, store), webhooks.is_duplicate(event, store)) == (False, True)
    assert store.ids == {"evt_01m9s346q3d25vt4f5v37e3s3e"}


@pytest.mark.parametrize(("body", "secret"), [("\ud800", SECRET), ('{"event": "\udcff"}', SECRET), ("{}", "k\ud800")])
def test_text_with_no_utf8_form_is_a_verification_error(body: str, secret: str) -> None:
    with pytest.raises(WebhookVerificationError, match="no UTF-8 form"):
        webhooks.verify(body, {"X-Webhook-Hmac": "00" * 64}, secret)


@pytest.mark.parametrize(
    ("body", "stamp", "message"),
    [
        (b'{"timestamp": %d}' % 10**400, "1", "body's timestamp is not a time"),
        (b'{"timestamp": -5}', "1", "body's timestamp is not a time"),
        (b"{}", "9" * 400, "malformed X-Webhook-Timestamp"),
        (b"{}", "-1000", "malformed X-Webhook-Timestamp"),
    ],
)
def test_timestamps_no_clock_can_read_are_a_verification_error(body: bytes, stamp: str, message: str) -> None:
    with pytest.raises(WebhookVerificationError, match=message):
        webhooks.verify(body, {**_signed(body), "X-Webhook-Timestamp": stamp}, SECRET, header_time=True)
