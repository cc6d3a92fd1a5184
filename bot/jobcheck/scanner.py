"""The job-ad scanner: red flags in a pasted, forwarded or texted job ad.

``scan(text, lang)`` returns the risk level, each flag with the ad's own words
that raised it, good signs the ad states, and what a genuine offer would have
but this one lacks. All language knowledge is data (``data/jobcheck/``); this
module only compiles it once and applies it. The cues of both languages are
used on every ad because ads mix them ("Виза ба Корея, предоплата 500$");
``lang`` only chooses the language of the explanation. Sentence rules over
named concepts and the reading of employer names live in
``bot.jobcheck.sentences``; the result classes in ``bot.jobcheck.result``.

Nothing here logs ad text: ads can name the person who forwarded them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.jobcheck import model
from bot.jobcheck.cues import Folded, compile_cues, compile_words, span_at, tokenize
from bot.jobcheck.frame import only_us
from bot.jobcheck.result import FlagHit, ScanResult
from bot.jobcheck.reward import reward_free
from bot.jobcheck.salary import PayTable, check_pay, default_table
from bot.jobcheck.sentences import _SPECIAL_CONCEPTS, DENIAL_REACH, LONG_SENTENCE, QUOTED_FLAGS, Rule, SentenceRules
from bot.jobcheck.unmask import unmask

ROOT = Path(__file__).resolve().parent.parent.parent
DATA_DIR = ROOT / "data" / "jobcheck"
TAXONOMY = ROOT / "data" / "taxonomy.yaml"
MAX_CHARS = 20000  # longer text is cut: no ad is longer, and the scan stays fast
MISSING_ORDER = ("employer-name", "employer-address", "licence-number", "written-contract")


@dataclass
class FlagSpec:
    """The compiled cues of one flag (both languages merged)."""

    id: str
    weight: float
    critical: bool
    cues: re.Pattern[str] | None = None
    strict: re.Pattern[str] | None = None  # cues marked "!": the except list does not apply
    strict_except: re.Pattern[str] | None = None  # ... but this one does ("залог" of a first wage kept)
    affirmed: re.Pattern[str] | None = None  # cues marked "=": they hold their own "not" ("квитанции не выдаются")
    except_: re.Pattern[str] | None = None
    good: re.Pattern[str] | None = None
    with_: re.Pattern[str] | None = None
    except_ad: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Derived:
    """A flag raised by what an ad lacks (``derived`` in scanner.yaml)."""

    flag: str
    missing: tuple[str, ...]  # items that must all be missing
    any_flag: frozenset[str]  # one of these flags found ...
    any_cue: re.Pattern[str] | None  # ... or one of these cues in the ad (neither given: always)
    lacks: tuple[str, ...] = ()  # concepts that must be absent from the whole ad
    offer: bool = False  # only when the ad offers work (not a notice that warns about offers)
    no_phone: bool = False  # only when the ad gives no phone number
    any_concept: tuple[str, ...] = ()  # like any_cue: one of these concepts (``concepts``) in the ad


def _merge(docs: list[dict[str, Any]], flag: str, key: str) -> list[str]:
    out: list[str] = []
    for d in docs:
        out.extend(((d.get("flags") or {}).get(flag) or {}).get(key) or [])
    return out


class Scanner(SentenceRules):
    """Compiled scanner data. Build once (``default_scanner``); ``scan`` is then pure and fast."""

    def __init__(self, data_dir: Path = DATA_DIR, taxonomy: Path = TAXONOMY, pay: PayTable | None = None) -> None:
        settings = yaml.safe_load((data_dir / "scanner.yaml").read_text(encoding="utf-8"))
        tax = yaml.safe_load(taxonomy.read_text(encoding="utf-8"))["red_flags"]
        docs = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((data_dir / "patterns").glob("*.yaml"))]
        risk = settings["risk"]
        self.model: Any = False  # False: the shipped learned layer; None: the rules alone; or a model.Model
        self.critical_weight = float(risk["critical"])
        self.high_at = float(risk["high_at"])
        self.medium_at = float(risk["medium_at"])
        self.missing_weight = float(risk["missing_weight"])
        self.at_least_medium = frozenset(risk.get("at_least_medium") or ())
        self.weights: dict[str, tuple[float, bool]] = {}
        for fid, spec in tax.items():
            w = spec["weight"]
            self.weights[fid] = (self.critical_weight, True) if w == "critical" else (float(w), False)
        self.scan_ids = [fid for fid, spec in tax.items() if spec.get("scan")]
        self.specs: list[FlagSpec] = []
        for fid in self.scan_ids:
            w, crit = self.weights[fid]
            self.specs.append(
                FlagSpec(
                    fid, w, crit,
                    cues=compile_cues([c for c in _merge(docs, fid, "cues") if not c.startswith(("!", "="))]),
                    affirmed=compile_cues([c[1:] for c in _merge(docs, fid, "cues") if c.startswith("=")]),
                    strict=compile_cues([c[1:] for c in _merge(docs, fid, "cues") if c.startswith("!")]),
                    strict_except=compile_cues(_merge(docs, fid, "except_strict")),
                    except_=compile_cues(_merge(docs, fid, "except")),
                    good=compile_cues(_merge(docs, fid, "good")),
                    with_=compile_cues(_merge(docs, fid, "with")),
                    except_ad=compile_cues(_merge(docs, fid, "except_ad")),
                )
            )
        self.spec_by_id = {sp.id: sp for sp in self.specs}
        denial = settings.get("denial") or {}
        self.denial_flags = frozenset(denial.get("flags") or ())
        self.denial = compile_cues(list(denial.get("cues") or []))
        self.denial_unless = compile_cues(list(denial.get("unless") or []))
        self.denial_heading = compile_cues(list(denial.get("heading") or []))
        self.denial_verdict = compile_cues(list(denial.get("verdict") or []))
        self.denial_own = compile_cues(list(denial.get("own_clause") or []))
        self.denial_self = compile_cues(list(denial.get("own_clause_self") or []))
        self.own_clause_any = frozenset(denial.get("own_clause_any") or ())
        self.denial_paper = compile_words(list(denial.get("paper") or []))
        self.denial_forward = compile_words(list(denial.get("forward") or []))
        bs = settings.get("bare_sum") or {}
        self.bare_sum = bs and {**bs, "not_after": compile_words(bs["not_after"]), "years": range(*bs["years"])}
        self.soft_negation = compile_cues(list(denial.get("soft") or []))
        cw = denial.get("contradicted_weight")
        self.contradicted_weight = float(cw) if cw is not None else None
        neg = settings["negation"]
        self.win_before = int(neg["window_before"])
        self.win_after = int(neg["window_after"])
        self.neg_before = compile_words([w for ws in neg["before"].values() for w in ws])
        self.neg_after = compile_words([w for ws in neg["after"].values() for w in ws])
        # "без разрешения", "бе иҷозат": the word after makes "без"/"бе" no negation of the cue
        self.neg_not_before = compile_words(list(neg.get("not_before") or []))
        self.neg_until = compile_words(list(neg.get("until") or []))
        self.neg_prep = compile_words(list(neg.get("prepositions") or []))
        self.neg_join = compile_words(list(neg.get("join") or []))
        # a noun between a cue and a "not" after it takes the "not" ("700$ квитанция нет")
        self.neg_absorb = compile_words(list(neg.get("absorb") or []))
        # ... and these only before a cue ("hujjat lozim ne bo viza turisti": the "not" is the need's) (round 19 l)
        self.neg_absorb_before = compile_words(list(neg.get("absorb_before") or []))
        # "free" negates only the word beside it or a list joined to it ("jile besplatno pasport sdaete": the
        # bed is free, the passport is still handed over; "оформление и билет бесплатно": both are free)
        self.neg_adjacent = compile_words(list(neg.get("adjacent_only") or []))
        self.missing_regex: dict[str, list[tuple[re.Pattern[str], bool]]] = {}  # (regex, on the original case)
        self.missing_cues: dict[str, re.Pattern[str] | None] = {}
        self.missing_withheld: dict[str, re.Pattern[str] | None] = {}  # "скинем адрес после оплаты"
        for item, spec in settings["missing"].items():
            self.missing_regex[item] = [_missing_regex(r) for r in spec.get("regex") or []]
            self.missing_cues[item] = compile_cues(list(spec.get("cues") or []))
            self.missing_withheld[item] = compile_cues(list(spec.get("withheld") or []))
        # (flag, items that must all be missing, flags of which one suffices, cues of which one suffices)
        self.derived: list[Derived] = [
            Derived(
                str(d["flag"]),
                tuple(d.get("missing") or ()),
                frozenset(d.get("any_flag") or ()),
                compile_cues(list(d.get("any_cue") or [])),
                tuple(d.get("lacks") or ()),
                bool(d.get("offer")),
                bool(d.get("no_phone")),
                tuple(d.get("any_concept") or ()),
            )
            for d in settings.get("derived") or []
        ]
        # concepts: named cue lists; rules: flags raised by concepts met in one sentence (validated below)
        self.concepts: dict[str, re.Pattern[str] | None] = {
            str(k): compile_cues([str(c) for c in v]) for k, v in (settings.get("concepts") or {}).items()
        }
        self.rules: list[Rule] = []
        for r in settings.get("rules") or []:
            for name in [*r["all"], *(r.get("none") or []), *(r.get("ad_any") or []), *([r["show"]] if r.get("show") else [])]:
                if name not in self.concepts and name not in _SPECIAL_CONCEPTS:
                    raise ValueError(f"scanner.yaml rule for {r['flag']}: unknown concept {name!r}")
            self.rules.append(
                Rule(
                    str(r["flag"]), tuple(r["all"]), tuple(r.get("none") or ()), int(r.get("within") or 0),
                    str(r.get("show") or r["all"][0]), int(r.get("none_within", r.get("within")) or 0), tuple(r.get("ad_any") or ()),
                )
            )
        for d in self.derived:
            for name in d.lacks + d.any_concept:
                if name not in self.concepts:
                    raise ValueError(f"scanner.yaml derived {d.flag}: unknown concept {name!r}")
        emp = settings.get("employer") or {}
        self.org_nouns = compile_words(list(emp.get("org_nouns") or []))
        self.not_names = compile_words(list(emp.get("not_names") or []))
        self.official = compile_cues(list(emp.get("official") or []))
        self.notice = compile_cues(list(settings.get("notice") or []))
        self.notice_void = compile_cues(list(settings.get("notice_void") or []))
        self.handle_re = re.compile(settings["contact"]["handle"], re.IGNORECASE)
        self.phone_re = re.compile(settings["contact"]["phone"])
        self.amount_range_re = re.compile(settings["contact"]["amount_range"])
        self.pay = pay or default_table()
        self.pay_warning = compile_cues(list(settings.get("pay_warning") or []))
        # words that say "urgent" only when shouted ("СРОЧНО!!!"; special concept `shouted` of the rules)
        self.shouted_words = compile_cues(list(settings.get("shouted") or []))

    def has_phone(self, text: str) -> bool:
        """Whether the ad gives a phone number: a long run of digits that is not a range of
        sums in thousands ("400 000 - 500 000", which the phone pattern alone takes for one)."""
        return any(not self.amount_range_re.fullmatch(m.group(0).strip()) for m in self.phone_re.finditer(text))

    # -- one flag ----------------------------------------------------------------------
    def _denied(self, spec: FlagSpec, f: Folded, a: int, b: int) -> tuple[int, int] | None:
        """The sentence around tokens a..b when it denies or reassures (``denial`` in scanner.yaml)."""
        if self._reported(f, a):
            return a, b  # others' words quoted by a notice deny every flag, not only a fee's (round 26 g)
        if self.denial is None or spec.id not in self.denial_flags:
            return None
        return s if (s := self._denial_span(f, a, b, spec.id not in self.own_clause_any)) is None or not only_us(spec, f, s, self) else None

    def _flag(self, spec: FlagSpec, f: Folded, good: list[tuple[str, str]]) -> FlagHit | None:
        hit: FlagHit | None = None
        for rx in (spec.affirmed, spec.strict, spec.cues):
            if rx is None or hit is not None:
                continue
            for m in rx.finditer(f.folded):
                a, b = f.match_tokens(m)
                negated = self._affirmed_denied(f, a, b) if rx is spec.affirmed else self._negation(f, a, b) or self._denied(spec, f, a, b)
                if negated is not None:
                    na, nb = negated
                    good.append((spec.id, f.evidence(f.starts[na], f.starts[nb] + len(f.words[nb]))))
                    continue
                digits = [f.spans[k][0] for k in range(a, b + 1) if f.kinds[k] == "w" and f.words[k].isdigit()]
                if digits and spec.id != "messenger-only-contact" and all(self._in_plus_phone(f, d) for d in digits):
                    continue  # "Намояндаи корхона: +992 900 00 41 41", "Запись только по телефону +7 900": no amount or count (r15p, r23g)
                exc = spec.except_ if rx is spec.cues else spec.strict_except if rx is spec.strict else None
                if exc is not None:
                    ca, cb = self._dash_head(f, *f.clause(a, b))
                    if cb - ca > LONG_SENTENCE:  # an ad typed without commas: only the words near the cue
                        ca, cb = max(ca, a - DENIAL_REACH), min(cb, b + DENIAL_REACH)
                    if exc.search(f.span_text(ca, cb)) or self._cleared(spec.id, f, a, b):
                        continue
                end = m.end()
                if end - m.start() < 20:  # a lone word ("предоплата"): show the words after it too
                    _, cb = f.clause(a, b)
                    last = min(cb, b + 3)
                    end = max(end, f.starts[last] + len(f.words[last]))
                hit = FlagHit(spec.id, f.evidence(m.start() + 1, end), spec.weight, spec.critical, a)
                break
        if hit is not None:
            if spec.with_ is not None:
                # a supporting word that is denied ("пул намегирем") supports nothing
                w = next((x for x in spec.with_.finditer(f.folded) if self._supports(f, *f.match_tokens(x))), None)
                if w is None:
                    return None
                extra = f.evidence(w.start() + 1, w.end())
                if extra not in hit.evidence:
                    hit = FlagHit(spec.id, f"{hit.evidence} … {extra}", spec.weight, spec.critical, hit.at)
            if spec.except_ad is not None and spec.except_ad.search(f.folded):
                return None
        elif spec.good is not None:
            g = spec.good.search(f.folded)
            if g:
                good.append((spec.id, f.evidence(g.start() + 1, g.end())))
        return hit

    def _in_plus_phone(self, f: Folded, pos: int) -> bool:
        """Whether offset ``pos`` of the ad lies in a phone number (``contact.phone``) written with its "+"."""
        span = span_at(self._phones(f), pos)
        return span is not None and f.text[span[0]] == "+"

    def _supports(self, f: Folded, a: int, b: int) -> bool:
        """A supporting word that is denied ("пул намегирем", "ҳақ надорад аз шумо пул гирад") supports nothing."""
        return self._negation(f, a, b) is None and self._denial_span(f, a, b) is None

    def _offered_in(self, text: str, f: Folded) -> Callable[[str, int], bool]:
        """For each amount's start: False when its sentence warns about such offers (``pay_warning``).

        Sentence ends are found once per ad and each sentence's folded words are taken
        from the ad's tokens (no second folding), so a long hostile text full of
        amounts costs linear time.
        """
        assert self.pay_warning is not None
        ends = sorted({m.start() for m in _SENTENCE_END.finditer(text)} | {i for i, c in enumerate(text) if c in "!?;\n"})
        seen: dict[int, bool] = {}
        starts = [a for a, _ in f.spans]

        def offered(_text: str, start: int) -> bool:
            k = bisect.bisect_left(ends, start)
            if k not in seen:
                a = ends[k - 1] + 1 if k > 0 else 0
                b = ends[k] if k < len(ends) else len(text)
                ta, tb = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b) - 1
                words = [w for w, kind in zip(f.words[ta : tb + 1], f.kinds[ta : tb + 1], strict=True) if kind != "."]
                seen[k] = self.pay_warning.search(" " + " ".join(words) + " ") is None  # type: ignore[union-attr]
            return seen[k]

        return offered

    # -- the whole ad --------------------------------------------------------------------
    def scan(self, text: str, lang: str = "ru") -> ScanResult:
        """The rules' result, judged by the learned layer when one is shipped (``bot.jobcheck.model``)."""
        text = unmask((text or "")[:MAX_CHARS])
        result = self._scan_rules(text, lang)
        m = self.model if self.model is not False else model.shipped()
        return model.apply(self, result, text, m) if m is not None else result

    def scan_rules(self, text: str, lang: str = "ru") -> ScanResult:
        """The rules alone, on the text as a person reads it (``unmask``)."""
        return self._scan_rules(unmask((text or "")[:MAX_CHARS]), lang)

    def _scan_rules(self, text: str, lang: str) -> ScanResult:
        f = tokenize(text)
        flags: list[FlagHit] = []
        good: list[tuple[str, str]] = []
        for spec in self.specs:
            if spec.id in ("unrealistic-pay", "messenger-only-contact"):
                continue  # computed below together with their cues
            hit = self._flag(spec, f, good)
            if hit:
                flags.append(hit)
        pay = check_pay(text, f.folded, self.pay, self._offered_in(text, f) if self.pay_warning is not None else None)
        by_id = {s.id: s for s in self.specs}
        if "upfront-fee" in by_id and "upfront-fee" not in {h.id for h in flags}:
            # an amount of money right after a fee word ("услуги 600$") is a fee too
            fee = next((a for a in pay.amounts if a.kind == "fee" and not self._fee_denied(f, a.start)), None)
            if fee is not None and not any(g[0] == "upfront-fee" and not reward_free(f, g[1], flags) for g in good):
                spec = by_id["upfront-fee"]
                flags.append(FlagHit(spec.id, fee.evidence, spec.weight, spec.critical))
                good[:] = [g for g in good if g[0] != spec.id]
        if "unrealistic-pay" in by_id:
            spec = by_id["unrealistic-pay"]
            if pay.too_high and pay.top is not None:
                flags.append(FlagHit(spec.id, pay.top.evidence, spec.weight, spec.critical))
            else:
                hit = self._flag(spec, f, good)
                if hit:
                    flags.append(hit)
        flags.extend(self._rules(f, pay, flags, good))
        # a notice quotes the shortcuts of the offers it warns about («экзамен без очереди», «бе навбат ба оргнабор»): a notice
        # that asks nothing else critical offers no channel (round 9)
        flags = self._quoted(f, flags, "unofficial-channel")
        missing = self._missing(text, f, flags)
        if "messenger-only-contact" in by_id:
            spec = by_id["messenger-only-contact"]
            hit = self._flag(spec, f, good)
            if hit is None:
                handle = self.handle_re.search(text)
                if handle and "employer-address" in missing and not self.has_phone(text):
                    hit = FlagHit(spec.id, handle.group(0), spec.weight, spec.critical)
            if hit:
                flags.append(hit)
        flags.extend(self._derived(f, flags, missing, pay))
        # a notice quotes the pay, work («хостес» ... эҳтиёт бошед) and rules of the offers it warns
        # about («работа в Европе за 3 000 евро без языка» ... Это обман): not an offer's
        for flag in QUOTED_FLAGS:
            flags = self._quoted(f, flags, flag)
        if self.contradicted_weight is not None:
            # The ad also denies what the flag says ("без предоплаты" and "виза 300$"):
            # the flag stays, with its evidence, but no longer makes the ad high risk
            # on its own. Genuine ads that list what they do not take are read wrong
            # far more often than scams say both.
            denied = {gid for gid, _ in good}
            # An ad that can be checked (a named employer with an address or a licence)
            # gets the benefit of the doubt when the very sentence of a flag holds a "not"
            # the cues did not read ("Ягон пул ва ягон ҳуҷҷати иловагӣ лозим нест").
            checkable = "employer-name" not in missing and ("employer-address" not in missing or "licence-number" not in missing)
            flags = [
                FlagHit(h.id, h.evidence, min(h.weight, self.contradicted_weight), False, h.at)
                if h.id in self.denial_flags and (h.id in denied or (checkable and h.critical and self._soft_negated(f, h.at)))
                else h
                for h in flags
            ]
        flagged = {h.id for h in flags}
        good = [(gid, ev) for gid, ev in good if gid not in flagged]
        seen: set[str] = set()
        good = [g for g in good if not (g[0] in seen or seen.add(g[0]))]  # type: ignore[func-returns-value]
        order = {fid: i for i, fid in enumerate(self.scan_ids)}
        flags.sort(key=lambda h: (not h.critical, -h.weight, order.get(h.id, 99)))
        score = sum(h.weight for h in flags) + self.missing_weight * len(missing)
        level = self.level(score, any(h.critical for h in flags))
        if level == "low" and flagged & self.at_least_medium:
            level = "medium"
        return ScanResult(level, flags, missing, good, score, lang, pay)

    def level(self, score: float, critical: bool) -> str:
        if critical or score >= self.high_at:
            return "high"
        if score >= self.medium_at:
            return "medium"
        return "low"

    def _derived(self, f: Folded, flags: list[FlagHit], missing: list[str], pay: Any = None) -> list[FlagHit]:
        """Flags raised by what the ad lacks (``derived`` in scanner.yaml)."""
        out: list[FlagHit] = []
        have = {h.id for h in flags}
        notice: bool | None = None
        index = None
        for d in self.derived:
            if d.flag in have or d.flag not in self.weights or not all(m in missing for m in d.missing):
                continue
            if d.no_phone and self.has_phone(f.text):
                continue
            if d.lacks:
                if index is None:
                    index = self._index(f, pay)
                if any(index[1][c] for c in d.lacks):
                    continue
            if d.offer:
                if notice is None:
                    if index is None:
                        index = self._index(f, pay)
                    notice = self._is_notice(f, flags + out) or not self._is_offer(index[1], flags + out)
                if notice:
                    continue
            evidence = None
            if d.any_cue is not None:
                m = d.any_cue.search(f.folded)
                if m is not None:
                    evidence = f.evidence(m.start() + 1, m.end())
            for c in d.any_concept:
                rx = self.concepts.get(c)
                m = rx.search(f.folded) if rx is not None and evidence is None else None
                if m is not None:
                    evidence = f.evidence(m.start() + 1, m.end())
            if evidence is None and d.any_flag:
                by = next((h for h in flags if h.id in d.any_flag), None)
                if by is not None:
                    evidence = by.evidence
            if evidence is None:
                if d.any_cue is not None or d.any_flag or d.any_concept:
                    continue
                evidence = _opening(f)
            w, crit = self.weights[d.flag]
            out.append(FlagHit(d.flag, evidence, w, crit))
            have.add(d.flag)
        return out

    def _missing(self, text: str, f: Folded, flags: list[FlagHit]) -> list[str]:
        ids = {h.id for h in flags}
        low = text.lower()
        out = []
        for item in MISSING_ORDER:
            if item not in self.missing_regex:
                continue
            present = any(rx.search(text if cased else low) for rx, cased in self.missing_regex[item])
            if item == "employer-name" and not present:
                named = self._named(text, f)
                # a state body named by an ad that asks money is no employer ("Министерство
                # труда набирает ... оплатите 700 сомони")
                # ... nor one the ad offers a way around ("бе Вазорати меҳнат ба Корея", round 20 e)
                present = named == "name" or (
                    named == "official" and not any(h.id in ("upfront-fee", "unofficial-channel") for h in flags)
                )
            cues = self.missing_cues.get(item)
            if not present and cues is not None:
                present = cues.search(f.folded) is not None
            withheld = self.missing_withheld.get(item)
            if present and withheld is not None and withheld.search(f.folded):
                present = False  # promised later ("адрес скажем по телефону", "баъд суроға мефиристем")
            if item == "written-contract" and "no-written-contract" in ids:
                present = False
            if item in ("employer-name", "employer-address") and "unverifiable-employer" in ids:
                present = present and item == "employer-address"
            if not present:
                out.append(item)
        return out


