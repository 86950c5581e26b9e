"""The files attached to an access reply (Art. 15(3)) and a portability reply (Art. 20). Pure.

`access_export(data)` covers everything the register holds (policy section 4).
`portability_export(data)` covers only what the customer provided (LAW.md B8, Art. 20): name,
contact details, the orders they placed, and the newsletter subscription. It leaves out the
customer number and registration date (assigned by the shop), the contact history (written by
staff), other consents, and all analytics (observed or derived data).

Each returns two files with the same content:

- ``*.json``: UTF-8, pretty-printed, keys sorted; dates as ISO 8601 strings, amounts as decimal
  strings ("103.70") so no precision is lost, booleans as true/false, missing values as null.
- ``*.csv``: one row per datum, columns ``section,field,value``; UTF-8 with a byte-order mark and
  CRLF line ends, so Excel opens it with the right characters. A value that a spreadsheet would
  run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, e.g.
  the phone number "+358 40 ...") is prefixed with an apostrophe, as OWASP advises for CSV
  injection; the JSON file keeps every value exactly.

Output is deterministic: the same data gives the same bytes. Lists are sorted (orders by date
and number, consents by kind, contacts by date), and nothing reads the clock.

Only the standard library is imported at run time, so this module stays in the pure core; the
value types come from `bot.adapters.register` for type checking only.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from typing import Any, Iterable

from bot.core.customers import Consent, Contact, Customer, CustomerData, Order

# The consent kinds that record a choice the customer made to receive something they asked for.
# Cookie choices are left out: the policy treats cookie data as observed (section 11).
PORTABLE_CONSENT_KINDS = frozenset({"newsletter"})

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def access_export(data: CustomerData) -> dict[str, bytes]:
    """Everything held about the customer: {"personal-data.json", "personal-data.csv"}."""
    document = {
        "customer": _customer(data.customer, full=True),
        "orders": [_order(o) for o in _sorted_orders(data.orders)],
        "consents": [_consent(c) for c in _sorted_consents(data.consents)],
        "contacts": [_contact(c) for c in _sorted_contacts(data.contacts)],
        "analytics": {str(k): _jsonable(v) for k, v in data.analytics.items()},
    }
    return {
        "personal-data.json": _json_bytes(document),
        "personal-data.csv": _csv_bytes(_rows(document)),
    }


def portability_export(
    data: CustomerData, consent_kinds: frozenset[str] = PORTABLE_CONSENT_KINDS
) -> dict[str, bytes]:
    """Only the data the customer provided: {"provided-data.json", "provided-data.csv"}."""
    consents = [c for c in _sorted_consents(data.consents) if c.kind in consent_kinds]
    document = {
        "customer": _customer(data.customer, full=False),
        "orders": [_order(o) for o in _sorted_orders(data.orders)],
        "consents": [_consent(c) for c in consents],
    }
    return {
        "provided-data.json": _json_bytes(document),
        "provided-data.csv": _csv_bytes(_rows(document)),
    }


# --------------------------------------------------------------------------------------------
# Values to plain dicts
# --------------------------------------------------------------------------------------------


def _customer(c: Customer, full: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": c.name,
        "email": c.email,
        "phone": c.phone,
        "address": c.address,
    }
    if full:
        out["customer_id"] = _jsonable(c.id)
        out["created_on"] = c.created_on.isoformat()
    return out


def _order(o: Order) -> dict[str, Any]:
    return {
        "number": o.number,
        "placed_on": o.placed_on.isoformat(),
        "total": _decimal(o.total),
        "currency": o.currency,
        "items": list(o.items),
        "delivery_address": o.delivery_address,
        "payment_method": o.payment_method,
    }


def _consent(c: Consent) -> dict[str, Any]:
    return {"kind": c.kind, "given": c.given, "changed_on": c.changed_on.isoformat()}


def _contact(c: Contact) -> dict[str, Any]:
    return {"on": c.on.isoformat(), "channel": c.channel, "summary": c.summary}


def _sorted_orders(orders: Iterable[Order]) -> list[Order]:
    return sorted(orders, key=lambda o: (o.placed_on, o.number))


def _sorted_consents(consents: Iterable[Consent]) -> list[Consent]:
    return sorted(consents, key=lambda c: (c.kind, c.changed_on))


def _sorted_contacts(contacts: Iterable[Contact]) -> list[Contact]:
    return sorted(contacts, key=lambda c: (c.on, c.channel, c.summary))


def _decimal(amount: Decimal) -> str:
    # Fixed-point text: Decimal("1E+2") would otherwise print in exponent form.
    return format(amount, "f")


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------------------------
# Encoders
# --------------------------------------------------------------------------------------------


def _json_bytes(document: dict[str, Any]) -> bytes:
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def _rows(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Flatten the document into (section, field, value) rows, in the order of the JSON keys."""
    rows: list[tuple[str, str, str]] = []
    for section in sorted(document):
        body = document[section]
        if section == "orders":
            for order in body:
                name = f"order {order['number']}"
                for field in sorted(order):
                    if field == "items":
                        for n, item in enumerate(order["items"], start=1):
                            rows.append((name, f"item {n}", item))
                    else:
                        rows.append((name, field, _cell(order[field])))
        elif section == "consents":
            for consent in body:
                name = f"consent {consent['kind']}"
                for field in sorted(consent):
                    if field != "kind":
                        rows.append((name, field, _cell(consent[field])))
        elif section == "contacts":
            for n, contact in enumerate(body, start=1):
                for field in sorted(contact):
                    rows.append((f"contact {n}", field, _cell(contact[field])))
        else:
            for field in sorted(body):
                rows.append((section, field, _cell(body[field])))
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _defuse(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_bytes(rows: list[tuple[str, str, str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(("section", "field", "value"))
    for row in rows:
        writer.writerow(tuple(_defuse(cell) for cell in row))
    return buffer.getvalue().encode("utf-8-sig")
