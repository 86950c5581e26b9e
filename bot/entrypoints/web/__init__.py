"""The staff console (`rightsbot web`): HTTP in, service calls out, pages rendered on the server.

It holds no rules of its own: every decision is a service's (`bot.services`), and what a page
shows comes from `bot.services.views` and `bot.services.statistics`. Modules:

    console.py          the Starlette app: routes, security headers, rendering, error pages
    guard.py            who is signed in, CSRF tokens, the cookies
    signin_pages.py     sign-in by a mailed one-time link, sign-out
    case_pages.py       the queue, a case, triage, a flagged mail, and the staff actions on them
    draft_pages.py      draft review: edit, redact attachments, approve, reject, redraft, send
    statistics_page.py  requests per month, on-time share, median days, overdue now
    charts.py           server-drawn SVG charts (geometry only; the template draws)
    text.py             the interface text in Finnish and English (STAFF_LANGUAGE)
    serve.py            uvicorn

Templates live in `templates/` beside this file (not with the customer mail templates); the one
stylesheet in `static/`. No JavaScript, so nothing to build and no CDN.
"""
