"""Settings from the environment (a ``.env`` file is read if present).

Every setting of the program is declared once in ``SETTINGS`` below, with its
default and a one-line description; the README's settings table is generated
from the same list (``python -m bot settings --markdown``) so the two never
disagree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dotenv import load_dotenv

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str
    kind: type = str


SETTINGS: tuple[Setting, ...] = (
    Setting("REDIS_URL", "", "Redis server (`redis://` or `rediss://`). Unset: start an embedded Valkey server with its data and "
                             "append-only file in `DATA_DIR`."),
    Setting("REDIS_CLUSTER", "0", "`1` when REDIS_URL points at a Redis Cluster node (every key shares one hash tag, so scripts work "
                                  "there)."),
    Setting("REDIS_MAX_CONNECTIONS", "200", "Connections to Redis per process; further requests wait for a free one.", int),
    Setting("DATA_DIR", "var", "Folder for the embedded Valkey's data (relative to the working directory)."),
    Setting("REDIS_PREFIX", "hamroh", "Hash tag of every key (`{hamroh}:...`), so that all keys live in one Cluster slot and Lua scripts "
                                      "run on Redis Cluster."),
    Setting("STATE_TTL_DAYS", "30", "Days a conversation's state is kept after the person's last message.", int),
    Setting("CASE_RETENTION_DAYS", "90", "Days a closed case keeps its conversation, notes, what the bot learned and the link to the "
                                         "person; then it is anonymised: only times, category, priority, language, channel, outcome and "
                                         "rating stay, for statistics.", int),
    Setting("STATS_RETENTION_DAYS", "730", "Days anonymised cases and the audit stream (statistics, and the record of who revealed whom) "
                                           "are kept after a case closed; then they are deleted. The console's statistics look back at "
                                           "most 365 days.", int),
    Setting("PEPPER", "", "Secret used to turn phone numbers and chat ids into pseudonymous keys (HMAC-SHA256). Keep it outside Redis; "
                          "required in production. Unset: a random pepper is created in `DATA_DIR/pepper` for local use."),
    Setting("DEFAULT_LANG", "tg", "Language used before a person has chosen one (`tg` or `ru`)."),
    Setting("WORKER_PARTITIONS", "16", "Number of inbox partitions. A person's messages always go to one partition, and one process at a "
                                       "time works a partition, so each person's messages are handled in order.", int),
    Setting("WORKER_LEASE_SECONDS", "15", "How long a worker's claim on a partition lasts without renewal; after a crash another process "
                                          "takes over within this time.", int),
    Setting("PORT", "8080", "HTTP port of `python -m bot serve` (hosting platforms set it).", int),
    Setting("LOG_LEVEL", "INFO", "Logging level."),
    Setting("LOG_FORMAT", "text", "`text` (one line per event, with the request id in brackets) or `json` (one JSON object per line: time, "
                                  "level, logger, request_id, message) for a log collector."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


class ConfigError(Exception):
    """A setting has a value the program cannot use; the message says which."""


def load_env_file(path: Path | None = None) -> None:
    """Read ``.env`` from the working directory without overriding real environment variables."""
    load_dotenv(path or Path.cwd() / ".env", override=False)


def get(name: str, env: dict[str, str] | None = None) -> Any:
    setting = _BY_NAME[name]
    source = os.environ if env is None else env
    raw = source.get(name, setting.default)
    if raw is None or raw == "":
        raw = setting.default
    if setting.kind is int:
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    return raw


def register(*settings: Setting) -> None:
    """Let a channel or subsystem declare its own settings in the one table."""
    global SETTINGS
    for s in settings:
        if s.name not in _BY_NAME:
            _BY_NAME[s.name] = s
            SETTINGS = SETTINGS + (s,)


def markdown_table() -> str:
    lines = ["| Variable | Default | What it does |", "|---|---|---|"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default else "(unset)"
        lines.append(f"| `{s.name}` | {default} | {s.help} |")
    return "\n".join(lines)
