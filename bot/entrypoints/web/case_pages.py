"""The queue, a case, triage and a flagged mail, with the staff actions on them.

Each action is a service call (`bot.services.case_actions`, `mail_actions`, `intake`) with the
signed-in member of staff as `by`; a refusal shows the page again with the service's reason.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.core.errors import BotError, NotFound, StaffError
from bot.core.rights import CASE_LANGUAGES, INTENTS
from bot.core.states import Outcome
from bot.entrypoints.web.guard import console, staff_only
from bot.entrypoints.web.responses import by, call, done, lines, status_of
from bot.services import case_actions, drafts, intake, mail_actions, sending, views


async def _page(request: Request, template: str, build, *args, error: BotError | None = None) -> Response:
    c = console(request)
    try:
        context = await call(build, c.app, *args)
    except NotFound:
        return c.render(request, "refused.html", {"missing": True}, status=404)
    done_what = request.query_params.get("done")
    context |= {"error": str(error) if error else None,
                "done": c.text(f"done.{done_what}", **dict(request.query_params)) if done_what else None}
    return c.render(request, template, context, status=status_of(error) if error else 200)


# --- the queue ----------------------------------------------------------------------------------


def _queue(app) -> dict:
    return {"queue": views.queue(app), "intents": INTENTS}


@staff_only
async def queue_page(request: Request) -> Response:
    return await _page(request, "queue.html", _queue)


@staff_only
async def approve_selected(request: Request) -> Response:
    """The queue's check-boxes: every ticked draft approved in one go, or none, with the reason."""
    form = await request.form()
    ids = [int(i) for i in form.getlist("draft") if str(i).isdigit()]
    try:
        approved = await call(drafts.approve_all, console(request).app, list(dict.fromkeys(ids)), by(request))
    except BotError as exc:
        return await _page(request, "queue.html", _queue, error=exc)
    return done("/", "approved_many", n=len(approved))


@staff_only
async def send_now(request: Request) -> Response:
    """Send the approved replies now, as `rightsbot send` does."""
    try:
        counts = await call(sending.send_approved, console(request).app)
    except BotError as exc:
        return await _page(request, "queue.html", _queue, error=exc)
    return done("/", "sent", **counts)


# --- a case -------------------------------------------------------------------------------------


def _case(app, ref: str) -> dict:
    detail = views.case_detail(app, ref)
    opening = next((m for m in detail["mails"] if m["direction"] == "in"), None)
    detail["sender_check"] = views.authentication_text(opening["authentication"] if opening else None)
    return {"case": detail, "mails": views.case_mail(app, ref), "intents": INTENTS, "languages": CASE_LANGUAGES,
            # The decision form offers the rights whose workflow waits for a decision now.
            "deciding": [n["right"] for n in detail["next"] if n["waiting_for"] == "decision"],
            "outcomes": [o.value for o in Outcome]}


@staff_only
async def case_page(request: Request) -> Response:
    return await _page(request, "case.html", _case, request.path_params["ref"])


def _form_action(action, param: str, page):
    """A POST: read the form, call the service, and go where the action says; when a service refuses,
    show the page the form was on again (the triage page, or `page`) with the reason."""

    @staff_only
    async def handler(request: Request) -> Response:
        key = request.path_params[param]
        form = await request.form()
        try:
            path, what = await call(action, console(request).app, key, form, by(request))
        except BotError as exc:
            if str(form.get("back") or "") == "/triage":
                return await _page(request, "triage.html", _triage, error=exc)
            return await page(request, key, exc)
        return done(path, what)

    handler.__name__ = action.__name__
    return handler


async def _case_again(request: Request, ref: str, exc: BotError) -> Response:
    return await _page(request, "case.html", _case, ref, error=exc)


def _case_action(action):
    return _form_action(action, "ref", _case_again)


def _back(form, ref: str) -> str:
    """Where a case form returns: the triage page it was on, or the case."""
    return "/triage" if form.get("back") == "/triage" else f"/cases/{ref}"


def verify(app, ref: str, form, staff: str) -> tuple[str, str]:
    match = form.get("match")
    customer, order = str(form.get("customer") or "").strip(), str(form.get("order") or "").strip()
    # An empty field must not read as "no customer": the form says which match staff chose.
    if match == "customer":
        if not customer:
            raise StaffError("give the customer's address on record")
        case_actions.verify(app, ref, staff, customer_email=customer)
    elif match == "order":
        if not order:
            raise StaffError("give the order number")
        case_actions.verify(app, ref, staff, order=order, name=str(form.get("name") or "").strip() or None)
    else:
        case_actions.verify(app, ref, staff)
    return _back(form, ref), "verified"


def decide(app, ref: str, form, staff: str) -> tuple[str, str]:
    case_actions.decide(app, ref, str(form.get("right") or ""), str(form.get("decision") or ""),
                        lines(form.get("reasons")), staff)
    return _back(form, ref), "decided"


