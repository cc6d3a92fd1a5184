"""Pay amounts in job ads: parsing, conversion to a monthly figure, comparison.

Scam ads lure with pay far above what the work pays ("$4,000 a month, no
experience"). This module finds amounts with their currency and period in
roubles, somoni, tenge, won, dollars, euros and pounds, tells pay from fees by
the words before the amount, and compares the monthly figure with the typical
pay for the destination in ``data/jobcheck/pay.yaml`` (every figure there has a
source). It works on the lower-cased original text, not the folded one, because
folding drops the currency signs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.jobcheck.cues import compile_cues, span_at, tokenize
from bot.jobcheck.payparts import CASH_BETWEEN, shift_paid, typed_variants
from bot.jobcheck.payparts import few_hours as _few_hours

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "jobcheck" / "pay.yaml"

_NUM = r"(\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?![\d])|\d+(?:[.,]\d{1,2})?)"
_SEP = r"\s*(?:-|–|—|до|to|то|\.\.\.|…)\s*"
_SYMBOLS = "$€£₽₩₸"


@dataclass(frozen=True)
class Amount:
    """One amount found in an ad."""

    low: float
    high: float
    currency: str  # ISO code
    period: str  # hour, day, week, month, year
    kind: str  # "pay", "fee" (a recruitment fee), "other" (fines, housing) or "unknown"
    evidence: str  # the ad's own words
    period_stated: bool = True
    start: int = -1  # where the amount starts in the text
    currency_stated: bool = True  # False: a bare number read in the destination's currency

    def monthly_usd(self, rates: dict[str, float], months: dict[str, float]) -> float:
        """The top of the amount as US dollars a month (how the ad would tempt a person)."""
        return self.high * rates.get(self.currency, 0.0) / months.get(self.period, 1.0)


def _word_re(words: list[str]) -> str:
    parts = []
    for w in sorted({w.lower() for w in typed_variants(words)}, key=len, reverse=True):  # (round 29 s: "хафта", "xazor")
        esc = re.escape(w)
        if not w[-1].isalpha():
            parts.append(esc)
        elif len(w) <= 2:
            parts.append(esc + r"(?!\w)")
        else:
            parts.append(esc + r"\w*")
    return "(?:" + "|".join(parts) + ")"


def _exact_re(words: list[str]) -> str:
    """Whole words only: "час" (an hour) must not match "часов" (hours of work)."""
    parts = []
    for w in sorted({w.lower() for w in typed_variants(words)}, key=len, reverse=True):
        parts.append(re.escape(w) + (r"(?!\w)" if w[-1].isalpha() else ""))
    return "(?:" + "|".join(parts) + ")"


class PayTable:
    """Parsed ``pay.yaml``: currency words, periods, typical pay per country."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.rates: dict[str, float] = {c: float(v["usd"]) for c, v in doc["currencies"].items()}
        self.months: dict[str, float] = {p: float(v["months"]) for p, v in doc["periods"].items()}
        self.flag_factor = float(doc.get("flag_factor", 1.8))
        self.no_exp_factor = float(doc.get("no_experience_factor", 1.4))
        self.skilled_factor = float(doc.get("skilled_factor", self.flag_factor))
        self.countries: dict[str, dict[str, Any]] = doc["countries"]
        self.default_country: str = doc.get("default_country", "other")
        cur_alts = []
        self._cur_of: list[tuple[re.Pattern[str], str]] = []
        for code, words in doc["currency_words"].items():
            rx = _word_re(list(words))
            cur_alts.append(rx)
            self._cur_of.append((re.compile(rx + "$"), code))
        cur = "(?:" + "|".join(cur_alts) + ")"
        mult_alts = []
        self._mult: list[tuple[re.Pattern[str], float]] = []
        for factor, words in doc["multipliers"].items():
            rx = _word_re(list(words))
            mult_alts.append(rx)
            self._mult.append((re.compile(rx + "$"), float(factor)))
        bt = doc.get("bare_thousand")  # round 29 (s): a bare "180 tys v nedelyu" where no country is named is roubles
        self.bare_thousand = (re.compile(_word_re(list(bt["words"])) + "$"), str(bt["currency"])) if bt else None
        mult = r"(?:\s*(" + "|".join(mult_alts) + "))?"
        sym = "[" + re.escape(_SYMBOLS) + "]"
        amount = _NUM + mult
        self.amount_re = re.compile(
            rf"(?<![\w.,+/])(?:({sym})\s*)?{amount}(?:{_SEP}(?:{sym}\s*)?{amount})?(?:\s*({cur}))?",
        )
        # numbers said in words (pay.yaml `number_words`, round 19 p)
        self.number_words: dict[str, float] = {str(k): float(v) for k, v in (doc.get("number_words") or {}).items()}
        # round 19 p: pay said in words ("четыре тысячи долларов", "чор ҳазор доллар", "три с половиной тысячи евро")
        self.word_amount_re = re.compile(
            r"(?<!\w)(" + "|".join(sorted(self.number_words, key=len, reverse=True)) + r")"
            r"(\s+(?:с\s+половиной|s\s+polovinoy|u\s+nim|ю\s+ним))?\s+(" + _THOUSAND + r")"
            r"(\s+(?:ва|va|u|у)\s+(?:ним|nim))?\s*(" + cur + r")(?!\w)"
        )
        self.period_re = re.compile(
            _NET_BETWEEN + r"[\s.,:]{0,3}(?:" + "|".join(f"(?P<{p}>{_exact_re(v['words'])})" for p, v in doc["periods"].items()) + ")",
        )
        self.kind_re = re.compile(
            # at a word start: "хизмат" (service) is a fee word, "пешхизмат" (a waiter) is not
            f"(?<!\\w)(?:(?P<fee>{_word_re(doc['fee_words'])})|(?P<pay>{_word_re(doc['salary_words'])})"
            f"|(?P<other>{_word_re(doc.get('other_words') or ['штраф'])}))",
        )
        # a period named before the amount ("за вахту ... 260 000 руб."): only the
        # whole-rotation period, since "в день" before an amount often belongs to hours
        term = (doc["periods"].get("term") or {}).get("words")
        self.term_before_re = re.compile(_exact_re(list(term))) if term else None
        # a week, a day or an evening named RIGHT before the amount, nothing but a space or a colon
        # between ("дар як ҳафта 120 000 рубл", "Za vecher 40-50 tysyach tenge"): the pay's period
        # (round 11; "в день 12 часов" has the hours between, so it stays the working day's)
        near = [(p, (doc["periods"].get(p) or {}).get("words") or []) for p in ("week", "day")]
        # (round 17 u: also with "from" or "up to" between: "Рӯзе аз 15 000 рубл", "ҳафтае то 400$")
        # round 19 p: words that name the period only before the amount ("Ҳар рӯз 15–20 ҳазор рубл", "каждый день 3000";
        # after an amount "каждый день" is often something else: "85 000 руб, каждый день обед")
        near += [(p, list(w)) for p, w in (doc.get("period_before") or {}).items()]
        self.period_before_re = [
            (p, re.compile(r"(?<!\w)" + _exact_re(list(w)) + r"\s*[:\-–—]?\s*" + _UPTO + r"$")) for p, w in near if w
        ]
        # round 17 u: a day of a few hours right before the amount ("Дар як рӯз 2–3 соат, 500–700 сомонӣ",
        # "Рӯзе 1–2 соат, ҳафтае то 400$"): the amount is that day's pay (the hours are few, so it is
        # not the working day of a monthly wage)
        day_words = (doc["periods"].get("day") or {}).get("words") or []
        self.short_day_before_re = re.compile(
            r"(?<!\w)" + _exact_re(list(day_words)) + r"\s*" + _FEW_HOURS + r"\s*[,.:;—–\-]?\s*" + _UPTO + r"$"
        ) if day_words else None
        self.short_day_re = (  # (round 34 s: also the hours first, "faqat 2 soat dar ruz", "2-3 часа в день")
            re.compile(r"(?<!\w)" + _exact_re(list(day_words)) + r"\s*(?:по\s+|аз\s+|от\s+)?" + _FEW_HOURS
                       + r"|(?<![\w.,])(?<!от )(?<!ot )" + _FEW_HOURS + r"\s*" + _exact_re(list(day_words))) if day_words else None
        )
        # cues on the folded ad, so "opyt ne nujen" and "опыт не нужен" are one
        self.no_exp_re = compile_cues(list(doc["no_experience"]))
        self.country_re = {c: compile_cues(list(v.get("cues") or [])) for c, v in self.countries.items()}
        # the destination's own language not asked (round 17 u): read as "no experience" there
        forms = list(doc.get("language_not_needed") or [])
        self.language_re = {
            c: compile_cues([f.replace("{lang}", v["language"]) for f in forms])
            for c, v in self.countries.items()
            if v.get("language") and forms
        }
        # work anyone can do: compared with the country's `unskilled` range when it has one
        self.unskilled_re = compile_cues(list(doc.get("unskilled_work") or []))
        # round 19 p: work that asks years of experience or a trade's licence (`skilled`)
        self.skilled_re = compile_cues(list(doc.get("skilled") or []))

    # -- parsing ---------------------------------------------------------------------
    def _currency(self, token: str | None) -> str | None:
        if not token:
            return None
        t = token.lower().strip()
        if t in _SYMBOLS:
            return {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₩": "KRW", "₸": "KZT"}[t]
        for rx, code in self._cur_of:
            if rx.match(t):
                return code
        return None

    def _mult_of(self, token: str | None) -> float:
        if not token:
            return 1.0
        for rx, factor in self._mult:
            if rx.match(token.lower().strip()):
                return factor
        return 1.0

    @staticmethod
    def _number(raw: str) -> float:
        s = raw.replace("\u00a0", " ").replace("\u202f", " ")
        if re.fullmatch(r"\d{1,3}(?:[ .,']\d{3})+", s):
            return float(re.sub(r"[ .,']", "", s))
        return float(s.replace(",", "."))

    def parse(self, text: str, default_currency: str | None = None) -> list[Amount]:
        """Every amount with a currency (or, after a pay word, in ``default_currency``).

        ``text`` must be lower-cased: the patterns are, and case-insensitive matching
        of Cyrillic costs four times as much.
        """
        found: list[Amount] = []
        phones = [(p.start(), p.end()) for p in _PHONE.finditer(text)]
        for m in self.amount_re.finditer(text):
            if span_at(phones, m.start()) is not None:
                continue  # "+7 900 000-02-07" is a phone number, not 900 000 roubles
            sym, n1, m1, n2, m2, cur_word = m.groups()
            currency = self._currency(sym) or self._currency(cur_word)
            end = m.end()
            before = text[max(0, m.start() - 45) : m.start()]
            kind = _kind(before, self.kind_re)
            if kind in ("unknown", "other") and _PAY_AFTER.match(text, end):
                kind = "pay"  # "£4 000 в месяц чистыми", "250 тысяч на руки": net pay (round 17 u)
            elif kind in ("unknown", "pay") and _FEE_AFTER.match(text, end):
                kind = "fee"  # "3000$: 1500 наличкой при встрече", "3200$, 1000$ hozir": paid in parts (round 17 u)
            if currency is None:
                # a bare number counts only as pay, right after a pay word or right before the
                # period of pay ("Работа в Москве, 250 000 в месяц"), and not a phone number
                pm0 = self.period_re.match(text, end) if kind == "unknown" else None
                per_period = pm0 is not None and not _HOURS_AFTER.match(text, pm0.end())
                bare = default_currency or (self.bare_thousand[1] if self.bare_thousand and self.bare_thousand[0].match(m1 or "") else None)
                if (kind != "pay" and not per_period) or bare is None or re.match(r"\s*\d", text[end : end + 3]):
                    continue
                currency, currency_stated = bare, False
            else:
                currency_stated = True
            low = self._number(n1) * self._mult_of(m1)
            high = self._number(n2) * self._mult_of(m2 or m1) if n2 else low
            if n2 and not m1 and m2:
                low *= self._mult_of(m2)
            if high <= 0:
                continue  # "Za uslugi ot rabotnika 0 kron": nothing asked, nothing paid (round 17 u)
            period, stated = "month", False
            pm = self._period_after(text, end)
            if pm is not None:
                period, stated = pm.lastgroup or "month", True
                end = pm.end()
            months_n = None
            if not stated:
                # "300 000 руб за 3 месяца", "за 60 дней 240 000", "барои 3 моҳ": the amount
                # covers that many months, days or weeks
                nm = _SPAN_AFTER.match(text, end) or _SPAN_BEFORE.search(before[-30:])
                if nm is not None:
                    months_n = int(nm.group(1)) * _SPAN_UNIT[_span_unit(nm.group(2))]
                    stated = months_n > 0
                elif _HALF_YEAR_AFTER.match(text, end) or _HALF_YEAR_BEFORE.search(before[-30:]):
                    months_n, stated = 6.0, True  # "заработал за полгода 8 тысяч фунтов" (round 17 u)
            if not stated:
                for pname, rx in self.period_before_re:
                    if rx.search(before):
                        period, stated = pname, True
                        break
            if not stated and self.short_day_before_re is not None:
                sd = self.short_day_before_re.search(before)
                if sd is not None and _few_hours(sd.group(0)):
                    period, stated = "day", True
            if not stated and self.term_before_re is not None and self.term_before_re.search(before):
                period, stated = "term", True
            if kind == "unknown" and stated:
                kind = "pay"
            if kind == "fee" and currency is None:
                continue
            evidence = " ".join(text[m.start() : end].split())
            if months_n:
                low, high = low / months_n, high / months_n  # as a monthly figure
            found.append(
                Amount(min(low, high), max(low, high), currency, period, kind, evidence[:80], stated, m.start(), currency_stated)
            )
        found.extend(self._word_amounts(text))
        return found

    def _period_after(self, text: str, end: int) -> re.Match[str] | None:
        """The pay period named right after an amount ending at ``end``, unless the words after it
        say it is the working day's ("2000 сомонӣ, рӯзе 8 соат") or a day off ("maosh 2000 riyol
        ruzi istirohat ne", round 20 h), not the pay's."""
        pm = self.period_re.match(text, end)
        hours = pm is not None and _HOURS_AFTER.match(text, pm.end()) and not shift_paid(pm.group(pm.lastgroup or 0))  # (round 35 v)
        if pm is None or hours or (text[end - 1 : end].isdigit() and _STOP_AFTER.match(text, end)):
            return None  # (round 21 b: nor the next sentence's word after a bare number: "пул хуб — 75 000. Рӯзи аввал ...")
        if pm.lastgroup == "day" and _REST_AFTER.match(text, pm.end()):
            return None
        return pm

    def _word_amounts(self, text: str) -> list[Amount]:
        """Pay said in words with a currency ("зарплата четыре тысячи долларов", "маош чор ҳазор доллар дар моҳ").
        Only pay (a pay word before it, or its period after it): a price said in words is left to the fee rules."""
        out: list[Amount] = []
        for m in self.word_amount_re.finditer(text):
            n = self.number_words[m.group(1)] + (0.5 if m.group(2) or m.group(4) else 0.0)
            value = n * (1_000_000.0 if m.group(3).startswith(("милл", "млн", "mill", "mln")) else 1000.0)
            currency = self._currency(m.group(5))
            if currency is None:
                continue
            kind = _kind(text[max(0, m.start() - 45) : m.start()], self.kind_re)
            end = m.end()
            pm = self._period_after(text, end)
            period, stated = (pm.lastgroup or "month", True) if pm is not None else ("month", False)
            if pm is not None:
                end = pm.end()
            if kind != "pay" and not (kind == "unknown" and stated):
                continue
            evidence = " ".join(text[m.start() : end].split())
            out.append(Amount(value, value, currency, period, "pay", evidence[:80], stated, m.start(), True))
        return out

    # -- comparison --------------------------------------------------------------------
    def country_of(self, folded: str, amounts: list[Amount]) -> str:
        """The destination named first in the ad; else the country of the pay's currency."""
        best: tuple[int, str] | None = None
        fallback: str | None = None
        for code, rx in self.country_re.items():
            if rx is None:
                continue
            m = rx.search(folded)
            if m and self.countries[code].get("fallback"):
                fallback = fallback or code
            elif m and (best is None or m.start() < best[0]):
                best = (m.start(), code)
        if best:
            return best[1]
        if fallback:
            return fallback
        for a in amounts:
            for code, spec in self.countries.items():
                # (round 34 s: a row with no cues, Tajikistan's, by the currency of a stated pay only: "dar 1 moh 4000-5000 somoni")
                by_pay = spec.get("cues") or (spec.get("by_currency") and a.kind == "pay")
                if by_pay and not spec.get("fallback") and spec.get("by_currency", True) and spec["currency"] == a.currency:
                    return code
        return self.default_country

    def named_with_currency(self, folded: str, currency: str) -> str | None:
        """The first country named in the ad whose own currency is ``currency`` (not dollars)."""
        best: tuple[int, str] | None = None
        for code, rx in self.country_re.items():
            spec = self.countries[code]
            if rx is None or spec.get("fallback") or spec["currency"] != currency or currency == "USD":
                continue
            m = rx.search(folded)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), code)
        return best[1] if best else None

    def limit_usd(self, country: str, no_experience: bool, unskilled: bool = False, skilled: bool = False) -> float:
        """The monthly pay in USD above which an offer is far above normal: the top of the
        country's `typical` range (its `unskilled` range for work anyone can do, or when
        the ad asks no experience) times the flag factor."""
        spec = self.countries.get(country) or self.countries[self.default_country]
        pay_range = spec.get("unskilled") or spec["typical"] if no_experience or unskilled else spec["typical"]
        top = float(pay_range[1]) * self.rates[spec["currency"]]
        factor = self.no_exp_factor if no_experience else self.flag_factor
        if skilled and not no_experience and not unskilled:
            factor = max(factor, self.skilled_factor)  # round 19 p: years of experience or a trade's licence asked
        if spec.get("flag_factor") is not None:
            factor = min(factor, float(spec["flag_factor"]))
        return top * factor


