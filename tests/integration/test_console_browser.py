"""The console in a real browser: Debian's headless Chromium, driven by Playwright, on a console the
test starts on loopback, with the bot on the real Dovecot, the SMTP sink, both stores and the
sample register.

A member of staff signs in through the link mailed to them (read from the sink), approves two
drafts from the queue, opens a case, reads the customer's mail, ticks a task done, edits and
approves the reply that follows, sends it and sees it leave. Refused: a signed-out browser, a change without the CSRF token, a
used link and an expired one (fake clock). The run saves screenshots of the queue, a case and the
draft review in docs/screenshots/, which the README shows.
"""

from __future__ import annotations

import email
import email.policy
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from bot.entrypoints.demo.sample_register import SAMPLE_CUSTOMERS, create_sample_register
from bot.services import views
from bot.services.intake import poll_once
from tests.integration.console_support import (
    NOW,
    STAFF,
    LiveConsole,
    build,
    deliver,
    free_socket,
    next_link,
    sign_in_links,
)

CHROMIUM = Path("/usr/bin/chromium")
# Headless Chromium as root on a machine with no network but loopback (scripts/ensure-chromium.sh).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MATTI = SAMPLE_CUSTOMERS["recent_orders"]
ACCESS_TEXT = ("Hei,\n\nhaluaisin saada kopion kaikista minusta tallennetuista henkilötiedoista "
               "(GDPR 15 artikla).\n\nTerveisin\nMatti Virtanen")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Chromium is not installed; run scripts/ensure-chromium.sh (as root)", pytrace=False)
    # A loaded machine may take longer than Playwright's 5 s default to answer; nothing here is timed.
    expect.set_options(timeout=20_000)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def live(tmp_path, database_url, imap_account, smtp_server):
    """The bot with three requests in its queue, and the console serving it on a loopback port."""
    sock = free_socket()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    register = f"sqlite:///{tmp_path / 'register.db'}"
    create_sample_register(register)
    app, clock = build(database_url, imap_account, smtp_server, WEB_BASE_URL=base, REGISTER_URL=register)
    deliver(app, f"Matti Virtanen <{MATTI}>", "Omat tietoni", ACCESS_TEXT, NOW - timedelta(hours=3))
    # Older requests, so the queue shows a case due soon and one overdue.
    deliver(app, "John Smith <john.smith@example.com>", "Delete my data",
            "Hello,\n\nplease erase all personal data you hold about me.\n\nJohn Smith", NOW - timedelta(days=26))
    deliver(app, "Aino Laaksonen <aino.laaksonen@example.fi>", "Ei enää mainoksia",
            "Hei,\n\nen halua enää markkinointiviestejä. Poistakaa minut postituslistalta.\n\nAino",
            NOW - timedelta(days=34))
    assert len(poll_once(app).cases_opened) == 3
    smtp_server.handler.reset()
    with LiveConsole(app, sock):
        yield app, clock, base
    app.store.dispose()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    yield context.new_page()
    context.close()


def sign_in(page, base: str, smtp_server) -> None:
    before = len(sign_in_links(smtp_server))
    page.goto(base + "/")
    expect(page).to_have_url(base + "/signin")
    page.get_by_label("Your work e-mail address").fill(STAFF)
    page.get_by_role("button", name="Mail me a sign-in link").click()
    expect(page.get_by_role("status")).to_contain_text("a sign-in link is on its way")
    page.goto(next_link(smtp_server, before))
    page.get_by_role("button", name=f"Sign in as {STAFF}").click()
    expect(page).to_have_url(base + "/")


