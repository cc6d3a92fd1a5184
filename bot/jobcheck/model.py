"""The learned layer of the job-ad scanner: logistic regressions over character n-grams.

Why: the rules (``data/jobcheck/``) reach 100 % on every ad set whose misses were studied,
and drop on a set by a new writer (holdout4, measured blind: 92.5 % accuracy, 7 genuine ads
rated high, 10 % wrong flags): rules written from a few writers' ads do not generalise.
A classifier over pieces of words, trained on the ads of every writer, sees wordings the
rules do not know. It does not replace the rules (they quote the ad's words as evidence);
it judges them (``apply``):

- for each flag of wording it has a classifier for (``train.HEADS``), a flag the rules found
  is kept when the flag's probability is at least ``keep`` or the ad's scam probability at
  least ``doubt``; a flag the rules missed is added at ``add`` or more (for the flags of
  ``train.ADDABLE``: since round 16 every head), only in an ad the model thinks a scam
  (``ADD_SCAM``), never in a notice that warns of such offers, and never making the ad high
  risk on its own (its evidence: the ad's sentence that weighs most for the flag);
- an ad the model is sure is a notice or warning (``NOTICE``: a ministry's, an embassy's, a
  mahalla head's words that quote the offers they warn of) and does not think a scam is low
  risk with no flag (round 25: on four blind sets every genuine ad rated high was a notice);
- the scam probability can then *cap* the risk of an ad the model is sure is genuine
  (high -> medium below ``cap_medium``, high or medium -> low below ``cap_low``; never under
  medium while a flag the rules count as critical stays) and raise a rules-low ad to medium
  when it is sure it is a scam (``raise_at``).

The bars were chosen by leave-one-writer-set-out cross-validation from how sure the model
alone was on the worst left-out writer (``bot/jobcheck/train.py``, ``choose_sure``; figures
in ``bench/README.md``) and are stored in the model file. Text of fewer than ``MIN_WORDS``
words is left to the rules.

Features: the ad folded as the scanner folds it (``cues.fast_fold``: Cyrillic and Latin
typing of Russian and Tajik meet); character n-grams (2 to 5) inside each word padded with
spaces (scikit-learn's ``char_wb``), each word and each pair of neighbouring words; sublinear
TF-IDF, L2-normalised. Training is done ahead
of time with scikit-learn (``python -m bot.jobcheck.train`` writes ``data/jobcheck/model.npz``
with a fingerprint of the training ads and the settings); prediction here is a few hundred
dict look-ups and one small numpy product per ad. When the file is missing or was made
with other settings, the rules decide alone and a warning says so once.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bot.jobcheck.cues import fast_fold, tokenize
from bot.jobcheck.result import FlagHit, ScanResult
from bot.shipped import Shipped, read_npz

MODEL_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "jobcheck" / "model.npz"
NGRAM_MIN = 2
NGRAM_MAX = 5
C_REG = 10.0
MAX_CHARS = 4000  # the model reads the first 4,000 characters (every ad of the sets is shorter)
SCAM = "scam"  # the name of the genuine-vs-scam classifier among the flag classifiers
NOTICE = "notice"  # the classifier of notices and warnings (genuine ads of kind "notice-..."), after SCAM
FORMAT = 3  # 2: words and word pairs beside the n-grams (round 16); 3: the notice head (round 25)
SETTINGS = f"{FORMAT}|fast_fold|char_wb+words|{NGRAM_MIN}|{NGRAM_MAX}|{C_REG}|sublinear-l2"
MIN_WORDS = 8  # shorter text is left to the rules: no training ad has fewer than 9 words, and on a
# greeting ("Привет") a few n-grams, normalised, can weigh anything
ADD_SCAM = 0.5  # the model adds a flag only to an ad it thinks more likely a scam than not
ADD_MIN_WORDS = 15  # ... of at least this many words (98 % of the training ads; see ``may_add``)
KEEP_CRITICAL_SCAM = 0.8  # a critical flag the rules found is never dropped from an ad this sure a scam (``flag_kept``)
# An ad the notice head is sure of loses its flags unless the scam head is this sure of a scam (the
# bar under which the rules' critical flags may be dropped at all, ``KEEP_CRITICAL_SCAM``). A notice
# quotes the scams' own words, and the scam head scores many at 0.5-0.8 (round 26: two notices of
# holdout25, written as a Telegram channel admin's warnings, at 0.55 and 0.70).
NOTICE_SCAM_MAX = KEEP_CRITICAL_SCAM
# the flagged sentences of a notice-like text read as a scam: see ``apply``. Round 35: 0.8 (``KEEP_CRITICAL_SCAM``) until the
# model learnt from two notice sets; then a scam's own demand with a ministry's warning pasted after it read at 0.796
# (tests/security/test_ad_scanner_inputs.py, its passport dropped and the ad capped to medium)
PASTED_SCAM = 0.75
# ... and a text that reads only somewhat as a notice (notice probability at PASTED_NOTICE, under the bar): the
# notice's words still lower every head of the whole text ("Админ: реклама «...» фиреб аст. ... шиносномаро ба мо
# медиҳед": notice 0.63, passport 0.21, dropped), so there a flagged sentence that reads as a scam on its own (at most
# MAX_PASTED_SENTENCES of them are read) keeps every flag the rules found, as above (round 29 review; no labelled ad changed)
PASTED_NOTICE = 0.3
MAX_PASTED_SENTENCES = 12
PRICED = ("upfront-fee", "unrealistic-pay")  # money flags the rules raise on a sum, which the model never drops (``priced``)
# A checkable ad (named employer, address or phone) that is high on one critical flag alone,
# where the model doubts both the ad (scam probability under LONE_SCAM) and the flag (its own
# probability under LONE_FLAG), is medium, not high: one misread sentence ("остаток в конце
# месяца" as pay held back) should not make a genuine-looking ad high (round 8). No scam of the
# nine writers' sets meets this under leave-one-writer-out CV (the nearest: fees at 0.31-0.34
# in ads of scam probability 0.25-0.27); the flag stays, with its warning.
LONE_SCAM = 0.3
LONE_FLAG = 0.2
_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")


def prepare(text: str) -> str:
    """The model's input: the ad folded as the scanner folds it."""
    return fast_fold((text or "")[:MAX_CHARS])


