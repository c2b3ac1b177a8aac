"""The ``contacts`` tag over HTTP: the seeded address book, registration, blocking, upsert and LIDs."""

from __future__ import annotations

from _sessions_world import error, ok, open_emulator


def test_address_book_pagination_sorting_and_lids() -> None:
    with open_emulator() as emu, emu.client() as http:
        everyone = ok(http.get("/contacts/all", params={"sortBy": "id"}))
        assert [c["id"] for c in everyone] == sorted(c["id"] for c in everyone)
        page = ok(http.get("/contacts/all", params={"sortBy": "id", "limit": 2, "offset": 1}))
        assert page == everyone[1:3]
        descending = ok(http.get("/contacts/all", params={"sortBy": "id", "sortOrder": "DESC"}))
        assert descending == everyone[::-1]
        lids = ok(http.get("/lids", params={"limit": 100}))
        assert ok(http.get("/lids/count"))["count"] == len(lids)
        by_phone = {c["id"]: c["lid"] for c in everyone if c.get("lid")}
        assert {m["pn"]: m["lid"] for m in lids if m["pn"] in by_phone} == by_phone
        with emu.client() as again:  # the same seed gives the same people
            assert ok(again.get("/contacts/all", params={"sortBy": "id"})) == everyone


def test_registration_block_upsert_and_unknown_contacts() -> None:
    with open_emulator() as emu, emu.client() as http:
        assert ok(http.get("/contacts/check-exists", params={"phone": "201222222222"}))["numberExists"] is True
        assert ok(http.get("/contacts/check-exists", params={"phone": "201222222223"})) == {"numberExists": False}
        emu.server.set_contact_exists(phone="201222222223", exists=True)
        assert ok(http.get("/contacts/check-exists", params={"phone": "201222222223"}))["numberExists"] is True

        someone = ok(http.get("/contacts/all", params={"limit": 1}))[0]["id"]
        # GOWS' core does not block
        error(http.post("/contacts/block", params={"contactId": someone}), 501, "wawp_upstream_error")
        emu.set_engine("WEBJS")  # (whatsapp-web.js blocks and reads the about text)
        ok(http.post("/contacts/block", params={"contactId": someone}))
        assert ok(http.get("/contacts", params={"contactId": someone}))["isBlocked"] is True
        ok(http.post("/contacts/unblock", params={"contactId": someone}))
        assert ok(http.get("/contacts", params={"contactId": someone}))["isBlocked"] is False

        ok(http.put(f"/contacts/{someone}", params={"firstName": "Nour", "lastName": "Adel"}))
        assert ok(http.get("/contacts", params={"contactId": someone}))["name"] == "Nour Adel"
        assert ok(http.get("/contacts/about", params={"contactId": someone}))["about"]
        error(http.get("/contacts", params={"contactId": "209999999991"}), 404)  # not on WhatsApp


def test_blocking_shows_where_the_engine_reports_it() -> None:
    """whatsapp-web.js' contact carries ``isBlocked`` (WEBJS); GOWS' ``toWAContact`` answers only the id, the
    saved name and the push name."""
    with open_emulator("WEBJS") as emu, emu.client() as http:
        someone = ok(http.get("/contacts/all", params={"limit": 1}))[0]["id"]
        ok(http.post("/contacts/block", params={"contactId": someone}))
        assert ok(http.get("/contacts", params={"contactId": someone}))["isBlocked"] is True
        ok(http.post("/contacts/unblock", params={"contactId": someone}))
        assert ok(http.get("/contacts", params={"contactId": someone}))["isBlocked"] is False
    with open_emulator("GOWS") as emu, emu.client() as http:
        people = ok(http.get("/contacts/all"))
        assert people and all(set(person) == {"id", "name", "pushname"} for person in people)
