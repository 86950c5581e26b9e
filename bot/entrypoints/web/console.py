"""The console's Starlette app: routes, security headers, page rendering and error pages.

`create_app(app)` takes the services' App (built by bootstrap) and returns an ASGI app. Pages are
Jinja2 templates from `templates/` beside this module, autoescaped, so customer text is always
shown as text. Services are blocking (database, SMTP), so they run in Starlette's thread pool.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.entrypoints.web import case_pages, draft_pages, signin_pages, statistics_page
from bot.entrypoints.web.text import Text
from bot.services import signin

HERE = Path(__file__).parent

# No script runs, nothing loads from elsewhere, no other site may frame a page or receive a form.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                 b"frame-ancestors 'none'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # The sign-in link's token is in the URL: no page ever passes its address on.
    (b"referrer-policy", b"no-referrer"),
    # Case data must not stay in a shared browser's cache or a proxy's.
    (b"cache-control", b"no-store"),
]


class SecurityHeaders:
    """Pure ASGI middleware: the headers above on every response, pages and files alike."""

    def __init__(self, inner: ASGIApp):
        self.inner = inner

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in SECURITY_HEADERS if name not in names]
            await send(message)

        await self.inner(scope, receive, with_headers)


# Forms are small; the largest is an export being redacted. Anything bigger is refused unread.
MAX_BODY = 5 * 1024 * 1024


class BodyLimit:
    """Pure ASGI middleware: a request that says it is larger than MAX_BODY gets 413 before it is read,
    since the sign-in form takes posts from anyone."""

    def __init__(self, inner: ASGIApp):
        self.inner = inner

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope.get("headers", [])).get(b"content-length", b"0")
            if not length.isdigit() or int(length) > MAX_BODY:
                await PlainTextResponse("Request too large", status_code=413)(scope, receive, send)
                return
        await self.inner(scope, receive, send)


class Console:
    """What every handler needs: the services' App, the interface text, and the page templates."""

    def __init__(self, app):
        self.app = app
        self.text = Text.for_language(app.settings.staff_language)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(HERE / "templates"), encoding="utf-8"),
            autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        )
        self.env.globals["t"] = self.text
        self.env.filters["when"] = self.when
        self.env.filters["day"] = self.day
        self.env.filters["right"] = lambda key: self.text(f"right.{key}")
        self.env.filters["percent"] = lambda share: "–" if share is None else f"{round(100 * share)} %"

    def when(self, value: str | None) -> str:
        """An ISO time from a view (already in TIMEZONE) as staff read it."""
        if not value:
            return "–"
        moment = datetime.fromisoformat(value).astimezone(self.app.settings.timezone)
        return f"{self.day(moment.date())} {moment:%H:%M}"

    def day(self, value: str | date | None) -> str:
        if not value:
            return "–"
        d = date.fromisoformat(value) if isinstance(value, str) else value
        return self.text.date(d)

    def render(self, request: Request, template: str, context: dict, status: int = 200,
               background=None) -> HTMLResponse:
        staff = getattr(request.state, "staff", None)
        page = self.env.get_template(template).render(
            context | {"staff": staff, "lang": self.text.language, "query": request.query_params,
                       "error": context.get("error"), "done": context.get("done")})
        return HTMLResponse(page, status_code=status, background=background)


def not_found(request: Request, exc: Exception | None = None) -> Response:
    return request.app.state.console.render(request, "refused.html", {"missing": True}, status=404)


def create_app(app) -> Starlette:
    """The console for the services' `app`. Makes sure the signing secret exists first."""
    signin.ensure_secret(app)
    routes = [
        *signin_pages.routes,
        *case_pages.routes,
        *draft_pages.routes,
        *statistics_page.routes,
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    web = Starlette(routes=routes, exception_handlers={404: not_found})
    web.state.console = Console(app)
    web.add_middleware(BodyLimit)
    web.add_middleware(SecurityHeaders)
    return web

