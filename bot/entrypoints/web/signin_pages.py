"""Sign-in by a one-time link mailed to a STAFF_EMAILS address, and sign-out.

GET /signin shows the form; POST /signin answers "check your mail" whatever the address, and
mails the link after answering. The link (GET /signin/TOKEN) shows a button rather than signing
in at once, so a mail scanner that opens links cannot use it up; the button's POST signs in.
"""

from __future__ import annotations

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bot.core.errors import LinkRefused, TooManyAttempts
from bot.entrypoints.web.guard import (
    PRESESSION_COOKIE,
    SESSION_COOKIE,
    clear_session_cookie,
    console,
    presession_ok,
    presession_token,
    refused,
    set_cookie,
    set_session_cookie,
    staff_only,
)
from bot.entrypoints.web.responses import call
from bot.services import signin


def _client(request: Request) -> str:
    # Behind the reverse proxy uvicorn puts the forwarded client address here (--proxy-headers).
    return request.client.host if request.client else "unknown"


def _with_presession(request: Request, template: str, context: dict, status: int = 200) -> Response:
    token, new = presession_token(request)
    response = console(request).render(request, template, context | {"csrf": token}, status=status)
    if new:
        set_cookie(request, response, PRESESSION_COOKIE, token)
    return response


async def signin_form(request: Request) -> Response:
    return _with_presession(request, "signin.html", {"sent": False})


async def signin_request(request: Request) -> Response:
    if not await presession_ok(request):
        return refused(request)
    email = str((await request.form()).get("email") or "")
    c = console(request)
    try:
        mail = await call(signin.request_link, c.app, email, _client(request))
    except TooManyAttempts:
        return _with_presession(request, "signin.html", {"sent": False, "limited": True}, status=429)
    # The same page, and the mail sent only after it, whether or not the address is staff.
    background = BackgroundTask(signin.deliver_link, c.app, mail) if mail else None
    token, _ = presession_token(request)
    return c.render(request, "signin.html", {"sent": True, "csrf": token}, background=background)


async def link_page(request: Request) -> Response:
    token = request.path_params["token"]
    try:
        email = await call(signin.check_link, console(request).app, token)
    except LinkRefused:
        return _with_presession(request, "signin_link.html", {"refused": True, "email": None}, status=400)
    return _with_presession(request, "signin_link.html", {"refused": False, "email": email, "token": token})


async def link_use(request: Request) -> Response:
    if not await presession_ok(request):
        return refused(request)
    try:
        staff = await call(signin.redeem_link, console(request).app, request.path_params["token"], _client(request))
    except LinkRefused:
        return _with_presession(request, "signin_link.html", {"refused": True, "email": None}, status=400)
    except TooManyAttempts:
        return _with_presession(request, "signin_link.html", {"refused": True, "limited": True, "email": None},
                                status=429)
    response = RedirectResponse("/", status_code=303)
    set_session_cookie(request, response, staff.cookie)
    return response


@staff_only
async def signout(request: Request) -> Response:
    await call(signin.end_session, console(request).app, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/signin?done=signed_out", status_code=303)
    clear_session_cookie(request, response)
    return response


routes = [
    Route("/signin", signin_form, methods=["GET"]),
    Route("/signin", signin_request, methods=["POST"]),
    Route("/signin/{token}", link_page, methods=["GET"]),
    Route("/signin/{token}", link_use, methods=["POST"]),
    Route("/signout", signout, methods=["POST"]),
]
