"""The console's rules, through Starlette's TestClient: sign-in by a mailed one-time link, CSRF, rate
limits, nothing shown signed out, every action logged under the staff member's address.

The bot runs on the real Dovecot, the SMTP sink and both stores; the browser tests
(test_console_browser.py) drive the same pages in Chromium.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from bot.adapters import store
from bot.core.signin import BAD_LINKS_PER_CLIENT, LINKS_PER_ADDRESS
from bot.entrypoints.web.console import create_app
from bot.services import views
from bot.services.intake import poll_once
from tests.integration.console_support import (
    NOW,
    OTHER_STAFF,
    STAFF,
    build,
    deliver,
    free_socket,
    path_of,
    sign_in_links,
)

STRANGER = "mallory@example.com"
REQUEST_TEXT = "Hei,\n\nPoistakaa kaikki minua koskevat henkilötiedot rekisteristänne.\n\nMaija Virtanen"
HTML = "<p>Hei,</p><p><b>Poistakaa</b> kaikki tiedot.</p><img src=x onerror=alert(1)><script>alert(2)</script>"


@pytest.fixture
def bot(database_url, imap_account, smtp_server):
    app, clock = build(database_url, imap_account, smtp_server)
    deliver(app, "Maija Virtanen <maija@example.fi>", "Tietojen poisto", REQUEST_TEXT, NOW - timedelta(hours=2),
            html=HTML)
    assert len(poll_once(app).cases_opened) == 1
    smtp_server.handler.reset()
    yield app, clock
    app.store.dispose()


@pytest.fixture
def client(bot):
    with TestClient(create_app(bot[0]), follow_redirects=False) as c:
        yield c


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def ask_link(client, address: str):
    form = client.get("/signin")
    return client.post("/signin", data={"email": address, "csrf": csrf_of(form.text)})


def use_link(client, link: str):
    page = client.get(path_of(link))
    if page.status_code != 200:
        return page
    return client.post(path_of(link), data={"csrf": csrf_of(page.text)})


def sign_in(client, smtp_server, address: str = STAFF) -> str:
    """Sign in as a browser would; returns the session's CSRF token (from the queue page)."""
    assert ask_link(client, address).status_code == 200
    used = use_link(client, sign_in_links(smtp_server)[-1])
    assert used.status_code == 303 and used.headers["location"] == "/"
    return csrf_of(client.get("/").text)


def the_case(app) -> dict:
    [case] = views.cases(app)
    return case


def a_draft(app) -> dict:
    return next(d for d in views.drafts(app, "pending"))


# --- signed out ---------------------------------------------------------------------------------


def test_signed_out_every_page_and_action_is_refused_and_shows_nothing(bot, client):
    app, _ = bot
    case, draft = the_case(app), a_draft(app)
    [mail] = views.mails(app)
    web = client.app
    secrets_of_the_case = [case["ref"], "maija@example.fi", "Tietojen poisto", "Poistakaa", draft["subject"]]
    checked = 0
    for route in web.routes:
        path = getattr(route, "path", "")
        if path.startswith(("/signin", "/static")):
            continue
        url = (path.replace("{ref}", case["ref"]).replace("{id:int}", str(mail["id"] if "/mail" in path else draft["id"]))
               .replace("{attachment:int}", "1"))
        for method in route.methods - {"HEAD"}:
            response = client.request(method, url, data={"body": "x", "reason": "x"})
            if method == "GET":
                assert response.status_code == 303 and response.headers["location"] == "/signin", url
            else:
                assert response.status_code == 403, (method, url)
            for secret in secrets_of_the_case:
                assert secret not in response.text, (method, url, secret)
            checked += 1
    assert checked >= 20
    # Nothing changed either.
    assert a_draft(app)["body"] == draft["body"] and views.drafts(app, "approved") == []


