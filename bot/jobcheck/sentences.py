"""Sentence rules of the job-ad scanner, and how an ad names its employer.

Named concepts (cue lists of ``concepts`` in ``data/jobcheck/scanner.yaml``) are
found once per ad, when a rule first asks for them; a rule of ``rules`` raises its
flag when its concepts meet in one sentence (any order, within N words) and none
of its ``none`` concepts stands there, unless a negation word beside a concept or a
denial in the sentence says the opposite. ``SentenceRules`` is mixed into
``bot.jobcheck.scanner.Scanner``, which holds the compiled data.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from bot.jobcheck.clauses import _BARE_NO, ClauseReach
from bot.jobcheck.cues import Folded
from bot.jobcheck.frame import framed, heading_speaks
from bot.jobcheck.result import FlagHit

# flags a notice may quote from the offers it warns about without making one (``Scanner._quoted``): they never
# make a text an offer rather than a notice (``_is_notice``; round 25 g, for round 24 g's tourist visa; round 29 g: the contact only in a
# messenger of the posts a channel's admin deletes, "e'lonho ki faqat lichka dorand hazf meshavand")
QUOTED_FLAGS = ("unrealistic-pay", "sexual-exploitation-risk", "employer-controls-living", "unverifiable-employer", "tourist-visa",
                "messenger-only-contact")


@dataclass(frozen=True)
class Rule:
    """A flag raised when every concept of ``all`` and none of ``none`` is in one sentence."""

    flag: str
    all: tuple[str, ...]
    none: tuple[str, ...]
    within: int  # 0: anywhere in the sentence; else the concepts stand at most this many words apart
    show: str  # the concept whose words are the evidence
    none_within: int = 0  # 0: a `none` concept anywhere in the sentence cancels; else this many words around
    ad_any: tuple[str, ...] = ()  # round 29 (g): one of these concepts stands anywhere in the ad (empty: no such need)


# amounts found by the pay parser ("sum": not pay); a working day from ... to ...; a word of `shouted`
# (scanner.yaml) written with "!!" or "❗" (round 19 p)
_SPECIAL_CONCEPTS = ("amount", "pay", "sum", "long_day", "shouted")
OFFER_CONCEPTS = ("job", "work")  # concepts that say a text offers work (see _is_offer)
# "but" after a comma, folded ("но", "no", "однако", "лекин", "вале", "аммо"): a denial does not reach across it
_CONTRAST = frozenset({"no", "odnako", "lekin", "vale", "amo"})
LONG_SENTENCE = 24  # words: a longer "sentence" is an ad typed without full stops
DENIAL_REACH = 7  # words around a cue that a denial reaches inside such a long sentence
LONG_DAY_HOURS = 13  # "с 6 до 22", "аз 7 то 21": a working day this long or longer
# round 19 p: a month after the span makes it days of a month ("аз 1 то 15 март", "с 10 до 20 мая"), not hours
_MONTHS = (
    "январ|феврал|март|апрел|мая|май|июн|июл|август|сентябр|октябр|ноябр|декабр"
    "|yanvar|fevral|mart|aprel|maya|may\\b|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr"
)
# "с 6 до 22", "аз соати 7 то 21", "8:00–22:00" (the hours of a working day)
_HOURS_SPAN = re.compile(
    r"(?i)(?:\b(?:с|аз|s|az|from)\s+(?:соати\s+|soati\s+)?)(\d{1,2})(?:[:.]\d\d)?(?:\s*(?:утра|утром|саҳар|сахар|субҳ|subh|sahar|saxar|utra|am|вечер\w*|бегоҳ\w*|vecher\w*|begoh\w*|pm)\b)?\s*(?:до|то|do|to|-|–|—)\s*(\d{1,2})(?:[:.]\d\d)?(?!\d|[.,]\d)"
    # not an amount or an age ("с 50 до 80 тыс.", "с 18 до 35 лет")
    r"(?!\s*(?:тыс|т\.|т\b|k\b|к\b|руб|р\.|₽|\$|€|£|сомон|смн|долл|евро|тенге|злот|%|процент|лет|год|сол|кг|км|ҳазор|hazor|tys|rub|somon|dollar|evro|let\b|god|sol|"
    + _MONTHS
    + "))"
    r"|\b(\d{1,2})[:.]\d\d\s*[-–—]\s*(\d{1,2})[:.]\d\d"
    # round 13c: the hours right after "work" with no "from" ("Kor 6-22", "кор 5 то 21", "работа 7-22")
    r"|\b(?:кор|kor|работа|rabota|смена|smena)\s*:?\s*(\d{1,2})(?:[:.]\d\d)?\s*(?:до|то|do|to|-|–|—)\s*(\d{1,2})(?:[:.]\d\d)?(?!\d|[.,]\d)"
    r"(?!\s*(?:тыс|т\.|т\b|k\b|к\b|руб|р\.|₽|\$|€|£|сомон|смн|долл|евро|тенге|злот|%|процент|лет|год|сол|кг|км|ҳазор|hazor|tys|rub|somon|dollar|evro|let\b|god|sol"
    r"|дн|ден|рӯз|руз|ruz|dn|den|нафар|nafar|чел|chel|смен|smen|мес|моҳ|moh|mox|mes|недел|nedel|ҳафта|hafta|сут|sut|числ|chisl|раз|raz|"
    + _MONTHS
    + "))"
)

# round 19 (p): a word shouted: "!!" or more, "‼" or "❗" right after it, or "❗" / "‼" right before it ("СРОЧНО!!!",
# "❗️Srochno❗️"); a single "!" is how genuine ads write it too ("СРОЧНО! Требуются грузчики ООО ...")
_SHOUT_AFTER = re.compile(r"[ \t]*(?:!{2,}|[‼❗❕])")
_SHOUT_BEFORE = re.compile(r"[‼❗❕]\ufe0f?[ \t]*$")

# "вечера", "ночи", "шаб", "бегоҳ", "pm" after the last hour: it is after noon
_EVENING = re.compile(r"(?i)[\s-]*(?:и\s+|i\s+)?(?:вечер|ночи|шаб|бегоҳ|vecher|nochi|shab|begoh|pm\b|p\.m)")


class _Concepts(dict[str, list[tuple[int, int]]]):
    """Concept name -> [(first token, last token)] of its matches, searched when first asked."""

    def __init__(self, concepts: dict[str, re.Pattern[str] | None], f: Folded) -> None:
        super().__init__()
        self._concepts = concepts
        self._f = f

    def __missing__(self, name: str) -> list[tuple[int, int]]:
        rx = self._concepts.get(name)
        spans = [self._f.match_tokens(m) for m in rx.finditer(self._f.folded)] if rx is not None else []
        self[name] = spans
        return spans


class SentenceRules(ClauseReach):
    """Methods of ``Scanner`` for negation, concepts, sentence rules, offers, notices and names."""

    # set by Scanner.__init__
    concepts: dict[str, re.Pattern[str] | None]
    rules: list[Rule]
    weights: dict[str, tuple[float, bool]]
    spec_by_id: dict[str, Any]
    notice: re.Pattern[str] | None
    notice_void: re.Pattern[str] | None
    soft_negation: re.Pattern[str] | None
    neg_before: re.Pattern[str] | None
    neg_after: re.Pattern[str] | None
    neg_not_before: re.Pattern[str] | None
    neg_prep: re.Pattern[str] | None
    neg_join: re.Pattern[str] | None
    neg_absorb: re.Pattern[str] | None
    neg_absorb_before: re.Pattern[str] | None
    neg_adjacent: re.Pattern[str] | None
    neg_until: re.Pattern[str] | None
    win_before: int
    win_after: int
    org_nouns: re.Pattern[str] | None
    not_names: re.Pattern[str] | None
    official: re.Pattern[str] | None
    denial: re.Pattern[str] | None
    denial_unless: re.Pattern[str] | None
    denial_heading: re.Pattern[str] | None
    denial_verdict: re.Pattern[str] | None
    shouted_words: re.Pattern[str] | None

    def _denied(self, spec: Any, f: Folded, a: int, b: int) -> tuple[int, int] | None:
        raise NotImplementedError  # Scanner's

    def _negation(self, f: Folded, a: int, b: int) -> tuple[int, int] | None:
        """Token range (cue plus the negation word) when the cue at tokens a..b is negated."""
        if self.neg_before:
            for i in range(a - 1, max(-1, a - 1 - self.win_before), -1):
                if f.kinds[i] != "w":
                    break
                if self.neg_before.match(f.words[i]):
                    nxt = i + 1
                    if self.neg_not_before is not None and nxt < a and self.neg_not_before.match(f.words[nxt]):
                        continue
                    if not self._neg_reaches(f, i, a, b):
                        continue
                    return i, b
        if self.neg_after:
            n = len(f.words)
            for i in range(b + 1, min(n, b + 1 + self.win_after)):
                if f.kinds[i] != "w":
                    break
                if self.neg_absorb is not None and self.neg_absorb.match(f.words[i]):
                    break
                if self.neg_after.match(f.words[i]):
                    if self.neg_not_before is not None and i + 1 < n and self.neg_not_before.match(f.words[i + 1]):
                        continue  # "ройгон меравед": a free trip, no denial
                    if not self._neg_reaches(f, i, a, b):
                        continue
                    return a, i
        return None

    def _neg_reaches(self, f: Folded, i: int, a: int, b: int) -> bool:
        """Whether the negation word at token i reaches the cue at tokens a..b: not when a noun of
        ``absorb`` stands right before it ("язык не нужен" before the cue); a word of
        ``adjacent_only`` ("бесплатно") only when it stands right beside the cue or the words
        between are joined to it by "и"/"ва" ("билет и виза бесплатно")."""
        if i < a and i > 0 and self.neg_absorb is not None and f.kinds[i - 1] == "w" and self.neg_absorb.match(f.words[i - 1]):
            return False  # "opyt ne nujen smena 14 chasov": the "not" is the experience's
        own = self.neg_absorb_before
        if i < a and i > 0 and own is not None and f.kinds[i - 1] == "w" and own.match(f.words[i - 1]):
            return False  # "hujjat lozim ne bo viza turisti": the "not" is the need's (round 19 l)
        if i > 0 and f.words[i] == "ne" and self.neg_until is not None and self.neg_until.match(f.words[i - 1]):
            return False  # "удержим, пока не отработаете": "until", no "not" (round 17 n)
        if self.neg_adjacent is None or not self.neg_adjacent.match(f.words[i]):
            return True
        lo, hi = (i + 1, a) if i < a else (b + 1, i)
        gap = range(lo, hi)
        if len(gap) == 0:
            return True
        return self.neg_join is not None and any(self.neg_join.match(f.words[k]) for k in gap)

    def _denial_span(self, f: Folded, a: int, b: int, own_sum: bool = True) -> tuple[int, int] | None:
        """The sentence around tokens a..b when it denies or reassures (any flag)."""
        if self.denial is None:
            return None
        if self._reported(f, a):
            return a, b  # others' words quoted by a notice (round 22 g)
        sa, sb = f.sentence(a, b)
        if self._bare_no(f, sa, sb, b):
            return sa, sb
        end = sb  # the sentence's own end: a verdict after it speaks for all of it, however long (round 16 p)
        if sb - sa > LONG_SENTENCE and not self._denied_list(f, sa, a):
            # an ad typed without full stops is one long "sentence": a denial far away in
            # it speaks of something else ("... rohi roygon baroi digaron puli hujjat 300$")
            sa, sb = max(sa, a - DENIAL_REACH), min(sb, b + DENIAL_REACH)
        # "..., but ..." ("жильё бесплатно, но в город только с бригадиром", "хона ройгон, лекин
        # берун баромадан манъ"): a denial on the other side of the "but" speaks of something else
        for i in range(a - 1, sa, -1):
            if f.kinds[i] == "w" and f.kinds[i - 1] == "," and (f.words[i] in _CONTRAST or self._exception(f, i)):
                sa = i + 1
                break
        for i in range(b + 2, sb + 1):
            if f.kinds[i] == "w" and f.kinds[i - 1] == "," and (f.words[i] in _CONTRAST or self._exception(f, i)):
                sb = end = i - 2
                break
        if sa >= 2 and f.kinds[sa - 1] == ".":
            # a short heading before the sentence speaks for it ("Внимание, мошенники! В
            # соцсетях предлагают места в списке за 1 000 сомони")
            pa, _ = f.sentence(sa - 2, sa - 2)
            if (
                self.denial_heading is not None
                and sum(1 for k in f.kinds[pa : sa - 1] if k == "w") <= 3
                and self.denial_heading.search(f.span_text(pa, sa - 2))
                and heading_speaks(f, sa, sb, self._reported)  # round 35: of a warning, or of others' deed told (a disguise)
            ):
                sa = pa
        core_a, core_b = sa, sb
        if end + 2 < len(f.words) and f.kinds[end + 1] == "." and self.denial_verdict is not None:
            # a short verdict right after speaks for the sentence ("... 2000 евро талаб
            # мекунанд. Ин фиреб аст", "... 500$ za mesto. Eto obman")
            na, nb = f.sentence(end + 2, end + 2)
            if self.denial_verdict.search(f.span_text(na, min(nb, na + 3))):
                sb = nb
        text = f.span_text(sa, sb)
        if self._denies(f, sa, sb, b) and not (self.denial_unless is not None and self.denial_unless.search(text)):
            ca, cb = self._cue_clause(f, a, b, own_sum)
            # the cue's clause says its own thing ("Очереди не надо, надо 2000$ отдать", "Чипта аз
            # ҳисоби ширкат, 300$ пешакӣ медиҳед"): a denial in another clause of the sentence does
            # not reach it; one in the clause itself, a heading or a verdict still does (round 17 n)
            if (
                (ca > core_a or cb < core_b)
                and self._own_clause(f, ca, cb, own_sum)
                and not (self._denies(f, ca, cb) or self._denies(f, sa, core_a - 1) or self._denies(f, core_b + 1, sb))
            ):
                return None
            return sa, sb
        return None

    def _bare_no(self, f: Folded, sa: int, sb: int, b: int) -> bool:
        """A list the sentence ends by a bare "no" after a dash ("Ҷарима, «депозит» ва пул барои гирифтан ба кор — не", "Залог,
        штрафы — нет"), no paper in the list ("квитанция — нет" is the flag) and nothing of ``denial.unless`` (round 22 g)."""
        if not (b < sb - 1 and f.kinds[sb] == "w" and f.words[sb] in _BARE_NO and f.kinds[sb - 1] == ","):
            return False
        if self.denial_paper is not None and any(f.kinds[k] == "w" and self.denial_paper.match(f.words[k]) for k in range(sa, sb)):
            return False
        return not (self.denial_unless is not None and self.denial_unless.search(f.span_text(sa, sb)))

    def _fee_denied(self, f: Folded, start: int) -> bool:
        """Whether the sentence of an amount read as a fee ("бо пардохти 15 000 сомонӣ") warns about or reports others'
        offers, as a fee cue's sentence would (round 21 b)."""
        spec = self.spec_by_id.get("upfront-fee")
        if spec is None or start < 0 or not f.spans:
            return False
        if spec.except_ad is not None and spec.except_ad.search(f.folded):
            return True  # the flag's `except_ad` cancels its amounts too ("С первой зарплаты удерживается депозит 10 000 руб.", round 23 s)
        t = max(0, bisect.bisect_right([a for a, _ in f.spans], start) - 1)
        return self._denied(spec, f, t, t) is not None

    def _soft_negated(self, f: Folded, at: int) -> bool:
        """Whether the sentence at token ``at`` holds any negation word (``denial.soft``)."""
        if self.soft_negation is None or at < 0 or at >= len(f.words):
            return False
        sa, sb = f.sentence(at, at)
        if sb - sa > LONG_SENTENCE:
            sa, sb = max(sa, at - DENIAL_REACH), min(sb, at + DENIAL_REACH)
        return self.soft_negation.search(f.span_text(sa, sb)) is not None

    def _is_offer(self, pos: _Concepts, flags: list[FlagHit]) -> bool:
        """Whether the text offers work at all: a flag, an amount of money, or a word of
        the `offer` concepts ("работа", "кор", "требуются", a trade). A greeting or a
        question pasted by mistake is no ad with a missing employer."""
        return bool(flags) or bool(pos["amount"]) or any(pos[c] for c in OFFER_CONCEPTS if c in self.concepts)

    def _is_notice(self, f: Folded, flags: list[FlagHit]) -> bool:
        """A notice that warns about offers (and asks nothing critical), not an offer of work."""
        warned = self._forbidding_report(f) or framed(f, self._reported).warns  # round 35 (n): or its own words warn (``frame``)
        if self.notice is None or (self.notice.search(f.folded) is None and not warned):
            return False
        if self.notice_void is not None and any(self._void_at(f, m) for m in self.notice_void.finditer(f.folded)):
            return False  # "Осторожно, мошенники! Только у нас честная работа ... Пишите в WhatsApp" (not others' words quoted: round 22 g)
        return not any(h.critical and h.id not in QUOTED_FLAGS for h in flags)

    # -- concepts met in one sentence ---------------------------------------------------------
    def _index(self, f: Folded, pay: Any) -> tuple[list[int], _Concepts]:
        """The sentence of each token, and (found when first asked) the first and last
        token of each match of each concept."""
        sent: list[int] = []
        k = 0
        for kind in f.kinds:
            sent.append(k)
            if kind == ".":
                k += 1
        pos = _Concepts(self.concepts, f)
        if pay is not None and f.spans:
            starts = [a for a, _ in f.spans]
            # an amount right after a trade is its pay ("Комплектовщики, 95 000 руб")
            trade_ends = {b for _, b in pos["work"]} if pay.amounts and "work" in self.concepts else set()
            # round 29 (s): not the trade a fee is of ("«страховка курьера» — 5000 ₽": the courier's insurance, not his pay)
            if trade_ends and "fee_object" in self.concepts:
                trade_ends -= {b for a0, b in pos["work"] if any(a0 - 2 <= e < a0 for _, e in pos["fee_object"])}
            for a in pay.amounts:
                if a.start < 0:
                    continue
                t = min(len(starts) - 1, max(0, bisect.bisect_right(starts, a.start) - 1))
                if f.kinds[t] != "w" and t + 1 < len(starts):
                    t += 1
                pos.setdefault("amount", []).append((t, t))
                prev = t - 1
                while prev >= 0 and f.kinds[prev] not in ("w", "."):
                    prev -= 1
                if a.kind == "pay" or a.period_stated or (a.kind != "fee" and prev in trade_ends):
                    pos.setdefault("pay", []).append((t, t))
                else:
                    pos.setdefault("sum", []).append((t, t))
        for name in _SPECIAL_CONCEPTS:
            pos.setdefault(name, [])
        self._bare_sums(f, pos)
        if f.spans:
            starts = [a for a, _ in f.spans]
            for m in _HOURS_SPAN.finditer(f.text):
                g = next(i for i in (1, 3, 5) if m.group(i))
                h1, h2 = int(m.group(g)), int(m.group(g + 1))
                if h2 < 12 and _EVENING.match(f.text, m.end()):
                    h2 += 12  # "с 5 утра до 11 вечера", "то 10-и шаб"
                if h1 < 12 and _EVENING.match(f.text, m.end(g)):
                    h1 += 12  # round 34 s: a night from the evening ("с 8 вечера до 10 утра")
                if h1 <= 24 and h2 <= 24 and (h2 - h1) % 24 >= LONG_DAY_HOURS:
                    t = max(0, bisect.bisect_right(starts, m.start(g)) - 1)
                    pos["long_day"].append((t, t))
        if self.shouted_words is not None:
            for m in self.shouted_words.finditer(f.folded):
                a, b = f.match_tokens(m)
                s0, e0 = f.spans[a][0], f.spans[b][1]
                if _SHOUT_AFTER.match(f.text, e0) or _SHOUT_BEFORE.search(f.text[max(0, s0 - 4) : s0]):
                    pos["shouted"].append((a, b))
        return sent, pos

    def _rule_negated(self, f: Folded, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        """A negation word just before or after one of the matched concepts (not inside another)."""
        inside = {t for a, b in spans for t in range(a, b + 1)}
        n = len(f.words)
        for a, b in spans:
            if self.neg_before is not None:
                for i in range(a - 1, max(-1, a - 1 - self.win_before), -1):
                    if f.kinds[i] != "w":
                        break
                    if i in inside:
                        continue
                    # "без", "бе": a preposition negates the word right after it, or a list
                    # joined by "и"/"ва" ("без задержек и удержаний"), not the next phrase
                    # ("bez imtihon baroi navbat 600 dollar")
                    joined = i == a - 1 or (self.neg_join is not None and self.neg_join.match(f.words[a - 1]))
                    if self.neg_prep is not None and self.neg_prep.match(f.words[i]) and not joined:
                        continue
                    if self.neg_before.match(f.words[i]):
                        nxt = i + 1
                        if self.neg_not_before is not None and nxt < n and self.neg_not_before.match(f.words[nxt]):
                            continue
                        if not self._neg_reaches(f, i, a, b):
                            continue
                        return i, b
            if self.neg_after is not None:
                for i in range(b + 1, min(n, b + 1 + self.win_after)):
                    if f.kinds[i] != "w":
                        break
                    if i in inside:
                        continue
                    if self.neg_absorb is not None and self.neg_absorb.match(f.words[i]):
                        break  # "700$ kvitansiya nest": the "not" is the receipt's
                    if self.neg_after.match(f.words[i]):
                        if self.neg_not_before is not None and i + 1 < n and self.neg_not_before.match(f.words[i + 1]):
                            continue  # "xudat roygon meravi": a free trip, no denial
                        if not self._neg_reaches(f, i, a, b):
                            continue
                        return a, i
        return None

    def _rules(self, f: Folded, pay: Any, flags: list[FlagHit], good: list[tuple[str, str]]) -> list[FlagHit]:
        """Flags raised by concepts met in one sentence (``rules`` in scanner.yaml)."""
        if not self.rules or not f.words:
            return []
        have = {h.id for h in flags}
        sent, pos = self._index(f, pay)
        out: list[FlagHit] = []
        s_start: dict[int, int] = {}
        s_end: dict[int, int] = {}
        for t, k in enumerate(sent):
            s_start.setdefault(k, t)
            s_end[k] = t
        keys: dict[str, list[int]] = {}

        def starts_of(c: str) -> list[int]:
            if c not in keys:
                pos[c].sort()
                keys[c] = [m[0] for m in pos[c]]
            return keys[c]

        def window(c: str, lo: int, hi: int) -> tuple[int, int]:
            ks = starts_of(c)
            return bisect.bisect_left(ks, lo), bisect.bisect_right(ks, hi)

        for rule in self.rules:
            if rule.flag in have or rule.flag not in self.weights or not all(pos[c] for c in rule.all):
                continue
            if rule.ad_any and not any(pos[c] for c in rule.ad_any):
                continue
            for first in pos[rule.all[0]]:
                t0 = first[0]
                s_id = sent[t0]
                lo, hi = s_start[s_id], s_end[s_id]
                if rule.within:
                    lo, hi = max(lo, t0 - rule.within), min(hi, t0 + rule.within)
                near = [first]
                for c in rule.all[1:]:
                    i, j = window(c, lo, hi)
                    if i == j:
                        break
                    ks = starts_of(c)
                    k = bisect.bisect_left(ks, t0, i, j)
                    best = min((x for x in (k - 1, k) if i <= x < j), key=lambda x: abs(ks[x] - t0))
                    near.append(pos[c][best])
                else:
                    a, b = min(m[0] for m in near), max(m[1] for m in near)
                    nlo, nhi = s_start[s_id], s_end[s_id]
                    if rule.none_within:
                        nlo, nhi = max(nlo, a - rule.none_within), min(nhi, b + rule.none_within)
                    if any(pos[c] and window(c, nlo, nhi)[0] < window(c, nlo, nhi)[1] for c in rule.none):
                        continue
                    spec = self.spec_by_id.get(rule.flag)
                    denied = self._rule_negated(f, near)
                    if denied is not None and self._of_paper(f, *denied):
                        denied = None  # "naqd dar dast, hech qogaz": no paper is the flag itself (round 17 n)
                    if denied is None and spec is not None:
                        # others' words where the rule's first concept is quoted ("нам прислали: «паспорт сдаёте ...»", round 30)
                        head = near[0][0] if self._reported(f, near[0][0]) else a
                        denied = self._denied(spec, f, head, b)
                    if denied is not None and self._stands(f, near, spec):
                        denied = None
                    if denied is not None:
                        da, db = min(denied[0], a), max(denied[1], b)
                        good.append((rule.flag, f.evidence(f.starts[da], f.starts[db] + len(f.words[db]))))
                        continue
                    if b - a < 3:
                        b = min(f.sentence(a, b)[1], a + 4)
                    w, crit = self.weights[rule.flag]
                    out.append(FlagHit(rule.flag, f.evidence(f.starts[a], f.starts[b] + len(f.words[b])), w, crit, a))
                    have.add(rule.flag)
                    break
        return out

    def _named(self, text: str, f: Folded) -> str | None:
        """ "name" when the ad names an employer by a capitalised name after a word such as
        "склад", "kafe", "ширкати" ("Kafe Samarkand", "Fabrikai duzandagii Gulnoz-Tekstil");
        "official" when it names only a state body; else None."""
        if self.org_nouns is not None:
            n = len(f.words)
            for i, w in enumerate(f.words):
                if f.kinds[i] != "w" or not self.org_nouns.match(w):
                    continue
                org_caps = text[f.spans[i][0] : f.spans[i][1]].isupper()
                for j in range(i + 1, min(n, i + 4)):
                    if f.kinds[j] != "w":
                        break
                    tok = text[f.spans[j][0] : f.spans[j][1]]
                    if tok[:1].isdigit() or "?" in text[f.spans[j - 1][1] : f.spans[j][0]]:
                        break  # a number; or the answer to a question ("Что за отель? — Большой")
                    if tok[:1].isupper():
                        if org_caps and tok.isupper():
                            break  # an ad in capitals: a capital says nothing
                        if self.not_names is not None and self.not_names.match(f.words[j]):
                            if j + 1 < n and f.kinds[j + 1] == "w" and text[f.spans[j][1] : f.spans[j + 1][0]] == " ":
                                nxt = text[f.spans[j + 1][0] : f.spans[j + 1][1]]
                                # a place that opens a name ("firmai Primer... London Agro"): a capitalised
                                # word after it that is no place (round 18 e); not "Moskva Sity"-like places
                                if nxt[:1].isupper() and not nxt.isupper() and not self.not_names.match(f.words[j + 1]):
                                    return "name"
                            break
                        return "name"
                    if self.not_names is not None and self.not_names.match(f.words[j]):
                        break
        # a name of two capitalised parts joined by a hyphen ("Namuna-Savdo", "Kirpich-Ural"),
        # not a place ("Санкт-Петербург") and not an ad in capitals ("EPS-TOPIK")
        for i in range(len(f.words) - 1):
            if f.kinds[i] != "w" or f.kinds[i + 1] != "w":
                continue
            (a0, a1), (b0, b1) = f.spans[i], f.spans[i + 1]
            if text[a1:b0] != "-":
                continue
            left, right = text[a0:a1], text[b0:b1]
            if not (left[:1].isupper() and right[:1].isupper()) or (left.isupper() and right.isupper()):
                continue
            if left[:1].isdigit() or right[:1].isdigit():
                continue
            if self.not_names is not None:
                pl, pr = self.not_names.match(f.words[i]), self.not_names.match(f.words[i + 1])
                # a place of two parts ("Санкт-Петербург") or a place and an acronym ("EPS-Корея"); a
                # place and a word may be a name ("Don-Agro", "Ural-Stroy")
                if (pl and pr) or (pl and right.isupper()) or (pr and left.isupper()):
                    continue
            return "name"
        if self.official is not None and self.official.search(f.folded):
            return "official"
        return None
