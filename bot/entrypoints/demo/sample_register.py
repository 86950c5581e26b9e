"""A small, fictional customer register for the demo and the tests.

`create_sample_register(url)` creates the sample schema that `bot.adapters.register.DEFAULT_QUERIES`
reads, and fills it with five fictional customers. It works on any SQLAlchemy URL (a SQLite
file for the demo; PostgreSQL in the integration tests) and refuses to touch a database that
already has one of its tables, so it can never overwrite a real register.

The schema mirrors the privacy policy, section 4:

    customers        identity: first and last name, when the customer registered
    contact_details  address, e-mail address, phone number
    orders           purchase history: number, date, total, delivery address, payment method
    order_items      products ordered and prices
    consents         newsletter, marketing SMS and analytics-cookie choices, with dates
    contact_history  contacts with customer service
    analytics        observed and derived data (browsing, segments)
    accounting_records  invoices, receipts, refunds and collections naming the customer, each with
                     its booking date (what the Accounting Act keeps, record by record)

The customers (all names, addresses and phone numbers are invented; e-mail addresses are at the
example.* domains, phone numbers in the ranges set aside for drama where one exists):

    recent_orders     Matti Virtanen, Lahti. Orders in May 2019 (invoiced, then sent to collection),
                      Dec 2023 (refunded in part in Jan 2024, a later financial year) and Sep 2026:
                      three years, three sets of retention dates; the 2019 vouchers have expired.
                      Newsletter yes, SMS no, analytics data, two customer-service contacts.
    old_orders        Aino Laaksonen, Tampere. Orders in 2013 and 2014 only (more than 11 years
                      ago: no accounting hold), newsletter withdrawn, no analytics.
    newsletter_only   Emily Carter. No orders, no phone, no postal address; newsletter yes;
                      newsletter analytics only.
    swedish           Linnea Sjöholm, Vasa (Swedish-speaking). One order in June 2026,
                      newsletter and SMS yes, one contact in Swedish.
    mixed_case_email  Oliver Bennett, Helsinki. E-mail stored as "Oliver.Bennett@Example.com"
                      (for the case-insensitive lookup); one order in Feb 2024.

`SAMPLE_CUSTOMERS` maps these keys to the e-mail addresses on record, and `SAMPLE_ORDERS` to
one order number of each customer who has orders, so demo mails can quote them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa

SAMPLE_CUSTOMERS: dict[str, str] = {
    "recent_orders": "matti.virtanen@example.fi",
    "old_orders": "aino.laaksonen@example.fi",
    "newsletter_only": "emily.carter@example.com",
    "swedish": "linnea.sjoholm@example.se",
    "mixed_case_email": "Oliver.Bennett@Example.com",
}

SAMPLE_ORDERS: dict[str, str] = {
    "recent_orders": "AS-2026-11940",
    "old_orders": "AS-2014-01188",
    "swedish": "AS-2026-11502",
    "mixed_case_email": "AS-2024-08315",
}

_metadata = sa.MetaData()

_customers = sa.Table(
    "customers",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("first_name", sa.String(100), nullable=False),
    sa.Column("last_name", sa.String(100), nullable=False),
    sa.Column("created_on", sa.Date, nullable=False),
)

_contact_details = sa.Table(
    "contact_details",
    _metadata,
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
    sa.Column("email", sa.String(254), nullable=False, index=True),
    sa.Column("phone", sa.String(40)),
    sa.Column("street", sa.String(200)),
    sa.Column("postal_code", sa.String(20)),
    sa.Column("city", sa.String(100)),
    sa.Column("country", sa.String(100)),
)

_orders = sa.Table(
    "orders",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("order_number", sa.String(30), nullable=False, unique=True),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("placed_on", sa.Date, nullable=False),
    sa.Column("total", sa.Numeric(10, 2), nullable=False),
    sa.Column("currency", sa.String(3), nullable=False),
    sa.Column("delivery_address", sa.String(300)),
    sa.Column("payment_method", sa.String(100)),
    sa.Column("delivery_terms", sa.String(100)),
)

_order_items = sa.Table(
    "order_items",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), nullable=False),
    sa.Column("product", sa.String(200), nullable=False),
    sa.Column("quantity", sa.Integer, nullable=False),
    sa.Column("unit_price", sa.Numeric(10, 2), nullable=False),
)

_consents = sa.Table(
    "consents",
    _metadata,
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
    sa.Column("kind", sa.String(40), primary_key=True),
    sa.Column("given", sa.Boolean, nullable=False),
    sa.Column("changed_on", sa.Date, nullable=False),
)

_contact_history = sa.Table(
    "contact_history",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("contacted_on", sa.Date, nullable=False),
    sa.Column("channel", sa.String(40), nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
)

_accounting_records = sa.Table(
    "accounting_records",
    _metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id")),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("reference", sa.String(40), nullable=False),
    sa.Column("booked_on", sa.Date, nullable=False),
)

_analytics = sa.Table(
    "analytics",
    _metadata,
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), primary_key=True),
    sa.Column("metric", sa.String(100), primary_key=True),
    sa.Column("value", sa.String(200), nullable=False),
)

_D = date
_M = Decimal

_ROWS: dict[sa.Table, list[dict]] = {
    _customers: [
        {"id": 1, "first_name": "Matti", "last_name": "Virtanen", "created_on": _D(2019, 3, 11)},
        {"id": 2, "first_name": "Aino", "last_name": "Laaksonen", "created_on": _D(2012, 4, 2)},
        {"id": 3, "first_name": "Emily", "last_name": "Carter", "created_on": _D(2025, 6, 30)},
        {"id": 4, "first_name": "Linnea", "last_name": "Sjöholm", "created_on": _D(2021, 8, 17)},
        {"id": 5, "first_name": "Oliver", "last_name": "Bennett", "created_on": _D(2023, 11, 5)},
    ],
    _contact_details: [
        {"customer_id": 1, "email": SAMPLE_CUSTOMERS["recent_orders"], "phone": "+358 40 123 4567",
         "street": "Koivukuja 4 B 12", "postal_code": "15140", "city": "Lahti", "country": "Finland"},
        {"customer_id": 2, "email": SAMPLE_CUSTOMERS["old_orders"], "phone": "+358 50 765 4321",
         "street": "Puistokatu 9 A 3", "postal_code": "33100", "city": "Tampere", "country": "Finland"},
        {"customer_id": 3, "email": SAMPLE_CUSTOMERS["newsletter_only"], "phone": None,
         "street": None, "postal_code": None, "city": None, "country": None},
        {"customer_id": 4, "email": SAMPLE_CUSTOMERS["swedish"], "phone": "+358 44 222 3344",
         "street": "Strandgatan 8 C 21", "postal_code": "65100", "city": "Vasa", "country": "Finland"},
        {"customer_id": 5, "email": SAMPLE_CUSTOMERS["mixed_case_email"], "phone": "+44 7700 900123",
         "street": "Mannerheimintie 112 A 5", "postal_code": "00250", "city": "Helsinki",
         "country": "Finland"},
    ],
    _orders: [
        {"id": 101, "order_number": "AS-2019-04417", "customer_id": 1, "placed_on": _D(2019, 5, 20),
         "total": _M("59.90"), "currency": "EUR", "delivery_address": "Koivukuja 4 B 12, 15140 Lahti",
         "payment_method": "Invoice", "delivery_terms": "Posti parcel locker"},
        {"id": 102, "order_number": "AS-2023-10871", "customer_id": 1, "placed_on": _D(2023, 12, 28),
         "total": _M("103.70"), "currency": "EUR", "delivery_address": "Koivukuja 4 B 12, 15140 Lahti",
         "payment_method": "Online bank payment", "delivery_terms": "Home delivery"},
        {"id": 103, "order_number": "AS-2026-11940", "customer_id": 1, "placed_on": _D(2026, 9, 15),
         "total": _M("49.00"), "currency": "EUR", "delivery_address": "Koivukuja 4 B 12, 15140 Lahti",
         "payment_method": "Card payment", "delivery_terms": "Posti parcel locker"},
        {"id": 201, "order_number": "AS-2013-00412", "customer_id": 2, "placed_on": _D(2013, 5, 14),
         "total": _M("64.50"), "currency": "EUR", "delivery_address": "Puistokatu 9 A 3, 33100 Tampere",
         "payment_method": "Invoice", "delivery_terms": "Posti pick-up point"},
        {"id": 202, "order_number": "AS-2014-01188", "customer_id": 2, "placed_on": _D(2014, 10, 3),
         "total": _M("19.90"), "currency": "EUR", "delivery_address": "Puistokatu 9 A 3, 33100 Tampere",
         "payment_method": "Online bank payment", "delivery_terms": "Posti pick-up point"},
        {"id": 401, "order_number": "AS-2026-11502", "customer_id": 4, "placed_on": _D(2026, 6, 2),
         "total": _M("129.00"), "currency": "EUR", "delivery_address": "Strandgatan 8 C 21, 65100 Vasa",
         "payment_method": "Card payment", "delivery_terms": "Home delivery"},
        {"id": 501, "order_number": "AS-2024-08315", "customer_id": 5, "placed_on": _D(2024, 2, 19),
         "total": _M("36.80"), "currency": "EUR",
         "delivery_address": "Mannerheimintie 112 A 5, 00250 Helsinki",
         "payment_method": "Card payment", "delivery_terms": "Posti parcel locker"},
    ],
    _order_items: [
        {"id": 1, "order_id": 101, "product": "Makuualusta Retki 5 cm", "quantity": 1, "unit_price": _M("59.90")},
        {"id": 2, "order_id": 102, "product": "Retkikeitin Trangia 27", "quantity": 1, "unit_price": _M("89.90")},
        {"id": 3, "order_id": 102, "product": "Kaasupatruuna 230 g", "quantity": 2, "unit_price": _M("6.90")},
        {"id": 4, "order_id": 103, "product": "Otsalamppu 300 lm", "quantity": 1, "unit_price": _M("49.00")},
        {"id": 5, "order_id": 201, "product": "Villasukat, koko 40-42", "quantity": 3, "unit_price": _M("21.50")},
        {"id": 6, "order_id": 202, "product": "Juomapullo 0,75 l", "quantity": 1, "unit_price": _M("19.90")},
        {"id": 7, "order_id": 401, "product": "Makuupussi Nordic -5 °C", "quantity": 1, "unit_price": _M("129.00")},
        {"id": 8, "order_id": 501, "product": "Retkikirves 38 cm", "quantity": 1, "unit_price": _M("36.80")},
    ],
    _consents: [
        {"customer_id": 1, "kind": "newsletter", "given": True, "changed_on": _D(2019, 3, 11)},
        {"customer_id": 1, "kind": "marketing_sms", "given": False, "changed_on": _D(2019, 3, 11)},
        {"customer_id": 1, "kind": "analytics_cookies", "given": True, "changed_on": _D(2024, 1, 5)},
        {"customer_id": 2, "kind": "newsletter", "given": False, "changed_on": _D(2015, 1, 20)},
        {"customer_id": 3, "kind": "newsletter", "given": True, "changed_on": _D(2025, 6, 30)},
        {"customer_id": 4, "kind": "newsletter", "given": True, "changed_on": _D(2021, 8, 17)},
        {"customer_id": 4, "kind": "marketing_sms", "given": True, "changed_on": _D(2023, 2, 1)},
        {"customer_id": 4, "kind": "analytics_cookies", "given": False, "changed_on": _D(2021, 8, 17)},
        {"customer_id": 5, "kind": "newsletter", "given": False, "changed_on": _D(2023, 11, 5)},
    ],
    _contact_history: [
        {"id": 1, "customer_id": 1, "contacted_on": _D(2023, 12, 30), "channel": "email",
         "summary": "Asked about the delivery time of order AS-2023-10871."},
        {"id": 2, "customer_id": 1, "contacted_on": _D(2026, 9, 22), "channel": "phone",
         "summary": "Asked how to return a headlamp; decided to keep it."},
        {"id": 3, "customer_id": 2, "contacted_on": _D(2014, 10, 10), "channel": "email",
         "summary": "Asked for a copy of the invoice for order AS-2014-01188."},
        {"id": 4, "customer_id": 4, "contacted_on": _D(2026, 6, 5), "channel": "email",
         "summary": "Frågade på svenska om leveranstiden till Vasa."},
    ],
    _accounting_records: [
        {"id": 1, "customer_id": 1, "order_id": 101, "kind": "invoice", "reference": "INV-2019-04417",
         "booked_on": _D(2019, 5, 20)},
        {"id": 2, "customer_id": 1, "order_id": 101, "kind": "collection", "reference": "COL-2019-0031",
         "booked_on": _D(2019, 8, 14)},
        {"id": 3, "customer_id": 1, "order_id": 102, "kind": "receipt", "reference": "RCP-2023-10871",
         "booked_on": _D(2023, 12, 28)},
        {"id": 4, "customer_id": 1, "order_id": 102, "kind": "refund", "reference": "RFD-2024-0007",
         "booked_on": _D(2024, 1, 12)},
        {"id": 5, "customer_id": 1, "order_id": 103, "kind": "receipt", "reference": "RCP-2026-11940",
         "booked_on": _D(2026, 9, 15)},
        {"id": 6, "customer_id": 2, "order_id": 201, "kind": "invoice", "reference": "INV-2013-00412",
         "booked_on": _D(2013, 5, 14)},
        {"id": 7, "customer_id": 2, "order_id": 202, "kind": "receipt", "reference": "RCP-2014-01188",
         "booked_on": _D(2014, 10, 3)},
        {"id": 8, "customer_id": 4, "order_id": 401, "kind": "receipt", "reference": "RCP-2026-11502",
         "booked_on": _D(2026, 6, 2)},
        {"id": 9, "customer_id": 5, "order_id": 501, "kind": "receipt", "reference": "RCP-2024-08315",
         "booked_on": _D(2024, 2, 19)},
    ],
    _analytics: [
        {"customer_id": 1, "metric": "last_visit", "value": "2026-11-02"},
        {"customer_id": 1, "metric": "visits_last_90_days", "value": "7"},
        {"customer_id": 1, "metric": "interest_segment", "value": "hiking and camping"},
        {"customer_id": 3, "metric": "newsletter_opens_last_90_days", "value": "4"},
        {"customer_id": 4, "metric": "last_visit", "value": "2026-06-01"},
        {"customer_id": 5, "metric": "last_visit", "value": "2024-03-02"},
    ],
}


def create_sample_register(url: str) -> None:
    """Create the sample schema at `url` and fill it with the fictional customers.

    Refuses (ValueError) if any of the sample tables already exists there: it never drops or
    overwrites anything. For PostgreSQL the tables go into the first schema of the search path.
    """
    engine = sa.create_engine(url, hide_parameters=True)
    try:
        with engine.begin() as conn:
            existing = [t.name for t in _metadata.sorted_tables if sa.inspect(conn).has_table(t.name)]
            if existing:
                raise ValueError(
                    f"sample register: table {existing[0]!r} already exists; refusing to overwrite"
                )
            _metadata.create_all(conn, checkfirst=False)
            for table in _metadata.sorted_tables:
                conn.execute(table.insert(), _ROWS[table])
    finally:
        engine.dispose()