_STOP_AFTER = re.compile(r"[ \t]*\.\s")  # a full stop right after a number's digits ends its sentence (round 21 b)
_THOUSAND = r"тысяч\w*|тыщ\w*|tysyach\w*|tysyachi|tisyach\w*|[ҳх]азор\w*|[hx]azor\w*|миллион\w*|млн|million\w*|mln"

# hours of work right after a period word ("рӯзе 8 соат", "в день 12 часов"), or days of work
# after a week ("Маош 28 000 лира, ҳафтае 6 рӯз": six working days a week, not weekly pay;
# round 11: a pay-table fact, no cue can say it)
_HOURS_AFTER = re.compile(
    r"\s*(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?|як|yak|ду|du|один|odin|два|dva)\s*(?:соат|час|ч\b|soat|chas|hour|h\b|рӯз|руз|ruz|дн(?:ей|я)\b|dney|dnya)"
)
# round 20 h: a day word that opens "day off" ("рӯзи истироҳат", "ruzi istirohat", "ruzi dam") right after an amount
# names no period of the pay ("maosh 2000 riyol ruzi istirohat ne"); round 30 g: nor "working day" ("ruzi kori 8 soat")
_REST_AFTER = re.compile(r"\s*(?:истироҳат|истирохат|istirohat|istiroxat|дам\b|dam\b|отдых|otdyh|выходн|vyhodn|кор[ӣи]\b|kori\b)", re.I)
# round 17 u: "net", "in hand" between an amount and its period ("250 тысяч на руки в месяц"),
# and right after an amount they say it is pay ("Проживание у клиента, £4 000 в месяц чистыми")
_NET_WORDS = r"(?:на\s+руки|чистыми|чистых|нетто|брутто|netto|brutto|chistymi|chistyh|chistiy|chistyi|na\s+ruki|тоза|toza)"
_NET_BETWEEN = r"(?:[\s.,:]{0,3}(?:" + _NET_WORDS + "|" + CASH_BETWEEN + r")(?!\w))?"  # (round 35 v: cash, payparts)
_PAY_AFTER = re.compile(r"(?:[\s.,:]{0,3}[а-яӣӯҳқғҷa-z/ ]{0,14}?)\s" + _NET_WORDS + r"(?!\w)|\s*" + _NET_WORDS + r"(?!\w)")
# round 17 u: an amount paid in parts ("Берёт 3000$: 1500 наличкой при встрече", "viza 3200$, 1000$ hozir",
# "3000 доллар, нисфаш пешакӣ", "Dengi 4000 dollarov, 1000 seychas"): a price, not pay
_FEE_AFTER = re.compile(
    r"[\s,:;—–(\-]{0,4}(?:\d[\d \u00a0]*\s*\S{0,9}\s*"
    r"(?:сразу|сейчас|ҳозир|hozir|seychas|srazu|наличк|nalichk|вперед|вперёд|vpered|пешакӣ|peshaki)"
    r"|(?:нисф\w*|половин\w*|polovin\w*|nisf\w*)\s+(?:пешакӣ|peshaki|сразу|вперед|вперёд|сейчас|srazu|vpered))"
)
# "from" or "up to" between a period named before an amount and the amount
_UPTO = r"(?:(?:от|до|аз|то|ot|do|az|to|up to|свыше)\s+)?"
# a day of one to four hours ("2–3 соат", "1-2 часа", "2 soat")
_FEW_HOURS = r"(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s*(?:соат|час\w*|soat|chas\w*|hours?|ч(?!\w))"