@functools.lru_cache(maxsize=16384)
def _word_ngrams(word: str) -> tuple[str, ...]:
    """A word's character n-grams, then the word itself (marked by a tab: see ``ngrams``)."""
    w = f" {word} "
    n_w = len(w)
    return (*(w[i : i + n] for n in range(NGRAM_MIN, min(NGRAM_MAX, n_w) + 1) for i in range(n_w - n + 1)), f"\tw{word}")


def ngrams(prepared: str) -> list[str]:
    """The ad's features: character n-grams inside each word padded with spaces (scikit-learn's
    ``char_wb``, written out so that training and prediction share one definition), then each
    whole word and each pair of neighbouring words, marked by a tab (never inside a folded
    word, so no n-gram can be mistaken for one). Round 16: the words and pairs raised flag
    recall on the two validation sets by 0.8 point each (bench/README.md)."""
    words = prepared.split()
    out: list[str] = []
    for w in words:
        out.extend(_word_ngrams(w))
    out.extend(f"\tb{a} {b}" for a, b in itertools.pairwise(words))
    return out


def fingerprint(rows: list[tuple[str, str, tuple[str, ...], str]]) -> str:
    """A hash of the settings and the training ads (writer set, label, flags, text and its folding)."""
    h = hashlib.sha256(f"{SETTINGS}\n".encode())
    for writer, label, flags, text in rows:
        h.update(f"{writer}\t{label}\t{','.join(sorted(flags))}\t{text}\t{prepare(text)}\n".encode())
    return h.hexdigest()[:16]


