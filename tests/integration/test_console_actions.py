"""Staff actions through the console's forms (Starlette's TestClient), on the real Dovecot, the SMTP
sink, both stores and the sample register: triage from the original arrival time, flagged mail,
redacting an export before approval, the case forms, the statistics page, and Finnish text."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import timedelta

import pytest
from starlette.testclient import TestClient

from bot.adapters import store
from bot.entrypoints.demo.sample_register import SAMPLE_CUSTOMERS, create_sample_register
from bot.entrypoints.web.console import create_app
from bot.services import case_actions, views
from bot.services.drafts import approve
from bot.services.intake import poll_once
from bot.services.sending import send_approved
from tests.integration.console_support import NOW, STAFF, build, deliver
from tests.integration.test_console import csrf_of, sign_in

MATTI = SAMPLE_CUSTOMERS["recent_orders"]
GERMAN = "Hallo,\n\nbitte löschen Sie alle meine personenbezogenen Daten.\n\nGrüße\nHans Müller"
SPANISH = "Hola,\n\npor favor borren mis datos personales.\n\nAna"


@pytest.fixture
def bot(tmp_path, database_url, imap_account, smtp_server):
    register = f"sqlite:///{tmp_path / 'register.db'}"
    create_sample_register(register)
    app, clock = build(database_url, imap_account, smtp_server, REGISTER_URL=register)
    yield app, clock
    app.store.dispose()


def client_for(app):
    return TestClient(create_app(app), follow_redirects=False)


def signed_in(app, smtp_server):
    client = client_for(app)
    return client, sign_in(client, smtp_server)


def test_triage_starts_the_workflow_from_the_mails_arrival(bot, smtp_server):
    app, _ = bot
    deliver(app, "Hans Müller <hans@example.de>", "Frage", GERMAN, NOW - timedelta(days=10))
    deliver(app, "Ana García <ana@example.es>", "Datos", SPANISH, NOW - timedelta(days=12))
    poll_once(app)
    [triage_case] = views.cases(app)
    [unsure] = views.mails(app, "flagged")
    assert triage_case["status"] == "triage" and unsure["case_ref"] is None
    client, csrf = signed_in(app, smtp_server)
    page = client.get("/triage")
    assert "bitte löschen Sie alle meine" in page.text and "por favor borren mis datos" in page.text

    # The case opened for the German mail: its rights set, its clock unchanged.
    done = client.post(f"/cases/{triage_case['ref']}/triage", data={
        "csrf": csrf, "kind": "request", "intents": ["erasure"], "language": "en", "back": "/triage"})
    assert done.status_code == 303 and done.headers["location"] == "/triage?done=triaged"
    triaged = views.case_detail(app, triage_case["ref"])
    assert triaged["status"] == "open" and triaged["intents"] == ["erasure"]
    assert triaged["received_at"] == triage_case["received_at"] and triaged["due_date"] == triage_case["due_date"]

    # The Spanish mail had no case: read as a request, it opens one from its own arrival, not from now.
    done = client.post(f"/mail/{unsure['id']}/triage", data={
        "csrf": csrf, "kind": "request", "intents": ["erasure"], "language": "en", "back": "/triage"})
    assert done.status_code == 303
    ref = done.headers["location"].split("/cases/")[1].split("?")[0]
    opened = views.case_detail(app, ref)
    arrived = NOW - timedelta(days=12)
    assert opened["received_at"] == arrived.astimezone(app.settings.timezone).isoformat(timespec="seconds")
    assert opened["due_date"] == app.due_date(arrived).isoformat()
    assert opened["status"] == "open" and opened["intents"] == ["erasure"]
    assert views.mail_detail(app, unsure["id"])["state"] == "processed"
    staff_events = {(e["name"], e["actor"]) for e in opened["events"] if e["actor"] == STAFF}
    assert {("mail_resolved", STAFF), ("case_triaged", STAFF)} <= staff_events
    assert views.queue(app)["unsure_mail"] == [] and views.queue(app)["triage"] == []


def test_an_unsure_mail_that_is_not_a_request_is_resolved_with_a_note(bot, smtp_server):
    app, _ = bot
    deliver(app, "Ana García <ana@example.es>", "Datos", SPANISH, NOW - timedelta(days=1))
    poll_once(app)
    [unsure] = views.mails(app, "flagged")
    client, csrf = signed_in(app, smtp_server)
    refused = client.post(f"/mail/{unsure['id']}/triage", data={"csrf": csrf, "kind": "not_request", "note": ""})
    assert refused.status_code == 400 and "reasons are required" in refused.text
    done = client.post(f"/mail/{unsure['id']}/triage", data={"csrf": csrf, "kind": "not_request",
                                                             "note": "a question about a product"})
    assert done.status_code == 303
    assert views.mail_detail(app, unsure["id"])["state"] == "resolved"
    assert views.cases(app) == [] and views.queue(app)["unsure_mail"] == []


def test_flagged_mail_on_a_case_is_resolved_with_a_note(bot, smtp_server):
    app, _ = bot
    deliver(app, f"Matti Virtanen <{MATTI}>", "Poistakaa tietoni", "Poistakaa kaikki tietoni.", NOW - timedelta(hours=2))
    poll_once(app)
    [case] = views.cases(app)
    deliver(app, "Someone Else <else@example.com>", f"Re: [{case['ref']}] Poistakaa tietoni",
            "I am writing on Matti's behalf.", NOW - timedelta(hours=1))
    poll_once(app)
    [flagged] = views.queue(app)["flagged"]
    assert flagged["reason"] == "sender-is-not-requester"
    client, csrf = signed_in(app, smtp_server)
    assert "I am writing on Matti" in client.get(f"/mail/{flagged['id']}").text
    done = client.post(f"/mail/{flagged['id']}/resolve", data={"csrf": csrf, "note": "answered by phone"})
    assert done.status_code == 303
    assert views.queue(app)["flagged"] == []
    [event] = [e for e in views.case_detail(app, case["ref"])["events"] if e["name"] == "mail_resolved"]
    assert event["actor"] == STAFF
    [resolved] = views.mails(app, "resolved")
    assert (resolved["id"], resolved["resolved_by"], resolved["resolution"]) == (flagged["id"], STAFF,
                                                                               "answered by phone")
    # Dealt with once: a second time is refused.
    again = client.post(f"/mail/{flagged['id']}/resolve", data={"csrf": csrf, "note": "again"})
    assert again.status_code == 400


def _access_reply(app, smtp_server) -> dict:
    """Matti's access request, acknowledged and exported: the reply with his data waits for approval."""
    deliver(app, f"Matti Virtanen <{MATTI}>", "Omat tietoni", "Haluan kopion tiedoistani.", NOW - timedelta(hours=2))
    poll_once(app)
    [case] = views.cases(app)
    for draft in views.drafts(app, "pending"):
        approve(app, draft["id"], STAFF)
    send_approved(app)
    [task] = views.tasks(app)
    case_actions.complete_task(app, task["id"], STAFF)
    smtp_server.handler.reset()
    [reply] = views.drafts(app, "pending")
    assert reply["case_ref"] == case["ref"] and reply["template"] == "customer/access-reply"
    return reply


