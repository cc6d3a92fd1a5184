"""Prometheus metrics of the process (served at ``/metrics`` by ``serve``).

Channels and the handover record into these; nothing here holds message text or
identifiers (labels are channel names and fixed categories only).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

MESSAGES_IN = Counter("hamroh_messages_in_total", "Inbound messages accepted, by channel", ["channel"], registry=REGISTRY)
DUPLICATES = Counter("hamroh_duplicates_total", "Inbound messages the provider sent again (deduplicated)", ["channel"], registry=REGISTRY)
MESSAGES_OUT = Counter("hamroh_messages_out_total", "Replies handed to a channel, by channel", ["channel"], registry=REGISTRY)
ACCEPT_FAILURES = Counter("hamroh_accept_failures_total", "Inbound messages refused with 503 because Redis was unreachable", ["channel"], registry=REGISTRY)
PROCESSING = Histogram(
    "hamroh_processing_seconds", "Time to process one inbound message (load, engine, effects, send, save)",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5), registry=REGISTRY,
)
PROVIDER_ERRORS = Counter("hamroh_provider_errors_total", "Errors answered by Telegram, Twilio or another provider", ["channel", "kind"], registry=REGISTRY)
RETRIES = Counter("hamroh_retries_total", "Requests to a provider that were retried (e.g. after 429)", ["channel"], registry=REGISTRY)
QUEUE_DEPTH = Gauge("hamroh_queue_depth", "Cases waiting for an operator, by priority", ["priority"], registry=REGISTRY)
TIME_TO_CLAIM = Histogram(
    "hamroh_time_to_claim_seconds", "Time from a case being opened to an operator claiming it",
    buckets=(10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200), registry=REGISTRY,
)

# Callbacks run just before a scrape (e.g. the handover reads queue depth from Redis).
BEFORE_SCRAPE: list[Callable[[], Awaitable[None]]] = []
