"""bot.adapters.register.SqlRegister against the sample register, on SQLite and on a real PostgreSQL.

The PostgreSQL run uses a fresh schema per test module (dropped afterwards) on the server at
127.0.0.1:5432 (trust auth, user postgres, database test). If that server cannot be reached the
PostgreSQL tests FAIL; set RIGHTSBOT_SKIP_POSTGRES=1 to skip them on purpose.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from bot.adapters.register import (
    DEFAULT_QUERIES,
    AmbiguousCustomer,
    RegisterError,
    SqlRegister,
    check_queries,
    load_queries,
)
from bot.core.errors import ConfigError
from bot.entrypoints.demo.sample_register import SAMPLE_CUSTOMERS, SAMPLE_ORDERS, create_sample_register
from tests.integration.conftest import postgres_schema

# --- fixtures -------------------------------------------------------------------------------


def _postgres_register_url():
    yield from postgres_schema("rightsbot_register")


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def sample_url(request, tmp_path_factory):
    """The URL of a freshly created sample register, on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('register') / 'register.db'}"
        create_sample_register(url)
        yield url
    else:
        schema = _postgres_register_url()
        try:
            url = next(schema)
            create_sample_register(url)
            yield url
        finally:
            schema.close()


@pytest.fixture(scope="module")
def register(sample_url):
    reg = SqlRegister(sample_url)
    yield reg
    reg.close()


@pytest.fixture
def sqlite_url(tmp_path):
    """A private SQLite sample register, for tests that change the data."""
    url = f"sqlite:///{tmp_path / 'register.db'}"
    create_sample_register(url)
    return url


# --- find_by_email --------------------------------------------------------------------------


def test_find_by_email_exact(register):
    customer = register.find_by_email(SAMPLE_CUSTOMERS["recent_orders"])
    assert customer is not None
    assert customer.name == "Matti Virtanen"
    assert customer.email == "matti.virtanen@example.fi"
    assert customer.phone == "+358 40 123 4567"
    assert customer.address == "Koivukuja 4 B 12, 15140 Lahti, Finland"
    assert customer.created_on == date(2019, 3, 11)


@pytest.mark.parametrize(
    "written", ["MATTI.VIRTANEN@EXAMPLE.FI", "Matti.Virtanen@Example.fi", "  matti.virtanen@example.fi\n"]
)
def test_find_by_email_ignores_case_and_surrounding_space(register, written):
    customer = register.find_by_email(written)
    assert customer is not None and customer.name == "Matti Virtanen"


def test_find_by_email_matches_an_address_stored_in_mixed_case(register):
    customer = register.find_by_email("oliver.bennett@example.com")
    assert customer is not None
    assert customer.name == "Oliver Bennett"
    # The address is returned as it is on record.
    assert customer.email == SAMPLE_CUSTOMERS["mixed_case_email"]


@pytest.mark.parametrize("email", ["nobody@example.fi", "matti.virtanen@example.se", "", "not-an-address"])
def test_unknown_address_is_none(register, email):
    assert register.find_by_email(email) is None


def test_every_sample_address_is_found(register):
    for key, email in SAMPLE_CUSTOMERS.items():
        assert register.find_by_email(email) is not None, key


# --- find_by_order --------------------------------------------------------------------------


def test_find_by_order_with_matching_name(register):
    customer = register.find_by_order(SAMPLE_ORDERS["swedish"], "Linnea Sjöholm")
    assert customer is not None and customer.email == SAMPLE_CUSTOMERS["swedish"]


@pytest.mark.parametrize("name", ["linnea sjöholm", "SJÖHOLM Linnea", "  Linnea   Sjöholm "])
def test_find_by_order_ignores_case_spacing_and_word_order(register, name):
    assert register.find_by_order(SAMPLE_ORDERS["swedish"], name) is not None


@pytest.mark.parametrize(
    "order_number,name",
    [
        (SAMPLE_ORDERS["swedish"], "Matti Virtanen"),  # someone else's order
        (SAMPLE_ORDERS["swedish"], "Linnea"),  # a partial name is not enough
        ("AS-1999-00000", "Linnea Sjöholm"),  # no such order
        ("", "Linnea Sjöholm"),
        (SAMPLE_ORDERS["swedish"], ""),
    ],
)
def test_find_by_order_without_a_match_is_none(register, order_number, name):
    assert register.find_by_order(order_number, name) is None


