"""A token endpoint on loopback for the OAuth2 tests, standing in for Microsoft Entra ID and for
Google's OAuth 2.0 server, over HTTPS with a certificate made at test time.

It serves what MSAL and google-auth ask for, in the shapes their providers use:
  GET  /{tenant}/v2.0/.well-known/openid-configuration   Entra's discovery document (MSAL reads it)
  POST /{tenant}/oauth2/v2.0/token                       client credentials, with a client secret or a
                                                         certificate's signed assertion
  POST /google/token                                     a service account's JWT grant (RFC 7523), an
                                                         authorization code, a refresh token

Access tokens are JWTs signed with a key made at test time; the Dovecot under test validates them
locally with that key, and the SMTP server under test asks `check()`. Exchange Online keeps an
app's right to a mailbox on its side (Add-MailboxPermission); here it travels in the token's
`email` claim, which both servers compare with the user who signs in.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

LOOPBACK = "127.0.0.1"
MICROSOFT_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_SCOPE = "https://mail.google.com/"
# Dovecot looks the key up as <azp>/<ALG>/<kid> under its key folder.
AZP = "rightsbot-test"
KID = "test-key-1"


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def public_pem(key: rsa.RSAPrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def self_signed(key: rsa.RSAPrivateKey, names: list[x509.GeneralName], cn: str = "rightsbot test") -> str:
    now = dt.datetime.now(dt.timezone.utc)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


@dataclass
class App:
    """An Entra app registration: its secret or certificate, and the mailbox it was granted."""

    client_id: str
    mailbox: str
    secret: str | None = None
    certificate_key: object | None = None  # the public key of the uploaded certificate


@dataclass
class RefreshGrant:
    client_id: str
    user: str


@dataclass
class TokenAuthority:
    base: str
    ca_file: Path
    signing_key: rsa.RSAPrivateKey
    tenant: str = "11111111-2222-3333-4444-555555555555"
    lifetime: int = 3600
    apps: dict[str, App] = field(default_factory=dict)
    # service account client_email -> (public key, users it may act for by domain-wide delegation)
    service_accounts: dict[str, tuple[object, set[str]]] = field(default_factory=dict)
    # Google OAuth clients (Desktop app): client_id -> client_secret
    google_clients: dict[str, str] = field(default_factory=dict)
    refresh_tokens: dict[str, RefreshGrant] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    issued: list[str] = field(default_factory=list)
    revoked: set[str] = field(default_factory=set)
    # (grant type, client) of every token request, in order.
    requests: list[tuple[str, str]] = field(default_factory=list)
    # When set, the endpoint answers every token request with this HTTP status.
    failing_with: int | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _serial: itertools.count = field(default_factory=lambda: itertools.count(1))

    # -- what the tests set up -------------------------------------------------------------

    @property
    def microsoft_authority(self) -> str:
        return self.base

    @property
    def token_endpoint_ms(self) -> str:
        return f"{self.base}/{self.tenant}/oauth2/v2.0/token"

    @property
    def google_token_uri(self) -> str:
        return f"{self.base}/google/token"

    def register_app(self, mailbox: str, *, secret: str | None = None, certificate_key=None) -> App:
        app = App(f"app-{secrets.token_hex(6)}", mailbox, secret, certificate_key)
        self.apps[app.client_id] = app
        return app

    def service_account_file(self, folder: Path, users: set[str]) -> tuple[Path, str]:
        key = new_key()
        email = f"rightsbot-{secrets.token_hex(4)}@rightsbot-test.iam.gserviceaccount.com"
        self.service_accounts[email] = (key.public_key(), users)
        info = {"type": "service_account", "project_id": "rightsbot-test", "private_key_id": secrets.token_hex(8),
                "private_key": pem(key), "client_email": email, "client_id": str(secrets.randbits(60)),
                "token_uri": self.google_token_uri, "universe_domain": "googleapis.com"}
        path = folder / f"{email.split('@')[0]}.json"
        path.write_text(json.dumps(info))
        return path, email

    def client_secrets_file(self, folder: Path) -> tuple[Path, str, str]:
        client_id = f"{secrets.token_hex(6)}.apps.googleusercontent.com"
        secret = f"GOCSPX-{secrets.token_urlsafe(18)}"
        self.google_clients[client_id] = secret
        info = {"installed": {"client_id": client_id, "client_secret": secret,
                              "auth_uri": f"{self.base}/google/auth", "token_uri": self.google_token_uri,
                              "redirect_uris": ["http://localhost"]}}
        path = folder / "client_secret.json"
        path.write_text(json.dumps(info))
        return path, client_id, secret

    def grant_code(self, user: str) -> str:
        """What Google hands the browser after the user consents."""
        code = f"4/{secrets.token_urlsafe(24)}"
        self.codes[code] = user
        return code

    def revoke_refresh_tokens(self) -> None:
        self.refresh_tokens.clear()

    def revoke(self, token: str) -> None:
        """The resource servers refuse `token` from now on (a revocation they learnt of)."""
        self.revoked.add(token)

    def token_requests(self) -> int:
        return len(self.requests)

    # -- tokens ------------------------------------------------------------------------------

    def issue(self, user: str) -> dict:
        now = int(time.time())
        claims = {"iss": f"{self.base}/{self.tenant}/v2.0", "azp": AZP, "sub": user, "email": user,
                  "iat": now, "nbf": now, "exp": now + self.lifetime, "jti": f"t{next(self._serial)}"}
        token = jwt.encode(claims, self.signing_key, algorithm="RS256", headers={"kid": KID})
        with self._lock:
            self.issued.append(token)
        return {"token_type": "Bearer", "expires_in": self.lifetime, "access_token": token}

    def check(self, token: str, user: str) -> bool:
        """What a resource server asks: signed by us, not expired, for this user, not revoked."""
        if token in self.revoked:
            return False
        try:
            claims = jwt.decode(token, self.signing_key.public_key(), algorithms=["RS256"])
        except jwt.PyJWTError:
            return False
        return claims.get("email") == user

    # -- the endpoint ------------------------------------------------------------------------

    def handle_token(self, path: str, form: dict[str, str], basic: tuple[str, str] | None) -> tuple[int, dict]:
        grant = form.get("grant_type", "")
        if self.failing_with:
            self.requests.append((grant, "-"))
            return self.failing_with, {"error": "temporarily_unavailable"}
        if path == f"/{self.tenant}/oauth2/v2.0/token":
            return self._microsoft(form)
        if path == "/google/token":
            return self._google(form, basic)
        return 404, {"error": "not_found"}

    def _microsoft(self, form: dict[str, str]) -> tuple[int, dict]:
        client_id = form.get("client_id", "")
        self.requests.append((form.get("grant_type", ""), client_id))
        app = self.apps.get(client_id)
        if form.get("grant_type") != "client_credentials" or app is None:
            return 400, {"error": "unauthorized_client", "error_codes": [700016],
                         "error_description": "AADSTS700016: Application not found in the directory."}
        if form.get("scope") != MICROSOFT_SCOPE:
            return 400, {"error": "invalid_scope", "error_codes": [1002012]}
        if not self._client_authenticated(app, form):
            return 401, {"error": "invalid_client", "error_codes": [7000215],
                         "error_description": "AADSTS7000215: Invalid client secret provided. "
                                              "Trace ID: 0f0e Correlation ID: 99aa Timestamp: 2026-12-06"}
        return 200, self.issue(app.mailbox)

    def _client_authenticated(self, app: App, form: dict[str, str]) -> bool:
        if app.secret is not None:
            return form.get("client_secret") == app.secret
        assertion = form.get("client_assertion")
        if app.certificate_key is None or not assertion:
            return False
        try:
            claims = jwt.decode(assertion, app.certificate_key, algorithms=["PS256", "RS256"],
                                audience=self.token_endpoint_ms)
        except jwt.PyJWTError:
            return False
        return claims.get("iss") == app.client_id == claims.get("sub")

    def _google(self, form: dict[str, str], basic: tuple[str, str] | None) -> tuple[int, dict]:
        grant = form.get("grant_type", "")
        if grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return self._google_service_account(form.get("assertion", ""))
        client_id, client_secret = basic or (form.get("client_id", ""), form.get("client_secret", ""))
        self.requests.append((grant, client_id))
        if self.google_clients.get(client_id) != client_secret:
            return 401, {"error": "invalid_client", "error_description": "The OAuth client was not found."}
        if grant == "authorization_code":
            user = self.codes.pop(form.get("code", ""), None)
            if user is None:
                return 400, {"error": "invalid_grant", "error_description": "Malformed auth code."}
            refresh = f"1//{secrets.token_urlsafe(30)}"
            self.refresh_tokens[refresh] = RefreshGrant(client_id, user)
            return 200, self.issue(user) | {"refresh_token": refresh, "scope": GOOGLE_SCOPE}
        if grant == "refresh_token":
            held = self.refresh_tokens.get(form.get("refresh_token", ""))
            if held is None or held.client_id != client_id:
                return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
            return 200, self.issue(held.user) | {"scope": GOOGLE_SCOPE}
        return 400, {"error": "unsupported_grant_type"}

    def _google_service_account(self, assertion: str) -> tuple[int, dict]:
        try:
            unverified = jwt.decode(assertion, options={"verify_signature": False})
            public_key, users = self.service_accounts[unverified["iss"]]
            # google-auth addresses the assertion to Google's own token endpoint, as Google expects.
            claims = jwt.decode(assertion, public_key, algorithms=["RS256"],
                                audience=[self.google_token_uri, "https://oauth2.googleapis.com/token"])
        except (jwt.PyJWTError, KeyError):
            self.requests.append(("jwt-bearer", "?"))
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
        self.requests.append(("jwt-bearer", claims["iss"]))
        if claims.get("scope") != GOOGLE_SCOPE or claims.get("sub") not in users:
            return 401, {"error": "unauthorized_client",
                         "error_description": "Client is unauthorized to retrieve access tokens using this method."}
        return 200, self.issue(claims["sub"])

    def discovery(self, path: str) -> dict | None:
        if path != f"/{self.tenant}/v2.0/.well-known/openid-configuration":
            return None
        return {"issuer": f"{self.base}/{self.tenant}/v2.0", "token_endpoint": self.token_endpoint_ms,
                "authorization_endpoint": f"{self.base}/{self.tenant}/oauth2/v2.0/authorize",
                "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"]}


def _handler(authority_ref: list[TokenAuthority]):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
            pass

        def _reply(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            if status >= 500:
                # Try again at once: MSAL otherwise holds back for seconds after a 5xx, as it should.
                self.send_header("Retry-After", "0")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            body = authority_ref[0].discovery(urlsplit(self.path).path)
            self._reply(200, body) if body else self._reply(404, {"error": "not_found"})

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            basic = None
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Basic "):
                from urllib.parse import unquote

                user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
                basic = (unquote(user), unquote(password))
            self._reply(*authority_ref[0].handle_token(urlsplit(self.path).path, form, basic))

    return Handler


def start_authority(folder: Path) -> tuple[TokenAuthority, ThreadingHTTPServer]:
    """Start the endpoint on a free loopback port with a certificate for 127.0.0.1 and localhost."""
    import ipaddress

    tls_key = new_key()
    cert = self_signed(tls_key, [x509.IPAddress(ipaddress.ip_address(LOOPBACK)), x509.DNSName("localhost")])
    ca_file, key_file = folder / "authority.crt", folder / "authority.key"
    ca_file.write_text(cert)
    key_file.write_text(pem(tls_key))
    ref: list[TokenAuthority] = []
    server = ThreadingHTTPServer((LOOPBACK, 0), _handler(ref))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(ca_file), str(key_file))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    ref.append(TokenAuthority(f"https://{LOOPBACK}:{server.server_address[1]}", ca_file, new_key()))
    threading.Thread(target=server.serve_forever, name="token-authority", daemon=True).start()
    return ref[0], server
