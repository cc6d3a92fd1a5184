"""Contacts as data: emergency numbers, hotlines, embassies and consulates of the
Republic of Tajikistan, and the referral directory of organisations, per country.

One file, ``data/contacts.yaml``, holds them all (a deploying organisation adds
its own hotline and shelters there). Every entry names its ``kind``, its
``source`` (publisher and URL or document) and the date someone ``checked`` it
against that source; ``verify: true`` marks an entry that could not be
confirmed. Labels, notes and hours are English msgids translated in the
catalogs (extracted by ``bot.engine.babel_extract``), like flow text.

This module only reads and selects; it knows no channel and no Redis.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.i18n import N_

KINDS = ("emergency", "hotline", "embassy", "consulate", "organisation")
# the countries Hamroh knows (ISO 3166-1 alpha-2, lower case)
COUNTRIES = ("ru", "kz", "tj", "kr", "gb", "tr", "ae")
# Their names (English msgids) in the order the "where are you now?" question offers them.
COUNTRY_NAMES = {"ru": N_("Russia"), "kz": N_("Kazakhstan"), "tj": N_("Tajikistan"), "kr": N_("South Korea"),
                 "gb": N_("United Kingdom"), "tr": N_("Turkey"), "ae": N_("UAE")}
# The time zone a person there most likely lives in (Russia spans eleven: Moscow is where
# most migrants from Tajikistan work). Used to say when the hotline opens in their time.
TIMEZONES = {"ru": "Europe/Moscow", "kz": "Asia/Almaty", "tj": "Asia/Dushanbe", "kr": "Asia/Seoul",
             "gb": "Europe/London", "tr": "Europe/Istanbul", "ae": "Asia/Dubai"}
# What an entry is, in a word or two, when it has no ``short`` name (English msgids).
KIND_WORDS = {"emergency": N_("Emergency"), "hotline": N_("Hotline"), "embassy": N_("Embassy"),
              "consulate": N_("Consulate"), "organisation": N_("Organisation")}
_NUMBER = re.compile(r"^\+?[0-9][0-9 ()\-]{1,24}$")


@dataclass(frozen=True)
class Contact:
    id: str
    country: str  # where it works / where it is ("*": works in most countries)
    kind: str  # one of KINDS
    label: str  # English msgid
    source: str
    checked: dt.date | None
    number: str = ""  # as people dial it ("" for an organisation reached otherwise)
    verify: bool = False
    note: str = ""  # English msgid (e.g. "Free within Russia", "24/7")
    city: str = ""
    hours: str = ""  # English msgid
    url: str = ""
    email: str = ""
    address: str = ""
    services: tuple[str, ...] = ()  # organisation: legal, shelter, medical, labour, return, ...
    languages: tuple[str, ...] = ()  # languages spoken there: tg, ru, en, ...
    short: str = ""  # English msgid: a one- or two-word name for the SOS text message ("Police")
    order: int = 100  # smaller first within a country
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "country": self.country,
            "kind": self.kind,
            "label": self.label,
            "source": self.source,
            "checked": self.checked.isoformat() if self.checked else None,
            "verify": self.verify,
        }


def _date(v: Any) -> dt.date | None:
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str) and v:
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return None
    return None


_KNOWN = {f for f in Contact.__dataclass_fields__ if f != "extra"}


def parse(doc: dict[str, Any]) -> list[Contact]:
    out: list[Contact] = []
    for raw in doc.get("contacts") or []:
        if not isinstance(raw, dict):
            continue
        kw = {k: v for k, v in raw.items() if k in _KNOWN}
        kw["checked"] = _date(raw.get("checked"))
        kw["number"] = str(raw.get("number") or "")
        for k in ("services", "languages"):
            kw[k] = tuple(str(x) for x in (raw.get(k) or ()))
        kw.setdefault("kind", "hotline")
        kw.setdefault("label", kw.get("id", ""))
        kw.setdefault("source", "")
        kw["extra"] = {k: v for k, v in raw.items() if k not in _KNOWN}
        out.append(Contact(**kw))
    return out


def load(path: Path) -> list[Contact]:
    if not path.exists():
        return []
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")) or {})


def problems(contacts: Iterable[Contact]) -> list[str]:
    """What ``python -m bot check`` reports about the contacts file."""
    out: list[str] = []
    seen: set[str] = set()
    contacts_list = list(contacts)
    for c in contacts_list:
        where = f"data/contacts.yaml: {c.id or '?'}"
        if not c.id or c.id in seen:
            out.append(f"{where}: missing or repeated id")
        seen.add(c.id)
        if c.kind not in KINDS:
            out.append(f"{where}: kind '{c.kind}' is not one of {', '.join(KINDS)}")
        if not c.source or not (re.search(r"https?://", c.source) or c.extra.get("document")):
            out.append(f"{where}: source must name a publisher and a URL (or a document)")
        if c.checked is None and not c.verify:
            # an entry nobody has checked against its source must say so
            out.append(f"{where}: no 'checked' date (set it, or mark the entry 'verify: true')")
        if c.checked is not None and c.checked > dt.date.today():
            out.append(f"{where}: 'checked' date {c.checked} is in the future")
        if c.kind != "organisation" and not c.number:
            out.append(f"{where}: no number")
        if c.number and not _NUMBER.match(c.number):
            out.append(f"{where}: number '{c.number}' is not a phone number (digits, spaces, +, -, brackets)")
        if c.country not in COUNTRIES and c.country != "*":
            out.append(f"{where}: country '{c.country}' is not one of {', '.join(COUNTRIES)} or '*'")
        if not c.label:
            out.append(f"{where}: no label")
    for cc in COUNTRIES:
        if not any(c.country == cc and c.kind == "emergency" and c.number for c in contacts_list):
            out.append(f"data/contacts.yaml: no emergency number for country '{cc}'")
    if not any(c.country == "*" and c.kind == "emergency" for c in contacts_list):
        out.append("data/contacts.yaml: no emergency number for an unknown country (country: '*')")
    return out


# Calling codes, longest first. +7 followed by 6 or 7 is Kazakhstan, other +7 Russia.
_CALLING = (("+971", "ae"), ("+992", "tj"), ("+82", "kr"), ("+44", "gb"), ("+90", "tr"), ("+76", "kz"), ("+77", "kz"), ("+7", "ru"))


def country_from_number(e164: str) -> str | None:
    n = re.sub(r"[^\d+]", "", e164 or "")
    if not n.startswith("+"):
        return None
    for prefix, cc in _CALLING:
        if n.startswith(prefix):
            return cc
    return None


def for_country(contacts: Iterable[Contact], country: str | None,
                kinds: tuple[str, ...] = ("emergency", "hotline", "embassy", "consulate")) -> list[Contact]:
    """What a person in ``country`` is shown, in the order shown: that country's
    entries by kind (emergency first) and ``order``; unknown country: the entries
    marked for every country (``country: "*"``)."""
    rank = {k: i for i, k in enumerate(KINDS)}
    want = country if country in COUNTRIES else "*"
    chosen = [c for c in contacts if c.country == want and c.kind in kinds]
    return sorted(chosen, key=lambda c: (rank.get(c.kind, 99), c.order, c.id))


def search(contacts: Iterable[Contact], *, country: str = "", city: str = "", service: str = "", text: str = "",
           kinds: tuple[str, ...] = KINDS) -> list[Contact]:
    """The referral directory's search: every filter given must match (case-insensitive)."""
    t = text.casefold().strip()
    out = []
    for c in contacts:
        if c.kind not in kinds or (country and c.country != country) or (city and c.city.casefold() != city.casefold()):
            continue
        if service and service not in c.services:
            continue
        if t and t not in " ".join((c.id, c.label, c.city, c.note, c.address, " ".join(c.services))).casefold():
            continue
        out.append(c)
    return sorted(out, key=lambda c: (c.country, c.city, c.label))


def sos_pick(contacts: Iterable[Contact], country: str | None) -> list[Contact]:
    """The two numbers the first SOS message carries: the country's first emergency
    number, and the first number after it that was confirmed (``verify`` false),
    preferring a hotline, embassy or consulate; else the next emergency number; else
    an unconfirmed one. Unknown country: the numbers that work in most countries."""
    shown = [c for c in for_country(contacts, country) if c.number]
    if not shown:
        return []
    first = next((c for c in shown if c.kind == "emergency"), shown[0])
    rest = [c for c in shown if c is not first]
    for pick in ([c for c in rest if c.kind != "emergency" and not c.verify],
                 [c for c in rest if c.kind == "emergency" and not c.verify],
                 rest):
        if pick:
            return [first, pick[0]]
    return [first]


def timezone_of(country: str | None) -> str | None:
    return TIMEZONES.get(country or "")
