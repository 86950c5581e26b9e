"""`rightsbot demo`: the whole loop on embedded servers, so a newcomer sees the product work.

An IMAP server (pymap, in memory) is seeded with sample mail, an SMTP sink (aiosmtpd) catches
what is sent, and a SQLite file holds the cases and a sample customer register. The demo polls,
prints the cases and drafts, approves one draft as a staff member, sends it and shows the mail
that went out. Nothing leaves this machine.
"""

from __future__ import annotations

import email
import email.policy
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

from bot.adapters.clock import SystemClock
from bot.entrypoints import bootstrap, config
from bot.services import views
from bot.services.drafts import approve
from bot.services.intake import poll_once
from bot.services.sending import send_approved

STAFF = "privacy@allsec.fi"


def sample_mails(customers: dict[str, str]) -> list[tuple[bytes, timedelta]]:
    """Sample mail for the demo inbox, with how long ago each arrived. Written for the demo."""

    def mail(sender, subject, body, msgid, **headers):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = sender, "info@allsec.fi", subject, msgid
        msg["Date"] = email.utils.format_datetime(datetime.now(timezone.utc))
        for name, value in headers.items():
            msg[name.replace("_", "-")] = value
        msg.set_content(body)
        return msg.as_bytes()

    return [
        (mail(f"Matti Virtanen <{customers['recent_orders']}>", "Tietojeni poistaminen",
              "Hei,\n\nhaluan että poistatte kaikki minua koskevat tiedot ja asiakastilini.\n\nTerveisin\nMatti",
              "<demo-1@example.fi>"), timedelta(hours=3)),
        (mail(f"Linnea Sjöholm <{customers['swedish']}>", "Registerutdrag",
              "Hej!\n\nJag vill ha en kopia av alla personuppgifter ni har om mig.\n\nMvh Linnea",
              "<demo-2@example.se>"), timedelta(hours=2)),
        (mail(f"Emily Carter <{customers['newsletter_only']}>", "Please stop the newsletter",
              "Hi,\n\nPlease stop sending me marketing emails and newsletters.\n\nEmily",
              "<demo-3@example.com>"), timedelta(hours=1)),
        (mail("Out Of Office <matti.virtanen@example.fi>", "Automaattinen vastaus: Tarjous",
              "Olen lomalla 1.12. asti.", "<demo-4@example.fi>", Auto_Submitted="auto-replied"),
         timedelta(minutes=30)),
        (mail("Paula Nieminen <paula@example.org>", "Tilauksen toimitus",
              "Hei, milloin tilaukseni 12345 toimitetaan?", "<demo-5@example.org>"), timedelta(minutes=10)),
    ]


def run(keep: str | None = None) -> int:
    from bot.adapters.mailbox import Mailbox
    from bot.entrypoints.demo.sample_register import SAMPLE_CUSTOMERS, create_sample_register
    from bot.entrypoints.demo.servers import imap_server, smtp_sink

    workdir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="rightsbot-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    register_url = f"sqlite:///{workdir / 'register.db'}"
    create_sample_register(register_url)
    try:
        with imap_server(username="info@allsec.fi", password="demo") as imap, smtp_sink() as sink:
            now = datetime.now(timezone.utc)
            with Mailbox(imap.host, imap.port, imap.username, imap.password, "none") as box:
                for raw, age in sample_mails(SAMPLE_CUSTOMERS):
                    box.append(raw, when=now - age)
            settings = config.from_mapping({
                "IMAP_HOST": imap.host, "IMAP_PORT": str(imap.port), "IMAP_USERNAME": imap.username,
                "IMAP_PASSWORD": imap.password, "IMAP_SECURITY": "none",
                "SMTP_HOST": sink.host, "SMTP_PORT": str(sink.port), "SMTP_SECURITY": "none",
                "MAIL_FROM": "info@allsec.fi", "STAFF_EMAILS": STAFF,
                "DATABASE_URL": f"sqlite:///{workdir / 'rightsbot.db'}", "REGISTER_URL": register_url,
            })
            app = bootstrap.build(settings, clock=SystemClock())
            _say("1. Poll the inbox once")
            report = poll_once(app)
            print(f"   {report.fetched} mails read: {len(report.cases_opened)} new cases, "
                  f"{report.ignored} not requests (auto-replies, ordinary mail), {report.drafts} drafts")
            _say("2. Cases (rightsbot cases)")
            for c in views.cases(app):
                print(f"   {c['ref']}  {c['status']:<9} due {c['due_date']}  [{c['language']}] "
                      f"{', '.join(c['intents'])}  <{c['requester']}>")
            _say("3. Drafts waiting for approval (rightsbot drafts)")
            drafts = views.drafts(app)
            for d in drafts:
                print(f"   #{d['id']} {d['status']:<8} {d['template']:<34} {d['subject']}")
            _say("4. Poll again: nothing is processed twice")
            again = poll_once(app)
            print(f"   {again.fetched} new mails, {len(again.cases_opened)} new cases")
            if not drafts:
                print("   no drafts to approve")
                return 1
            first = drafts[0]
            _say(f"5. Staff approves draft #{first['id']} and sends (rightsbot approve / send)")
            approve(app, first["id"], STAFF)
            counts = send_approved(app)
            print(f"   sent {counts['sent']}, deferred {counts['deferred']}, failed {counts['failed']}")
            _say("6. The mail that went out")
            for received in sink.messages:
                msg = email.message_from_bytes(received.content, policy=email.policy.default)
                print(f"   envelope to: {', '.join(received.rcpt_tos)}")
                for name in ("From", "To", "Subject", "Message-ID", "In-Reply-To", "References"):
                    print(f"   {name}: {msg[name]}")
                print()
                print("   " + msg.get_body(("plain",)).get_content().replace("\n", "\n   ").rstrip())
            erasure = next((c for c in views.cases(app) if "erasure" in c["intents"]), None)
            if erasure:
                from bot.services.case_actions import complete_task, decide

                ref = erasure["ref"]
                _say(f"7. Staff grant the erasure in {ref} and do its tasks (rightsbot decide / task done)")
                decide(app, ref, "erasure", "granted", "", STAFF)
                while open_tasks := [t for t in views.case_detail(app, ref)["tasks"] if t["status"] == "open"]:
                    for task in open_tasks:
                        complete_task(app, task["id"], STAFF)
                        print(f"   done: {task['title']}")
                _say(f"8. The reasoned partial refusal drafted for {ref} (Accounting Act hold), waiting for approval")
                draft = next(d for d in views.drafts(app, "pending") if d["case_ref"] == ref)
                print(f"   Subject: {draft['subject']}\n")
                print("   " + draft["body"].replace("\n", "\n   ").rstrip())
                _say(f"9. rightsbot case show {ref}")
                print("   " + views.case_text(views.case_detail(app, ref)).replace("\n", "\n   "))
            app.store.dispose()
        if keep:
            print(f"\nDemo database kept in {workdir}")
        return 0
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)


def _say(title: str) -> None:
    print(f"\n== {title}")