def test_a_forged_or_stale_session_cookie_is_signed_out(bot, client, smtp_server):
    sign_in(client, smtp_server)
    cookie = client.cookies["rightsbot_session"]
    value, signature = cookie.rsplit(".", 1)
    for forged in (f"{value}.{signature[::-1]}", value, f"{value[::-1]}.{signature}", "x"):
        with TestClient(client.app, follow_redirects=False, cookies={"rightsbot_session": forged}) as other:
            assert other.get("/").headers["location"] == "/signin"
    with TestClient(client.app, follow_redirects=False, cookies={"rightsbot_session": cookie}) as same:
        assert same.get("/").status_code == 200


# --- sign-in ------------------------------------------------------------------------------------


def test_the_same_answer_whether_or_not_the_address_is_staff(bot, client, smtp_server):
    staff = ask_link(client, STAFF)
    stranger = ask_link(client, STRANGER)
    assert staff.status_code == stranger.status_code == 200
    assert staff.text == stranger.text
    # Only the member of staff got a mail, and its link signs in.
    assert [m.rcpt_tos for m in smtp_server.messages] == [[STAFF]]
    assert len(sign_in_links(smtp_server)) == 1


def test_a_refused_link_mail_changes_nothing_in_the_answer(bot, client, smtp_server, caplog):
    smtp_server.fail_next("RCPT", 550)
    failed = ask_link(client, STAFF)
    assert failed.status_code == 200 and failed.text == ask_link(client, STRANGER).text
    assert smtp_server.messages == []
    assert "signin_link_not_delivered error=PermanentDeliveryError" in caplog.text
    assert STAFF not in caplog.text
    # The next request gets its link.
    ask_link(client, STAFF)
    assert len(sign_in_links(smtp_server)) == 1


def test_a_link_signs_in_once(bot, client, smtp_server):
    ask_link(client, STAFF)
    [link] = sign_in_links(smtp_server)
    assert use_link(client, link).status_code == 303
    assert client.get("/").status_code == 200
    # A second browser with the same link gets nothing.
    with TestClient(client.app, follow_redirects=False) as other:
        again = other.get(path_of(link))
        assert again.status_code == 400 and "rightsbot_session" not in again.headers.get("set-cookie", "")
        # Nor by posting to it directly with a valid pre-session token.
        form = other.get("/signin")
        post = other.post(path_of(link), data={"csrf": csrf_of(form.text)})
        assert post.status_code == 400 and "rightsbot_session" not in post.headers.get("set-cookie", "")
        assert other.get("/").headers["location"] == "/signin"


@pytest.mark.parametrize("minutes, signs_in", [(14, True), (16, False)])
def test_a_link_is_good_for_fifteen_minutes(bot, client, smtp_server, minutes, signs_in):
    _, clock = bot
    ask_link(client, STAFF)
    [link] = sign_in_links(smtp_server)
    clock.advance(minutes=minutes)
    response = use_link(client, link)
    assert (response.status_code == 303) is signs_in
    assert (client.get("/").status_code == 200) is signs_in


def test_a_forged_link_does_not_sign_in(bot, client, smtp_server):
    ask_link(client, STAFF)
    [link] = sign_in_links(smtp_server)
    token = path_of(link).rsplit("/", 1)[1]
    value, signature = token.rsplit(".", 1)
    for forged in (f"{value[:-1]}{'A' if value[-1] != 'A' else 'B'}.{signature}", value, "x.y"):
        assert client.get(f"/signin/{forged}").status_code == 400
    assert client.get("/").headers["location"] == "/signin"


def test_a_link_for_someone_taken_off_staff_does_not_sign_in(database_url, imap_account, smtp_server):
    app, _ = build(database_url, imap_account, smtp_server)
    with TestClient(create_app(app), follow_redirects=False) as client:
        ask_link(client, OTHER_STAFF)
    [link] = sign_in_links(smtp_server)
    app.store.dispose()
    # The same database, with OTHER_STAFF no longer in STAFF_EMAILS.
    narrower, _ = build(database_url, imap_account, smtp_server, STAFF_EMAILS=STAFF)
    with TestClient(create_app(narrower), follow_redirects=False) as client:
        assert use_link(client, link).status_code == 400
    narrower.store.dispose()