def _opening(f: Folded, limit: int = 60) -> str:
    """The ad's first words (the evidence of a flag raised by what the ad lacks)."""
    first = next((i for i, k in enumerate(f.kinds) if k == "w"), None)
    if first is None:
        return ""
    _, last = f.sentence(first, first)
    return f.evidence(f.starts[first], f.starts[last] + len(f.words[last]), limit)


def _missing_regex(spec: Any) -> tuple[re.Pattern[str], bool]:
    """A regex of scanner.yaml ``missing``: a string is case-insensitive, {regex, case: true} is not.

    Case-insensitive ones are lower-cased and run on the lower-cased ad (re.IGNORECASE
    on Cyrillic is several times slower), so they must not use upper-case escapes.
    """
    if isinstance(spec, dict):
        return re.compile(str(spec["regex"])), bool(spec.get("case"))
    if re.search(r"\\[DWSBAZ]", spec):
        raise ValueError(f"case-insensitive regex {spec!r} uses an upper-case escape; write it with case: true")
    return re.compile(spec.lower()), False


# a full stop that ends a sentence ("… обман. У нас"), not one inside "тыс. руб" or "12.5"
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZА-ЯЁҲҶҚҒӮӢ«\"(])")


@lru_cache(maxsize=1)
def default_scanner() -> Scanner:
    return Scanner()


def scan(text: str, lang: str = "ru") -> ScanResult:
    """Scan one job ad with the shipped data (compiled once per process)."""
    return default_scanner().scan(text, lang)
