"""Prometheus metrics of the process (served at ``/metrics`` by ``serve``).

Channels and the handover record into these; nothing here holds message text or
identifiers: label values are channel names (``tg``, ``sms``, ``web``, ``console``,
``system``) and fixed categories only (see ``docs/observability.md``).

Counters and histograms are per process; sum them over processes. The queue gauges
are read from Redis at each scrape, so every process reports the same value: take
``max`` over processes, not ``sum``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector

REGISTRY = CollectorRegistry(auto_describe=True)
ProcessCollector(registry=REGISTRY)  # process_resident_memory_bytes, process_cpu_seconds_total, open fds

MESSAGES_IN = Counter("hamroh_messages_in_total", "Inbound messages accepted, by channel", ["channel"], registry=REGISTRY)
DUPLICATES = Counter("hamroh_duplicates_total", "Inbound messages the provider sent again (deduplicated)", ["channel"], registry=REGISTRY)
MESSAGES_OUT = Counter("hamroh_messages_out_total", "Replies handed to a channel, by channel", ["channel"], registry=REGISTRY)
ACCEPT_FAILURES = Counter("hamroh_accept_failures_total", "Inbound messages refused with 503 because Redis was unreachable",
                          ["channel"], registry=REGISTRY)
REFUSED = Counter("hamroh_refused_total",
                  "Inbound requests refused before intake (reason: too_large, new_visitors), dropped at intake (reason: flood), "
                  "or console sign-ins refused (login_rate, login_locked, login_busy)", ["channel", "reason"], registry=REGISTRY)
PROCESSING = Histogram(
    "hamroh_processing_seconds", "Time to process one inbound message (load, engine, effects, send, save)",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5), registry=REGISTRY,
)
# kind: rate_limited (429), server (5xx), network (connection), timeout, blocked (403), rejected (other 4xx)
PROVIDER_ERRORS = Counter("hamroh_provider_errors_total", "Errors answered by Telegram, Twilio or another provider (each failed request)",
                          ["channel", "kind"], registry=REGISTRY)
# reason: rate_limited (waited as the provider asked), server, network, timeout
RETRIES = Counter("hamroh_retries_total", "Requests to a provider that were sent again", ["channel", "reason"], registry=REGISTRY)
QUEUE_DEPTH = Gauge("hamroh_queue_depth", "Cases waiting for an operator, by priority (read from Redis at scrape)", ["priority"],
                    registry=REGISTRY)
QUEUE_OLDEST = Gauge("hamroh_queue_oldest_seconds", "Age of the oldest waiting case since it was opened, by priority (0: none waiting)",
                     ["priority"], registry=REGISTRY)
CASES_CLAIMED = Gauge("hamroh_cases_claimed", "Cases claimed by an operator and not closed (read from Redis at scrape)", registry=REGISTRY)
TIME_TO_CLAIM = Histogram(
    "hamroh_time_to_claim_seconds", "Time from a case being opened to its first claim by an operator",
    buckets=(10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200), registry=REGISTRY,
)
REDIS_UP = Gauge("hamroh_redis_up", "1 when Redis answered a PING at the last scrape, else 0", registry=REGISTRY)

# The channel label's values are fixed, so a caller (or a user key with an unexpected
# prefix) can never grow the metric series without bound; anything else counts as "other".
CHANNELS = frozenset({"tg", "tgop", "sms", "web", "console", "system"})


def channel(name: str) -> str:
    return name if name in CHANNELS else "other"


# Callbacks run just before a scrape (e.g. the handover reads queue depth from Redis).
BEFORE_SCRAPE: list[Callable[[], Awaitable[None]]] = []


def provider_error(channel: str, kind: str) -> None:
    PROVIDER_ERRORS.labels(channel, kind).inc()


def retry(channel: str, reason: str) -> None:
    RETRIES.labels(channel, reason).inc()