def test_a_session_ends_when_its_owner_is_taken_off_staff(database_url, imap_account, smtp_server):
    app, _ = build(database_url, imap_account, smtp_server)
    with TestClient(create_app(app), follow_redirects=False) as client:
        sign_in(client, smtp_server, OTHER_STAFF)
        cookie = client.cookies["rightsbot_session"]
    app.store.dispose()
    for staff_emails, signed_in in ((f"{STAFF},{OTHER_STAFF}", True), (STAFF, False)):
        # The same database (and so the same secret), with and without OTHER_STAFF in STAFF_EMAILS.
        again, _ = build(database_url, imap_account, smtp_server, STAFF_EMAILS=staff_emails)
        with TestClient(create_app(again), follow_redirects=False, cookies={"rightsbot_session": cookie}) as client:
            assert (client.get("/").status_code == 200) is signed_in
        again.store.dispose()


def test_sign_in_forms_need_their_token(bot, client, smtp_server):
    client.get("/signin")
    assert client.post("/signin", data={"email": STAFF}).status_code == 403
    assert client.post("/signin", data={"email": STAFF, "csrf": "x" * 43}).status_code == 403
    assert smtp_server.messages == []


def test_link_requests_are_rate_limited_per_address(bot, client, smtp_server):
    _, clock = bot
    for _ in range(LINKS_PER_ADDRESS.most):
        assert ask_link(client, STAFF).status_code == 200
    assert ask_link(client, STAFF).status_code == 429
    # A stranger's address is counted the same way: the limit says nothing about who is staff.
    for _ in range(LINKS_PER_ADDRESS.most):
        assert ask_link(client, STRANGER).status_code == 200
    assert ask_link(client, STRANGER).status_code == 429
    assert len(sign_in_links(smtp_server)) == LINKS_PER_ADDRESS.most
    clock.advance(minutes=16)
    assert ask_link(client, STAFF).status_code == 200
    assert len(sign_in_links(smtp_server)) == LINKS_PER_ADDRESS.most + 1


def test_bad_links_are_rate_limited_per_client(bot, client, smtp_server):
    ask_link(client, STAFF)
    [good] = sign_in_links(smtp_server)
    form = csrf_of(client.get("/signin").text)
    for n in range(BAD_LINKS_PER_CLIENT.most):
        assert client.post(f"/signin/forged{n}.sig", data={"csrf": form}).status_code == 400
    # Over the limit even a good link waits, so guessing cannot go on.
    assert client.post(path_of(good), data={"csrf": form}).status_code == 429
    assert client.get("/").headers["location"] == "/signin"


def test_session_cookie_flags(bot, client, smtp_server):
    ask_link(client, STAFF)
    response = use_link(client, sign_in_links(smtp_server)[-1])
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie


