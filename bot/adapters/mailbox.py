"""The IMAP adapter: the only place rightsbot talks IMAP.

It fetches raw bytes and marks mail with our own keyword. It does not parse,
decide, delete or expunge, and it never reads or sets ``\\Seen`` on incoming mail:
people share that flag, so intake keys on (UIDVALIDITY, UID) and our keyword
instead. It files copies of our sent replies in the Sent folder (creating that
folder when the mailbox has none), and waits for new mail with IDLE (RFC 2177).

Every imapclient, socket and TLS failure leaves this module as
``MailboxUnavailable`` with one line naming host:port, never the password.
"""

from __future__ import annotations

import selectors
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import SENT

from bot.adapters.oauth2 import TokenProvider
from bot.adapters.server import MailServer
from bot.core.errors import MailboxUnavailable, SignInError


@dataclass(frozen=True)
class FetchedMail:
    uidvalidity: int
    uid: int
    # INTERNALDATE: when the server received the mail. Always timezone-aware.
    internaldate: datetime
    # The message exactly as stored (BODY.PEEK[]), so \Seen is never set. For a mail over the size
    # limit, its header only (BODY.PEEK[HEADER]); `chunks()` then streams the whole mail.
    raw: bytes
    flags: tuple[str, ...]
    size: int | None = None  # RFC822.SIZE, when the caller set a size limit
    chunks: Callable[[], Iterator[bytes]] | None = field(default=None, compare=False, repr=False)

    @property
    def oversized(self) -> bool:
        return self.chunks is not None


