"""The customer register as the core sees it: read-only value types and the port. Pure.

The register is the shop's own database; rightsbot reads it and never changes it. The services
ask the three questions of `Register`; `bot.adapters.register.SqlRegister` answers them from SQL.
The values hold no session and no engine, so the core (export, retention, planning) takes them as
plain data. RegisterError (the register could not answer) and AmbiguousCustomer (several records
match; staff decide) live in bot.core.errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from bot.core.retention import Record

# Consent kinds the sample register knows. A shop may have others; `Consent.kind` is a str.
CONSENT_KINDS = ("newsletter", "marketing_sms", "analytics_cookies")


# --------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Customer:
    id: int | str
    name: str
    email: str
    phone: str | None
    address: str | None
    created_on: date


@dataclass(frozen=True)
class Order:
    number: str
    placed_on: date
    total: Decimal
    currency: str
    items: tuple[str, ...]
    delivery_address: str | None
    payment_method: str | None


@dataclass(frozen=True)
class Consent:
    kind: str  # "newsletter" | "marketing_sms" | "analytics_cookies" | a shop's own kind
    given: bool
    changed_on: date


@dataclass(frozen=True)
class Contact:
    on: date
    channel: str
    summary: str


@dataclass(frozen=True)
class CustomerData:
    """Everything the register holds about one customer (policy section 4)."""

    customer: Customer
    orders: tuple[Order, ...]
    consents: tuple[Consent, ...]
    contacts: tuple[Contact, ...]
    # Observed and derived data (policy section 4, last item). Never part of portability.
    analytics: dict[str, Any]
    # Accounting records naming the customer (invoices, receipts, refunds, collections), each with
    # its booking date: what the Accounting Act hold keeps (bot.core.retention).
    accounting: tuple[Record, ...] = ()

    @property
    def order_dates(self) -> tuple[date, ...]:
        """The dates of all orders, oldest first (input to the accounting-retention hold)."""
        return tuple(sorted(o.placed_on for o in self.orders))

    @property
    def retention_records(self) -> tuple[Record, ...]:
        """The records a retention hold may keep: the accounting records and the orders themselves."""
        orders = tuple(Record("order", o.number, o.placed_on, o.number) for o in self.orders)
        return self.accounting + orders

    def consent(self, kind: str) -> Consent | None:
        """The recorded consent of this kind, or None if the register has none."""
        for c in self.consents:
            if c.kind == kind:
                return c
        return None


# --------------------------------------------------------------------------------------------
# The port
# --------------------------------------------------------------------------------------------


class Register(Protocol):
    def find_by_email(self, email: str) -> Customer | None:
        """The customer whose address on record is `email` (case-insensitive), or None.

        Raises AmbiguousCustomer if several customer records carry that address.
        """

    def find_by_order(self, order_number: str, name: str) -> Customer | None:
        """The customer who placed `order_number`, if `name` matches theirs, else None.

        For staff matching the identifying details a requester gave (LAW.md B4). The name
        comparison ignores case, extra spaces and word order ("Virtanen Matti").
        """

    def data_for(self, customer_id: int | str) -> CustomerData:
        """Everything held about the customer. Raises RegisterError if the id is unknown."""