def test_staff_redact_the_export_before_approving_and_what_is_sent_is_what_they_saw(bot, smtp_server):
    app, _ = bot
    reply = _access_reply(app, smtp_server)
    detail = views.draft_detail(app, reply["id"])
    export = next(a for a in detail["attachments"] if a["filename"].endswith(".json"))
    client, csrf = signed_in(app, smtp_server)
    page = client.get(f"/drafts/{reply['id']}")
    assert "Haluan kopion tiedoistani." in page.text and MATTI in page.text
    url = f"/drafts/{reply['id']}/attachment"
    broken = client.post(url, data={"csrf": csrf, "filename": export["filename"], "content": export["text"][:-5]})
    assert broken.status_code == 400 and "not valid JSON" in broken.text
    data = json.loads(export["text"])
    data.pop("analytics")
    redacted = json.dumps(data, indent=2, ensure_ascii=False)
    assert client.post(url, data={"csrf": csrf, "filename": export["filename"], "content": redacted}).status_code == 303
    assert client.post(f"/drafts/{reply['id']}/save", data={"csrf": csrf, "body": detail["body"],
                                                            "then": "approve"}).status_code == 303
    assert client.post("/send", data={"csrf": csrf}).headers["location"] == "/?done=sent&sent=1&deferred=0&failed=0"
    sent = email.message_from_bytes(smtp_server.messages[-1].content, policy=email.policy.default)
    attached = next(a for a in sent.iter_attachments() if a.get_filename() == export["filename"])
    assert json.loads(attached.get_content()) == data
    names = [e["name"] for e in views.case_detail(app, reply["case_ref"])["events"]]
    assert "attachment_edited" in names and "draft_edited" not in names


