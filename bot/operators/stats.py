"""The console's supervisor pages: statistics over a period and the CSV export (no personal data).

Mixed into ``bot.operators.console.Console``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
import time
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot import config
from bot import contacts as contacts_mod
from bot.handover.model import normalize_ref
from bot.operators.accounts import Operator
from bot.operators.views import KIND_LABELS, LANG_LABELS, MAX_QUERY, OUTCOME_LABELS, SERVICE_LABELS, _days, _tz, fmt_minutes
from bot.web.ui import harden, ui_translator

if TYPE_CHECKING:
    from bot.handover.queue import CaseQueue
    from bot.runtime import Runtime
    from bot.storage.audit import AuditStore


class Supervision:
    """Statistics, the CSV export and the directory page of the console."""

    # what it uses of ``Console`` (set in its __init__, or its methods)
    rt: Runtime
    audit_log: AuditStore

    if TYPE_CHECKING:
        @property
        def queue(self) -> CaseQueue: ...
        async def session(self, request: web.Request) -> tuple[Operator, dict[str, str]] | None: ...
        def directory(self) -> list[contacts_mod.Contact]: ...
        def page(self, name: str, op: Operator | None, sess: dict[str, str] | None, *, lang: str | None = None, status: int = 200,
                 **ctx: Any) -> web.Response: ...
        def error_page(self, request: web.Request, op: Operator | None, sess: dict[str, str] | None, status: int) -> web.Response: ...

    async def audit_since(self, days: int) -> list[dict[str, str]]:
        """The audit entries of the last ``days`` days (``AuditStore``, set up by ``Console``)."""
        return await self.audit_log.since(int((time.time() - days * 86400) * 1000))

    async def case_rows(self, days: int, audit: list[dict[str, str]] | None = None) -> list[dict[str, Any]]:
        """One row per case opened in the period, with no personal data."""
        rows: dict[str, dict[str, Any]] = {}
        for f in audit if audit is not None else await self.audit_since(days):
            ref, kind = f.get("case", ""), f.get("kind")
            if kind == "opened":
                rows[ref] = {"opened": int(f["ts"]), "category": f.get("category", ""), "priority": f.get("priority", ""),
                             "lang": f.get("lang", ""), "channel": f.get("channel", ""), "claim_ms": None, "close_ms": None,
                             "outcome": "", "rating": ""}
            elif ref in rows:
                row = rows[ref]
                if kind == "claimed" and row["claim_ms"] is None:
                    row["claim_ms"] = int(f["ts"]) - row["opened"]
                elif kind == "closed":
                    row["close_ms"] = int(f["ts"]) - row["opened"]
                    row["outcome"] = f.get("outcome", "")
                elif kind == "reopened":
                    row["close_ms"], row["outcome"] = None, ""
                elif kind == "escalated":
                    row["priority"] = f.get("priority", row["priority"])
                elif kind == "rated":
                    row["rating"] = f.get("rating", "")
        return sorted(rows.values(), key=lambda r: r["opened"])

    async def directory_page(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.Response:
        """The referral directory: organisations (and the other contacts) by country, city, service, text."""
        q = {k: request.query.get(k, "")[:MAX_QUERY].strip() for k in ("country", "city", "service", "text", "kind", "case")}
        everyone = self.directory()
        kinds = (q["kind"],) if q["kind"] in contacts_mod.KINDS else ("organisation", "hotline", "embassy", "consulate")
        found = contacts_mod.search(everyone, country=q["country"], city=q["city"], service=q["service"], text=q["text"], kinds=kinds)
        case = await self.queue.get(normalize_ref(q["case"])) if q["case"] else None
        tr = ui_translator(op.lang)
        rows = [{"c": c, "services": [tr._(SERVICE_LABELS.get(x, x)) for x in c.services],
                 "languages": [tr._(LANG_LABELS.get(x, x)) for x in c.languages]} for c in found]
        return self.page("directory.html", op, sess, q=q, rows=rows, case=case, KIND_LABELS=KIND_LABELS,
                         countries=sorted({c.country for c in everyone}), cities=sorted({c.city for c in everyone if c.city}),
                         services=sorted({x for c in everyone for x in c.services}), SERVICE_LABELS=SERVICE_LABELS)

    async def not_found(self, request: web.Request) -> web.Response:
        s = await self.session(request)
        return self.error_page(request, s[0] if s else None, s[1] if s else None, 404)

    async def stats(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.Response:
        if not op.supervisor:
            return self.error_page(request, op, sess, 403)
        days = _days(request, 30)
        audit = await self.audit_since(days)
        rows = await self.case_rows(days, audit)
        tz = _tz()
        per_day: Counter[str] = Counter()
        by: dict[str, Counter[str]] = defaultdict(Counter)
        for r in rows:
            day = dt.datetime.fromtimestamp(r["opened"] / 1000, tz).strftime("%Y-%m-%d")
            per_day[day] += 1
            by["category"][r["category"]] += 1
            by["lang"][r["lang"]] += 1
            by["channel"][r["channel"]] += 1
            by["outcome"][r["outcome"] or "open"] += 1
        today = dt.datetime.now(tz).date()
        day_list = [(today - dt.timedelta(days=i)).isoformat() for i in range(min(days, 31) - 1, -1, -1)]
        if days > 31:  # a long period: one bar per week (the week's Monday), at most 53
            per_week: Counter[str] = Counter()
            for d, n in per_day.items():
                date = dt.date.fromisoformat(d)
                per_week[(date - dt.timedelta(days=date.weekday())).isoformat()] += n
            per_day = per_week
            start = today - dt.timedelta(days=days - 1)
            monday = start - dt.timedelta(days=start.weekday())
            day_list = [(monday + dt.timedelta(weeks=i)).isoformat() for i in range((today - monday).days // 7 + 1)]
        if sum(1 for d in day_list if per_day.get(d)) <= 7:
            day_list = [d for d in day_list if per_day.get(d)]  # few days with cases: the empty ones are left out
        referred: Counter[str] = Counter()
        referrers: dict[str, set[str]] = defaultdict(set)
        for f in audit:
            if f.get("kind") == "referred" and f.get("org"):
                referred[f["org"]] += 1
                referrers[f["org"]].add(f.get("actor", ""))
        names = {c.id: c for c in self.directory()}
        tr = ui_translator(op.lang)
        referrals = [(tr._(names[org].label) if org in names else org, n, len(referrers[org])) for org, n in referred.most_common()]

        def summary(values: list[int]) -> dict[str, str]:
            if not values:
                return {"n": "0", "median": "-", "p90": "-"}
            values = sorted(values)
            p90 = values[min(len(values) - 1, round(0.9 * (len(values) - 1)))]
            return {"n": str(len(values)), "median": fmt_minutes(int(statistics.median(values))), "p90": fmt_minutes(p90)}

        # Content that operators may be reading to people: volatile articles past their review date.
        review_days = config.get("CONTENT_REVIEW_DAYS")
        library = self.rt.engine.resources.get("articles")
        content_due = [] if library is None else [
            (a.id, a.checked.isoformat(), (dt.date.today() - a.checked).days)
            for a in library.overdue(dt.date.today(), review_days) if a.checked is not None
        ]
        return self.page("stats.html", op, sess, days=days, total=len(rows), OUTCOME_LABELS=OUTCOME_LABELS, referrals=referrals,
                         content_due=content_due, review_days=review_days,
                         per_day=[(d, per_day.get(d, 0)) for d in day_list], by=by,
                         to_claim=summary([r["claim_ms"] for r in rows if r["claim_ms"] is not None]),
                         to_close=summary([r["close_ms"] for r in rows if r["close_ms"] is not None]))

    async def export(self, request: web.Request, op: Operator, sess: dict[str, str]) -> web.StreamResponse:
        if not op.supervisor:
            return self.error_page(request, op, sess, 403)
        days = _days(request, 90)
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["opened_date", "category", "priority", "language", "channel", "minutes_to_claim", "minutes_to_close", "outcome",
                    "rating"])
        tz = _tz()
        for r in await self.case_rows(days):
            w.writerow([dt.datetime.fromtimestamp(r["opened"] / 1000, tz).strftime("%Y-%m-%d"), r["category"], r["priority"], r["lang"],
                        r["channel"], "" if r["claim_ms"] is None else round(r["claim_ms"] / 60000, 1),
                        "" if r["close_ms"] is None else round(r["close_ms"] / 60000, 1), r["outcome"], r["rating"]])
        resp = web.Response(text=buf.getvalue(), content_type="text/csv",
                            headers={"Content-Disposition": f'attachment; filename="hamroh-cases-{days}d.csv"'})
        return harden(resp)
