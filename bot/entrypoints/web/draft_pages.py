"""Draft review: the customer's mail beside the editable draft and its attachments; approve, reject, redraft."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.core.errors import BotError, NotFound
from bot.entrypoints.web.guard import console, staff_only
from bot.entrypoints.web.responses import by, call, done, lines, status_of
from bot.services import drafts, views


def _detail(app, draft_id: int) -> dict:
    return {"draft": views.draft_detail(app, draft_id), "mail": views.replied_mail(app, draft_id)}


async def _review(request: Request, draft_id: int, error: BotError | None = None, text: str | None = None) -> Response:
    c = console(request)
    try:
        context = await call(_detail, c.app, draft_id)
    except NotFound:
        return c.render(request, "refused.html", {"missing": True}, status=404)
    if text is not None:
        # Refused: keep what staff typed rather than throw their edit away.
        context["draft"]["body"] = text
    what = request.query_params.get("done")
    return c.render(request, "draft.html", context | {
        "error": str(error) if error else None, "done": c.text(f"done.{what}") if what else None,
    }, status=status_of(error) if error else 200)


@staff_only
async def review_page(request: Request) -> Response:
    return await _review(request, request.path_params["id"])


@staff_only
async def save(request: Request) -> Response:
    """Save the edited text; with `then=approve`, approve it too (what is approved is what was saved)."""
    draft_id = request.path_params["id"]
    form = await request.form()
    text = lines(form.get("body"))
    c = console(request)
    try:
        current = await call(views.draft_detail, c.app, draft_id)
        if text != current["body"]:
            await call(drafts.edit, c.app, draft_id, by(request), text)
        if form.get("then") == "approve":
            await call(drafts.approve, c.app, draft_id, by(request))
            return done(f"/drafts/{draft_id}", "approved")
    except BotError as exc:
        return await _review(request, draft_id, exc, text)
    return done(f"/drafts/{draft_id}", "saved")


@staff_only
async def save_attachment(request: Request) -> Response:
    draft_id = request.path_params["id"]
    form = await request.form()
    try:
        # Attachments keep the browser's line ends: CSV is CRLF by RFC 4180, and JSON does not mind.
        await call(drafts.edit_attachment, console(request).app, draft_id, by(request),
                   str(form.get("filename") or ""), str(form.get("content") or "").encode("utf-8"))
    except BotError as exc:
        return await _review(request, draft_id, exc)
    return done(f"/drafts/{draft_id}", "attachment_saved")


@staff_only
async def reject(request: Request) -> Response:
    draft_id = request.path_params["id"]
    form = await request.form()
    try:
        await call(drafts.reject, console(request).app, draft_id, by(request), lines(form.get("reason")))
    except BotError as exc:
        return await _review(request, draft_id, exc)
    return done(f"/drafts/{draft_id}", "rejected")


@staff_only
async def redraft(request: Request) -> Response:
    draft_id = request.path_params["id"]
    try:
        new = await call(drafts.redraft, console(request).app, draft_id, by(request))
    except BotError as exc:
        return await _review(request, draft_id, exc)
    # One rejected letter may come back as several when its rights are no longer decided together.
    return done(f"/drafts/{new[0].id}", "redrafted")


routes = [
    Route("/drafts/{id:int}", review_page, methods=["GET"]),
    Route("/drafts/{id:int}/save", save, methods=["POST"]),
    Route("/drafts/{id:int}/attachment", save_attachment, methods=["POST"]),
    Route("/drafts/{id:int}/reject", reject, methods=["POST"]),
    Route("/drafts/{id:int}/redraft", redraft, methods=["POST"]),
]
