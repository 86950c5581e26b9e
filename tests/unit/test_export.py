"""bot.core.export: the access and portability attachments, built from values only."""

import csv
import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from bot.core.customers import Consent, Contact, Customer, CustomerData, Order
from bot.core.export import access_export, portability_export

BOM = b"\xef\xbb\xbf"


def make_data(**overrides) -> CustomerData:
    data = CustomerData(
        customer=Customer(
            id=4,
            name="Linnea Sjöholm",
            email="linnea.sjoholm@example.se",
            phone="+358 44 222 3344",
            address="Strandgatan 8 C 21, 65100 Vasa, Finland",
            created_on=date(2021, 8, 17),
        ),
        orders=(
            Order(
                number="AS-2026-11502",
                placed_on=date(2026, 6, 2),
                total=Decimal("129.00"),
                currency="EUR",
                items=("1 × Makuupussi Nordic -5 °C @ 129.00 EUR",),
                delivery_address="Strandgatan 8 C 21, 65100 Vasa",
                payment_method="Card payment",
            ),
            Order(
                number="AS-2020-00001",
                placed_on=date(2020, 1, 2),
                total=Decimal("19.90"),
                currency="EUR",
                items=("1 × Juomapullo, 0,75 l", '2 × "Retki" sukat'),
                delivery_address=None,
                payment_method="Invoice",
            ),
        ),
        consents=(
            Consent(kind="newsletter", given=True, changed_on=date(2021, 8, 17)),
            Consent(kind="marketing_sms", given=True, changed_on=date(2023, 2, 1)),
            Consent(kind="analytics_cookies", given=False, changed_on=date(2021, 8, 17)),
        ),
        contacts=(
            Contact(on=date(2026, 6, 5), channel="email", summary="Frågade om leveranstiden."),
            Contact(on=date(2025, 1, 9), channel="phone", summary="=HYPERLINK(\"x\")"),
        ),
        analytics={"last_visit": "2026-06-01", "interest_segment": "hiking", "visits": 7},
    )
    return replace(data, **overrides)


def read_csv(raw: bytes) -> list[list[str]]:
    assert raw.startswith(BOM), "Excel needs the UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


# --- access ---------------------------------------------------------------------------------


def test_access_export_has_both_files():
    assert set(access_export(make_data())) == {"personal-data.json", "personal-data.csv"}


def test_access_json_parses_and_holds_everything():
    raw = access_export(make_data())["personal-data.json"]
    doc = json.loads(raw.decode("utf-8"))
    assert set(doc) == {"customer", "orders", "consents", "contacts", "analytics"}
    assert doc["customer"] == {
        "customer_id": 4,
        "name": "Linnea Sjöholm",
        "email": "linnea.sjoholm@example.se",
        "phone": "+358 44 222 3344",
        "address": "Strandgatan 8 C 21, 65100 Vasa, Finland",
        "created_on": "2021-08-17",
    }
    # Oldest order first; dates ISO; amounts as exact decimal strings; None as null.
    assert [o["number"] for o in doc["orders"]] == ["AS-2020-00001", "AS-2026-11502"]
    assert doc["orders"][1]["placed_on"] == "2026-06-02"
    assert doc["orders"][1]["total"] == "129.00"
    assert doc["orders"][0]["delivery_address"] is None
    assert doc["orders"][0]["items"] == ["1 × Juomapullo, 0,75 l", '2 × "Retki" sukat']
    assert [c["kind"] for c in doc["consents"]] == ["analytics_cookies", "marketing_sms", "newsletter"]
    assert doc["consents"][2] == {"kind": "newsletter", "given": True, "changed_on": "2021-08-17"}
    assert [c["on"] for c in doc["contacts"]] == ["2025-01-09", "2026-06-05"]
    assert doc["analytics"] == {"last_visit": "2026-06-01", "interest_segment": "hiking", "visits": 7}


def test_access_json_is_pretty_utf8_with_sorted_keys():
    raw = access_export(make_data())["personal-data.json"]
    assert "Sjöholm".encode("utf-8") in raw  # not \u00f6 escapes
    text = raw.decode("utf-8")
    assert text.startswith("{\n  ")
    assert text.endswith("}\n")
    assert list(json.loads(text)) == sorted(json.loads(text))