@dataclass
class Bars:
    """How the model joins the rules (chosen by cross-validation)."""

    cap_medium: float = 0.0  # a rules-high ad becomes medium below this scam probability
    cap_low: float = 0.0  # a rules-high or -medium ad becomes low below this
    raise_at: float = 1.01  # a rules-low ad becomes medium at this or more
    keep: dict[str, float] = field(default_factory=dict)  # per flag: a rules flag stays at this or more ...
    doubt: dict[str, float] = field(default_factory=dict)  # ... or when the scam probability is at least this
    add: dict[str, float] = field(default_factory=dict)  # per flag: a missed flag is added at this or more
    notice_at: float = 1.01  # an ad is a notice (low, no flag) at this notice probability or more

    def as_array(self, heads: list[str]) -> np.ndarray:
        rows = [[self.cap_medium, self.cap_low, self.raise_at]]  # the notice head's row holds its bar
        rows += [[self.notice_at, 1.01, 0.0] if h == NOTICE else [self.keep.get(h, 0.0), self.add.get(h, 1.01), self.doubt.get(h, 0.0)]
                 for h in heads[1:]]
        return np.array(rows, dtype=np.float64)

    @classmethod
    def from_array(cls, a: np.ndarray, heads: list[str]) -> Bars:
        b = cls(float(a[0][0]), float(a[0][1]), float(a[0][2]))
        for i, h in enumerate(heads[1:], 1):
            if h == NOTICE:
                b.notice_at = float(a[i][0])
            else:
                b.keep[h], b.add[h], b.doubt[h] = float(a[i][0]), float(a[i][1]), float(a[i][2])
        return b


@dataclass
class Model:
    heads: list[str]  # "scam", then the flags with a classifier of their own
    vocab: dict[str, int]
    idf: np.ndarray  # float32 per n-gram
    coef: np.ndarray  # float32, one row per head
    intercept: np.ndarray  # float64 per head
    bars: Bars = field(default_factory=Bars)
    fingerprint: str = ""
    settings: str = SETTINGS

    def __post_init__(self) -> None:
        # n-gram -> (column, idf) as Python values: the look-ups are a dict's; the heads'
        # weights are then one small matrix product
        self._w = {g: (j, float(self.idf[j])) for g, j in self.vocab.items()}
        self._coef = np.ascontiguousarray(self.coef.T, dtype=np.float64)  # n-grams x heads

    @property
    def flag_heads(self) -> list[str]:
        """The heads that are flags (all but the scam and notice classifiers)."""
        return [h for h in self.heads if h not in (SCAM, NOTICE)]

    def _vector(self, text: str) -> tuple[list[int], np.ndarray]:
        """The columns and L2-normalised sublinear TF-IDF values of the ad's known n-grams."""
        cols: list[int] = []
        vals: list[float] = []
        w = self._w
        for g, c in Counter(ngrams(prepare(text))).items():
            iw = w.get(g)
            if iw is not None:
                cols.append(iw[0])
                vals.append((1.0 + math.log(c)) * iw[1])
        v = np.array(vals)
        norm = math.sqrt(float(v @ v)) if vals else 0.0
        return cols, (v / norm if norm else v)

    def proba(self, text: str) -> dict[str, float]:
        """Probability of each head: the logistic of its weights over the ad's n-grams'
        sublinear TF-IDF, L2-normalised (as ``train.fit`` builds it)."""
        cols, v = self._vector(text)
        z = (v @ self._coef[cols] if cols else np.zeros(len(self.heads))) + self.intercept
        return {h: _logistic(float(z[i])) for i, h in enumerate(self.heads)}

    def evidence(self, text: str, head: str, limit: int = 90) -> str:
        """The sentence of the ad whose n-grams weigh most for ``head`` (a flag's quote)."""
        i = self.heads.index(head)
        best, best_w = "", -math.inf
        for sent in _SENTENCE.split((text or "")[:MAX_CHARS]):
            sent = sent.strip()
            if not sent:
                continue
            cols = [self._w[g][0] for g in set(ngrams(prepare(sent))) if g in self._w]
            score = float(self.idf[cols] @ self._coef[cols, i]) if cols else 0.0
            if score > best_w:
                best, best_w = sent, score
        return best if len(best) <= limit else best[: limit - 1].rstrip() + "…"

    def save(self, path: Path = MODEL_PATH) -> None:
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            settings=np.array(self.settings),
            heads=np.array(self.heads),
            vocab=np.array(terms),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float16),  # half precision: the file stays small, the bars do not move
            intercept=np.asarray(self.intercept, dtype=np.float64),
            bars=self.bars.as_array(self.heads),
            fingerprint=np.array(self.fingerprint),
        )


