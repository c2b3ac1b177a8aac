"""Labels: palette, ids, CRUD, chat associations and their events (state level), and the request rules
of WAHA's label DTO and controller over HTTP."""

from __future__ import annotations

import pytest
from _people_fakes import FakeWorld
from _sessions_world import error, ok, open_emulator
from wawp_emulator.errors import StateError
from wawp_emulator.events import chat_labels
from wawp_emulator.spec import load_spec
from wawp_emulator.state.labels import MAX_LABELS, PALETTE, ChatLabelsChanged, LabelsState


def _labels() -> tuple[FakeWorld, LabelsState]:
    world = FakeWorld()
    return world, world.instance().state(LabelsState)


def test_palette_colours_and_increasing_ids() -> None:
    _, labels = _labels()
    assert len(PALETTE) == 20
    lead = labels.create("Lead", color_hex="#FF9485")
    vip = labels.create("VIP", color=19)
    assert (lead.id, lead.color, vip.id, vip.color_hex) == ("1", 0, "2", "#9368cf")
    labels.delete("2")
    assert labels.create("Next", color=3).id == "3"  # ids are never reused
    assert lead.to_json() == {"id": "1", "name": "Lead", "color": 0, "colorHex": "#ff9485"}


@pytest.mark.parametrize(("color_hex"), ["#12345", None])
def test_no_colour_or_a_bad_hex_is_400(color_hex: str | None) -> None:
    _, labels = _labels()
    with pytest.raises(StateError) as caught:
        labels.create("x", color_hex=color_hex)
    assert (caught.value.status, caught.value.code) == (400, "invalid_color")


@pytest.mark.parametrize(
    ("color", "kept", "colour"),
    [(20, 20, "#000000"), (1e3, 1000, "#000000"), (2.0, 2, "#ffd429"), (-1, -1, None), (2.5, 2.5, None)],
)
def test_any_number_is_kept_and_read_back_as_wahas_to_hex(color: float, kept: float, colour: str | None) -> None:
    _, labels = _labels()
    body = labels.create("x", color=color).to_json()
    assert (body["color"], body.get("colorHex")) == (kept, colour)
    assert type(body["color"]) is type(kept)


def test_any_other_hex_becomes_the_nearest_palette_colour() -> None:
    _, labels = _labels()
    assert labels.create("x", color_hex="#fe9486").to_json()["colorHex"] == "#ff9485"
    assert labels.create("y", color_hex="#65C5FE").to_json()["color"] == 1


def test_update_and_delete_then_404() -> None:
    _, labels = _labels()
    labels.create("Lead", color=0)
    updated = labels.update("1", "Customer", color_hex="#64c4ff")
    assert updated.to_json() == {"id": "1", "name": "Customer", "color": 1, "colorHex": "#64c4ff"}
    labels.delete("1")
    for call in (lambda: labels.get("1"), lambda: labels.update("1", "x"), lambda: labels.delete("1")):
        with pytest.raises(StateError) as caught:
            call()
        assert (caught.value.status, caught.value.code) == (404, "label_not_found")


def test_put_replaces_and_announces_the_diff() -> None:
    _, labels = _labels()
    for name in ("A", "B", "C"):
        labels.create(name, color=0)
    first = chat_labels(labels.set_for_chat("201234567890", ["1", "2"]), labels.labels)
    assert [(name, payload["labelId"]) for name, payload in first] == [
        ("label.chat.added", "1"),
        ("label.chat.added", "2"),
    ]
    assert first[0][1]["chatId"] == "201234567890@c.us" and first[0][1]["label"]["name"] == "A"
    change = labels.set_for_chat("201234567890@c.us", ["2", "3", "3"])
    assert [label.id for label in labels.for_chat("201234567890")] == ["2", "3"]
    assert [(name, payload["labelId"]) for name, payload in chat_labels(change, labels.labels)] == [
        ("label.chat.deleted", "1"),
        ("label.chat.added", "3"),
    ]
    assert labels.set_for_chat("201234567890@c.us", ["2", "3"]) == ChatLabelsChanged("201234567890@c.us", (), ())
    assert labels.chats_with("2") == ["201234567890@c.us"]
    assert labels.chats_with("1") == []


def test_unknown_label_in_put_changes_nothing() -> None:
    _, labels = _labels()
    labels.create("A", color=0)
    labels.set_for_chat("120363012345678901@g.us", ["1"])
    with pytest.raises(StateError) as caught:
        labels.set_for_chat("120363012345678901@g.us", ["9"])
    assert caught.value.status == 404
    assert [label.id for label in labels.for_chat("120363012345678901@g.us")] == ["1"]


def test_delete_drops_associations() -> None:
    _, labels = _labels()
    labels.create("A", color=0)
    labels.create("B", color=1)
    labels.set_for_chat("201234567890", ["1", "2"])
    labels.set_for_chat("201111111112", ["2"])
    labels.delete("2")
    assert [label.id for label in labels.for_chat("201234567890")] == ["1"]
    assert labels.for_chat("201111111112") == []
    assert labels.chats_with("1") == ["201234567890@c.us"]


def test_phone_side_add_and_remove() -> None:
    _, labels = _labels()
    labels.create("A", color=0)
    chat = "201234567890@c.us"
    assert labels.add_to_chat("201234567890", "1") == ChatLabelsChanged(chat, (), ("1",))
    assert labels.add_to_chat("201234567890", "1") == ChatLabelsChanged(chat, (), ())
    assert labels.remove_from_chat("201234567890", "1") == ChatLabelsChanged(chat, ("1",), ())
    assert labels.remove_from_chat("201234567890", "1") == ChatLabelsChanged(chat, (), ())


