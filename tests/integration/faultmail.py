"""What the fault-injection tests share: a mailbox of varied mail, the bot's settings for a test, and
the end state of the bot's database read with plain SQL, so that a crashed-and-resumed run can be
compared with a run that nothing disturbed.

The mailbox: requests in Finnish, Swedish and English (from customers on record and strangers),
an other-language request, a question that is no request, a bounce, spam, an auto-reply, a reply
in the thread of an earlier mail of the same batch, a second copy of one mail (same Message-ID),
a request without a Message-ID, a mail with no headers at all (quarantined), and real malformed
mail from the wild corpus.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.adapters.mailbox import Mailbox
from bot.entrypoints import bootstrap, config
from bot.entrypoints.demo.sample_register import SAMPLE_CUSTOMERS, create_sample_register
from bot.services import views
from bot.services.drafts import approve
from tests.integration.crashing import run_cli

STAFF = "privacy@allsec.fi"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
DEV = ["dev-0001.eml", "dev-0002.eml", "dev-0005.eml", "dev-0006.eml", "dev-0008.eml", "dev-0010.eml",
       "dev-0022.eml", "dev-0035.eml"]
WILD = ["ddeboer-imap__missing_from.eml", "rubymail__raw_email_multiple_from.eml", "enmime__bad-final-boundary.raw.eml"]


def _mail(sender: str, subject: str, body: str, message_id: str | None, in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "info@allsec.fi", subject
    if message_id:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def varied_mail() -> list[bytes]:
    """The mailbox's content, in the order it arrives. Fixed, so every run sees the same mail."""
    aino = _mail(f"Aino Laaksonen <{SAMPLE_CUSTOMERS['old_orders']}>", "Tietopyyntö",
                 "Hei, haluan saada kopion kaikista minua koskevista henkilötiedoista.", "<aino-1@example.fi>")
    mails = [
        aino,
        _mail(f"Matti Virtanen <{SAMPLE_CUSTOMERS['recent_orders']}>", "Poistakaa tietoni",
              "Hei, poistakaa tilini ja kaikki tietoni.", "<matti-1@example.fi>"),
        *((CORPUS / "dev" / name).read_bytes() for name in DEV[:4]),
        _mail(f"Emily Carter <{SAMPLE_CUSTOMERS['newsletter_only']}>", "Unsubscribe",
              "Please stop sending me newsletters.", None),  # no Message-ID
        aino,  # the same mail again, as a second delivery would bring it
        b"Please delete all my data, this mail lost its headers.\r\n",  # no headers: quarantined
        _mail(f"Aino Laaksonen <{SAMPLE_CUSTOMERS['old_orders']}>", "Re: Tietopyyntö",
              "Lisäksi: älkää lähettäkö minulle enää markkinointia.", "<aino-2@example.fi>",
              in_reply_to="<aino-1@example.fi>"),
        *((CORPUS / "dev" / name).read_bytes() for name in DEV[4:]),
        *((CORPUS / "wild" / name).read_bytes() for name in WILD),
        _mail(f"Linnea Sjöholm <{SAMPLE_CUSTOMERS['swedish']}>", "Registerutdrag",
              "Hej, jag vill få ut alla uppgifter ni har om mig.", "<linnea-1@example.se>"),
    ]
    return mails


MAILS = varied_mail()


@pytest.fixture(scope="session")
def reference(dovecot, _smtp_session, tmp_path_factory):
    """The end state of intake over MAILS when nothing disturbs it."""
    workdir = tmp_path_factory.mktemp("reference")
    account = dovecot.new_account()
    deliver(account, MAILS)
    env = bot_env(workdir, f"sqlite:///{workdir / 'bot.db'}", account, _smtp_session)
    assert run_cli(["poll", "--once"], env, workdir).exitcode == 0
    return end_state(env["DATABASE_URL"])


def approve_all(env: dict[str, str]) -> None:
    app = bootstrap.build(config.from_mapping(env))
    try:
        for draft in views.drafts(app, "pending"):
            approve(app, draft["id"], STAFF)
    finally:
        app.store.dispose()


def deliver(account, mails: list[bytes], folder: str = "INBOX", when: datetime | None = None) -> None:
    when = when or datetime.now(timezone.utc) - timedelta(hours=2)
    with Mailbox(account.host, account.port, account.username, account.password, "none", folder=folder) as box:
        for i, raw in enumerate(mails):
            box.append(raw, folder=folder, when=when + timedelta(seconds=i))


def bot_env(workdir: Path, database_url: str, account, smtp, **extra: str) -> dict[str, str]:
    register = workdir / "register.db"
    if not register.exists():
        create_sample_register(f"sqlite:///{register}")
    return {
        "IMAP_HOST": account.host, "IMAP_PORT": str(account.port), "IMAP_USERNAME": account.username,
        "IMAP_PASSWORD": account.password, "IMAP_SECURITY": "none", "SMTP_HOST": smtp.host,
        "SMTP_PORT": str(smtp.port), "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi",
        "STAFF_EMAILS": STAFF, "DATABASE_URL": database_url, "REGISTER_URL": f"sqlite:///{register}",
        "INTAKE_SINCE": (datetime.now(timezone.utc) - timedelta(days=30)).date().isoformat(),
        "PATH": "/usr/bin:/bin",
    } | extra


def end_state(database_url: str) -> dict:
    """What intake and sending did, without ids or times: per incoming UID its state, kind, reason and
    case; per case its requester, rights and status; the drafts by case, template, recipient, status;
    the case events by name."""
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            mails = conn.execute(sa.text(
                "SELECT m.uid, m.state, m.kind, m.reason, c.ref FROM mail m LEFT JOIN \"case\" c ON c.id = m.case_id "
                "WHERE m.direction = 'in' ORDER BY m.uid")).all()
            cases = conn.execute(sa.text(
                "SELECT ref, requester, intents_json, status, needs_triage FROM \"case\" ORDER BY ref")).all()
            drafts = conn.execute(sa.text(
                "SELECT c.ref, d.template, d.to_addr, d.status FROM draft d JOIN \"case\" c ON c.id = d.case_id")).all()
            events = conn.execute(sa.text(
                "SELECT c.ref, e.name FROM event e JOIN \"case\" c ON c.id = e.case_id")).all()
            sent = conn.execute(sa.text("SELECT message_id FROM mail WHERE direction = 'out'")).all()
    finally:
        engine.dispose()
    return {
        "mails": [tuple(row) for row in mails],
        "cases": [tuple(row) for row in cases],
        "drafts": sorted(Counter(tuple(row) for row in drafts).items()),
        "events": sorted(Counter(tuple(row) for row in events).items()),
        "sent": sorted(row[0] for row in sent),
    }


def assert_nothing_lost(state: dict, mails: list[bytes]) -> None:
    """Every mail in the box has its one record (the UID is unique in the table), and a quarantined
    one says why."""
    assert [row[0] for row in state["mails"]] == list(range(1, len(mails) + 1))
    for uid, mail_state, _kind, reason, _ref in state["mails"]:
        assert mail_state in {"processed", "duplicate", "ignored", "flagged", "quarantined"}, (uid, mail_state)
        if mail_state == "quarantined":
            assert reason, uid
