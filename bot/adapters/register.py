"""The SQL adapter of the shop's customer register: `SqlRegister` answers `bot.core.customers.Register`.

rightsbot reads the register; it never owns or changes it. `SqlRegister` takes any SQLAlchemy URL
(`REGISTER_URL`) and plain SQL from configuration, runs it read-only and returns the value types
of `bot.core.customers`.

Queries are configuration, not code
-----------------------------------
`SqlRegister` runs one named SQL text per question. `DEFAULT_QUERIES` fits the sample schema
made by `bot.entrypoints.demo.sample_register`. A shop with another schema writes its own queries into a TOML file
named by `REGISTER_QUERIES_FILE`, with the keys of `DEFAULT_QUERIES` (each a string; `accounting_records` may be left out) and
the column labels listed below; `load_queries(path)` reads and checks it::

    # register-queries.toml
    find_by_email = '''
        SELECT c.id AS id, c.name AS name, c.email AS email, c.phone AS phone,
               c.address AS address, c.created_on AS created_on
        FROM shop_customer c WHERE lower(c.email) = :email'''
    find_by_order = '''...'''      # and the other keys below

Every query is a single SELECT (or WITH ... SELECT) with named parameters:

=================  ===============  =========================================================
key                parameters       columns returned (labels; * = may be NULL)
=================  ===============  =========================================================
find_by_email      :email           id, name, email, phone*, address*, created_on
                                    (:email arrives trimmed and lower-cased; compare it with
                                    the lower-cased stored address)
find_by_order      :order_number    the same customer columns, for the customer who placed
                                    the order (the name is compared here, in Python)
customer           :customer_id     the same customer columns
orders             :customer_id     number, placed_on, total, currency, delivery_address*,
                                    payment_method*
order_items        :customer_id     order_number, product, quantity*, unit_price*
consents           :customer_id     kind, given, changed_on
contacts           :customer_id     contacted_on, channel, summary
analytics          :customer_id     name, value
accounting_records :customer_id     kind, reference, booked_on, order_number*
                                    (optional key: invoices, receipts, refunds, credit notes,
                                    collections and payments naming the customer, each with
                                    its booking date; kind is one of invoice, receipt, refund,
                                    credit_note, collection, payment. Without this key each
                                    order counts as an invoice booked on the order date)
=================  ===============  =========================================================

Dates may come back as dates, datetimes or ISO strings, amounts as Decimal, float or text,
booleans as bool, 0/1 or 't'/'f'; the adapter normalises them.

Read-only
---------
Nothing here writes. On top of that, the connections are made read-only where the driver allows
it (PostgreSQL: a read-only session, and a READ ONLY, REPEATABLE READ transaction, so one
`data_for` sees one snapshot; SQLite: `PRAGMA query_only`), every query must parse (sqlglot) as one
SELECT that writes and locks nothing, and no transaction is ever committed. On SQLite, `lower()` is replaced by a Unicode-aware one, so the e-mail lookup
folds case as it does on PostgreSQL.

Privacy
-------
No personal data is logged. The engine is built with `hide_parameters=True`, so a database error
does not carry the looked-up address in its text, and `RegisterError` messages name only the
query and the error class.
"""

from __future__ import annotations

import tomllib
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Mapping, Sequence

import sqlalchemy as sa
import sqlglot
import sqlglot.errors
from sqlalchemy.engine import Connection, Engine, RowMapping, make_url
from sqlglot import expressions as exp

from bot.core.customers import Consent, Contact, Customer, CustomerData, Order
from bot.core.errors import AmbiguousCustomer, ConfigError, RegisterError
from bot.core.retention import RECORD_KINDS, Record

# --------------------------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------------------------

_CUSTOMER_COLUMNS = """
    c.id AS id,
    c.first_name || ' ' || c.last_name AS name,
    d.email AS email,
    d.phone AS phone,
    d.street || ', ' || d.postal_code || ' ' || d.city || ', ' || d.country AS address,
    c.created_on AS created_on
"""

