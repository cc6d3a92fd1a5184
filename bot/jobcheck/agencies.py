"""The registry of licensed private employment agencies: import and lookup.

Only agencies licensed by the Ministry of Labour, Migration and Employment may
send workers abroad, so "is this agency licensed?" is one of the most useful
checks a person can make. Staff load the Ministry's list from a CSV file
(``python -m bot agencies import FILE.csv``); a person types a name (either
script, small typos) or a licence number and hears: licensed and valid until X,
licence expired, or not found.

Import is all or nothing: every row is validated first, every problem is
reported with its line number, and only a fully valid file is written, into a
temporary key that then replaces the live one with one ``RENAME`` (atomic: a
lookup sees the old list or the new one, never half of one).

Storage: one hash (``Keys.agencies``, written by ``bot.storage.agencies.AgencyStore``).
Field = normalised licence number, value = JSON of the row; field ``_meta`` = source
file name, import time and row count.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from rapidfuzz import fuzz, process

from bot.knowledge.fold import fold
from bot.storage.agencies import AgencyStore

if TYPE_CHECKING:
    from bot.storage import Storage

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "jobcheck" / "agencies.yaml"
COLUMNS = ("name", "licence", "valid_until", "address", "phone")
META = "_meta"
MAX_ROWS = 10000
NAME_CUTOFF = 82.0  # rapidfuzz score (0-100) below which a name is "not found"


class RegistryError(Exception):
    """The file cannot be imported; ``problems`` lists every bad line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Agency:
    name: str
    licence: str
    valid_until: str  # ISO date
    address: str = ""
    phone: str = ""

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Lookup:
    """The answer to one query."""

    status: str  # "valid" | "expired" | "not_found"
    name: str = ""
    licence: str = ""
    valid_until: str = ""
    address: str = ""
    phone: str = ""
    score: float = 0.0  # 100 for a licence-number match
    exact: bool = False  # licence number or an exact name: no "did you mean"
    empty_registry: bool = False


