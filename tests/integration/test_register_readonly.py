"""The register is only read (issue 10): a queries file holds single SELECTs, parsed (a WITH that
deletes, a second statement, SELECT INTO or FOR UPDATE are refused at start), and every connection
to the register is read-only underneath, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.adapters.register import DEFAULT_QUERIES, SqlRegister, check_queries
from bot.core.errors import ConfigError
from tests.integration.test_register import register, sample_url  # noqa: F401


@pytest.mark.parametrize("sql", [
    "WITH gone AS (DELETE FROM orders RETURNING *) SELECT * FROM gone",
    "with x as (update customers set first_name = 'x' returning id) select id from x",
    "SELECT 1 AS number; DELETE FROM orders",
    "SELECT * INTO stolen FROM orders",
    "SELECT * FROM orders FOR UPDATE",
    "SELECT FROM WHERE (",
])
def test_a_query_that_could_write_is_refused_at_start(sql):
    with pytest.raises(ConfigError, match=r"^test: orders: must be a single SELECT"):
        check_queries(dict(DEFAULT_QUERIES, orders=sql), "test")


def test_every_default_query_is_a_single_select():
    assert check_queries(DEFAULT_QUERIES, "test") == DEFAULT_QUERIES


def test_a_raw_connection_to_the_register_is_read_only(register):  # noqa: F811
    # Read-only for the session itself, not only for the adapter's own transactions: a connection
    # used any other way refuses writes too.
    raw = register._engine.raw_connection()
    try:
        cursor = raw.cursor()
        with pytest.raises(Exception, match="(?i)read-only|readonly"):
            cursor.execute("DELETE FROM analytics")
    finally:
        raw.rollback()
        raw.close()
    assert register.data_for(1).analytics != {}


# PostgreSQL only: SQLite has no function that writes, so there a SELECT cannot write at all.
@pytest.mark.parametrize("sample_url", ["postgres"], indirect=True)
def test_a_select_that_writes_is_refused_by_the_database(sample_url):  # noqa: F811
    # A SELECT can still write (a function with side effects); the read-only session stops it.
    engine = sa.create_engine(sample_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE SEQUENCE IF NOT EXISTS probe_seq"))
    engine.dispose()
    reg = SqlRegister(sample_url, dict(DEFAULT_QUERIES, analytics="SELECT 'x' AS name, nextval('probe_seq') AS value"))
    try:
        with pytest.raises(Exception, match="read-only|failed"):
            reg.data_for(1)
    finally:
        reg.close()
