"""Pieces of the pay parser (``salary.py``) kept in their own module, as that file stays under 500 lines (round 29 s).

Words of pay.yaml as people type them without a Tajik keyboard. The pay parser matches its words on the lower-cased
original text, not the folded one (folding drops the currency signs), so "ҳафта" does not meet the "хафта" of an ad
typed with Russian letters: "1200 фунт дар як хафта" was read as a month's pay, "аз 250 хазор рубл" as 250 roubles,
"Дар як руз аз 15 000 рубл" as a month's. Every word of the table is also matched in its plain Cyrillic form ("ҳ" as
"х", "ӯ" as "у", "ӣ" as "и", "қ" as "к", "ҷ" as "ч", "ғ" as "г") and, typed in Latin letters, with "x" or "kh" for
the single "h" ("hazor" / "xazor" / "khazor").
"""

from __future__ import annotations

import re

_PLAIN = str.maketrans("ҳӯӣқҷғ", "хуикчг")
_LATIN_H = re.compile(r"(?<![cszk])h")  # not the "h" of "ch", "sh", "zh", "kh"


def typed_variants(words: list[str]) -> list[str]:
    """``words`` with the spellings above added (each once)."""
    out: list[str] = []
    for w in words:
        out.append(w)
        plain = w.translate(_PLAIN)
        if plain != w:
            out.append(plain)
        elif w.isascii() and _LATIN_H.search(w):
            out += [_LATIN_H.sub("x", w), _LATIN_H.sub("kh", w)]
    return list(dict.fromkeys(out))


def few_hours(phrase: str) -> float | None:
    """The most hours in a phrase like "рӯзе 1–2 соат", if four or fewer (moved from ``salary.py``, round 17 u)."""
    nums = [int(n) for n in re.findall(r"\d{1,2}", phrase)[:2]]
    top = max(nums) if nums else 0
    return float(top) if 0 < top <= 4 else None