_HALF_YEAR = r"(?:полгода|полугода|пол\s+года|ним\s+сол\w*|нимсол\w*|nim\s+sol\w*|polgoda|pol\s+goda|polugoda)"
_HALF_YEAR_AFTER = re.compile(r"[\s,]*(?:за|в течение|барои|дар|za|baroi|dar)\s+" + _HALF_YEAR)
_HALF_YEAR_BEFORE = re.compile(r"(?:за|барои|za|baroi)\s+" + _HALF_YEAR + r"[^\d]{0,20}$")
_PHONE = re.compile(r"\+\d[\d \u00a0()\-]{7,}\d")
_SPAN_WORDS = (
    r"(\d{1,3})\s*(?:-?х\s+)?(месяц\w*|мес\b\.?|мо[ҳх]\w*|mesyac\w*|mesyats\w*|moh\b|mokh\b|"
    r"дн(?:ей|я)\b|день|сут\w*|рӯз\w*|руз\w*|dney|dnya|den\b|ruz\w*|"
    r"недел\w*|[ҳх]афта\w*|[hx]afta\w*|nedel\w*)"
)
_SPAN_AFTER = re.compile(r"[\s,]*(?:за|в течение|барои|дар|za|baroi|dar)\s+" + _SPAN_WORDS)
_SPAN_BEFORE = re.compile(r"(?:за|барои|za|baroi)\s+" + _SPAN_WORDS + r"[^\d]{0,20}$")
_SPAN_UNIT = {"month": 1.0, "day": 0.04, "week": 0.23}