# --- data_for -------------------------------------------------------------------------------


def test_data_for_customer_with_recent_orders(register):
    customer = register.find_by_email(SAMPLE_CUSTOMERS["recent_orders"])
    data = register.data_for(customer.id)
    assert data.customer == customer
    assert [(o.number, o.placed_on) for o in data.orders] == [
        ("AS-2019-04417", date(2019, 5, 20)),
        ("AS-2023-10871", date(2023, 12, 28)),
        ("AS-2026-11940", date(2026, 9, 15)),
    ]
    order = data.orders[1]
    assert order.total == Decimal("103.70") and str(order.total) == "103.70"
    assert order.currency == "EUR"
    assert order.items == (
        "1 × Retkikeitin Trangia 27 @ 89.90 EUR",
        "2 × Kaasupatruuna 230 g @ 6.90 EUR",
    )
    assert order.delivery_address == "Koivukuja 4 B 12, 15140 Lahti"
    assert order.payment_method == "Online bank payment"
    assert data.order_dates == (date(2019, 5, 20), date(2023, 12, 28), date(2026, 9, 15))
    # Each accounting record with its own booking date: the refund of the 2023 order is booked in 2024.
    assert [(r.kind, r.reference, r.dated, r.order_number) for r in data.accounting] == [
        ("invoice", "INV-2019-04417", date(2019, 5, 20), "AS-2019-04417"),
        ("collection", "COL-2019-0031", date(2019, 8, 14), "AS-2019-04417"),
        ("receipt", "RCP-2023-10871", date(2023, 12, 28), "AS-2023-10871"),
        ("refund", "RFD-2024-0007", date(2024, 1, 12), "AS-2023-10871"),
        ("receipt", "RCP-2026-11940", date(2026, 9, 15), "AS-2026-11940"),
    ]
    assert data.consent("newsletter").given is True
    assert data.consent("marketing_sms").given is False
    assert data.consent("analytics_cookies").changed_on == date(2024, 1, 5)
    assert [(c.on, c.channel) for c in data.contacts] == [
        (date(2023, 12, 30), "email"),
        (date(2026, 9, 22), "phone"),
    ]
    assert data.analytics["interest_segment"] == "hiking and camping"


def test_data_for_customer_with_only_old_orders(register):
    data = register.data_for(register.find_by_email(SAMPLE_CUSTOMERS["old_orders"]).id)
    assert data.order_dates == (date(2013, 5, 14), date(2014, 10, 3))
    assert max(data.order_dates) < date(2015, 1, 1)
    assert data.consent("newsletter").given is False
    assert data.analytics == {}


def test_data_for_newsletter_only_customer(register):
    data = register.data_for(register.find_by_email(SAMPLE_CUSTOMERS["newsletter_only"]).id)
    assert data.orders == ()
    assert data.contacts == ()
    assert data.customer.phone is None and data.customer.address is None
    assert data.consent("newsletter").given is True
    assert data.consent("marketing_sms") is None


def test_data_for_swedish_speaking_customer_keeps_non_ascii(register):
    data = register.data_for(register.find_by_email(SAMPLE_CUSTOMERS["swedish"]).id)
    assert data.customer.name == "Linnea Sjöholm"
    assert data.customer.address == "Strandgatan 8 C 21, 65100 Vasa, Finland"
    assert data.orders[0].items == ("1 × Makuupussi Nordic -5 °C @ 129.00 EUR",)
    assert data.contacts[0].summary == "Frågade på svenska om leveranstiden till Vasa."


def test_data_for_unknown_id_raises(register):
    with pytest.raises(RegisterError, match="no customer"):
        register.data_for(999_999)


# --- read-only ------------------------------------------------------------------------------


def test_connections_refuse_writes(register):
    # The adapter never writes; this checks the guard underneath it, too.
    with pytest.raises(sa.exc.DBAPIError):
        with register._engine.connect() as conn:
            conn.execute(sa.text("DELETE FROM analytics"))
    assert register.data_for(1).analytics != {}