def shoot(page, name: str, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def test_sign_in_read_edit_approve_and_the_reply_leaves(live, page, smtp_server, database_url):
    app, _, base = live
    sign_in(page, base, smtp_server)
    matti = next(c for c in views.cases(app) if c["requester"] == MATTI)
    cases = page.locator("table.cases tbody tr")
    expect(cases).to_have_count(3)
    # By due date: the overdue case first, coloured as such.
    expect(cases.first).to_have_class("u-overdue")
    if database_url.startswith("sqlite"):
        shoot(page, "queue")

    # Two drafts approved at once from the queue, then sent.
    waiting = views.drafts(app, "pending")
    ack = next(d for d in waiting if d["case_ref"] == matti["ref"])
    other = next(d for d in waiting if d["case_ref"] != matti["ref"])
    page.get_by_label(f"Select draft {ack['id']}").check()
    page.get_by_label(f"Select draft {other['id']}").check()
    page.get_by_role("button", name="Approve selected").click()
    expect(page.get_by_role("status")).to_contain_text("2 draft(s) approved")
    page.get_by_role("button", name="Send approved replies now").click()
    expect(page.get_by_role("status")).to_contain_text("Sent 2, deferred 0, failed 0")

    # The case: the customer's mail as text; staff tick the export task, and the reply is drafted.
    page.get_by_role("link", name=matti["ref"]).first.click()
    expect(page.locator("#mail pre.text")).to_contain_text("haluaisin saada kopion kaikista")
    page.locator("#tasks input[type=checkbox]").first.check()
    page.get_by_role("button", name="Mark ticked tasks done").click()
    expect(page.get_by_role("status")).to_contain_text("Tasks marked done")
    reply = next(d for d in views.drafts(app, "pending") if d["case_ref"] == matti["ref"])
    assert reply["template"] == "customer/access-reply"
    if database_url.startswith("sqlite"):
        # The top of the page: the event log below it carries random Message-IDs, which would
        # change the picture on every run.
        page.set_viewport_size({"width": 1280, "height": 1300})
        shoot(page, "case", full_page=False)
        page.set_viewport_size({"width": 1280, "height": 900})

    # Draft review: the mail beside the reply, the export shown for redaction; edit, save and approve.
    page.locator(f"#drafts a[href='/drafts/{reply['id']}']").first.click()
    expect(page.locator("section.customer pre.text")).to_contain_text("haluaisin saada kopion kaikista")
    expect(page.locator("textarea.export").first).to_contain_text(MATTI)
    body = page.locator("textarea.body")
    assert "Vastaamme pyyntöösi" in reply["body"]
    body.fill(reply["body"].replace("Vastaamme pyyntöösi", "Kiitos viestistäsi. Vastaamme pyyntöösi", 1))
    body.press("Control+Home")
    if database_url.startswith("sqlite"):
        shoot(page, "draft")
    page.get_by_role("button", name="Save and approve").click()
    expect(page.get_by_role("status")).to_contain_text("Draft approved")

    # Sent from the queue; it leaves through the SMTP sink, as edited, with the export attached.
    page.get_by_role("link", name="Queue").first.click()
    page.get_by_role("button", name="Send approved replies now").click()
    expect(page.get_by_role("status")).to_contain_text("Sent 1, deferred 0, failed 0")
    last = smtp_server.messages[-1]
    assert last.rcpt_tos == [MATTI]
    sent = email.message_from_bytes(last.content, policy=email.policy.default)
    assert "Kiitos viestistäsi. Vastaamme pyyntöösi" in sent.get_body(("plain",)).get_content()
    assert [a.get_filename() for a in sent.iter_attachments()] == [
        f"{matti['ref']}-personal-data.json", f"{matti['ref']}-personal-data.csv"]
    # Every step is in the case's log under the staff member's address.
    logged = {(e["name"], e["actor"]) for e in views.case_detail(app, matti["ref"])["events"]}
    assert {("task_done", STAFF), ("draft_approved", STAFF), ("draft_edited", STAFF)} <= logged


def test_refused_signed_out_without_csrf_and_with_a_used_or_expired_link(live, browser, smtp_server):
    app, clock, base = live
    case = views.cases(app)[0]
    draft = views.drafts(app, "pending")[0]

    # Signed out: the case page sends the browser to sign in and shows nothing of the case.
    stranger = browser.new_context()
    snoop = stranger.new_page()
    snoop.goto(f"{base}/cases/{case['ref']}")
    expect(snoop).to_have_url(base + "/signin")
    assert case["ref"] not in snoop.content() and case["requester"] not in snoop.content()
    assert stranger.request.post(f"{base}/drafts/{draft['id']}/save",
                                 form={"body": "x", "then": "approve"}).status == 403
    stranger.close()

    # Signed in, but a form without the session's CSRF token (as a forged cross-site post would be).
    staff = browser.new_context()
    page = staff.new_page()
    sign_in(page, base, smtp_server)
    used_link = sign_in_links(smtp_server)[-1]
    refused = staff.request.post(f"{base}/drafts/{draft['id']}/save", form={"body": "forged", "then": "approve"})
    assert refused.status == 403
    assert views.drafts(app, "approved") == [] and "forged" not in views.drafts(app, "pending")[0]["body"]
    staff.close()

    # The link just used does not sign in a second browser.
    second = browser.new_context()
    again = second.new_page()
    again.goto(used_link)
    expect(again.get_by_role("alert")).to_contain_text("used or has expired")
    again.goto(base + "/")
    expect(again).to_have_url(base + "/signin")

    # Nor does a fresh link opened after fifteen minutes.
    before = len(sign_in_links(smtp_server))
    again.get_by_label("Your work e-mail address").fill(STAFF)
    again.get_by_role("button", name="Mail me a sign-in link").click()
    expect(again.get_by_role("status")).to_contain_text("a sign-in link is on its way")
    fresh = next_link(smtp_server, before)
    clock.advance(minutes=16)
    again.goto(fresh)
    expect(again.get_by_role("alert")).to_contain_text("used or has expired")
    again.goto(base + "/")
    expect(again).to_have_url(base + "/signin")
    second.close()