def normalize_licence(value: str) -> str:
    """Licence numbers are typed with or without "№", spaces, dashes and slashes."""
    v = fold(value).replace(" ", "") if re.search(r"[^\x00-\x7f]", value) else value.lower()
    return re.sub(r"[^a-z0-9]", "", v)


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Words like "agency", "ООО", "ширкати" that do not tell agencies apart (data file)."""
    try:
        doc = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    except OSError:
        return frozenset()
    words: set[str] = set()
    for w in doc.get("generic_words") or []:
        words.update(fold(str(w)).split())
    return frozenset(words)


def name_key(name: str) -> str:
    """A name folded to one script, without legal forms and generic words."""
    generic = _generic_words()
    words = [w for w in fold(name).split() if w not in generic]
    return " ".join(words) or fold(name).strip()


def _parse_date(value: str) -> str | None:
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_csv(text: str, source: str = "FILE") -> list[Agency]:
    """Validate every row; raise ``RegistryError`` with every problem (file:line: what).

    Lines starting with "#" before the header are comments (the example file says
    there that it is example data).
    """
    problems: list[str] = []
    lines = text.splitlines()
    skip = 0
    while skip < len(lines) and (lines[skip].lstrip().startswith("#") or not lines[skip].strip()):
        skip += 1
    reader = csv.reader(io.StringIO("\n".join(lines[skip:])))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise RegistryError([f"{source}: no header line (expected: {', '.join(COLUMNS)})"]) from None
    missing = [c for c in ("name", "licence", "valid_until") if c not in header]
    if missing:
        raise RegistryError([f"{source}:{skip + 1}: header lacks column(s) {', '.join(missing)} (expected: {', '.join(COLUMNS)})"])
    idx = {c: header.index(c) for c in COLUMNS if c in header}
    agencies: list[Agency] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = skip + reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if row[0].lstrip().startswith("#"):
            continue
        if len(row) != len(header):
            problems.append(f"{source}:{line}: {len(row)} fields, expected {len(header)}")
            continue
        cells = {c: row[i].strip() for c, i in idx.items()}
        name, licence, until = cells.get("name", ""), cells.get("licence", ""), cells.get("valid_until", "")
        if not name:
            problems.append(f"{source}:{line}: empty name")
        norm = normalize_licence(licence)
        if not norm:
            problems.append(f"{source}:{line}: empty licence number")
        elif norm in seen:
            problems.append(f"{source}:{line}: licence {licence} already on line {seen[norm]}")
        else:
            seen[norm] = line
        iso = _parse_date(until)
        if iso is None:
            problems.append(f"{source}:{line}: valid_until {until!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)")
        if name and norm and iso:
            agencies.append(Agency(name, licence, iso, cells.get("address", ""), cells.get("phone", "")))
        if len(agencies) > MAX_ROWS:
            problems.append(f"{source}: more than {MAX_ROWS} rows")
            break
    if problems:
        raise RegistryError(problems)
    if not agencies:
        raise RegistryError([f"{source}: no agencies in the file"])
    return agencies


async def import_agencies(storage: Storage, agencies: list[Agency], source: str) -> int:
    """Replace the live registry with ``agencies`` in one atomic step; returns the count."""
    mapping = {normalize_licence(a.licence): a.to_json() for a in agencies}
    mapping[META] = json.dumps({"source": Path(source).name, "imported": int(time.time()), "count": len(agencies)})
    await AgencyStore(storage).replace(mapping)
    return len(agencies)


async def import_file(storage: Storage, path: Path) -> int:
    """Validate the whole file, then import it (nothing is written when any row is bad)."""
    text = path.read_text(encoding="utf-8-sig")
    agencies = parse_csv(text, str(path))
    return await import_agencies(storage, agencies, str(path))


async def load_all(storage: Storage) -> list[Agency]:
    return [Agency(**json.loads(v)) for k, v in (await AgencyStore(storage).load()).items() if k != META]


def _status(a: Agency, today: date) -> str:
    return "valid" if date.fromisoformat(a.valid_until) >= today else "expired"


def find(agencies: list[Agency], query: str, today: date | None = None) -> Lookup:
    """Pure lookup over a loaded list: licence number first, then the name (fuzzy)."""
    today = today or date.today()
    query = (query or "").strip()[:200]
    if not agencies:
        return Lookup("not_found", empty_registry=True)
    if not query:
        return Lookup("not_found")
    norm = normalize_licence(query)
    if norm and any(ch.isdigit() for ch in norm):
        for a in agencies:
            if normalize_licence(a.licence) == norm:
                return Lookup(_status(a, today), a.name, a.licence, a.valid_until, a.address, a.phone, 100.0, True)
        # "лицензия 0042" or "№42": the digits alone, when nothing but licence words stands beside them
        rest = re.sub(r"(licenz|licens|licenc|litsenz|ijozatnom|lisenz)[a-z]*|n$|nomer|rakam[a-z]*|no", "", fold(query).replace(" ", ""))
        digits = re.sub(r"\D", "", query) if rest.isdigit() else ""
        for a in agencies:
            if digits and re.sub(r"\D", "", a.licence).lstrip("0") == digits.lstrip("0") and len(digits) >= 2:
                return Lookup(_status(a, today), a.name, a.licence, a.valid_until, a.address, a.phone, 95.0, True)
    q = name_key(query)
    if len(q.replace(" ", "")) < 3:
        return Lookup("not_found")
    keys = [name_key(a.name) for a in agencies]
    best = process.extractOne(q, keys, scorer=fuzz.WRatio, score_cutoff=NAME_CUTOFF)
    if best is None:
        return Lookup("not_found")
    _, score, i = best
    # WRatio rewards a short query inside a long name; guard against one common word matching
    if fuzz.ratio(q, keys[i]) < 60 and len(q) < 0.5 * len(keys[i]):
        return Lookup("not_found")
    a = agencies[i]
    return Lookup(_status(a, today), a.name, a.licence, a.valid_until, a.address, a.phone, float(score), q == keys[i])


async def lookup(storage: Storage, query: str, today: date | None = None) -> Lookup:
    """Look an agency up by licence number or name in the live registry."""
    return find(await load_all(storage), query, today)