def test_create_sample_register_refuses_an_existing_register(sample_url):
    with pytest.raises(ValueError, match="already exists"):
        create_sample_register(sample_url)


# --- errors carry no personal data ----------------------------------------------------------


def test_ambiguous_address_raises_instead_of_guessing(sqlite_url):
    engine = sa.create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO customers (id, first_name, last_name, created_on) "
            "VALUES (6, 'Matti', 'Virtanen', '2024-01-01')"
        ))
        conn.execute(sa.text(
            "INSERT INTO contact_details (customer_id, email) VALUES (6, 'Matti.Virtanen@example.fi')"
        ))
    engine.dispose()
    reg = SqlRegister(sqlite_url)
    try:
        with pytest.raises(AmbiguousCustomer) as caught:
            reg.find_by_email(SAMPLE_CUSTOMERS["recent_orders"])
        assert "virtanen" not in str(caught.value).lower()
    finally:
        reg.close()


def test_a_failing_query_names_the_query_not_the_person(sqlite_url):
    queries = dict(DEFAULT_QUERIES, find_by_email="SELECT * FROM no_such_table WHERE email = :email")
    reg = SqlRegister(sqlite_url, queries)
    try:
        with pytest.raises(RegisterError) as caught:
            reg.find_by_email("matti.virtanen@example.fi")
    finally:
        reg.close()
    assert "'find_by_email'" in str(caught.value)
    for text in (str(caught.value), str(caught.value.__cause__)):
        assert "matti" not in text.lower()


def test_a_query_without_the_expected_column_is_reported(sqlite_url):
    queries = dict(DEFAULT_QUERIES, analytics="SELECT metric FROM analytics WHERE customer_id = :customer_id")
    reg = SqlRegister(sqlite_url, queries)
    try:
        with pytest.raises(RegisterError, match="'analytics' must return a column labelled 'name'"):
            reg.data_for(1)
    finally:
        reg.close()


# --- configuration --------------------------------------------------------------------------


def test_missing_sqlite_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="REGISTER_URL"):
        SqlRegister(f"sqlite:///{tmp_path / 'missing.db'}")
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize(
    "change,message",
    [
        ({"orderz": "SELECT 1"}, "unknown query 'orderz'"),
        ({"orders": None}, "missing query 'orders'"),
        ({"orders": "DELETE FROM orders"}, "orders: must be a single SELECT"),
        ({"orders": "   "}, "orders: expected SQL text"),
    ],
)
def test_bad_queries_are_config_errors(change, message):
    queries = dict(DEFAULT_QUERIES)
    for key, value in change.items():
        if value is None:
            del queries[key]
        else:
            queries[key] = value
    with pytest.raises(ConfigError, match=message):
        check_queries(queries, "test")


def _toml(queries: dict[str, str]) -> str:
    return "".join(f"{key} = '''\n{sql}'''\n" for key, sql in queries.items())


def test_queries_file_with_the_default_queries_works(tmp_path, sqlite_url):
    path = tmp_path / "queries.toml"
    path.write_text(_toml(dict(DEFAULT_QUERIES)), encoding="utf-8")
    reg = SqlRegister(sqlite_url, load_queries(path))
    try:
        assert reg.find_by_email(SAMPLE_CUSTOMERS["swedish"]).name == "Linnea Sjöholm"
    finally:
        reg.close()


def test_without_an_accounting_query_each_order_counts_as_an_invoice(tmp_path, sqlite_url):
    """The accounting_records key is optional: an older queries file keeps working."""
    path = tmp_path / "queries.toml"
    path.write_text(_toml({k: v for k, v in DEFAULT_QUERIES.items() if k != "accounting_records"}), encoding="utf-8")
    reg = SqlRegister(sqlite_url, load_queries(path))
    try:
        data = reg.data_for(reg.find_by_email(SAMPLE_CUSTOMERS["old_orders"]).id)
        assert [(r.kind, r.reference, r.dated) for r in data.accounting] == [
            ("invoice", "AS-2013-00412", date(2013, 5, 14)), ("invoice", "AS-2014-01188", date(2014, 10, 3))]
    finally:
        reg.close()