def test_access_csv_is_one_datum_per_row():
    raw = access_export(make_data())["personal-data.csv"]
    assert b"\r\n" in raw
    rows = read_csv(raw)
    assert rows[0] == ["section", "field", "value"]
    assert all(len(r) == 3 for r in rows)
    body = {(s, f): v for s, f, v in rows[1:]}
    assert len(body) == len(rows) - 1, "each (section, field) appears once"
    assert body[("customer", "name")] == "Linnea Sjöholm"
    assert body[("customer", "created_on")] == "2021-08-17"
    assert body[("order AS-2026-11502", "placed_on")] == "2026-06-02"
    assert body[("order AS-2026-11502", "total")] == "129.00"
    assert body[("order AS-2020-00001", "item 2")] == '2 × "Retki" sukat'
    assert body[("order AS-2020-00001", "delivery_address")] == ""
    assert body[("consent newsletter", "given")] == "true"
    assert body[("consent analytics_cookies", "given")] == "false"
    assert body[("contact 2", "summary")] == "Frågade om leveranstiden."
    assert body[("analytics", "interest_segment")] == "hiking"


def test_csv_defuses_spreadsheet_formulas_but_json_keeps_the_value():
    files = access_export(make_data())
    body = {(s, f): v for s, f, v in read_csv(files["personal-data.csv"])[1:]}
    assert body[("customer", "phone")] == "'+358 44 222 3344"
    assert body[("contact 1", "summary")] == "'=HYPERLINK(\"x\")"
    doc = json.loads(files["personal-data.json"])
    assert doc["customer"]["phone"] == "+358 44 222 3344"
    assert doc["contacts"][0]["summary"] == '=HYPERLINK("x")'


def test_customer_without_orders_or_contact_details():
    data = make_data(
        customer=replace(make_data().customer, phone=None, address=None),
        orders=(),
        contacts=(),
        analytics={},
    )
    files = access_export(data)
    doc = json.loads(files["personal-data.json"])
    assert doc["orders"] == [] and doc["contacts"] == [] and doc["analytics"] == {}
    assert doc["customer"]["phone"] is None
    rows = read_csv(files["personal-data.csv"])
    assert not any(r[0].startswith("order") for r in rows)


def test_amounts_are_never_in_exponent_form():
    order = replace(make_data().orders[0], total=Decimal("1E+2"))
    doc = json.loads(access_export(make_data(orders=(order,)))["personal-data.json"])
    assert doc["orders"][0]["total"] == "100"


# --- portability ----------------------------------------------------------------------------


def test_portability_export_has_both_files():
    assert set(portability_export(make_data())) == {"provided-data.json", "provided-data.csv"}


def test_portability_holds_only_provided_data():
    files = portability_export(make_data())
    doc = json.loads(files["provided-data.json"])
    assert set(doc) == {"customer", "orders", "consents"}
    # Identity and contact details, but not what the shop assigned.
    assert doc["customer"] == {
        "name": "Linnea Sjöholm",
        "email": "linnea.sjoholm@example.se",
        "phone": "+358 44 222 3344",
        "address": "Strandgatan 8 C 21, 65100 Vasa, Finland",
    }
    assert [o["number"] for o in doc["orders"]] == ["AS-2020-00001", "AS-2026-11502"]
    assert doc["consents"] == [{"kind": "newsletter", "given": True, "changed_on": "2021-08-17"}]


def test_portability_leaves_out_analytics_and_derived_data_in_both_files():
    files = portability_export(make_data())
    for name, raw in files.items():
        text = raw.decode("utf-8-sig")
        for absent in ("analytics", "last_visit", "hiking", "interest_segment",
                       "leveranstiden", "HYPERLINK", "created_on", "customer_id",
                       "marketing_sms", "analytics_cookies"):
            assert absent not in text, f"{name} must not contain {absent!r}"
    sections = {r[0] for r in read_csv(files["provided-data.csv"])[1:]}
    assert sections == {"customer", "order AS-2020-00001", "order AS-2026-11502",
                        "consent newsletter"}


def test_portability_consent_kinds_can_be_widened():
    doc = json.loads(
        portability_export(make_data(), consent_kinds=frozenset({"newsletter", "marketing_sms"}))[
            "provided-data.json"
        ]
    )
    assert [c["kind"] for c in doc["consents"]] == ["marketing_sms", "newsletter"]


# --- determinism and purity -----------------------------------------------------------------


def test_output_is_deterministic_whatever_the_input_order():
    data = make_data()
    shuffled = make_data(
        orders=tuple(reversed(data.orders)),
        consents=tuple(reversed(data.consents)),
        contacts=tuple(reversed(data.contacts)),
        analytics=dict(reversed(list(data.analytics.items()))),
    )
    assert access_export(data) == access_export(make_data())
    assert access_export(data) == access_export(shuffled)
    assert portability_export(data) == portability_export(shuffled)


def test_export_imports_no_database_library():
    code = (
        "import sys, bot.core.export; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'sqlmodel', 'psycopg') "
        "or m == 'bot.adapters.register'); print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
