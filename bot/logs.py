"""Request ids for log lines, and the log formats (text or JSON lines).

Every HTTP request gets a request id (``X-Request-Id`` answers it), and every
accepted message carries the id of the request that brought it into its inbox
entry, so the worker that processes it, perhaps in another process, logs under
the same id: one ``grep`` follows a message from webhook to reply. Timers and
background work log under ``-``. The id is random, always made by the server, and names no one; a client's own
``X-Request-Id`` is kept only as a separate, sanitised ``client_request_id``
field. Control characters in every logged value are escaped (``EscapeFilter``),
so no value can start a forged log line.
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
REMOTE_ID: ContextVar[str] = ContextVar("client_request_id", default="")
_GIVEN = re.compile(r"[^A-Za-z0-9._-]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def new_request_id(given: str | None = None) -> str:
    """A fresh id, always made here: a client's ``X-Request-Id`` is never taken as ours
    (``client_request_id`` keeps it, sanitised, as a separate field)."""
    return secrets.token_hex(6)


def client_request_id(given: str | None) -> str:
    """The client's ``X-Request-Id`` reduced to at most 64 plain characters ("" for none)."""
    return _GIVEN.sub("", given or "")[:64]


def escape_controls(text: str) -> str:
    """Control characters (a newline would start a forged log line) as visible escapes."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        record.client_request_id = REMOTE_ID.get()
        return True


class EscapeFilter(logging.Filter):
    """Every logged value with its control characters escaped: whatever a client put in
    a value that reaches a log line (an id, a name), one record stays one line. (The
    traceback, which the formatter adds after the message, keeps its own newlines.)"""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        clean = escape_controls(msg)
        if clean != msg:
            record.msg, record.args = clean, None
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
            **({"client_request_id": client_id} if (client_id := getattr(record, "client_request_id", "")) else {}),
            "message": record.getMessage(),
        }
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
