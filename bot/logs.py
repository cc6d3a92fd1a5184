"""Request ids for log lines, and the log formats (text or JSON lines).

Every HTTP request gets a request id (``X-Request-Id`` answers it), and every
accepted message carries the id of the request that brought it into its inbox
entry, so the worker that processes it, perhaps in another process, logs under
the same id: one ``grep`` follows a message from webhook to reply. Timers and
background work log under ``-``. The id is random and names no one.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from contextvars import ContextVar

REQUEST_ID: ContextVar[str] = ContextVar("request_id", default="-")
# Secret values the log filter scrubs wherever they appear (tokens, webhook secrets,
# the pepper): each component adds its own when it is configured.
SECRETS: set[str] = set()


def secret(value: str | None) -> None:
    """Never let ``value`` reach a log line (too short a value would scrub innocent text)."""
    if value and len(value) >= 8:
        SECRETS.add(value)
_GIVEN = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def new_request_id(given: str | None = None) -> str:
    """A fresh id, or the caller's ``X-Request-Id`` when it is a plain token."""
    return given if given and _GIVEN.match(given) else secrets.token_hex(6)


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, request_id, message (and the
    exception, if any), for log collectors that read structured logs."""

    def format(self, record: logging.LogRecord) -> str:
        out = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
