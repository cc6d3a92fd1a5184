"""Exact SMS segment counting (GSM 03.38 / 3GPP TS 23.038) and paging within a budget.

What a person pays for is segments, not messages: a text that is all GSM-7
characters costs one segment up to 160 septets and 153 septets per segment when
it is longer (7 septets go to the concatenation header); a text with any other
character is sent as UCS-2: 70 UTF-16 code units in one segment, 67 per segment
when longer. Extension-table characters (``^{}\\[~]|€`` and form feed) take two
septets (an escape plus the character), and neither an escape pair nor a UTF-16
surrogate pair is split across two segments, so segments are counted by filling
them one character at a time, as the phone network does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# GSM 03.38 basic character set (default alphabet), 128 positions.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
) - {"\x1b"}  # the escape itself is not a character of text
# Basic set extension table: each costs two septets.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM7_SINGLE, GSM7_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def non_gsm7(text: str) -> set[str]:
    return {ch for ch in text if ch not in GSM7_BASIC and ch not in GSM7_EXTENSION}


@dataclass(frozen=True)
class Count:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int


def _costs(text: str, gsm: bool) -> list[int]:
    if gsm:
        return [2 if ch in GSM7_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def count(text: str) -> Count:
    """Encoding, length in units and the exact number of segments of one SMS body."""
    gsm = is_gsm7(text)
    costs = _costs(text, gsm)
    units = sum(costs)
    single, multi = (GSM7_SINGLE, GSM7_MULTI) if gsm else (UCS2_SINGLE, UCS2_MULTI)
    if units == 0:
        return Count("GSM-7" if gsm else "UCS-2", 0, 1)
    if units <= single:
        return Count("GSM-7" if gsm else "UCS-2", units, 1)
    segments, used = 1, 0
    for c in costs:  # an escape pair or a surrogate pair never straddles two segments
        if used + c > multi:
            segments += 1
            used = 0
        used += c
    return Count("GSM-7" if gsm else "UCS-2", units, segments)


def segments(text: str) -> int:
    return count(text).segments


MAX_PAGES = 12


def paginate(text: str, budget: int, hint: Callable[[int, int], str]) -> list[str]:
    """Split ``text`` into pages of at most ``budget`` segments each.

    Every page but the last ends with ``hint(page, pages)`` on a line of its own
    (it tells the person how to ask for the next page). Pages break at a line
    end where possible, else between numbered options (two spaces), else between
    words. At most ``MAX_PAGES`` pages; beyond that the text is cut (content is
    written to be far shorter, so this only guards against runaway text).
    """
    text = text.strip()
    budget = max(1, budget)
    if segments(text) <= budget:
        return [text]
    reserve = "\n" + hint(MAX_PAGES, MAX_PAGES)  # widest hint: real ones are never longer
    bodies: list[str] = []
    rest = text
    while rest and len(bodies) < MAX_PAGES - 1:
        if segments(rest) <= budget:
            break
        # the longest prefix that fits with the hint (segments grow with length)
        lo, hi = 1, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if segments(rest[:mid].rstrip() + reserve) <= budget:
                lo = mid
            else:
                hi = mid - 1
        cut = _boundary(rest, lo)
        bodies.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        if segments(rest) > budget:  # too much content even for MAX_PAGES pages
            lo, hi = 1, len(rest)
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if segments(rest[:mid].rstrip() + "...") <= budget:
                    lo = mid
                else:
                    hi = mid - 1
            rest = rest[: _boundary(rest, lo)].rstrip() + "..."
        bodies.append(rest)
    n = len(bodies)
    return [b + "\n" + hint(i, n) if i < n else b for i, b in enumerate(bodies, 1)]


def _boundary(text: str, limit: int) -> int:
    """A good place to cut ``text`` at or before ``limit`` characters."""
    if limit >= len(text):
        return len(text)
    window = text[:limit + 1]
    floor = limit // 2  # never make a page less than half full just to cut nicely
    for sep in ("\n", "  ", " "):
        i = window.rfind(sep)
        if i >= floor:
            return i + (len(sep) if sep == "\n" else 0) or limit
    return limit