# ---------------------------------------------------------------- over HTTP: WAHA's LabelBody and controller rules


def _palette_rule() -> list[str]:
    """The palette as the spec's labelCreate rule lists it (the inventory of colours the API takes; its null
    is a colorHex left out)."""
    [op] = [op for op in load_spec() if op.operation_id == "labelCreate"]
    [rule] = [r for r in op.raw["x-wawp-request-rules"] if r["code"] == "label_color_not_in_palette"]
    *palette, left_out = rule["schema"]["properties"]["colorHex"]["enum"]
    assert left_out is None
    return list(palette)


def test_the_spec_palette_is_wahas() -> None:
    assert tuple(_palette_rule()) == PALETTE


def test_every_palette_colour_and_index_is_taken() -> None:
    with open_emulator() as emu, emu.client() as http:
        for index, colour in enumerate(_palette_rule()[: MAX_LABELS // 2]):
            assert ok(http.post("/labels", json={"name": f"hex {index}", "colorHex": colour}))["color"] == index
            assert ok(http.post("/labels", json={"name": f"index {index}", "color": index}))["colorHex"] == colour


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"name": "x", "colorHex": "#fe9486"}, "label_color_not_in_palette"),
        ({"name": "x", "colorHex": "#FF9485"}, "label_color_not_in_palette"),
        ({"name": "x", "colorHex": "#ff9485", "color": 0}, "label_color_twice"),
        ({"name": "x"}, "label_color_required"),
        ({"name": "x", "color": None}, "label_color_required"),
    ],
)
def test_colours_outside_wahas_rules_are_422(body: dict[str, object], code: str) -> None:
    with open_emulator() as emu, emu.client() as http:
        error(http.post("/labels", json=body), 422, code)
        ok(http.post("/labels", json={"name": "Lead", "color": 0}))
        error(http.put("/labels/1", json={**body, "name": "Other"}), 422, code)


@pytest.mark.parametrize("colour", ["#12345", "red", "#ff94851", "", 5])
def test_a_colorhex_that_is_not_a_hex_colour_is_400(colour: object) -> None:
    with open_emulator() as emu, emu.client() as http:
        assert http.post("/labels", json={"name": "x", "colorHex": colour}).status_code == 400
        ok(http.post("/labels", json={"name": "Lead", "color": 0}))
        assert http.put("/labels/1", json={"name": "x", "colorHex": colour}).status_code == 400


@pytest.mark.parametrize("colour", ["#FFF", "fff", "#ffff", "#FF9485AA", "ff9485"])
def test_any_hex_colour_passes_validation_then_misses_the_palette(colour: str) -> None:
    with open_emulator() as emu, emu.client() as http:
        error(http.post("/labels", json={"name": "x", "colorHex": colour}), 422, "label_color_not_in_palette")


def test_a_color_of_any_number_is_taken_and_read_back_as_waha_does() -> None:
    with open_emulator() as emu, emu.client() as http:
        assert ok(http.post("/labels", json={"name": "big", "color": 25})) == {
            "id": "1",
            "name": "big",
            "color": 25,
            "colorHex": "#000000",
        }
        assert ok(http.post("/labels", json={"name": "negative", "color": -1})) == {
            "id": "2",
            "name": "negative",
            "color": -1,
        }
        assert "colorHex" not in ok(http.put("/labels/1", json={"name": "half", "color": 2.5}))
        assert [label.get("colorHex") for label in ok(http.get("/labels"))] == [None, None]
        assert http.post("/labels", json={"name": "text", "color": "1"}).status_code == 400


def test_a_null_colour_is_no_colour() -> None:
    with open_emulator() as emu, emu.client() as http:
        assert ok(http.post("/labels", json={"name": "a", "color": 3, "colorHex": None}))["colorHex"] == "#dfaef0"
        assert ok(http.post("/labels", json={"name": "b", "color": None, "colorHex": "#ff9485"}))["color"] == 0
        error(http.post("/labels", json={"name": "c", "color": None, "colorHex": None}), 422, "label_color_required")


def test_a_name_is_taken_by_any_label_even_the_one_changed() -> None:
    with open_emulator() as emu, emu.client() as http:
        ok(http.post("/labels", json={"name": "Lead", "color": 0}))
        ok(http.post("/labels", json={"name": "VIP", "color": 1}))
        error(http.post("/labels", json={"name": "Lead", "color": 2}), 422, "label_name_taken")
        error(http.put("/labels/2", json={"name": "Lead", "color": 1}), 422, "label_name_taken")
        error(http.put("/labels/1", json={"name": "Lead", "color": 3}), 422, "label_name_taken")
        ok(http.post("/labels", json={"name": "lead", "color": 2}))  # exact text: another case is another name
        error(http.put("/labels/99", json={"name": "Lead", "color": 1}), 404, "label_not_found")


def test_a_21st_label_is_422() -> None:
    with open_emulator() as emu, emu.client() as http:
        for index in range(MAX_LABELS):
            ok(http.post("/labels", json={"name": f"L{index}", "color": index % len(PALETTE)}))
        error(http.post("/labels", json={"name": "one more", "color": 0}), 422, "too_many_labels")
