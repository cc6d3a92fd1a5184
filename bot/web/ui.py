"""Shared by the web chat and the console: templates (bot/web/templates), security headers, cookies."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import jinja2
from aiohttp import web

from bot.i18n import Translator, translator

HERE = Path(__file__).resolve().parent.parent / "web"
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True, lstrip_blocks=True)

_EN = Translator("en")  # English is the source text: no catalog


def ui_translator(lang: str) -> Translator:
    return _EN if lang == "en" else translator(lang)


def render(name: str, lang: str, *, status: int = 200, **context: Any) -> web.Response:
    tr = ui_translator(lang)
    html = env.get_template(name).render(_=tr._, lang=lang, **context)
    resp = web.Response(text=html, content_type="text/html", status=status)
    harden(resp)
    return resp


R = TypeVar("R", bound=web.StreamResponse)


def harden(resp: R) -> R:
    resp.headers["Content-Security-Policy"] = CSP
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers.setdefault("Cache-Control", "no-store")
    return resp


def is_https(request: web.Request) -> bool:
    return request.secure or request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip() == "https"


def set_cookie(resp: web.StreamResponse, request: web.Request, name: str, value: str, *, max_age: int, path: str = "/") -> None:
    resp.set_cookie(name, value, max_age=max_age, path=path, httponly=True, samesite="Strict", secure=is_https(request))