def complete_tasks(app, ref: str, form, staff: str) -> tuple[str, str]:
    # Each ticked task is its own action in the log; a refused one stops here and says why.
    for task_id in form.getlist("task"):
        case_actions.complete_task(app, int(task_id), staff, lines(form.get(f"note-{task_id}")) or None)
    return _back(form, ref), "tasks_done"


def extend(app, ref: str, form, staff: str) -> tuple[str, str]:
    case_actions.extend(app, ref, lines(form.get("reason")), staff)
    return _back(form, ref), "extended"


def mark_repeat(app, ref: str, form, staff: str) -> tuple[str, str]:
    case_actions.mark_repeat(app, ref, lines(form.get("reason")), staff)
    return _back(form, ref), "marked_repeat"


def triage(app, ref: str, form, staff: str) -> tuple[str, str]:
    if form.get("kind") == "not_request":
        case_actions.close(app, ref, lines(form.get("note")) or "", staff)
        return _back(form, ref), "closed"
    case_actions.triage(app, ref, [str(i) for i in form.getlist("intents")], str(form.get("language") or "") or None,
                        staff)
    return _back(form, ref), "triaged"


def close(app, ref: str, form, staff: str) -> tuple[str, str]:
    case_actions.close(app, ref, lines(form.get("reason")), staff, outcome=str(form.get("outcome") or "") or None)
    return _back(form, ref), "closed"


# --- triage -------------------------------------------------------------------------------------


def _triage(app) -> dict:
    queue = views.queue(app)
    return {"cases": [{"case": c, "mails": views.case_mail(app, c["ref"])} for c in queue["triage"]],
            "unsure": [views.mail_detail(app, m["id"]) for m in queue["unsure_mail"]],
            "intents": INTENTS, "languages": CASE_LANGUAGES}


@staff_only
async def triage_page(request: Request) -> Response:
    return await _page(request, "triage.html", _triage)


# --- a mail -------------------------------------------------------------------------------------


def _mail(app, mail_id: int) -> dict:
    return {"mail": views.mail_detail(app, mail_id), "intents": INTENTS, "languages": CASE_LANGUAGES}


@staff_only
async def mail_page(request: Request) -> Response:
    return await _page(request, "mail.html", _mail, request.path_params["id"])


async def _mail_again(request: Request, mail_id: int, exc: BotError) -> Response:
    return await _page(request, "mail.html", _mail, mail_id, error=exc)


def _mail_action(action):
    return _form_action(action, "id", _mail_again)


def resolve_mail(app, mail_id: int, form, staff: str) -> tuple[str, str]:
    mail_actions.resolve(app, mail_id, staff, lines(form.get("note")))
    return ("/triage" if form.get("back") == "/triage" else f"/mail/{mail_id}"), "resolved"


def triage_mail(app, mail_id: int, form, staff: str) -> tuple[str, str]:
    """An unsure mail read by a person: a request (a case from its arrival time, then its rights) or not."""
    if form.get("kind") == "not_request":
        return resolve_mail(app, mail_id, form, staff)
    case = mail_actions.open_case(app, mail_id, staff)
    triage(app, case.ref, form, staff)
    return f"/cases/{case.ref}", "triaged"


def retry_mail(app, mail_id: int, form, staff: str) -> tuple[str, str]:
    intake.retry(app, mail_id, staff)
    return "/", "retried"


routes = [
    Route("/", queue_page, methods=["GET"]),
    Route("/drafts/approve", approve_selected, methods=["POST"]),
    Route("/send", send_now, methods=["POST"]),
    Route("/cases/{ref}", case_page, methods=["GET"]),
    Route("/cases/{ref}/verify", _case_action(verify), methods=["POST"]),
    Route("/cases/{ref}/decide", _case_action(decide), methods=["POST"]),
    Route("/cases/{ref}/tasks", _case_action(complete_tasks), methods=["POST"]),
    Route("/cases/{ref}/extend", _case_action(extend), methods=["POST"]),
    Route("/cases/{ref}/repeat", _case_action(mark_repeat), methods=["POST"]),
    Route("/cases/{ref}/triage", _case_action(triage), methods=["POST"]),
    Route("/cases/{ref}/close", _case_action(close), methods=["POST"]),
    Route("/triage", triage_page, methods=["GET"]),
    Route("/mail/{id:int}", mail_page, methods=["GET"]),
    Route("/mail/{id:int}/resolve", _mail_action(resolve_mail), methods=["POST"]),
    Route("/mail/{id:int}/triage", _mail_action(triage_mail), methods=["POST"]),
    Route("/mail/{id:int}/retry", _mail_action(retry_mail), methods=["POST"]),
]