def _logistic(z: float) -> float:
    if z < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def verdict(rules_risk: str, p_scam: float, bars: Bars, grave: bool = False) -> str:
    """The risk after the model: capped when it is sure the ad is genuine, raised when sure of
    a scam. An ad that keeps a ``grave`` flag (one the rules count as critical: a fee, a kept
    passport...) is never capped under medium: a flag shown with "low risk" would contradict itself."""
    if rules_risk != "low" and p_scam < bars.cap_low and not grave:
        return "low"
    if rules_risk == "high" and p_scam < bars.cap_medium:
        return "medium"
    if rules_risk == "low" and p_scam >= bars.raise_at:
        return "medium"
    return rules_risk


def is_notice(probs: dict[str, float], bars: Bars) -> bool:
    """Whether the model is sure the ad is a notice or warning rather than an offer: its notice
    probability at ``notice_at`` (chosen over the bar of every scam of every left-out writer,
    ``train.choose_sure``), unless its scam probability is at ``NOTICE_SCAM_MAX`` or more."""
    return probs.get(NOTICE, 0.0) >= bars.notice_at and probs[SCAM] < NOTICE_SCAM_MAX


def _flag_part(model: Model, flags: list[FlagHit], text: str) -> dict[str, float] | None:
    """The model's probabilities on the sentences that carry the rules' flags, for a text that reads
    as a notice as a whole. A scam that pastes an official warning before or after its own demand
    ("... это мошенничество. А у нас честно: предоплата 500$ на карту") reads as a notice as a whole,
    but its demand's sentences do not (round 27 review: such ads were low with no flag). None when
    there are no flags, or for a model without n-grams (``train.figures`` judges stored
    probabilities with an empty shell), which cannot read the sentences: the text's probability decides."""
    if not flags or not model.vocab:
        return None
    part = " ".join(flagged_sentences(flags, text))
    return model.proba(part) if part else None


def flagged_sentences(flags: list[FlagHit], text: str) -> list[str]:
    """The sentences of the text that hold the evidence of one of the rules' flags."""
    keys = [h.evidence.rstrip("…").strip()[:40] for h in flags]
    return [s for s in (x.strip() for x in _SENTENCE.split(text[:MAX_CHARS])) if s and any(k and k in s for k in keys)]


def _flagged_sentence_scam(model: Model, flags: list[FlagHit], text: str) -> float:
    """The highest scam probability of a sentence that carries one of the rules' flags, each sentence
    read on its own (0.0 when there is none, or for a model without n-grams)."""
    if not model.vocab:
        return 0.0
    return max((model.proba(s)[SCAM] for s in flagged_sentences(flags, text)[:MAX_PASTED_SENTENCES]), default=0.0)


def _lone_doubted(scanner: Any, flags: list[FlagHit], missing: list[str], text: str, probs: dict[str, float]) -> bool:
    """One critical flag and nothing else, in a checkable ad the model thinks genuine, the flag
    itself doubted by its classifier (``LONE_SCAM``, ``LONE_FLAG``)."""
    if len(flags) != 1 or not flags[0].critical or flags[0].id not in probs:
        return False
    checkable = "employer-name" not in missing and ("employer-address" not in missing or scanner.has_phone(text))
    return checkable and probs[SCAM] < LONE_SCAM and probs[flags[0].id] < LONE_FLAG