def test_session_cookie_is_secure_behind_https(database_url, imap_account, smtp_server):
    app, _ = build(database_url, imap_account, smtp_server, WEB_BASE_URL="https://rightsbot.allsec.test")
    with TestClient(create_app(app), base_url="https://rightsbot.allsec.test", follow_redirects=False) as client:
        ask_link(client, STAFF)
        [link] = sign_in_links(smtp_server)
        assert link.startswith("https://rightsbot.allsec.test/signin/")
        cookie = use_link(client, link).headers["set-cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    app.store.dispose()


def test_sign_out_ends_the_session_on_the_server(bot, client, smtp_server):
    csrf = sign_in(client, smtp_server)
    stolen = client.cookies["rightsbot_session"]
    assert client.post("/signout", data={"csrf": csrf}).headers["location"].startswith("/signin")
    # The copied cookie is worth nothing now.
    with TestClient(client.app, follow_redirects=False, cookies={"rightsbot_session": stolen}) as thief:
        assert thief.get("/").headers["location"] == "/signin"


def test_sessions_end_after_twelve_hours(bot, client, smtp_server):
    _, clock = bot
    sign_in(client, smtp_server)
    clock.advance(hours=12, minutes=1)
    assert client.get("/").headers["location"] == "/signin"


def test_sign_in_events_are_logged_without_addresses_of_strangers(bot, client, smtp_server):
    app, _ = bot
    ask_link(client, STRANGER)
    sign_in(client, smtp_server)
    with app.store.session() as session:
        events = [(e.name, e.actor) for e in session.exec(store.select(store.Event)) if e.case_id is None]
        kept = [a.key for a in session.exec(store.select(store.SignInAttempt))]
    assert ("signin_link_issued", STAFF) in events and ("staff_signed_in", STAFF) in events
    assert not any(STRANGER in actor for _, actor in events)
    # Attempts are counted under a keyed hash: no address in the table.
    assert kept and not any("@" in key or STAFF in key for key in kept)


# --- CSRF and actions ---------------------------------------------------------------------------


def test_a_change_without_the_csrf_token_is_refused(bot, client, smtp_server):
    app, _ = bot
    draft = a_draft(app)
    csrf = sign_in(client, smtp_server)
    url = f"/drafts/{draft['id']}/save"
    assert client.post(url, data={"body": "changed", "then": "approve"}).status_code == 403
    assert client.post(url, data={"body": "changed", "then": "approve", "csrf": "nope"}).status_code == 403
    # Another session's token does not do either.
    with TestClient(client.app, follow_redirects=False) as other:
        other_csrf = sign_in(other, smtp_server, OTHER_STAFF)
    assert other_csrf != csrf
    assert client.post(url, data={"body": "changed", "then": "approve", "csrf": other_csrf}).status_code == 403
    assert a_draft(app)["body"] == draft["body"]
    assert client.post(url, data={"body": "changed", "then": "approve", "csrf": csrf}).status_code == 303
    assert [d["id"] for d in views.drafts(app, "approved")] == [draft["id"]]


def test_actions_are_logged_under_the_staff_members_address(bot, client, smtp_server):
    app, _ = bot
    draft = a_draft(app)
    csrf = sign_in(client, smtp_server)
    client.post(f"/drafts/{draft['id']}/save", data={"body": "Hei Maija,\r\n\r\nuusi teksti.\r\n", "then": "approve",
                                                     "csrf": csrf})
    events = views.case_detail(app, draft["case_ref"])["events"]
    staff_events = [(e["name"], e["actor"]) for e in events if e["actor"] != "rightsbot"]
    assert ("draft_edited", STAFF) in staff_events and ("draft_approved", STAFF) in staff_events
    # The browser's CRLF line ends are stored as LF.
    assert views.drafts(app, "approved")[0]["body"] == "Hei Maija,\n\nuusi teksti.\n"


def test_several_drafts_approved_at_once_or_none(bot, client, smtp_server):
    app, _ = bot
    pending = [d["id"] for d in views.drafts(app, "pending")]
    assert len(pending) >= 2
    csrf = sign_in(client, smtp_server)
    # One that cannot be approved (already rejected) stops the lot, and says which.
    client.post(f"/drafts/{pending[-1]}/reject", data={"reason": "wrong", "csrf": csrf})
    refused = client.post("/drafts/approve", data={"draft": pending, "csrf": csrf})
    assert refused.status_code == 400 and f"#{pending[-1]}" in refused.text
    assert views.drafts(app, "approved") == []
    ok = client.post("/drafts/approve", data={"draft": pending[:-1], "csrf": csrf})
    assert ok.status_code == 303
    assert sorted(d["id"] for d in views.drafts(app, "approved")) == pending[:-1]


def test_reject_then_redraft(bot, client, smtp_server):
    app, _ = bot
    draft = a_draft(app)
    csrf = sign_in(client, smtp_server)
    assert client.post(f"/drafts/{draft['id']}/reject", data={"reason": "", "csrf": csrf}).status_code == 400
    assert client.post(f"/drafts/{draft['id']}/reject", data={"reason": "tone", "csrf": csrf}).status_code == 303
    redone = client.post(f"/drafts/{draft['id']}/redraft", data={"csrf": csrf})
    assert redone.status_code == 303
    new_id = int(re.search(r"/drafts/(\d+)", redone.headers["location"]).group(1))
    new = next(d for d in views.drafts(app) if d["id"] == new_id)
    assert new["status"] == "pending" and new["template"] == draft["template"] and new_id != draft["id"]
    assert "draft_superseded" in [e["name"] for e in views.case_detail(app, draft["case_ref"])["events"]]
    # The rejected draft stays on record, pointing at its successor, and cannot be redrafted twice.
    assert client.get(f"/drafts/{draft['id']}").status_code == 200
    assert client.post(f"/drafts/{draft['id']}/redraft", data={"csrf": csrf}).status_code == 400


def test_the_customers_mail_is_shown_as_text_never_as_html(bot, client, smtp_server):
    app, _ = bot
    sign_in(client, smtp_server)
    case = client.get(f"/cases/{the_case(app)['ref']}")
    assert case.status_code == 200
    assert "Poistakaa kaikki minua koskevat" in case.text  # the text/plain part
    for markup in ("<img", "onerror", "<script>alert", "<b>Poistakaa"):
        assert markup not in case.text


def test_pages_carry_security_headers(bot, client, smtp_server):
    sign_in(client, smtp_server)
    for url in ("/", "/signin", "/static/console.css"):
        headers = client.get(url).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["referrer-policy"] == "no-referrer" and headers["x-frame-options"] == "DENY"
        assert headers["cache-control"] == "no-store"


def test_an_oversized_request_is_refused_unread(bot, client, smtp_server):
    form = client.get("/signin")
    big = client.post("/signin", data={"email": STAFF, "csrf": csrf_of(form.text), "pad": "x" * (5 * 1024 * 1024)})
    assert big.status_code == 413
    assert smtp_server.messages == []


def test_every_page_renders_signed_in(bot, client, smtp_server):
    app, _ = bot
    sign_in(client, smtp_server)
    case, draft = the_case(app), a_draft(app)
    [mail] = views.mails(app)
    for url in ("/", "/triage", "/statistics", f"/cases/{case['ref']}", f"/drafts/{draft['id']}", f"/mail/{mail['id']}"):
        assert client.get(url).status_code == 200, url
    assert client.get("/cases/DSR-2026-9999").status_code == 404
    assert client.get("/drafts/9999").status_code == 404


def test_rightsbot_web_serves_the_console_and_stops_on_ctrl_c(tmp_path, imap_account, smtp_server):
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    (tmp_path / ".env").write_text("\n".join([
        f"IMAP_HOST={imap_account.host}", f"IMAP_USERNAME={imap_account.username}", "IMAP_PASSWORD=x",
        f"SMTP_HOST={smtp_server.host}", f"SMTP_PORT={smtp_server.port}", "SMTP_SECURITY=none",
        "MAIL_FROM=info@allsec.fi", f"STAFF_EMAILS={STAFF}", f"WEB_PORT={port}",
    ]) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "SMTP_", "MAIL_", "STAFF_", "WEB_",
                                                                    "DATABASE_"))}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    proc = subprocess.Popen([sys.executable, "-m", "bot", "web"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline, page = time.monotonic() + 60, None
        while page is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/signin", timeout=5)
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        assert page is not None and page.status == 200, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert "Sign in to rightsbot" in page.read().decode()
        # Signed out, the queue sends the browser to sign in.
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/send", method="POST", data=b""))
        assert refused.value.code == 403
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert f"rightsbot console on http://127.0.0.1:{port}" in err
    # The secret was generated and kept in the database in the working folder.
    assert (tmp_path / "rightsbot.db").exists()
