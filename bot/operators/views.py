"""Labels, formatting and small helpers shared by the operators' console pages
(``bot.operators.console``, ``signin``, ``stats``)."""

from __future__ import annotations

import datetime as dt
import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from aiohttp import web

from bot import config
from bot.handover.model import OUTCOMES
from bot.i18n import N_, Translator
from bot.operators import accounts as operators
from bot.web.ui import ui_translator

SESSION_COOKIE = "hamroh_console"
EVENTS_HEARTBEAT = 5.0  # seconds between keep-alives of /console/events; the session is checked at each
EVENTS_RECHECK = 5.0  # ...and at least this often while events flow
_VERIFY_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="argon2")  # (LOGIN_CONCURRENCY bounds the use)
LOGIN_COOKIE = "hamroh_login"
FAIL_DELAY = 0.5  # seconds after the first wrong password, doubling, at most 4 s
ROOT = Path(__file__).resolve().parent.parent.parent
STATUS_KINDS = {"claimed", "released", "transferred", "closed", "reopened", "lease_expired"}

PRIORITY_LABELS = {"urgent": N_("Urgent"), "high": N_("High"), "normal": N_("Normal")}
OUTCOME_LABELS = {**OUTCOMES, "open": N_("Still open")}
STATUS_LABELS = {"waiting": N_("Waiting"), "claimed": N_("Claimed"), "closed": N_("Closed")}
ERRORS = {
    "not_waiting": N_("Someone else has already taken this case."),
    "not_yours": N_("This case is claimed by another operator."),
    "not_claimed": N_("This case is not claimed."),
    "closed": N_("This case is closed."),
    "not_closed": N_("This case is not closed."),
    "has_open": N_("This person already has another open case."),
    "forgotten": N_("The person asked to be forgotten; this case cannot be reopened."),
    "not_found": N_("No such case."),
    "empty": N_("Please write something."),
    "bad_outcome": N_("Choose an outcome."),
    "no_operator": N_("Choose an operator."),
    "reason": N_("Give a reason of at least 10 characters."),
    "hours": N_("Give the hours as a whole number."),
}
N_("Error")  # shown for an unknown error code
# codes shown to operators as names
CHANNEL_LABELS = {"tg": N_("Telegram"), "sms": N_("SMS"), "web": N_("Web chat"), "console": N_("Console")}
LANG_LABELS = {"tg": N_("Tajik language"), "ru": N_("Russian language"), "en": N_("English language")}
COUNTRY_LABELS = {"ru": N_("Russia"), "kz": N_("Kazakhstan"), "tj": N_("Tajikistan"), "kr": N_("South Korea"),
                  "gb": N_("United Kingdom"), "tr": N_("Turkey"), "ae": N_("United Arab Emirates"), "*": N_("Most countries"),
                  "other": N_("Other countries")}
REASON_LABELS = {"sos": N_("The person sent an urgent word (SOS)."),
                 "offer-checklist": N_("A checklist answer named violence, threats or confinement."),
                 "menu": N_("The person asked for a person.")}
ANSWER_LABELS = {"y": N_("Yes"), "n": N_("No"), "u": N_("Don't know")}
LEARNED_LABELS = {"art": N_("Article read"), "country": N_("Country"), "oc": N_("Checklist")}
SERVICE_LABELS = {"legal": N_("Legal help"), "shelter": N_("Shelter"), "medical": N_("Medical help"), "labour": N_("Labour rights"),
                  "return": N_("Return home"), "psychological": N_("Psychological support"), "documents": N_("Documents"),
                  "hotline": N_("Hotline"), "helpline": N_("Hotline"), "consular": N_("Consular help"),
                  "trafficking": N_("Trafficking victims"), "referral": N_("Referral to other help"), "rescue": N_("Rescue")}
KIND_LABELS = {"emergency": N_("Emergency number"), "hotline": N_("Hotline"), "embassy": N_("Embassy"),
               "consulate": N_("Consulate"), "organisation": N_("Organisation")}
MAX_QUERY = 80  # a directory search field is cut to this many characters


def load_canned(root: Path = ROOT) -> list[dict[str, str]]:
    path = root / "data" / "handover" / "canned.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return list(doc.get("canned") or [])


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _tz() -> ZoneInfo:
    return ZoneInfo(config.get("HOTLINE_TIMEZONE"))


def _days(request: web.Request, default: int) -> int:
    raw = request.query.get("days", "")
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 4):
        raise web.HTTPBadRequest(text="days must be a whole number from 1 to 365")
    return max(1, min(365, int(raw)))


def _page(request: web.Request) -> int:
    raw = request.query.get("page", "1")
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 6):
        raise web.HTTPBadRequest(text="page must be a whole number")
    return max(1, int(raw))


PAGE_SIZE = 100  # waiting cases per page of the queue


def fmt_time(ms: int) -> str:
    if not ms:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000, _tz()).strftime("%Y-%m-%d %H:%M")


def fmt_minutes(ms: int, tr: Translator | None = None) -> str:
    """A duration in the operator's language, with plural forms ("1 минута", "3 минуты", "5 минут")."""
    tr = tr or ui_translator("en")
    if ms < 60000:
        s = max(0, ms) // 1000
        return tr.ngettext("{n} second", "{n} seconds", s)
    m = ms // 60000
    if m >= 60:
        return tr.ngettext("{n} hour", "{n} hours", m // 60) + " " + tr.ngettext("{n} minute", "{n} minutes", m % 60)
    return tr.ngettext("{n} minute", "{n} minutes", m)


def browser_lang(request: web.Request, default: str = "en") -> str:
    """The first console language among the browser's languages (Accept-Language)."""
    for part in request.headers.get("Accept-Language", "").lower().split(",")[:8]:
        code = part.split(";")[0].strip()[:2]
        if code in operators.CONSOLE_LANGS:
            return code
    return default