def may_add(head: str, rules: ScanResult, text: str) -> bool:
    """Whether the model may add ``head`` to what the rules found: never to a text shorter than
    ``ADD_MIN_WORDS`` (on a snippet a few n-grams, normalised, weigh anything: "Работа в Корее,
    зарплата 2 300 000 вон в месяц" read as a private Korea channel at 0.64), and never
    unrealistic pay where the pay table has judged a stated pay (a sourced figure beats
    n-grams that cannot read numbers)."""
    if len(text.split()) < ADD_MIN_WORDS:
        return False
    return not (head == "unrealistic-pay" and rules.pay is not None and getattr(rules.pay, "top", None) is not None)


def flag_kept(found: bool, p: float, head: str, bars: Bars, p_scam: float = 1.0, critical: bool = False) -> bool:
    """Whether a flag with a classifier is reported: the rules' finding chooses the bar; a
    flag the rules found is dropped only in an ad the model doubts is a scam. A critical flag
    the rules found (a fee, a passport handed over, a debt) stays in an ad the model is
    sure is a scam (``KEEP_CRITICAL_SCAM``): its warning is the one that saves the money or
    the passport, and the flag's own classifier knows fewer wordings than the rules do
    ("Шиносномаро ба мо медиҳед" was dropped at 0.04)."""
    if found:
        if critical and p_scam >= KEEP_CRITICAL_SCAM:
            return True
        return p >= bars.keep.get(head, 0.0) or p_scam >= bars.doubt.get(head, 0.0)
    return p >= bars.add.get(head, 1.01)


def _wage_in_cash(scanner: Any, model: Model, result: ScanResult, head: str, text: str, flagged: set[str]) -> bool:
    """Whether the model would add cash-no-receipt to an ad of a named employer (the rules' ``result``)
    that asks no fee (``flagged``: the flags reported so far) on a sentence about the wage ("ООО ...
    Водитель со своим авто, оплата наличными после смены"): wages paid in cash by an employer one can
    check are not money handed over (every writer's brief says so, and the rules' cash rules carry
    ``pay_ctx`` as their "none"). Round 29: after holdout29 joined training, the model read that
    sentence as the flag at 0.98 and made the ad medium. Anonymous ads keep the model's judgment:
    writers label "зп наличкой, без договора" from a nameless recruiter as the flag (4 training ads)."""
    if head != "cash-no-receipt" or "upfront-fee" in flagged or "employer-name" in result.missing:
        return False
    pay = scanner.concepts.get("pay_ctx")
    return pay is not None and pay.search(tokenize(model.evidence(text, head, limit=10_000)).folded) is not None


def priced(scanner: Any, hit: FlagHit) -> bool:
    """Whether the rules raised a money flag on a sum with its currency ("Оплата визы 300$",
    "анкета — 300 сомонӣ", "12 ҳазор рубл в день"). The model never drops such a flag: its
    n-grams cannot read a number, and a price asked of the worker or a wage beyond the sourced
    pay table is a fact of the ad, not a wording (the reason ``may_add`` never adds pay the table
    has judged). Round 20's model dropped "Оплата визы 300$ при подписании" (fee probability 0.35,
    keep bar 0.4) from an ad that also said "Без предоплаты!"."""
    return hit.id in PRICED and any(a.currency_stated for a in scanner.pay.parse(hit.evidence))


