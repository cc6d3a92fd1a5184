"""Pieces of the pay parser (``salary.py``) kept in their own module, as that file stays under 500 lines (round 29 s).

Words of pay.yaml as people type them without a Tajik keyboard. The pay parser matches its words on the lower-cased
original text, not the folded one (folding drops the currency signs), so "ҳафта" does not meet the "хафта" of an ad
typed with Russian letters: "1200 фунт дар як хафта" was read as a month's pay, "аз 250 хазор рубл" as 250 roubles,
"Дар як руз аз 15 000 рубл" as a month's. Every word of the table is also matched in its plain Cyrillic form ("ҳ" as
"х", "ӯ" as "у", "ӣ" as "и", "қ" as "к", "ҷ" as "ч", "ғ" as "г") and, typed in Latin letters, with "x" or "kh" for
the single "h" ("hazor" / "xazor" / "khazor").

Round 35 v: two readings of the words between an amount and its period. Pay "for a shift" followed by the shift's hours
("7 500 ₽ за смену 8 часов", "3500 za smenu 8 chasov") is the shift's pay: the hours after it say how long the shift is,
not that the period word belongs to a working day ("2000 сомонӣ, рӯзе 8 соат"), so ``shift_paid`` keeps the period when
it is said with "за" / "za" / "барои" / "baroi" ("for"). And pay in cash between the amount and its period ("180 000 нал.
в месяц", "250 000 nalichnymi v mesyac") is still that period's pay (``CASH_BETWEEN``, read only there: after an amount
with no period, "1500 наличными" is as often a fee paid in cash).
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


# cash words between an amount and its period (round 35 v, see the docstring)
CASH_BETWEEN = r"(?:нал\.?|наличными|наличкой|налом|nal\.?|nalichnymi|nalichkoy|nalom|нақд|накд|naqd|nakd)"
_FOR = re.compile(r"(?:за|za|барои|baroi)\s")


def shift_paid(period_words: str) -> bool:
    """Whether a day's period word is said as "for a shift / a day" ("за смену", "za den", "барои як рӯз"), so that hours
    right after it are the shift's length, not a working day's (round 35 v)."""
    return _FOR.match(period_words.strip().lower()) is not None