DEFAULT_QUERIES: Mapping[str, str] = {
    "find_by_email": f"""
        SELECT {_CUSTOMER_COLUMNS}
        FROM customers c JOIN contact_details d ON d.customer_id = c.id
        WHERE lower(d.email) = :email
        ORDER BY c.id
    """,
    "find_by_order": f"""
        SELECT {_CUSTOMER_COLUMNS}
        FROM orders o
        JOIN customers c ON c.id = o.customer_id
        JOIN contact_details d ON d.customer_id = c.id
        WHERE o.order_number = :order_number
        ORDER BY c.id
    """,
    "customer": f"""
        SELECT {_CUSTOMER_COLUMNS}
        FROM customers c JOIN contact_details d ON d.customer_id = c.id
        WHERE c.id = :customer_id
    """,
    "orders": """
        SELECT o.order_number AS number, o.placed_on AS placed_on, o.total AS total,
               o.currency AS currency, o.delivery_address AS delivery_address,
               o.payment_method AS payment_method
        FROM orders o
        WHERE o.customer_id = :customer_id
        ORDER BY o.placed_on, o.order_number
    """,
    "order_items": """
        SELECT o.order_number AS order_number, i.product AS product, i.quantity AS quantity,
               i.unit_price AS unit_price
        FROM order_items i JOIN orders o ON o.id = i.order_id
        WHERE o.customer_id = :customer_id
        ORDER BY o.order_number, i.id
    """,
    "consents": """
        SELECT kind AS kind, given AS given, changed_on AS changed_on
        FROM consents
        WHERE customer_id = :customer_id
        ORDER BY kind
    """,
    "contacts": """
        SELECT contacted_on AS contacted_on, channel AS channel, summary AS summary
        FROM contact_history
        WHERE customer_id = :customer_id
        ORDER BY contacted_on, id
    """,
    "analytics": """
        SELECT metric AS name, value AS value
        FROM analytics
        WHERE customer_id = :customer_id
        ORDER BY metric
    """,
    "accounting_records": """
        SELECT r.kind AS kind, r.reference AS reference, r.booked_on AS booked_on,
               o.order_number AS order_number
        FROM accounting_records r LEFT JOIN orders o ON o.id = r.order_id
        WHERE r.customer_id = :customer_id
        ORDER BY r.booked_on, r.reference
    """,
}
# Keys a queries file may leave out; `data_for` says what it does without them.
OPTIONAL_QUERIES = frozenset({"accounting_records"})

# What a query may not hold anywhere, even inside a WITH: statements that write or lock.
_WRITES = tuple(getattr(exp, name) for name in ("Insert", "Update", "Delete", "Merge", "Create", "Drop", "Alter",
                                                 "Into", "Lock", "Command", "Copy", "TruncateTable", "Set")
                if hasattr(exp, name))


def _single_select(sql: str) -> bool:
    """True when `sql` parses as one SELECT (WITH, UNION allowed) that writes and locks nothing.

    Parsed by sqlglot rather than checked by its first word: `WITH gone AS (DELETE ...) SELECT`
    starts with WITH and deletes.
    """
    try:
        statements = [s for s in sqlglot.parse(sql) if s is not None]
    except sqlglot.errors.SqlglotError:
        return False
    if len(statements) != 1 or not isinstance(statements[0], exp.Query):
        return False
    return not any(isinstance(node, _WRITES) for node in statements[0].walk())


def check_queries(queries: Mapping[str, Any], source: str) -> dict[str, str]:
    """Validate a query mapping: the keys of DEFAULT_QUERIES (OPTIONAL_QUERIES may be missing), each a SELECT.

    Raises ConfigError with one line naming `source` and the key.
    """
    known = set(DEFAULT_QUERIES)
    unknown = sorted(set(queries) - known)
    if unknown:
        raise ConfigError(
            f"{source}: unknown query {unknown[0]!r} (expected: {', '.join(sorted(known))})"
        )
    missing = sorted(known - set(queries) - OPTIONAL_QUERIES)
    if missing:
        raise ConfigError(f"{source}: missing query {missing[0]!r}")
    checked: dict[str, str] = {}
    for key in sorted(known & set(queries)):
        sql = queries[key]
        if not isinstance(sql, str) or not sql.strip():
            raise ConfigError(f"{source}: {key}: expected SQL text")
        if not _single_select(sql):
            raise ConfigError(f"{source}: {key}: must be a single SELECT (or WITH ... SELECT) query that "
                              "writes and locks nothing")
        checked[key] = sql
    return checked