class Mailbox(MailServer):
    protocol = "IMAP"

    def __init__(
        self,
        host: str,
        port: int,
        username: str,
        password: str | None,
        security: str,
        folder: str = "INBOX",
        keyword: str = "$Rightsbot",
        timeout: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        *,
        tokens: TokenProvider | None = None,
    ) -> None:
        super().__init__(host, port, username, password, security, timeout, ssl_context, tokens=tokens)
        self.folder = folder
        self.keyword = keyword
        self._client: IMAPClient | None = None
        self._uidvalidity: int | None = None
        self._keywords_allowed = False

    def __repr__(self) -> str:
        return f"Mailbox({self.host}:{self.port}, {self.username!r}, folder={self.folder!r})"

    # -- connection ---------------------------------------------------------

    def __enter__(self) -> Mailbox:
        with self._guard("connect"):
            client = IMAPClient(
                self.host,
                port=self.port,
                ssl=self.security == "ssl",
                ssl_context=self._ssl_context,
                timeout=self.timeout,
            )
        self._client = client
        try:
            with self._guard("connect"):
                # imapclient returns naive local times by default; we want the
                # server's own offset kept, so INTERNALDATE comes back aware.
                client.normalise_times = False
                # imapclient turns imaplib's protocol trace on (debug 5) and sends it to its logger:
                # every FETCH response is formatted with repr() first, the whole mail (2-3 times its
                # size in memory, for a 25 MB mail some 60 MB), whether or not anything is logged, and
                # at DEBUG level mail bodies would reach the log. Neither is wanted.
                client._imap.debug = 0
                if self.security == "starttls":
                    client.starttls(self._ssl_context)
            with self._guard("login"):
                if self._tokens is not None:
                    self._sign_in_with_token(lambda token: client.oauth2_login(self.username, token), (LoginError,))
                else:
                    client.login(self.username, self._password)
            with self._guard(f"select {self.folder!r}"):
                selected = client.select_folder(self.folder, readonly=False)
        except BaseException:
            self._close()
            raise
        self._uidvalidity = int(selected[b"UIDVALIDITY"])
        self._keywords_allowed = _admits_keywords(selected)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._close()

    def _close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        # A failed LOGOUT means the connection is already gone; raising here
        # would only hide whatever the caller was doing.
        try:
            client.logout()
        except Exception:
            try:
                client.shutdown()
            except Exception:
                pass

    # -- queries ------------------------------------------------------------

    @property
    def uidvalidity(self) -> int:
        if self._uidvalidity is None:
            raise MailboxUnavailable(f"IMAP {self.host}:{self.port}: not connected")
        return self._uidvalidity

    def uids_since(self, since: date, after_uid: int = 0) -> list[int]:
        """UIDs whose INTERNALDATE falls on or after ``since``, above ``after_uid``.

        The date is the server's (SEARCH SINCE ignores time and zone).
        """
        if isinstance(since, datetime):
            since = since.date()
        client = self._require()
        with self._guard("search"):
            found = client.search(["SINCE", since, "UID", f"{after_uid + 1}:*"])
        # "N:*" always matches the highest UID even when it is below N
        # (RFC 3501 6.4.8), so filter again here.
        return sorted(uid for uid in found if uid > after_uid)

    def fetch(self, uids: Iterable[int], batch: int = 50, max_bytes: int | None = None) -> Iterator[FetchedMail]:
        """Yield the given messages in UID order, ``batch`` per round trip.

        With ``max_bytes``, a message larger than that (RFC822.SIZE) comes with its header only and
        a ``chunks()`` that streams it in pieces: no batch ever holds it whole. UIDs that no longer
        exist (expunged meanwhile) are skipped.
        """
        for chunk in self.fetch_batches(uids, batch, max_bytes):
            yield from chunk

    def fetch_batches(self, uids: Iterable[int], batch: int = 100,
                      max_bytes: int | None = None) -> Iterator[list[FetchedMail]]:
        """Yield the given messages in UID order, ``batch`` mails per list, one FETCH command each.

        Only one batch is held at a time, so memory does not grow with the backlog. With
        ``max_bytes`` (see ``fetch``), a batch whose mails together exceed it comes one mail per list.
        UIDs that no longer exist (expunged meanwhile) are skipped.
        """
        if batch < 1:
            raise ValueError("batch must be at least 1")
        client = self._require()
        wanted = sorted(set(uids))
        uidvalidity = self.uidvalidity
        for start in range(0, len(wanted), batch):
            chunk = wanted[start : start + batch]
            yield from self._fetch_batch(client, uidvalidity, chunk, max_bytes)

    def _fetch_batch(self, client: IMAPClient, uidvalidity: int, chunk: list[int],
                     max_bytes: int | None) -> Iterator[list[FetchedMail]]:
        large: dict[int, int] = {}
        sizes: dict[int, int] = {}
        if max_bytes is not None:
            with self._guard("fetch"):
                sizes = {uid: int(d.get(b"RFC822.SIZE", 0)) for uid, d in client.fetch(chunk, ["RFC822.SIZE"]).items()}
            large = {uid: size for uid, size in sizes.items() if size > max_bytes}
            if len(chunk) > 1 and sum(s for uid, s in sizes.items() if uid not in large) > max_bytes:
                # Big mails under the limit: fetched one by one, so no round trip holds many of them.
                for uid in chunk:
                    yield from self._fetch_batch(client, uidvalidity, [uid], max_bytes)
                return
        small = [uid for uid in chunk if uid not in large]
        # The guard covers only the network calls, so errors raised by the caller while consuming
        # the iterator are not relabelled.
        with self._guard("fetch"):
            response = client.fetch(small, ["BODY.PEEK[]", "INTERNALDATE", "FLAGS"]) if small else {}
            if large:
                response.update(client.fetch(sorted(large), ["BODY.PEEK[HEADER]", "INTERNALDATE", "FLAGS"]))
        mails = []
        for uid in chunk:
            data = response.pop(uid, None)
            body = None if data is None else data.get(b"BODY[HEADER]" if uid in large else b"BODY[]")
            if body is None:
                continue
            mails.append(FetchedMail(
                uidvalidity=uidvalidity,
                uid=uid,
                internaldate=_aware(data[b"INTERNALDATE"]),
                raw=bytes(body),
                flags=tuple(_flag_str(f) for f in data.get(b"FLAGS", ())),
                size=large.get(uid),
                chunks=(lambda uid=uid: self.stream(uid, large[uid])) if uid in large else None,
            ))
            del body, data
        del response
        if mails:
            yield mails

    def stream(self, uid: int, size: int, piece: int = 1024 * 1024) -> Iterator[bytes]:
        """The message `uid` as stored, in pieces of `piece` bytes (partial FETCH, RFC 3501 6.4.5)."""
        client = self._require()
        for offset in range(0, max(size, 1), piece):
            with self._guard("fetch"):
                response = client.fetch([uid], [f"BODY.PEEK[]<{offset}.{piece}>"])
            data = response.get(uid, {}).get(f"BODY[]<{offset}>".encode())
            if not data:
                return
            yield bytes(data)

    # -- changes ------------------------------------------------------------

    def mark_processed(self, uids: Iterable[int]) -> bool:
        """Add our keyword. False when the folder cannot keep keywords.

        Only ever adds the keyword: no \\Seen, no \\Deleted, no EXPUNGE.
        """
        client = self._require()
        uids = sorted(set(uids))
        if not self._keywords_allowed:
            return False
        if uids:
            with self._guard("store"):
                client.add_flags(uids, [self.keyword], silent=True)
        return True

    def append(
        self,
        raw: bytes,
        folder: str | None = None,
        flags: Iterable[str] = (),
        when: datetime | None = None,
    ) -> None:
        """APPEND ``raw`` to ``folder`` (default: ours), with INTERNALDATE ``when``.

        A naive ``when`` is taken as this machine's local time.
        """
        client = self._require()
        if when is not None and when.tzinfo is None:
            when = when.astimezone()
        target = folder or self.folder
        with self._guard(f"append to {target!r}"):
            client.append(target, raw, flags=tuple(flags), msg_time=when)

    # -- the Sent folder ----------------------------------------------------

    def sent_folder(self, configured: str | None = None) -> str:
        """Where copies of sent replies go: `configured`, else the folder the server marks `\\Sent`
        (RFC 6154; imapclient also tries the usual names), else "Sent". Created when missing."""
        client = self._require()
        with self._guard("find the Sent folder"):
            folder = configured or client.find_special_folder(SENT) or "Sent"
            if not client.folder_exists(folder):
                client.create_folder(folder)
        return folder

    def file_copy(self, raw: bytes, folder: str, when: datetime) -> None:
        """APPEND a mail we sent to `folder`, marked read: it is our own."""
        self.append(raw, folder=folder, flags=("\\Seen",), when=when)

    def find_by_message_id(self, folder: str, message_id: str) -> bytes | None:
        """The mail in `folder` whose Message-ID is `message_id`, or None. The session goes back to
        its own folder afterwards."""
        client = self._require()
        try:
            with self._guard(f"search {folder!r}"):
                client.select_folder(folder, readonly=True)
                found = client.search(["HEADER", "Message-ID", message_id])
                response = client.fetch(found[:1], ["BODY.PEEK[]"]) if found else {}
        finally:
            with self._guard(f"select {self.folder!r}"):
                client.select_folder(self.folder, readonly=False)
        return next((bytes(data[b"BODY[]"]) for data in response.values() if b"BODY[]" in data), None)

    # -- IDLE ---------------------------------------------------------------

    def supports_idle(self) -> bool:
        return bool(self._require().has_capability("IDLE"))

    def idle(self, seconds: float, stop: threading.Event | None = None, tick: float = 1.0) -> bool:
        """Wait up to `seconds` for new mail in the folder: True as soon as the server announces it
        (EXISTS), False when the time is up or `stop` is set (checked every `tick` seconds).

        Mail that came since the session last looked counts too: a NOOP asks first. Flag changes
        (our own keyword, set by intake on another connection) do not count.
        """
        client = self._require()
        with self._guard("noop"):
            _status, responses = client.noop()
        if _announces_mail(responses):
            return True
        deadline = time.monotonic() + seconds
        with self._guard("idle"):
            client.idle()
        try:
            with selectors.DefaultSelector() as selector:
                sock = client.socket()
                selector.register(sock, selectors.EVENT_READ)
                while not (stop is not None and stop.is_set()):
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return False
                    # A TLS socket may hold decrypted bytes that select() cannot see.
                    pending = getattr(sock, "pending", lambda: 0)()
                    if pending or selector.select(min(tick, remaining)):
                        with self._guard("idle"):
                            responses = client.idle_check(timeout=0)
                        if not responses:
                            raise MailboxUnavailable(self._describe("idle", ConnectionError("closed by the server")))
                        if _announces_mail(responses):
                            return True
                return False
        finally:
            with self._guard("idle done"):
                client.idle_done()

    # -- helpers ------------------------------------------------------------

    def _require(self) -> IMAPClient:
        if self._client is None:
            raise MailboxUnavailable(
                f"IMAP {self.host}:{self.port}: not connected (use 'with Mailbox(...)')"
            )
        return self._client

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        try:
            yield
        except SignInError as exc:
            # Already one line naming the setting to fix.
            raise MailboxUnavailable(self._masked(str(exc))) from exc
        except (IMAPClientError, OSError) as exc:
            raise MailboxUnavailable(self._describe(action, exc)) from exc

    def _describe(self, action: str, exc: BaseException) -> str:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        # imapclient puts the server's bytes reply through str(): b'...'.
        if len(reason) > 3 and reason[:2] in ("b'", 'b"') and reason[-1] == reason[1]:
            reason = reason[2:-1]
        if isinstance(exc, TimeoutError):
            reason = self._timed_out()
        if isinstance(exc, LoginError) and self._tokens is not None:
            reason += (" (the server refused the OAuth2 access token: check that the app may open this mailbox, "
                       "see IMAP_AUTH in the README)")
        return self._masked(f"IMAP {self.host}:{self.port}: {action} failed: {reason}")


def _announces_mail(responses) -> bool:
    """An untagged "* n EXISTS" among the server's responses: the folder has new mail."""
    return any(isinstance(r, tuple) and len(r) >= 2 and r[1] == b"EXISTS" for r in responses)


def _admits_keywords(selected: dict) -> bool:
    if selected.get(b"READ-ONLY"):
        return False
    permanent = selected.get(b"PERMANENTFLAGS")
    # RFC 3501 7.1: without PERMANENTFLAGS, all flags may be set permanently.
    if permanent is None:
        return True
    return b"\\*" in permanent


def _aware(value: datetime) -> datetime:
    """INTERNALDATE as an aware datetime with a stdlib fixed-offset zone."""
    offset = value.utcoffset()
    if offset is None:
        # RFC 3501 requires a zone in INTERNALDATE; a server that leaves it
        # out is most likely reporting UTC.
        return value.replace(tzinfo=timezone.utc)
    return value.replace(tzinfo=timezone(timedelta(seconds=offset.total_seconds())))


def _flag_str(flag: bytes | str) -> str:
    if isinstance(flag, bytes):
        return flag.decode("ascii", "replace")
    return flag
