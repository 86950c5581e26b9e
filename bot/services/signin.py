"""Staff sign-in to the console: one-time links by mail, sessions, and the attempts counted against abuse.

- `request_link` gives the same answer whether or not the address is staff: it returns the mail
  to send (or None), and the console sends it after answering, so the time taken tells nothing.
- A link is a random token signed with the console's secret; the database keeps its SHA-256 and
  when it was used. It signs in once, within 15 minutes (`bot.core.signin`), read from the clock.
- A session is another random token in an HttpOnly cookie, signed too; the database keeps its
  hash, the CSRF token of its forms, and when it ended. Signing out ends it on the server.
- Attempts are counted per address and per client under a keyed hash, so the table names nobody.

The secret is WEB_SECRET, or one generated at the first start and kept in the database
(table `setting`, key `web_secret`), so that every instance sharing the database shares it.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from itsdangerous import BadSignature, Signer
from sqlalchemy import delete, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bot.adapters import store
from bot.core.errors import BotError, LinkRefused, TooManyAttempts
from bot.core.events import EventName
from bot.core.mail.build import build_staff_mail
from bot.core.signin import (
    ATTEMPT_WINDOW,
    BAD_LINKS_PER_CLIENT,
    LINK_VALID,
    LINKS_PER_ADDRESS,
    LINKS_PER_CLIENT,
    Limit,
    link_refusal,
    over_limit,
    session_live,
    token_hash,
)
from bot.services.notices import staff_context

log = logging.getLogger(__name__)

SECRET_SETTING = "web_secret"
_LINK_SALT = "rightsbot.signin-link"
_SESSION_SALT = "rightsbot.session"


@dataclass(frozen=True)
class LinkMail:
    """A sign-in link mail, ready to send."""

    to: str
    raw: bytes


@dataclass(frozen=True)
class StaffSession:
    """A signed-in member of staff, as the console needs it on every request."""

    email: str
    csrf_token: str
    cookie: str  # the signed session token, as the cookie holds it


def ensure_secret(app) -> None:
    """Make sure the signing secret exists: WEB_SECRET, or one generated now and kept in the database."""
    if app.settings.web_secret:
        return
    try:
        with app.store.session() as session:
            if store.get_setting(session, SECRET_SETTING) is None:
                store.put_setting(session, SECRET_SETTING, secrets.token_urlsafe(48))
    except IntegrityError:
        # Another instance wrote its secret first; that one is kept.
        pass


def _secret(session: Session, app) -> str:
    value = app.settings.web_secret or store.get_setting(session, SECRET_SETTING)
    if value is None:
        raise RuntimeError("the console's secret is missing; ensure_secret(app) runs when the console starts")
    return value


def _signer(session: Session, app, salt: str) -> Signer:
    return Signer(_secret(session, app), salt=salt)


def _attempt_key(session: Session, app, limit: Limit, value: str) -> str:
    # Keyed, so the table of attempts cannot be matched against a list of addresses.
    return hmac.new(_secret(session, app).encode(), f"{limit.kind}:{value}".encode(), "sha256").hexdigest()


def _recent_attempts(session: Session, key: str, now: datetime) -> int:
    since = store.utc(now - ATTEMPT_WINDOW)
    return session.exec(select(func.count()).select_from(store.SignInAttempt)
                        .where(store.SignInAttempt.key == key, store.SignInAttempt.at > since)).one()


def _check_limit(session: Session, app, limit: Limit, value: str, now: datetime) -> str:
    key = _attempt_key(session, app, limit, value)
    if over_limit(_recent_attempts(session, key, now), limit):
        log.warning("signin_rate_limited kind=%s", limit.kind)
        raise TooManyAttempts("too many sign-in attempts; try again in a quarter of an hour")
    return key


def _count_attempt(session: Session, key: str, now: datetime) -> None:
    session.add(store.SignInAttempt(key=key, at=store.utc(now)))
    # Attempts older than the window count for nothing; they are dropped as new ones come in.
    session.execute(delete(store.SignInAttempt).where(store.SignInAttempt.at < store.utc(now - 4 * ATTEMPT_WINDOW)))


def request_link(app, email: str, client: str) -> LinkMail | None:
    """A sign-in link for `email` if it is staff; None otherwise. Raises TooManyAttempts over the limits."""
    now = app.clock.now()
    address = (email or "").strip().lower()
    with app.store.session() as session:
        keys = [_check_limit(session, app, LINKS_PER_CLIENT, client, now),
                _check_limit(session, app, LINKS_PER_ADDRESS, address, now)]
        for key in keys:
            _count_attempt(session, key, now)
        if address not in app.settings.staff_emails:
            log.info("signin_link_not_issued")
            return None
        token = secrets.token_urlsafe(32)
        session.add(store.SignInLink(token_sha256=token_hash(token), email=address, created_at=store.utc(now)))
        store.record_event(session, EventName.SIGNIN_LINK_ISSUED, address, now)
        signed = _signer(session, app, _LINK_SALT).sign(token).decode()
    return LinkMail(address, _link_mail(app, address, f"{app.settings.web_base_url}/signin/{signed}", now))


def _link_mail(app, address: str, link: str, now: datetime) -> bytes:
    settings = app.settings
    language = app.renderer.language_for("staff/signin-link", settings.staff_language)
    rendered = app.renderer.render("staff/signin-link", language, staff_context(app) | {
        "language": language, "email": address, "link": link, "minutes": int(LINK_VALID.total_seconds() // 60),
    })
    message_id = f"<rightsbot.signin.{secrets.token_hex(6)}@{settings.mail_domain}>"
    return build_staff_mail(subject=rendered.subject, text=rendered.text, mail_from=settings.mail_from,
                            from_name=f"{settings.controller_name} rightsbot", to=(address,), message_id=message_id,
                            date=now)


def deliver_link(app, mail: LinkMail) -> bool:
    """Send a sign-in link mail; a failure is logged (without the address), and staff ask again."""
    try:
        app.outbox().send(mail.raw, app.settings.mail_from, [mail.to])
        return True
    # Refused delivery, or no OAuth2 token for the SMTP login: either way staff ask again later.
    except BotError as exc:
        log.warning("signin_link_not_delivered error=%s", type(exc).__name__)
        return False


def _link_row(session: Session, app, signed: str) -> tuple[store.SignInLink | None, str | None]:
    """The stored link a signed token names, and why it cannot be used (None when it can)."""
    try:
        token = _signer(session, app, _LINK_SALT).unsign(signed).decode()
    except (BadSignature, UnicodeDecodeError):
        return None, "forged"
    row = session.exec(select(store.SignInLink).where(store.SignInLink.token_sha256 == token_hash(token))).first()
    if row is None:
        return None, "unknown"
    return row, link_refusal(store.aware(row.created_at), store.aware(row.used_at), app.clock.now())


def check_link(app, signed: str) -> str:
    """The address a link would sign in, without using it; LinkRefused when it cannot be used."""
    with app.store.session() as session:
        row, refusal = _link_row(session, app, signed)
        if refusal:
            raise LinkRefused(refusal)
        return row.email


def redeem_link(app, signed: str, client: str) -> StaffSession:
    """Use a link once: a new session for its address. A refused link counts against the client."""
    now = app.clock.now()
    with app.store.session() as session:
        bad_key = _check_limit(session, app, BAD_LINKS_PER_CLIENT, client, now)
        row, refusal = _link_row(session, app, signed)
        if refusal is None and row.email not in app.settings.staff_emails:
            refusal = "not staff"
        if refusal is None:
            row.used_at = store.utc(now)
            session.add(row)
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            session.add(store.StaffSession(token_sha256=token_hash(token), email=row.email, csrf_token=csrf,
                                           created_at=store.utc(now)))
            store.record_event(session, EventName.STAFF_SIGNED_IN, row.email, now)
            cookie = _signer(session, app, _SESSION_SALT).sign(token).decode()
            return StaffSession(row.email, csrf, cookie)
    with app.store.session() as session:
        _count_attempt(session, bad_key, now)
    log.info("signin_refused reason=%s", refusal)
    raise LinkRefused(refusal)


def _session_row(session: Session, app, cookie: str | None) -> store.StaffSession | None:
    if not cookie:
        return None
    try:
        token = _signer(session, app, _SESSION_SALT).unsign(cookie).decode()
    except (BadSignature, UnicodeDecodeError):
        return None
    return session.exec(select(store.StaffSession).where(store.StaffSession.token_sha256 == token_hash(token))).first()


def session_for(app, cookie: str | None) -> StaffSession | None:
    """The member of staff a session cookie belongs to, while the session lasts and they are staff."""
    with app.store.session() as session:
        row = _session_row(session, app, cookie)
        if row is None or not session_live(store.aware(row.created_at), store.aware(row.ended_at), app.clock.now()):
            return None
        if row.email not in app.settings.staff_emails:
            # Taken off STAFF_EMAILS: their sessions end with it.
            return None
        return StaffSession(row.email, row.csrf_token, cookie)


def end_session(app, cookie: str | None) -> None:
    """Sign out: the session ends on the server, so a copied cookie is worth nothing afterwards."""
    now = app.clock.now()
    with app.store.session() as session:
        row = _session_row(session, app, cookie)
        if row is None or row.ended_at is not None:
            return
        row.ended_at = store.utc(now)
        session.add(row)
        store.record_event(session, EventName.STAFF_SIGNED_OUT, row.email, now)