def parse_queries(text: str, source: str) -> dict[str, str]:
    """Parse the TOML text of a queries file (see the module docstring)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    return check_queries(data, source)


def load_queries(path: Path) -> dict[str, str]:
    """Read REGISTER_QUERIES_FILE. Raises ConfigError naming the setting and the file."""
    source = f"REGISTER_QUERIES_FILE: {path}"
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read ({exc.strerror or type(exc).__name__})") from None
    return parse_queries(text, source)


# --------------------------------------------------------------------------------------------
# The SQL adapter
# --------------------------------------------------------------------------------------------


class SqlRegister:
    """The customer register behind any SQLAlchemy URL, read with configured SQL."""

    def __init__(self, url: str, queries: Mapping[str, str] | None = None):
        self._queries = check_queries(
            DEFAULT_QUERIES if queries is None else queries, "register queries"
        )
        try:
            parsed = make_url(url)
        except sa.exc.ArgumentError:
            raise ConfigError("REGISTER_URL: not a valid database URL") from None
        kwargs: dict[str, Any] = {"hide_parameters": True}
        backend = parsed.get_backend_name()
        if backend == "postgresql":
            kwargs["execution_options"] = {
                "postgresql_readonly": True,
                "isolation_level": "REPEATABLE READ",
            }
        elif backend == "sqlite":
            _require_sqlite_file(parsed.database)
        try:
            self._engine: Engine = sa.create_engine(parsed, **kwargs)
        except (sa.exc.ArgumentError, ImportError) as exc:
            raise ConfigError(f"REGISTER_URL: cannot use this URL ({type(exc).__name__})") from None
        if backend == "sqlite":
            sa.event.listen(self._engine, "connect", _sqlite_connect)
        elif backend == "postgresql":
            sa.event.listen(self._engine, "connect", _postgresql_connect)

    def close(self) -> None:
        """Release the connection pool."""
        self._engine.dispose()

    # The port ---------------------------------------------------------------------------

    def find_by_email(self, email: str) -> Customer | None:
        key = email.strip().lower()
        if "@" not in key:
            return None
        with self._connect() as conn:
            rows = self._run(conn, "find_by_email", email=key)
        customers = _distinct(_customer(r, "find_by_email") for r in rows)
        if len(customers) > 1:
            raise AmbiguousCustomer(
                f"{len(customers)} customer records share the address looked up"
            )
        return customers[0] if customers else None

    def find_by_order(self, order_number: str, name: str) -> Customer | None:
        number = order_number.strip()
        wanted = _name_key(name)
        if not number or not wanted:
            return None
        with self._connect() as conn:
            rows = self._run(conn, "find_by_order", order_number=number)
        customers = _distinct(
            c for c in (_customer(r, "find_by_order") for r in rows) if _name_key(c.name) == wanted
        )
        if len(customers) > 1:
            raise AmbiguousCustomer(f"{len(customers)} customer records match the order and name")
        return customers[0] if customers else None

    def data_for(self, customer_id: int | str) -> CustomerData:
        with self._connect() as conn:
            found = self._run(conn, "customer", customer_id=customer_id)
            if not found:
                raise RegisterError("query 'customer': no customer with the given id")
            customer = _customer(found[0], "customer")
            item_rows = self._run(conn, "order_items", customer_id=customer_id)
            order_rows = self._run(conn, "orders", customer_id=customer_id)
            consent_rows = self._run(conn, "consents", customer_id=customer_id)
            contact_rows = self._run(conn, "contacts", customer_id=customer_id)
            analytics_rows = self._run(conn, "analytics", customer_id=customer_id)
            record_rows = (self._run(conn, "accounting_records", customer_id=customer_id)
                           if "accounting_records" in self._queries else None)

        items: dict[str, list[RowMapping]] = {}
        for r in item_rows:
            number = str(_col(r, "order_number", "order_items"))
            items.setdefault(number, []).append(r)
        orders = []
        for r in order_rows:
            number = str(_col(r, "number", "orders"))
            currency = str(_col(r, "currency", "orders"))
            orders.append(
                Order(
                    number=number,
                    placed_on=_date(_col(r, "placed_on", "orders"), "orders.placed_on"),
                    total=_money(_col(r, "total", "orders"), "orders.total"),
                    currency=currency,
                    items=tuple(_item(i, currency) for i in items.get(number, [])),
                    delivery_address=_opt_str(_col(r, "delivery_address", "orders")),
                    payment_method=_opt_str(_col(r, "payment_method", "orders")),
                )
            )
        consents = tuple(
            Consent(
                kind=str(_col(r, "kind", "consents")),
                given=_bool(_col(r, "given", "consents"), "consents.given"),
                changed_on=_date(_col(r, "changed_on", "consents"), "consents.changed_on"),
            )
            for r in consent_rows
        )
        contacts = tuple(
            Contact(
                on=_date(_col(r, "contacted_on", "contacts"), "contacts.contacted_on"),
                channel=str(_col(r, "channel", "contacts")),
                summary=str(_col(r, "summary", "contacts")),
            )
            for r in contact_rows
        )
        analytics = {
            str(_col(r, "name", "analytics")): _plain(_col(r, "value", "analytics"))
            for r in analytics_rows
        }
        if record_rows is None:
            # No accounting query: each order counts as an invoice booked on the order date.
            accounting = tuple(Record("invoice", o.number, o.placed_on, o.number) for o in orders)
        else:
            accounting = tuple(_record(r) for r in record_rows)
        return CustomerData(
            customer=customer,
            orders=tuple(orders),
            consents=consents,
            contacts=contacts,
            analytics=analytics,
            accounting=accounting,
        )

    # Plumbing ---------------------------------------------------------------------------

    def _connect(self) -> Connection:
        try:
            return self._engine.connect()
        except sa.exc.SQLAlchemyError as exc:
            raise RegisterError(f"customer register unreachable ({type(exc).__name__})") from exc

    def _run(self, conn: Connection, name: str, **params: Any) -> Sequence[RowMapping]:
        try:
            return conn.execute(sa.text(self._queries[name]), params).mappings().all()
        except sa.exc.SQLAlchemyError as exc:
            raise RegisterError(f"query {name!r} failed ({type(exc).__name__})") from exc


def _require_sqlite_file(database: str | None) -> None:
    # SQLite creates a missing file on connect; a mistyped path would look like an empty register
    # and every requester would be told "we hold no data about you".
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    if not Path(database).is_file():
        raise ConfigError("REGISTER_URL: the SQLite database file does not exist")


def _postgresql_connect(dbapi_connection: Any, _record: Any) -> None:
    # The whole session is read-only (default_transaction_read_only), not only the transactions the
    # adapter opens with its execution options: a connection used any other way cannot write either.
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    try:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    finally:
        dbapi_connection.autocommit = autocommit


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()
    # SQLite's built-in lower() folds only ASCII; "ÅSA@example.se" must match "åsa@example.se"
    # as it does on PostgreSQL. Python's str.lower is what find_by_email applies to :email.
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


# --------------------------------------------------------------------------------------------
# Row conversion: any driver's types to the value types
# --------------------------------------------------------------------------------------------


def _col(row: RowMapping, column: str, query: str) -> Any:
    try:
        return row[column]
    except KeyError:
        raise RegisterError(f"query {query!r} must return a column labelled {column!r}") from None


def _customer(row: RowMapping, query: str) -> Customer:
    name = _col(row, "name", query)
    email = _col(row, "email", query)
    return Customer(
        id=_col(row, "id", query),
        name=" ".join(str(name).split()) if name is not None else "",
        email=str(email).strip() if email is not None else "",
        phone=_opt_str(_col(row, "phone", query)),
        address=_opt_str(_col(row, "address", query)),
        created_on=_date(_col(row, "created_on", query), f"{query}.created_on"),
    )


def _record(row: RowMapping) -> Record:
    kind = str(_col(row, "kind", "accounting_records")).strip().lower()
    if kind not in RECORD_KINDS or kind == "order":
        raise RegisterError(f"accounting_records.kind: expected one of {', '.join(RECORD_KINDS[:-1])}")
    return Record(kind=kind, reference=str(_col(row, "reference", "accounting_records")).strip(),
                  dated=_date(_col(row, "booked_on", "accounting_records"), "accounting_records.booked_on"),
                  order_number=_opt_str(row.get("order_number")))


def _item(row: RowMapping, currency: str) -> str:
    product = str(_col(row, "product", "order_items"))
    quantity = row.get("quantity")
    unit_price = row.get("unit_price")
    text = product if quantity is None else f"{quantity} × {product}"
    if unit_price is not None:
        text += f" @ {_money(unit_price, 'order_items.unit_price')} {currency}"
    return text


def _distinct(customers: Any) -> list[Customer]:
    seen: dict[Any, Customer] = {}
    for c in customers:
        seen.setdefault(c.id, c)
    return list(seen.values())


def _name_key(name: str) -> tuple[str, ...]:
    words = unicodedata.normalize("NFC", name).casefold().split()
    return tuple(sorted(words))


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any, what: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise RegisterError(f"{what}: expected a date, got {type(value).__name__}")


def _money(value: Any, what: str) -> Decimal:
    if isinstance(value, bool) or value is None:
        raise RegisterError(f"{what}: expected an amount, got {type(value).__name__}")
    try:
        # str() first: a float from SQLite becomes its shortest repr (24.9), not 24.899999...
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise RegisterError(f"{what}: expected an amount") from None
    if not amount.is_finite():
        raise RegisterError(f"{what}: expected a finite amount")
    # Show at least cents, as the shop does (24.9 -> 24.90), without dropping finer digits.
    if amount.as_tuple().exponent > -2:  # type: ignore[operator]
        amount = amount.quantize(Decimal("0.01"))
    return amount


def _bool(value: Any, what: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("t", "true", "1", "yes", "y"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("f", "false", "0", "no", "n"):
        return False
    raise RegisterError(f"{what}: expected a boolean, got {type(value).__name__}")


def _plain(value: Any) -> Any:
    """A JSON-friendly analytics value: str, int, float, bool or None stay; the rest become text."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)