def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when there is none or it was made with other settings."""
    return read_npz(path, "settings", SETTINGS, _build, "job-ad model")


def _build(z: Any) -> Model:
    heads = [str(h) for h in z["heads"]]
    terms = [str(t) for t in z["vocab"]]
    return Model(
        heads=heads,
        vocab={t: i for i, t in enumerate(terms)},
        idf=z["idf"].astype(np.float32),
        coef=z["coef"].astype(np.float32),
        intercept=z["intercept"].astype(np.float64),
        bars=Bars.from_array(z["bars"], heads),
        fingerprint=str(z["fingerprint"]),
    )


_SHIPPED = Shipped(load, "job-ad model", MODEL_PATH.name, "python -m bot.jobcheck.train")


def shipped() -> Model | None:
    """The model of ``data/jobcheck/model.npz``, read once per process (None: rules alone)."""
    return _SHIPPED.get()


def apply(scanner: Any, result: ScanResult, text: str, model: Model, probs: dict[str, float] | None = None,
          bars: Bars | None = None) -> ScanResult:
    """The rules' ``result`` judged by the model (``scanner``: the ``Scanner`` that made it; not
    imported here, as it imports this module): flags kept, dropped or added, then the risk
    recomputed as the rules compute it and capped or raised by the scam probability."""
    if probs is None and len(text.split()) < MIN_WORDS:
        return result
    probs = probs if probs is not None else model.proba(text)
    bars = bars if bars is not None else model.bars
    pasted = False
    if is_notice(probs, bars):
        part = _flag_part(model, result.flags, text)
        # A notice pasted beside a demand that reads as a scam on its own: the notice's words lower
        # every head of the whole text (a kept passport and a fee beside a ministry's warning: scam
        # 0.02, and the ad was medium with the passport dropped), so here the model drops no flag the
        # rules found and caps nothing. A genuine notice's own flagged sentence ("Работа без трудового
        # договора лишает вас защиты.") reads as a scam at 0.59-0.79 and keeps the model's judgment.
        # Round 30: where the flagged sentences together read as a notice too (an admin's "«пул диҳед»
        # фиреб аст" is one of them), one that reads as a scam on its own still keeps the rules' flags.
        reads_notice = part is not None and part[NOTICE] >= bars.notice_at
        if part is not None:
            pasted = (_flagged_sentence_scam(model, result.flags, text) if reads_notice else part[SCAM]) >= PASTED_SCAM
        if part is None or (reads_notice and not pasted):
            # it quotes the offers it warns of (the fee, the private channel, the tourist visa); it makes none
            return ScanResult("low", [], list(result.missing), list(result.good), 0.0, result.lang, result.pay, notice=True)
    elif probs.get(NOTICE, 0.0) >= PASTED_NOTICE:
        pasted = _flagged_sentence_scam(model, result.flags, text) >= PASTED_SCAM
    found = {h.id for h in result.flags}
    flags = [h for h in result.flags
             if pasted or h.id not in probs or priced(scanner, h)
             or flag_kept(True, probs[h.id], h.id, bars, probs[SCAM], h.critical)]
    added = [
        head for head in (model.flag_heads if probs[SCAM] >= ADD_SCAM else ())
        if head not in found and head in scanner.weights and may_add(head, result, text) and flag_kept(False, probs[head], head, bars)
    ]
    if added and scanner._is_notice(tokenize(text), flags):
        added = []  # a notice that warns of tourist visas or clubs names them; it does not offer them
    so_far = {h.id for h in flags} | set(added)
    added = [head for head in added if not _wage_in_cash(scanner, model, result, head, text, so_far)]
    if len(flags) != len(result.flags) or added:
        score = sum(h.weight for h in flags) + scanner.missing_weight * len(result.missing)
        level = scanner.level(score, any(h.critical for h in flags))
        if level == "low" and {h.id for h in flags} & scanner.at_least_medium:
            level = "medium"
        if added:
            # a flag only the model saw makes an ad at least medium risk, never high on its own
            level = "medium" if level == "low" else level
            for head in added:
                flags.append(FlagHit(head, model.evidence(text, head), scanner.weights[head][0], False))
                score += scanner.weights[head][0]
    else:
        score, level = result.score, result.risk
    if not pasted or level == "low":  # (on a low ad the verdict only raises)
        level = verdict(level, probs[SCAM], bars, any(scanner.weights.get(h.id, (0, False))[1] for h in flags))
    if level == "high" and not pasted and _lone_doubted(scanner, flags, result.missing, text, probs):
        level = "medium"
    flagged = {h.id for h in flags}
    good = [g for g in result.good if g[0] not in flagged]
    return ScanResult(level, flags, list(result.missing), good, score, result.lang, result.pay)
