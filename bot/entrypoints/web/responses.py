"""What every handler shares: running a service, who acts, and how a page answers after an action.

After a change the browser is sent back to a page with `?done=WHAT` (303, so reloading does not
repeat the action); when a service refuses, the page is shown again with the reason and a status
that says what kind of refusal it was.
"""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse

from bot.core.errors import BotError, IllegalTransition, NotFound, TooManyAttempts


async def call(fn, *args, **kwargs):
    """Run a (blocking) service call in the thread pool."""
    return await run_in_threadpool(fn, *args, **kwargs)


def by(request: Request) -> str:
    """The signed-in staff member's address: the `by` of every service call, so the log names them."""
    return request.state.staff.email


def done(path: str, what: str, **extra) -> RedirectResponse:
    return RedirectResponse(f"{path}?{urlencode({'done': what} | extra)}", status_code=303)


def status_of(exc: BotError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, TooManyAttempts):
        return 429
    if isinstance(exc, IllegalTransition):
        return 409
    return 400


def lines(text: str | None) -> str:
    """A textarea's text with the browser's CRLF line ends (HTML forms always send CRLF) made LF."""
    return (text or "").replace("\r\n", "\n")