def test_case_forms_decide_verify_extend_and_close(bot, smtp_server):
    app, _ = bot
    deliver(app, f"Matti Virtanen <{MATTI}>", "Poistakaa tietoni", "Poistakaa kaikki tietoni.", NOW - timedelta(hours=2))
    deliver(app, "John Smith <john@example.com>", "Erase me", "Please erase all my personal data.",
            NOW - timedelta(hours=2))
    poll_once(app)
    matti = next(c for c in views.cases(app) if c["requester"] == MATTI)
    john = next(c for c in views.cases(app) if c["requester"] == "john@example.com")
    client, csrf = signed_in(app, smtp_server)

    page = client.get(f"/cases/{matti['ref']}")
    assert 'action="/cases/' + matti["ref"] + '/decide"' in page.text
    refused = client.post(f"/cases/{matti['ref']}/decide", data={"csrf": csrf, "right": "erasure",
                                                                 "decision": "refused", "reasons": ""})
    assert refused.status_code == 400 and "reasons are required" in refused.text
    assert client.post(f"/cases/{matti['ref']}/decide", data={"csrf": csrf, "right": "erasure",
                                                              "decision": "granted"}).status_code == 303
    [decision] = views.case_detail(app, matti["ref"])["decisions"]
    assert decision == {"right": "erasure", "decision": "granted", "reasons": "", "by": STAFF}

    # Choosing a match by address, or by order, with the field left empty confirms nothing.
    for match in ("customer", "order"):
        assert client.post(f"/cases/{john['ref']}/verify", data={"csrf": csrf, "match": match}).status_code == 400
    assert views.case_detail(app, john["ref"])["identity_confirmed"] is False
    assert client.post(f"/cases/{john['ref']}/verify", data={"csrf": csrf, "match": "none"}).status_code == 303
    assert views.case_detail(app, john["ref"])["identity_confirmed"] is True

    assert client.post(f"/cases/{john['ref']}/extend", data={"csrf": csrf, "reason": ""}).status_code == 400
    assert client.post(f"/cases/{john['ref']}/extend", data={"csrf": csrf,
                                                             "reason": "many requests at once"}).status_code == 303
    extended = views.case_detail(app, john["ref"])
    assert extended["extended_due_date"] and any(d["step"] == "extension" for d in extended["drafts"])

    # A rejected extension notice is not redrafted: staff extend again (bot.services.drafts.redraft).
    [notice] = [d for d in extended["drafts"] if d["step"] == "extension"]
    assert "many requests at once" in views.draft_detail(app, notice["id"])["body"]
    assert client.post(f"/drafts/{notice['id']}/reject", data={"csrf": csrf, "reason": "wrong ground"}).status_code == 303
    refused = client.post(f"/drafts/{notice['id']}/redraft", data={"csrf": csrf})
    assert refused.status_code == 400 and "rightsbot extend" in refused.text

    assert client.post(f"/cases/{john['ref']}/close", data={"csrf": csrf, "reason": "withdrawn by phone",
                                                            "outcome": "withdrawn"}).status_code == 303
    closed = views.case_detail(app, john["ref"])
    assert closed["status"] == "closed" and closed["outcome"] == "withdrawn"
    assert not any(d["status"] == "pending" for d in closed["drafts"])
    # The pages render in every state these cases went through.
    for url in (f"/cases/{john['ref']}", f"/cases/{matti['ref']}", f"/drafts/{notice['id']}", "/", "/statistics"):
        assert client.get(url).status_code == 200, url


def test_statistics_page(bot, smtp_server):
    app, _ = bot
    deliver(app, f"Matti Virtanen <{MATTI}>", "Poistakaa tietoni", "Poistakaa kaikki tietoni.", NOW - timedelta(days=30))
    poll_once(app)
    client, _ = signed_in(app, smtp_server)
    page = client.get("/statistics")
    assert page.status_code == 200
    assert "<svg" in page.text and 'class="bar r-erasure"' in page.text
    assert "2026-10" in page.text and "overdue now" in page.text


def test_finnish_interface(database_url, imap_account, smtp_server):
    app, _ = build(database_url, imap_account, smtp_server, STAFF_LANGUAGE="fi")
    deliver(app, "Maija <maija@example.fi>", "Tietojen poisto", "Poistakaa tietoni.", NOW - timedelta(hours=2))
    poll_once(app)
    with client_for(app) as client:
        assert "Kirjaudu rightsbotiin" in client.get("/signin").text
        sign_in_page = client.get("/signin")
        client.post("/signin", data={"email": STAFF, "csrf": csrf_of(sign_in_page.text)})
        mail = email.message_from_bytes(smtp_server.messages[-1].content, policy=email.policy.default)
        assert "Kirjautumislinkkisi" in mail["Subject"] and mail["Auto-Submitted"] == "auto-generated"
        link = mail.get_content().split("http://127.0.0.1:8080", 1)[1].split()[0]
        page = client.get(link)
        client.post(link, data={"csrf": csrf_of(page.text)})
        queue = client.get("/").text
    assert "Avoimet tapaukset määräpäivän mukaan" in queue and "tänään 24.11.2026" in queue
    app.store.dispose()


def test_the_secret_is_kept_in_the_database_and_survives_a_restart(database_url, imap_account, smtp_server):
    app, _ = build(database_url, imap_account, smtp_server)
    create_app(app)
    with app.store.session() as session:
        first = store.get_setting(session, "web_secret")
    create_app(app)
    with app.store.session() as session:
        assert store.get_setting(session, "web_secret") == first and len(first) >= 32
    app.store.dispose()


def test_swedish_interface(database_url, imap_account, smtp_server):
    app, _ = build(database_url, imap_account, smtp_server, STAFF_LANGUAGE="sv")
    deliver(app, "Maija <maija@example.fi>", "Tietojen poisto", "Poistakaa tietoni.", NOW - timedelta(hours=2))
    poll_once(app)
    with client_for(app) as client:
        assert "Logga in i rightsbot" in client.get("/signin").text
    client, _ = signed_in(app, smtp_server)
    queue = client.get("/").text
    # Finland-Swedish dates as in Finnish, and the right named as the GDPR's Swedish text names it.
    assert "Öppna ärenden enligt sista dag" in queue and "i dag 24.11.2026" in queue
    assert "radering" in queue and "Open cases" not in queue
    app.store.dispose()
