"""Statistics: requests per month by right (an SVG chart and its table), share answered on time,
median days to answer, and how many are overdue now. The figures are `bot.services.statistics`'s.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.core.rights import INTENTS
from bot.entrypoints.web.charts import stacked_bars
from bot.entrypoints.web.guard import console, staff_only
from bot.entrypoints.web.responses import call
from bot.services import statistics


@staff_only
async def statistics_page(request: Request) -> Response:
    c = console(request)
    figures = await call(statistics.summary, c.app)
    # The last twelve months are enough to read a trend; the table below the chart has them all.
    recent = dict(list(figures["per_month"].items())[-12:])
    return c.render(request, "statistics.html", {
        "figures": figures, "chart": stacked_bars(recent, INTENTS), "intents": INTENTS,
    })


routes = [Route("/statistics", statistics_page, methods=["GET"])]