def _span_unit(word: str) -> str:
    w = word.lower()
    if w.startswith(("нед", "ҳафт", "хафт", "haft", "xaft", "nedel")):
        return "week"
    if w.startswith(("мес", "моҳ", "мох", "mesya", "moh", "mokh")):
        return "month"
    return "day"


# the end of the sentence before an amount: "!", "?", ";", a new line, or a full stop after
# a digit or a word of four letters or more ("... 120 000 rubl. Baroi litsenziya 7000 rubl"),
# not after "тыс.", "г.", "ул."
_BEFORE_END = re.compile(r"[!?;\n]|(?<=\d)\.\s|(?<=\w{4})\.\s")


def _kind(before: str, kind_re: re.Pattern[str]) -> str:
    """Pay or fee, by whichever kind of word stands closest before the amount in its sentence."""
    ends = list(_BEFORE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    last = None
    for m in kind_re.finditer(before):
        last = m.lastgroup
    return last or "unknown"


@lru_cache(maxsize=1)
def default_table() -> PayTable:
    return PayTable(yaml.safe_load(DATA.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class PayCheck:
    """The result of comparing an ad's pay with normal pay."""

    amounts: tuple[Amount, ...]
    country: str
    limit_usd: float
    top: Amount | None  # the highest pay amount
    top_usd: float
    too_high: bool


def check_pay(
    text: str,
    folded: str | None = None,
    table: PayTable | None = None,
    offered: Callable[[str, int], bool] | None = None,
) -> PayCheck:
    """Parse the pay in ``text`` and say whether it is far above normal for the destination.

    ``offered(text, start)`` says whether the amount at ``start`` is pay the ad
    offers; an amount it rejects (a genuine ad warning "don't believe ads that
    promise 5,000 dollars") is not compared.
    """
    table = table or default_table()
    folded = folded if folded is not None else tokenize(text).folded
    lowered = text.lower()
    country = table.country_of(folded, [])
    abroad = country != table.default_country and not table.countries[country].get("fallback")
    default_cur = table.countries[country]["currency"] if abroad else None
    amounts = table.parse(lowered, default_cur)
    if country == table.default_country:
        country = table.country_of(folded, [a for a in amounts if a.kind in ("pay", "unknown")])
    pay = [a for a in amounts if a.kind in ("pay", "unknown")]
    if default_cur is not None:
        # round 12 (code, not a cue: it compares numbers): an amount with NO stated currency
        # read in the destination's currency, that would be more than ten times the limit
        # there, is not in that currency ("UK" = a Russian managing company with "oklad
        # 75 000"; Czech "34 000-38 000 CZK"): no ad means 75,000 pounds a month. Dropped.
        cap = 10 * table.limit_usd(country, False)
        pay = [a for a in pay if a.currency_stated or a.monthly_usd(table.rates, table.months) <= cap]
    # an amount whose period was not stated and that would be tiny as monthly pay is not pay
    pay = [a for a in pay if a.period_stated or a.monthly_usd(table.rates, table.months) >= 80]
    # round 17 u: pay for a day of one to four hours ("Рӯзе 1–2 соат, ҳафтае то 400$", "Ruzi 2 soat ...
    # ruzi 50-100$") is compared as the pay of a full day of eight hours, as the table's ranges are
    if table.short_day_re is not None:
        sd = table.short_day_re.search(lowered)
        hours = _few_hours(sd.group(0)) if sd is not None else None
        if hours:
            k = 8.0 / hours
            pay = [replace(a, low=a.low * k, high=a.high * k) if a.period_stated and a.period in ("day", "week", "month") else a
                   for a in pay]
    # round 17 u: the first country named is not the destination when the pay is in another named
    # country's own currency ("Репост из группы «... дар Маскав»: ... в Германию на стройку, 2800–3000 евро")
    stated_cur = [a.currency for a in pay if a.currency_stated]
    if stated_cur and table.countries[country]["currency"] not in stated_cur:
        other = table.named_with_currency(folded, stated_cur[0])
        if other is not None:
            country = other
    if offered is not None:
        pay = [a for a in pay if offered(text, a.start)]
    no_exp = table.no_exp_re is not None and table.no_exp_re.search(folded) is not None
    lang_rx = table.language_re.get(country)
    no_exp = no_exp or (lang_rx is not None and lang_rx.search(folded) is not None)
    unskilled = table.unskilled_re is not None and table.unskilled_re.search(folded) is not None
    skilled = table.skilled_re is not None and table.skilled_re.search(folded) is not None
    limit = table.limit_usd(country, no_exp, unskilled, skilled)
    top, top_usd = None, 0.0
    for a in pay:
        usd = a.monthly_usd(table.rates, table.months)
        if usd > top_usd:
            top, top_usd = a, usd
    return PayCheck(tuple(amounts), country, limit, top, top_usd, top is not None and top_usd > limit)
