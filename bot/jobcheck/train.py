"""Training the job-ad model ahead of time, and choosing how it joins the rules.

    python -m bot.jobcheck.train           # cross-validate, choose the bars, train on all, write data/jobcheck/model.npz
    python -m bot.jobcheck.train --check   # exit 1 when the shipped model does not match its training data

Every labelled ad set is by a different writer (``SETS``). Cross-validation leaves out one
set at a time: the model is trained on all the others and the rules + model are measured
on the one left out. The bars (``model.Bars``) are chosen on the *worst* left-out set, not
on the average. Two ways were tried (``nested`` measures both honestly on holdout4, the one
set the rules were not fitted to, left out of everything):

- ``choose``: the bars that give the rules + model the best figures on the worst left-out
  set. As the rules are right on every set but holdout4, this learns from holdout4 alone;
  chosen without it, it changes nothing (holdout4: 92.5 % accuracy, as the rules alone).
- ``choose_sure`` (shipped): the model overrules the rules only where the model alone was
  right on the worst left-out writer, whatever the rules did (chosen without holdout4:
  holdout4 94.2 % accuracy, 4 genuine ads high instead of 7, wrong flags 9.4 % instead of 10.3 %).

Caveat, said wherever the figures are: the rules were written from the development ads
and corrected after first runs on every held-out set up to holdout3, so on those sets the
rules' half is not blind; on holdout4 (measured once before this model) it is. Only a set
written after all of this measures the whole: holdout5 was that set for round 5, holdout6 for
round 6, holdout7 for round 7, holdout8 for round 8, holdout9 for round 9, holdout10 for round 10,
holdout11 for round 11, holdout12 for round 12, holdout13 for round 13, holdout14 for round 14
and holdout15 for round 15 (each measured once, then training data; holdout15 was first round
16's validation set, by its figures only) and holdout16 for round 16 (measured blind, then read
to mend what it showed). holdout17 (rounds 17 and 18's blind set, measured three times) and
holdout18 (measured once on round 18's final code) were retired into training in round 19 and
read to mend their misses; holdout19 (round 19's blind set, measured once on its final code)
in round 20, holdout20 (round 20's) in round 21, holdout21 (round 21's, four writers) in
round 22, holdout22 (round 22's, four writers) in round 23, holdout23 (round 23's) in round 24,
holdout24 (round 24's) in round 25, holdout25 (round 25's) in round 26, holdout26 and holdout27
(round 26's blind set and a second one for the same code) in round 27, holdout28 (round 27's,
measured on its final code and again after the review's guard, never read) in round 28, holdout29
(round 28's, measured once on its final code) in round 29, read to mend its misses, and holdout30
(round 29's, measured once on its final code) in round 30, holdout31 (round 30's, four writers,
measured once on its final code) in round 31, holdout32 (round 31's, four writers, measured once on its
final code) in round 32, holdout33 (round 32's, four writers, measured once on its final code) in
round 33, holdout34 (round 33's, four writers, measured once on its final code) in round 34, holdout35
(round 34's, four writers, measured three times) and holdout35n (round 34's blind notices, two
writers, measured twice) in round 35. Now ``tests/data/holdout36/ads.jsonl`` and
``tests/data/holdout36n/ads.jsonl`` (round 35's blind sets, by new writers): never read here; a
next round may retire them and needs new writers.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bot.jobcheck import model as M
from bot.jobcheck.result import ScanResult

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
SETS = {  # writer set -> file; tests/data/holdout36*/ (round 35's blind sets, never read) must never be here
    "dev": DATA / "ads.jsonl",
    "ads_holdout": DATA / "ads_holdout.jsonl",
    "holdout": DATA / "holdout" / "ads.jsonl",
    "holdout2": DATA / "holdout2" / "ads.jsonl",
    "holdout3": DATA / "holdout3" / "ads.jsonl",
    "holdout4": DATA / "holdout4" / "ads.jsonl",
    "holdout5": DATA / "holdout5" / "ads.jsonl",  # measured once blind (round 6), then training data
    "holdout6": DATA / "holdout6" / "ads.jsonl",  # measured once blind (round 6, two writers), then training data (round 7)
    "holdout7": DATA / "holdout7" / "ads.jsonl",  # measured once blind (round 7, two writers), then training data (round 8)
    "holdout8": DATA / "holdout8" / "ads.jsonl",  # measured once blind (round 8, two writers), then training data (round 9)
    "holdout9": DATA / "holdout9" / "ads.jsonl",  # measured once blind (round 9, two writers), then training data (round 10)
    "holdout10": DATA / "holdout10" / "ads.jsonl",  # measured once blind (round 10, two writers), then training data (round 11)
    "holdout11": DATA / "holdout11" / "ads.jsonl",  # measured once blind (round 11, two writers), then training data (round 12)
    "holdout12": DATA / "holdout12" / "ads.jsonl",  # measured once blind (round 12, two writers), then training data (round 13)
    "holdout13": DATA / "holdout13" / "ads.jsonl",  # measured once blind (round 13, two writers), then training data (round 14)
    "holdout14": DATA / "holdout14" / "ads.jsonl",  # measured once blind (round 14), then read to mend genuine ads rated high
    "holdout15": DATA / "holdout15" / "ads.jsonl",  # measured once blind (round 15), then round 16's validation set (figures only)
    "holdout16": DATA / "holdout16" / "ads.jsonl",  # measured blind (round 16), then read to mend its misses and its genuine ads rated high
    "holdout17": DATA / "holdout17" / "ads.jsonl",  # measured blind (rounds 17 and 18), then read to mend its misses (round 19)
    "holdout18": DATA / "holdout18" / "ads.jsonl",  # measured once blind (round 18's final code), then read to mend its misses (round 19)
    "holdout19": DATA / "holdout19" / "ads.jsonl",  # measured once blind (round 19's final code), then read to mend its misses (round 20)
    "holdout20": DATA / "holdout20" / "ads.jsonl",  # measured once blind (round 20's final code), then read to mend its misses (round 21)
    "holdout21": DATA / "holdout21" / "ads.jsonl",  # measured once blind (round 21's final code), then read to mend its misses (round 22)
    "holdout22": DATA / "holdout22" / "ads.jsonl",  # measured once blind (round 22's final code), then read to mend its misses (round 23)
    "holdout23": DATA / "holdout23" / "ads.jsonl",  # measured once blind (round 23's final code), then read to mend its misses (round 24)
    "holdout24": DATA / "holdout24" / "ads.jsonl",  # measured once blind (round 24's final code), then read to mend its misses (round 25)
    "holdout25": DATA / "holdout25" / "ads.jsonl",  # measured once blind (round 25's final code), then read to mend its misses (round 26)
    "holdout26": DATA / "holdout26" / "ads.jsonl",  # measured once blind (round 26's final code), then read to mend its misses (round 27)
    "holdout27": DATA / "holdout27" / "ads.jsonl",  # measured once blind (round 26's final code, a second set), then read (round 27)
    "holdout28": DATA / "holdout28" / "ads.jsonl",  # measured blind (round 27's code, twice), then training data, never read (round 28)
    "holdout29": DATA / "holdout29" / "ads.jsonl",  # measured once blind (round 28's final code), then read to mend its misses (round 29)
    "holdout30": DATA / "holdout30" / "ads.jsonl",  # measured once blind (round 29's final code), then read to mend its misses (round 30)
    "holdout31": DATA / "holdout31" / "ads.jsonl",  # measured once blind (round 30's final code), then read to mend its misses (round 31)
    "holdout32": DATA / "holdout32" / "ads.jsonl",  # measured once blind (round 31's final code), then read to mend its misses (round 32)
    "holdout33": DATA / "holdout33" / "ads.jsonl",  # measured once blind (round 32's final code), then read to mend its misses (round 33)
    "holdout34": DATA / "holdout34" / "ads.jsonl",  # measured once blind (round 33's final code), then read to mend its misses (round 34)
    "holdout35": DATA / "holdout35" / "ads.jsonl",  # measured blind three times (round 34), then read to mend its misses (round 35)
    "holdout35n": DATA / "holdout35n" / "ads.jsonl",  # round 34's blind notices, measured twice, then training (round 35)
    # two writers of notices and of scams posing as warnings (round 34, the rules were mended on them, r34n); left out of
    # round 34's model (the notice bar, then set over every scam, rose 0.5 -> 0.95), in since round 35 (``notice_bar``)
    "notices35": DATA / "notices35" / "ads.jsonl",
}
# the flags that get a classifier of their own: the flags of wording, and (round 16) unrealistic
# pay. Not the flags of fact the rules establish (a phone or an address present or not, an
# employer named or not: messenger-only-contact, unverifiable-employer). The rules judge pay
# against the pay table; the writers judge it from what a trade pays ("big money, no
# experience"), and a head of its own raised its recall on holdout15 from 73 to 81 % while
# its keep bar cleared rules' pay flags the writers did not give (wrong flags 2.5 -> 2.0 %).
HEADS = ("vague-job", "recruit-others", "pressure-urgency", "debt-or-wage-withholding", "employer-controls-living",
         "upfront-fee", "passport-retention", "tourist-visa", "unofficial-channel", "no-written-contract",
         "sexual-exploitation-risk", "cash-no-receipt", "excessive-hours", "unrealistic-pay")
# the flags the model may add when the rules missed them. Up to round 15 only the flags the
# rules missed on new writers, at a bar where the model alone was right 9 times in 10 on the
# worst left-out writer (the former ADD_SURE): with rules fitted to every training set, that bar was
# set by the model's own errors on ads the rules already got right, and it was near 0.9 for
# every flag. Yet on holdout15 (144 ads by new writers) the model ranked most of what the rules
# missed above every ad without the flag (a kept passport: all four missed at 0.61-0.95, no ad
# without it above them). Round 16 lets it add every head, at the lowest bar where it would
# have added the flag to at most ``ADD_FALSE`` of the left-out ads without it that it thinks
# a scam (``_sure_add``): on holdout15 flag recall 86.4 -> 91.9 %, wrong flags 1.8 -> 2.0 %;
# on writer4 90.8 -> 93.7 %, 1.8 -> 2.2 % (bench/README.md, "Round 16").
ADDABLE = HEADS
ADD_FALSE = 0.005  # 1 %: holdout15 91.6 % recall but 3.6 % wrong flags; 0.25 %: 88.0 % and 2.0 %
MIN_POSITIVES = 3  # a set with fewer ads of a flag cannot tell one flag bar from another (it still counts in totals)
KEEP_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
DOUBT_GRID = (0.3, 0.5, 0.7, 1.01)  # 1.01: the flag's own probability decides alone
CAP_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
RAISE_GRID = (0.7, 0.8, 0.9, 0.95, 1.01)
NOTICE_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01)
RECALL_FLOOR = 0.85  # issue 16's target per flag: no bar may push a set under it (or under the rules' own recall)
TOLERANCE = 0.01
KEEP_SURE = 0.97  # choose_sure: a flag's bars may cost at most 3 % of its ads on the worst writer ...
# ... or one ad of the flag on a writer (round 9: with holdout8 in, one fee ad of scam probability 0.15
# whose fee the model doubts (0.04) pushed the fee's keep bar to 0 and made holdout6 95.3 % / 4.0 % wrong flags)
KEEP_LOST_ADS = 1


def load_sets(only: list[str] | None = None) -> dict[str, list[dict]]:
    out = {}
    for name, path in SETS.items():
        if only is None or name in only:
            out[name] = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return out


def labelled_notice(ad: dict) -> bool:
    """A notice or warning (a ministry's, an embassy's, an NGO's...): what the notice head learns.
    Every writer's brief since holdout3 asks for some, of kind "notice-..."."""
    return ad["label"] == "genuine" and str(ad.get("kind", "")).startswith("notice")


def rows(sets: dict[str, list[dict]]) -> list[tuple[str, str, tuple[str, ...], str]]:
    return [(name, a["label"] + (" notice" if labelled_notice(a) else ""), tuple(a["flags"]), a["text"])
            for name in sorted(sets) for a in sets[name]]


def fit(ads: list[dict], heads: tuple[str, ...] = HEADS, bars: M.Bars | None = None) -> M.Model:
    """One logistic regression per head over the n-grams of ``ads`` (scikit-learn, at training time only)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=M.ngrams, sublinear_tf=True, min_df=2, dtype=np.float32)
    x = vec.fit_transform([M.prepare(a["text"]) for a in ads])
    names = [M.SCAM, M.NOTICE, *heads]
    coef, icpt = [], []
    for h in names:
        y = [a["label"] == "scam" if h == M.SCAM else labelled_notice(a) if h == M.NOTICE else h in a["flags"] for a in ads]
        # flags are rare: balanced class weights put a flag's bars near the middle of the scale
        clf = LogisticRegression(C=M.C_REG, max_iter=5000, tol=1e-5, class_weight=None if h == M.SCAM else "balanced")
        clf.fit(x, y)
        coef.append(clf.coef_[0])
        icpt.append(clf.intercept_[0])
    return M.Model(heads=names, vocab={str(k): int(v) for k, v in vec.vocabulary_.items()}, idf=vec.idf_.astype(np.float32),
                   coef=np.array(coef, dtype=np.float32), intercept=np.array(icpt), bars=bars or M.Bars())


@dataclass
class Judged:
    ad: dict
    rules: ScanResult  # the rules' verdict
    probs: dict[str, float]  # from a model that never saw this ad's writer
    # ... and that model's probabilities of the parts of the ad ``model.apply`` reads besides the whole
    # (the sentences that carry the rules' flags, together and one by one: see ``Replayed``)
    pieces: dict[str, dict[str, float]] = field(default_factory=dict)


def judge(scanner: Any, m: M.Model, ad: dict) -> Judged:
    """An ad judged by the rules and by ``m``, with the probabilities of the parts ``model.apply`` may read."""
    rules = scanner.scan_rules(ad["text"], ad["lang"])
    sentences = M.flagged_sentences(rules.flags, ad["text"])
    parts = [" ".join(sentences), *sentences[: M.MAX_PASTED_SENTENCES]] if sentences else []
    return Judged(ad, rules, m.proba(ad["text"]), {t: m.proba(t) for t in parts})


class Replayed(M.Model):
    """A model that answers ``proba`` from what a cross-validation fold's model said of the same text
    (``Judged.pieces``), so that the figures of stored probabilities follow every path of
    ``model.apply``. Round 35: before, the figures judged with a model of no n-grams, for which a
    notice-like ad's flagged sentences cannot be read, so every scam posing as a warning above the
    notice bar counted as cleared (the bar, chosen over them, rose to 0.9), though its demand's own
    sentences read as a scam keep its flags when the shipped model reads them."""

    def __init__(self, heads: list[str], pieces: dict[str, dict[str, float]]) -> None:
        k = len(heads)
        super().__init__(heads=heads, vocab={"\0": 0}, idf=np.zeros(1), coef=np.zeros((k, 1)), intercept=np.zeros(k))
        self.pieces = pieces

    def proba(self, text: str) -> dict[str, float]:
        return self.pieces[text]


def cross_validate(sets: dict[str, list[dict]] | None = None) -> dict[str, list[Judged]]:
    """Each set judged by the rules and by a model trained on every other set."""
    from bot.jobcheck.scanner import default_scanner

    sets = sets if sets is not None else load_sets()
    scanner = default_scanner()
    out: dict[str, list[Judged]] = {}
    for left in sets:
        m = fit([a for name, ads in sets.items() if name != left for a in ads])
        out[left] = [judge(scanner, m, a) for a in sets[left]]
    return out


def _script(ad: dict) -> str:
    return "lat" if str(ad.get("script", "")).lower().startswith("l") else "cyr"


def figures(cv: dict[str, list[Judged]], bars: M.Bars | None, heads: tuple[str, ...] = HEADS) -> dict[str, dict]:
    """Per left-out set (and per lang-script within all sets): accuracy, genuine rated high,
    per-flag recall, wrongly reported flags. ``bars`` None: the rules alone."""
    from bot.jobcheck.scanner import default_scanner

    scanner = default_scanner()
    scanned = set(scanner.scan_ids)
    out: dict[str, dict] = {}
    for name, js in cv.items():
        for j in js:
            r = j.rules if bars is None else applied(scanner, j, bars, heads)
            for key in (name, f"all {j.ad['lang']}-{_script(j.ad)}"):
                c = out.setdefault(key, {"n": 0, "correct": 0, "genuine_high": 0, "tp": Counter(), "fp": Counter(), "fn": Counter()})
                c["n"] += 1
                c["correct"] += int((r.risk != "low") == (j.ad["label"] == "scam"))
                c["genuine_high"] += int(j.ad["label"] == "genuine" and r.risk == "high")
                got, want = set(r.flag_ids), set(j.ad["flags"]) & scanned
                c["tp"].update(got & want)
                c["fp"].update(got - want)
                c["fn"].update(want - got)
    for c in out.values():
        tp, fp = sum(c["tp"].values()), sum(c["fp"].values())
        c["accuracy"] = c["correct"] / c["n"]
        c["wrong_flags"] = fp / max(1, tp + fp)
        c["recall"] = {f: c["tp"][f] / (c["tp"][f] + c["fn"][f]) for f in sorted(set(c["tp"]) | set(c["fn"]))}
    return out


def applied(scanner: Any, j: Judged, bars: M.Bars, heads: tuple[str, ...] = HEADS) -> ScanResult:
    """The rules' verdict on a left-out ad after its fold's model (``Replayed``)."""
    return M.apply(scanner, j.rules, j.ad["text"], Replayed([M.SCAM, M.NOTICE, *heads], j.pieces), j.probs, bars)


def _flag_counts(cv: dict[str, list[Judged]], head: str, keep: float, add: float, doubt: float = 0.0) -> dict[str, tuple[int, int, int]]:
    bars = M.Bars(keep={head: keep}, add={head: add}, doubt={head: doubt})
    out = {}
    for name, js in cv.items():
        tp = fp = fn = 0
        for j in js:
            found = head in j.rules.flag_ids
            critical = any(h.critical for h in j.rules.flags if h.id == head)
            got = M.flag_kept(found, j.probs[head], head, bars, j.probs[M.SCAM], critical) and (found or j.probs[M.SCAM] >= M.ADD_SCAM)
            want = head in j.ad["flags"]
            tp += got and want
            fp += got and not want
            fn += want and not got
        out[name] = (tp, fp, fn)
    return out


def choose_flag(cv: dict[str, list[Judged]], head: str) -> tuple[float, float, float]:
    """A flag's (keep, add, doubt) for ``choose`` (not shipped): of the bars that keep the flag's
    recall on every set at least ``RECALL_FLOOR`` (or at the rules' own recall when that is
    lower), the best worst-set figure tp / (tp + fp + fn) over the sets with at least
    ``MIN_POSITIVES`` ads of the flag; within ``TOLERANCE`` of it, the fewest errors over all
    sets, then the bars that overrule the rules least."""
    rules = _flag_counts(cv, head, 0.0, 1.01)
    floor = {k: min(RECALL_FLOOR, tp / (tp + fn)) for k, (tp, fp, fn) in rules.items() if tp + fn >= MIN_POSITIVES}
    scored = []
    for keep, add, doubt in itertools.product(KEEP_GRID, ADD_GRID if head in ADDABLE else (1.01,), DOUBT_GRID):
        counts = _flag_counts(cv, head, keep, add, doubt)
        measured = {k: c for k, c in counts.items() if k in floor}
        if any(tp / (tp + fn) < floor[k] for k, (tp, fp, fn) in measured.items()):
            continue  # the model may not push a flag's recall on any writer under the target
        worst = min((tp / (tp + fp + fn) for tp, fp, fn in measured.values()), default=1.0)
        errors = sum(fp + fn for _, fp, fn in counts.values())
        scored.append((worst, errors, keep * (1.01 - doubt), -add, keep, doubt))
    best = max(s[0] for s in scored)
    s = min((s for s in scored if s[0] >= best - TOLERANCE), key=lambda s: s[1:4])
    return s[4], -s[3], s[5]


def choose(cv: dict[str, list[Judged]], heads: tuple[str, ...] = HEADS) -> M.Bars:
    """All bars from the figures of rules + model (tried, not shipped: see the module doc):
    each flag's first, then the verdict's on the worst left-out set's accuracy;
    within ``TOLERANCE`` of it the fewest genuine ads rated high, then the fewest wrong
    verdicts over all sets, then the least overruling."""
    bars = M.Bars()
    for h in heads:
        bars.keep[h], bars.add[h], bars.doubt[h] = choose_flag(cv, h)
    scored = []
    for cap_medium in CAP_GRID:
        for cap_low in CAP_GRID:
            if cap_low > cap_medium:
                continue
            for raise_at in RAISE_GRID:
                b = M.Bars(cap_medium, cap_low, raise_at, bars.keep, bars.add, bars.doubt)
                fig = {k: v for k, v in figures(cv, b, heads).items() if not k.startswith("all ")}
                worst = min(v["accuracy"] for v in fig.values())
                high = sum(v["genuine_high"] for v in fig.values())
                wrong = sum(v["n"] - v["correct"] for v in fig.values())
                scored.append((worst, high, wrong, cap_medium + cap_low + (1.01 - raise_at), cap_medium, cap_low, raise_at))
    best = max(s[0] for s in scored)
    s = min((s for s in scored if s[0] >= best - TOLERANCE), key=lambda s: s[1:4])
    bars.cap_medium, bars.cap_low, bars.raise_at = s[4], s[5], s[6]
    bars.notice_at = notice_bar(cv, bars)
    return bars


def _sure_keep(cv: dict[str, list[Judged]], head: str) -> tuple[float, float]:
    """(keep, doubt) from the model alone: of the pairs under which, on every left-out set with
    ``MIN_POSITIVES`` ads of the flag, at most ``1 - KEEP_SURE`` of those ads (or ``KEEP_LOST_ADS``) would lose it,
    the pair that would clear the flag from the most ads without it (all sets together)."""
    best = (-1, 0.0, 0.0)
    for keep, doubt in itertools.product(KEEP_GRID, DOUBT_GRID):
        ok, cleared = True, 0
        for js in cv.values():
            pos = [j for j in js if head in j.ad["flags"]]
            lost = sum(not (j.probs[head] >= keep or j.probs[M.SCAM] >= doubt) for j in pos)
            if len(pos) >= MIN_POSITIVES and lost > max(KEEP_LOST_ADS, (1 - KEEP_SURE) * len(pos)):
                ok = False
                break
            cleared += sum(not (j.probs[head] >= keep or j.probs[M.SCAM] >= doubt) for j in js if head not in j.ad["flags"])
        if ok and (cleared, -keep) > (best[0], -best[1]):
            best = (cleared, keep, doubt)
    return best[1], best[2]


def _sure_add(cv: dict[str, list[Judged]], head: str) -> float:
    """The add bar: the lowest of ``ADD_GRID`` at which the model, over all left-out sets
    together, would add the flag (the rules did not find it, the model thinks the ad a scam)
    to at most ``ADD_FALSE`` of the ads without it that it thinks a scam. The ads with the flag
    the rules missed are too few on sets the rules were fitted to for a bar of their own."""
    if head not in ADDABLE:
        return 1.01
    scams = [j for js in cv.values() for j in js
             if j.probs[M.SCAM] >= M.ADD_SCAM and head not in j.ad["flags"] and M.may_add(head, j.rules, j.ad["text"])]
    for add in ADD_GRID:
        false = sum(head not in j.rules.flag_ids and j.probs[head] >= add for j in scams)
        if false <= ADD_FALSE * len(scams):
            return add
    return 1.01


def choose_sure(cv: dict[str, list[Judged]], heads: tuple[str, ...] = HEADS) -> M.Bars:
    """All bars from how sure the model alone is on every left-out writer, whatever the rules
    did there (the rules were fitted to all but the newest set, so a choice that looks at the
    rules' errors learns from that one set only): a flag is dropped, and a verdict capped, only
    where the model was right on the worst writer (``KEEP_SURE``; the cap: under the lowest scam
    probability of any scam of any writer); a flag is added only where the model would rarely
    have added it to a left-out ad without it (``ADD_FALSE``)."""
    bars = M.Bars(raise_at=1.01)
    for h in heads:
        bars.keep[h], bars.doubt[h] = _sure_keep(cv, h)
        bars.add[h] = _sure_add(cv, h)
    lowest = min(j.probs[M.SCAM] for js in cv.values() for j in js if j.ad["label"] == "scam")
    bars.cap_low = bars.cap_medium = max((c for c in CAP_GRID if c <= lowest), default=0.0)
    bars.notice_at = notice_bar(cv, bars)
    return bars


def notice_bar(cv: dict[str, list[Judged]], bars: M.Bars) -> float:
    """The notice bar: the lowest of ``NOTICE_GRID`` at which no scam of any left-out writer is
    cleared as a notice by ``model.apply`` with the other ``bars`` (round 25, 4,607 ads: the bar over
    every scam's notice probability; the highest, a fake ministry notice, 0.61; 348 notices, 316 over 0.7).

    Round 35: judged by ``apply`` itself (``Replayed``), not by the notice probability alone. A scam
    posing as a warning ("beware of fakes; only we are honest: deposit 300$") reads as a notice by its
    words, but ``apply`` keeps its flags when the scam head is sure of it (``NOTICE_SCAM_MAX``) or when
    the sentences of its demand read as a scam on their own (``PASTED_SCAM``). Counted by probability,
    the notice sets of round 34 pushed the bar from 0.5 to 0.95, above most real notices."""
    from bot.jobcheck.scanner import default_scanner

    scanner = default_scanner()
    scams = [j for js in cv.values() for j in js if j.ad["label"] == "scam"]
    for g in NOTICE_GRID:
        trial = dataclasses.replace(bars, notice_at=g)
        if not any(applied(scanner, j, trial).notice for j in scams if j.probs[M.NOTICE] >= g):
            return g
    return NOTICE_GRID[-1]


def train_all() -> tuple[M.Model, dict[str, list[Judged]]]:
    sets = load_sets()
    cv = cross_validate(sets)
    bars = choose_sure(cv)
    m = fit([a for ads in sets.values() for a in ads], HEADS, bars)
    m.fingerprint = M.fingerprint(rows(sets))
    return m, cv


def nested(outer: str = "holdout4", method: str = "sure") -> list[str]:
    """The honest estimate for a new writer: ``outer`` is left out of everything (the model's
    training and the choice of the bars by cross-validation on the other sets), then measured.
    holdout4 is the one set on which the rules are blind too."""
    from bot.jobcheck.scanner import default_scanner

    sets = load_sets()
    inner = {k: v for k, v in sets.items() if k != outer}
    bars = (choose_sure if method == "sure" else choose)(cross_validate(inner))
    m = fit([a for ads in inner.values() for a in ads])
    sc = default_scanner()
    cv = {outer: [judge(sc, m, a) for a in sets[outer]]}
    return [f"{outer} left out of training and of the choice of the bars ({method}):", *report(cv, bars)]


def is_current() -> bool:
    shipped = M.load()
    return shipped is not None and shipped.fingerprint == M.fingerprint(rows(load_sets()))


def report(cv: dict[str, list[Judged]], bars: M.Bars, heads: tuple[str, ...] = HEADS) -> list[str]:
    """The CV figures, rules alone and rules + model, one line per left-out set and per lang-script."""
    lines = []
    for title, b in (("rules alone", None), ("rules + model", bars)):
        lines.append(f"{title}:")
        fig = figures(cv, b, heads)
        for k in sorted(fig, key=lambda k: (k.startswith("all "), k)):
            v = fig[k]
            low = sorted((r, f) for f, r in v["recall"].items() if r < 0.85)
            lows = ", ".join(f"{f} {r:.0%}" for r, f in low) or "none"
            lines.append(f"  {k:<16} n={v['n']:<4} accuracy {v['accuracy']:6.1%}  genuine high {v['genuine_high']}  "
                         f"wrong flags {v['wrong_flags']:5.1%}  recall < 85%: {lows}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when data/jobcheck/model.npz does not match its training data")
    args = ap.parse_args(argv)
    if args.check:
        ok = is_current()
        print("data/jobcheck/model.npz is current" if ok else "data/jobcheck/model.npz is stale: run python -m bot.jobcheck.train")
        return 0 if ok else 1
    m, cv = train_all()
    m.save()
    b = m.bars
    print(f"wrote {M.MODEL_PATH.name}: {len(m.vocab)} n-grams, heads {m.heads}, fingerprint {m.fingerprint}")
    print(f"bars: cap_medium {b.cap_medium} cap_low {b.cap_low} raise_at {b.raise_at} notice_at {b.notice_at}; "
          f"keep {b.keep}; doubt {b.doubt}; add {b.add}")
    print("\n".join(report(cv, b)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