def test_queries_file_errors_name_the_setting_and_file(tmp_path):
    path = tmp_path / "queries.toml"
    path.write_text("find_by_email = 'SELECT 1'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^REGISTER_QUERIES_FILE: .*queries.toml: missing query"):
        load_queries(path)
    path.write_text("this is = not toml =", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_queries(path)
    with pytest.raises(ConfigError, match="cannot read"):
        load_queries(tmp_path / "nope.toml")


def test_another_schema_with_its_own_queries(tmp_path):
    """A shop with one flat table and timestamps, amounts in cents, and 'Y'/'N' flags."""
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "CREATE TABLE asiakas (nro TEXT PRIMARY KEY, nimi TEXT, sposti TEXT, puh TEXT, "
            "osoite TEXT, luotu TEXT, uutiskirje TEXT, uutiskirje_pvm TEXT)"
        ))
        conn.execute(sa.text(
            "CREATE TABLE tilaus (nro TEXT PRIMARY KEY, asiakas TEXT, aika TEXT, senttia INTEGER)"
        ))
        conn.execute(sa.text(
            "INSERT INTO asiakas VALUES ('C-7', 'Eero Mäkelä', 'eero.makela@example.fi', NULL, "
            "'Kauppakatu 1, 40100 Jyväskylä', '2018-02-03 10:11:12', 'Y', '2018-02-03 10:11:12')"
        ))
        conn.execute(sa.text("INSERT INTO tilaus VALUES ('T-1', 'C-7', '2025-03-04T12:00:00', 4590)"))
    engine.dispose()
    customer_sql = (
        "SELECT nro AS id, nimi AS name, sposti AS email, puh AS phone, osoite AS address, "
        "luotu AS created_on FROM asiakas"
    )
    empty = "SELECT NULL AS {} WHERE 1 = 0"
    queries = {
        "find_by_email": f"{customer_sql} WHERE lower(sposti) = :email",
        "find_by_order": f"{customer_sql} WHERE nro = (SELECT asiakas FROM tilaus WHERE nro = :order_number)",
        "customer": f"{customer_sql} WHERE nro = :customer_id",
        "orders": (
            "SELECT nro AS number, aika AS placed_on, senttia / 100.0 AS total, 'EUR' AS currency, "
            "NULL AS delivery_address, NULL AS payment_method FROM tilaus WHERE asiakas = :customer_id"
        ),
        "order_items": empty.format("order_number") + " AND :customer_id IS NOT NULL",
        "consents": (
            "SELECT 'newsletter' AS kind, CASE uutiskirje WHEN 'Y' THEN 1 ELSE 0 END AS given, "
            "uutiskirje_pvm AS changed_on FROM asiakas WHERE nro = :customer_id"
        ),
        "contacts": empty.format("contacted_on") + " AND :customer_id IS NOT NULL",
        "analytics": empty.format("name") + " AND :customer_id IS NOT NULL",
    }
    path = tmp_path / "queries.toml"
    path.write_text(_toml(queries), encoding="utf-8")
    reg = SqlRegister(url, load_queries(path))
    try:
        customer = reg.find_by_email("Eero.Makela@example.fi")
        assert customer.id == "C-7" and customer.created_on == date(2018, 2, 3)
        assert reg.find_by_order("T-1", "mäkelä eero") == customer
        data = reg.data_for(customer.id)
        assert data.orders[0].placed_on == date(2025, 3, 4)
        assert data.orders[0].total == Decimal("45.90")
        assert data.orders[0].items == ()
        assert data.consent("newsletter").given is True
        assert data.contacts == () and data.analytics == {}
    finally:
        reg.close()


def test_sqlite_lookup_folds_non_ascii_case(sqlite_url):
    engine = sa.create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO customers (id, first_name, last_name, created_on) "
            "VALUES (7, 'Åsa', 'Öberg', '2024-01-01')"
        ))
        conn.execute(sa.text(
            "INSERT INTO contact_details (customer_id, email) VALUES (7, 'ÅSA.ÖBERG@example.se')"
        ))
    engine.dispose()
    reg = SqlRegister(sqlite_url)
    try:
        customer = reg.find_by_email("åsa.öberg@example.se")
        assert customer is not None and customer.name == "Åsa Öberg"
        assert customer.address is None and customer.phone is None
    finally:
        reg.close()
