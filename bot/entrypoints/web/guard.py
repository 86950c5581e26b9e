"""Who is signed in, and the CSRF check on every request that changes something.

- The session cookie (`rightsbot_session`) is HttpOnly and SameSite=Lax, and Secure when the
  console is reached over HTTPS (WEB_BASE_URL). It holds a signed token; `bot.services.signin`
  finds the session it names, and signing out ends that session on the server.
- Signed in, every form carries the session's CSRF token (a hidden `csrf` field); signed out, the
  two sign-in forms carry a random token that must equal the `rightsbot_presession` cookie.
- Signed out, a page request is sent to /signin and anything else is refused with 403: no page
  shows case data to a browser that is not signed in.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.core.signin import SESSION_VALID
from bot.services import signin

SESSION_COOKIE = "rightsbot_session"
PRESESSION_COOKIE = "rightsbot_presession"

Handler = Callable[[Request], Awaitable[Response]]


def console(request: Request):
    return request.app.state.console


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="lax",
                        secure=console(request).app.settings.web_https)


def set_session_cookie(request: Request, response: Response, value: str) -> None:
    set_cookie(request, response, SESSION_COOKIE, value, int(SESSION_VALID.total_seconds()))


def clear_session_cookie(request: Request, response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax",
                           secure=console(request).app.settings.web_https)


def presession_token(request: Request) -> tuple[str, bool]:
    """The signed-out CSRF token: the browser's cookie, or a new one (True: set it on the response)."""
    token = request.cookies.get(PRESESSION_COOKIE)
    if token and len(token) >= 32:
        return token, False
    return secrets.token_urlsafe(32), True


async def presession_ok(request: Request) -> bool:
    """A signed-out form's token equals the cookie set with it (double submit)."""
    cookie = request.cookies.get(PRESESSION_COOKIE) or ""
    sent = (await request.form()).get("csrf") or ""
    return len(cookie) >= 32 and hmac.compare_digest(str(sent), cookie)


def refused(request: Request, status: int = 403) -> Response:
    """A refusal that names nothing: no case data, no reason an attacker could use."""
    return console(request).render(request, "refused.html", {}, status=status)


def staff_only(handler: Handler) -> Handler:
    """Let a request through only from a live session; a POST also needs that session's CSRF token."""

    async def guarded(request: Request) -> Response:
        staff = await run_in_threadpool(signin.session_for, console(request).app,
                                        request.cookies.get(SESSION_COOKIE))
        if staff is None:
            if request.method in ("GET", "HEAD"):
                return RedirectResponse("/signin", status_code=303)
            return refused(request)
        if request.method not in ("GET", "HEAD"):
            sent = (await request.form()).get("csrf") or ""
            if not hmac.compare_digest(str(sent), staff.csrf_token):
                return refused(request)
        request.state.staff = staff
        return await handler(request)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded
