"""The cue language of the job-ad scanner, compiled to regular expressions once.

Content staff write cues as plain words in Tajik or Russian (see the comment at
the top of ``data/jobcheck/scanner.yaml``); this module turns them into regular
expressions over the *folded* text, where both scripts have become one Latin
skeleton (``bot.knowledge.fold``), so one cue catches "пардохт" and "pardokht".

Folded text layout (built by :func:`tokenize`): words separated by single
spaces, with "," for a clause break and "." for a sentence break. Every cue
starts with a literal space, which makes the regex engine skip straight to
word starts (three times faster than a look-behind). The gap
between cue words is ``(?:[a-z0-9]+ ){0,n}``, which cannot step over "." and
steps over "," only in the "..." form. Matching a whole flag is then one
``finditer`` of one precompiled alternation: fast enough for long ads.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bot.knowledge.fold import CYR_TO_LAT, LATIN_RULES, LATIN_SPECIAL, O_APOSTROPHE, fold

GAP = 2
LONG_GAP = 5
_WORD = "[a-z0-9]+"


def _same(folded: str) -> str:
    """Spellings the folding keeps apart that ads mean the same: Cyrillic "сч" folds
    to "sj" and the Latin "sch" typed for it to "w" ("счёт" / "schet", "расчёт" /
    "raschet"). Applied to the ad's words and to the cue words alike."""
    return folded.replace("sj", "w") if "sj" in folded else folded


@lru_cache(maxsize=4096)
def fold_prefix(word: str) -> str:
    """Fold a word that is a prefix of longer words.

    A sentinel digit keeps the folding rules that look at the end of a word
    (word-final "й", doubled letters) from treating the prefix's end as a word end.
    """
    return fold(word + "0").strip()[:-1].replace(" ", "")


# Words of time after a number: a cue that ENDS in "#num" means an amount of money,
# and "чипта дар 10 рӯз", "виза за 2 недели" name a time, not a price.
_TIME_WORDS = (
    "рӯз", "руз", "день", "дня", "дней", "сутк", "недел", "ҳафта", "месяц", "месяца", "месяцев", "моҳ",
    "соат", "часа", "часов", "минут", "лет", "года", "сол", "сола", "ruz", "den", "dnya", "dney",
    "nedel", "hafta", "mesyac", "mesyats", "moh", "soat", "chasov",
)


@lru_cache(maxsize=1)
def _not_time() -> str:
    words = sorted({fold_prefix(w) for w in _TIME_WORDS} | {"dn", "jas"}, key=len, reverse=True)
    # ... also the first number of a range of time ("oformlenie 4–6 mesyatsev", "2-3 недели": round 25 g)
    return "(?! (?:(?:, )?[0-9]{1,2} )?(?:" + "|".join(re.escape(w) for w in words) + "))"


def _piece(part: str, amount: bool = False) -> str:
    """One word of an alternative: a number form, an exact word or a prefix."""
    m = re.fullmatch(r"#(\d+)-(\d+)", part)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        return "(?:" + "|".join(str(n) for n in range(hi, lo - 1, -1)) + ")(?![a-z0-9])"
    if part == "#num":
        if amount:
            # a short number after a single letter is a code, not money: "виза E-9", "H-2A"
            return "(?:(?<! [a-z] )[0-9]+|[0-9]{3,})(?![a-z0-9])" + _not_time()
        return "[0-9]+(?![a-z0-9])"
    exact = part.endswith("$")
    folded = _same(fold(part.rstrip("$")).strip() if exact else fold_prefix(part))
    if not folded:
        raise ValueError(f"cue word {part!r} folds to nothing")
    pieces = folded.split()  # "з/п" folds to "z p": two words
    if exact or len(folded) <= 2:
        return " ".join(re.escape(p) for p in pieces) + "(?![a-z0-9])"
    head = " ".join(re.escape(p) for p in pieces[:-1]) + (" " if len(pieces) > 1 else "")
    last = pieces[-1]
    if last.endswith("oj"):
        # a typed Latin "oj" ending a word folds to "oi" (Russian й: "moj"), so a prefix
        # ending in "oj" must also match the whole word that ends there
        return head + re.escape(last[:-1]) + "(?:j[a-z0-9]*|i(?![a-z0-9]))"
    return head + re.escape(last) + "[a-z0-9]*"


def _term(raw: str, last: bool = False) -> str:
    """One cue word (with ``|`` alternatives; ``_`` joins words inside one alternative).
    ``last``: the cue's last word, where "#num" is an amount (not "10 рӯз")."""
    alts: list[str] = []
    for part in raw.split("|"):
        words = [w for w in part.strip().split("_") if w]
        if words:
            alts.append(" ".join(_piece(w, last and i == len(words) - 1) for i, w in enumerate(words)))
    if not alts:
        raise ValueError(f"empty cue word {raw!r}")
    return "(?:" + "|".join(alts) + ")"


def compile_cue(cue: str) -> str:
    """A whole cue as a regex source (not compiled: cues of one flag are joined first)."""
    out: list[str] = []
    gap = f"(?:{_WORD} ){{0,{GAP}}}"
    pending_gap: str | None = None
    words = cue.split()
    for k, word in enumerate(words):
        if word == "..":
            pending_gap = f"(?:{_WORD} ){{0,{LONG_GAP}}}"
            continue
        if word == "...":
            pending_gap = f"(?:(?:{_WORD}|,) ){{0,{LONG_GAP}}}"
            continue
        if out:
            out.append(" " + (pending_gap or gap))
        out.append(_term(word, k == len(words) - 1))
        pending_gap = None
    if not out:
        raise ValueError(f"empty cue {cue!r}")
    # A leading literal space (the folded text starts with one) lets the regex
    # engine jump from word start to word start instead of trying every letter.
    return " " + "".join(out)


def compile_cues(cues: list[str]) -> re.Pattern[str] | None:
    """All cues of one list as one precompiled alternation (None for an empty list)."""
    if not cues:
        return None
    return re.compile("|".join(f"(?:{compile_cue(c)})" for c in cues))


def compile_words(words: list[str]) -> re.Pattern[str] | None:
    """Single cue words (negators) as a regex that must match one whole folded word."""
    if not words:
        return None
    return re.compile("(?:" + "|".join(_term(w) for w in words) + ")$")


# -- tokenising an ad --------------------------------------------------------------------

# Emoji and pictographs ("😊", "👉", "🔸", "✅", "❗️") stand where a writer would put a comma:
# they end a clause, so a "not" before one does not reach the statement after it ("разрешение
# делать не нужно 😊 Набор до пятницы"). Flags (regional-indicator pairs, "🇦🇪") stand inside a
# phrase ("Дубай 🇦🇪 Требуются") and are skipped, like the joiners and variation selectors.
_EMOJI = (
    "\u203c\u2049\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\U0001f000-\U0001f1e5\U0001f200-\U0001faff"
)
_TOKEN_RE = re.compile(r"\w+(?:['’ʼ`]\w+)*|[.!?;\n]+|[,:()«»\"“”—–]|[" + _EMOJI + r"]")
_SENTENCE = set(".!?;\n")
# A question answered on the spot ("— Трудовой договор есть? — Нет, зачем бумажки", "❓ Шартнома
# кай?\n— Онҷо, баъди ..."): the "?" and the dash of the answer join the two into one statement,
# read like a field ("Паспорт? — Сдаёшь старшему" = "Паспорт: сдаёшь старшему").
_ANSWER = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?[—–-](?=[ \t\u00a0]*\w)")
# ... or a bare "no" right after the "?" on the same line ("pasport zabirayut? net tolko kopiya",
# "Пул лозим? Не, ройгон"): the answer without a dash (round 15 p)
_BARE_ANSWER = re.compile(r"[ \t\u00a0]+(?=(?:нет|не|нест|net|ne|nest|yo'q)\b)", re.IGNORECASE)
# ... or an answer labelled on the next line ("Савол: Гарав мегиред?\nҶавоб: Не, ...", "Вопрос: Платить надо?\nОтвет: Нет";
# round 20 h): the label is skipped and the answer joins its question
_ANSWER_LABEL = re.compile(
    r"[ \t\u00a0]*\n[ \t\u00a0]*(?:ҷавоб|чавоб|ответ|javob|jovob|otvet)[ \t\u00a0]*[:：—–-][ \t\u00a0]*(?=\w)", re.IGNORECASE
)
_BARE_NO = frozenset({"ne", "net", "nest", "niet"})  # folded "не", "нет", "нест", "ne", "net"
# A field name of at most this many words at the start of a line, then a dash ("Договор — не нужен",
# "Оплата — наличными"): the dash joins like ":" ("Договор: не нужен"), not a clause break
FIELD_WORDS = 2


def span_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span of ``spans`` (in order, not overlapping: a regex's matches) that holds ``pos``, found by
    bisection: a hostile ad of many numbers and many phones stays linear."""
    k = bisect.bisect_right(spans, pos, key=lambda s: s[0]) - 1
    return spans[k] if k >= 0 and pos < spans[k][1] else None


@dataclass
class Folded:
    """An ad in folded form, with the way back to the words of the original."""

    text: str  # original text
    folded: str  # folded words, "," clause breaks, "." sentence breaks, one space apart, leading and trailing space
    starts: list[int]  # start offset in ``folded`` of each token
    spans: list[tuple[int, int]]  # (start, end) in ``text`` of each token
    kinds: list[str]  # "w" word, "," clause break, "." sentence break
    words: list[str]  # folded token strings
    phones: list[tuple[int, int]] | None = None  # spans in ``text`` of its phone numbers: found by the scanner once, when first asked
    reported: list[tuple[int, int]] | None = None  # spans in ``text`` of quotations of what others write or say (round 22 g)
    forbids: bool | None = None  # others reported and the text's own words forbid something (round 34 n), found once
    warns: bool | None = None  # others reported and the text's own words warn and offer nothing (round 35 n), found once
    offers: bool | None = None  # the text's own words offer work, ask to pay or give a contact to apply (round 35 n), found once

    def token_at(self, offset: int) -> int:
        """Index of the token that contains ``offset`` of the folded text."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def match_tokens(self, m: re.Match[str]) -> tuple[int, int]:
        """First and last token of a cue match (the match begins with the space before its first word)."""
        return self.token_at(m.start() + 1), self.token_at(max(m.start() + 1, m.end() - 1))

    def evidence(self, start: int, end: int, limit: int = 90) -> str:
        """The original words between two folded offsets (the ad's own words, not folded)."""
        a = self.token_at(start)
        b = self.token_at(max(start, end - 1))
        end = self.spans[b][1]
        while end < len(self.text) and self.text[end] in "$€£₽₩₸%":
            end += 1  # the sign after a number ("500$", "50%") belongs to it
        text = self.text[self.spans[a][0] : end]
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 1] + "…"

    @cached_property
    def _clause_breaks(self) -> list[int]:
        """Indices of the tokens that end a clause or a sentence (all but words), in order."""
        return [i for i, k in enumerate(self.kinds) if k != "w"]

    @cached_property
    def _sentence_breaks(self) -> list[int]:
        """Indices of the sentence breaks, in order."""
        return [i for i, k in enumerate(self.kinds) if k == "."]

    def _between(self, breaks: list[int], first: int, last: int) -> tuple[int, int]:
        """The tokens from after the last break before ``first`` to before the first break after
        ``last`` (found by bisection: an ad typed without punctuation is one long clause, and
        walking it token by token for each cue made a long hostile ad quadratic)."""
        k = bisect.bisect_left(breaks, first)
        i = breaks[k - 1] + 1 if k > 0 else 0
        k = bisect.bisect_right(breaks, last)
        j = breaks[k] - 1 if k < len(breaks) else len(self.kinds) - 1
        return i, j

    def clause(self, first: int, last: int) -> tuple[int, int]:
        """Token range (inclusive) of the clause(s) around tokens ``first..last``."""
        return self._between(self._clause_breaks, first, last)

    def sentence(self, first: int, last: int) -> tuple[int, int]:
        return self._between(self._sentence_breaks, first, last)

    def span_text(self, first: int, last: int) -> str:
        """Folded text of tokens ``first..last`` (for an ``except`` search)."""
        if first > last:
            return ""
        end = self.starts[last] + len(self.words[last])
        return " " + self.folded[self.starts[first] : end] + " "


# -- a fast path of bot.knowledge.fold.fold for whole ads ---------------------------------
# ``fold`` walks the text letter by letter, which costs about 1 ms per 2,000
# characters. For text with no mixed-script words and no letters outside the
# letter maps (nearly every ad), the same result comes from ``str.translate`` and
# the same rules; anything else goes to ``fold`` itself. A test checks that both
# give the same result on the whole development set.
_TRANSLATE = {ord(k): v for k, v in {**CYR_TO_LAT, **LATIN_SPECIAL}.items() if len(k) == 1}
_APOS = re.compile(r"['’ʼ`´ʻ‘]")
_MIXED = re.compile(r"[a-z][\u0400-\u04ff]|[\u0400-\u04ff][a-z]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_RULES = dict(LATIN_RULES)
_RULE_RE = re.compile("|".join(re.escape(a) for a, _ in LATIN_RULES))
_INITIAL_YE = re.compile(r"\bye")
_VOWEL_YE = re.compile(r"(?<=[aeiou])ye")  # as bot.knowledge.fold: "poyezd" = "поезд"
_FINAL_J = re.compile(r"(?<=o)j\b")  # as bot.knowledge.fold: a typed Latin "oj" ending a word is й
_DOUBLE = re.compile(r"([a-z])\1+")


def fast_fold(text: str) -> str:
    """``fold(text)`` (same result), faster for ordinary text."""
    low = unicodedata.normalize("NFC", text).lower()
    low = _APOS.sub("", O_APOSTROPHE.sub("u", low))
    low = _FINAL_J.sub("i", low)
    if _MIXED.search(low):
        return fold(text)
    t = low.translate(_TRANSLATE)
    if not t.isascii() and any(ch.isalpha() for ch in t if not ch.isascii()):
        return fold(text)  # letters outside the maps: fold knows what to do
    t = _NON_ALNUM.sub(" ", t)
    t = _INITIAL_YE.sub("e", t)
    t = _VOWEL_YE.sub("e", t)

    def rule(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok in ("4", "6"):
            a, b = m.start(), m.end()
            before = t[a - 1] if a > 0 else " "
            after = t[b] if b < len(t) else " "
            if not (before.isalpha() or after.isalpha()):
                return tok
        return _RULES[tok]

    t = _RULE_RE.sub(rule, t)
    return _DOUBLE.sub(r"\1", t)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word).replace(" ", "")


def _field(kinds: list[str]) -> bool:
    """Whether the words since the last sentence break (at least one) are few enough for a field name."""
    n = 0
    for kind in reversed(kinds):
        if kind == ".":
            break
        if kind != "w" or n == FIELD_WORDS:
            return False
        n += 1
    return n > 0


def tokenize(text: str) -> Folded:
    """Fold an ad once, keeping each token's place in the original.

    The whole text is folded in one call (fast); when folding merged or split
    words (rare: odd characters), each word is folded on its own instead.
    """
    raw = [(m.group(0), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    word_idx = [i for i, (t, _, _) in enumerate(raw) if t[0].isalnum() or t[0] == "_"]
    folded_words = fast_fold(text).split()
    if len(folded_words) != len(word_idx):
        folded_words = [_fold_word(raw[i][0]) for i in word_idx]
    fw = iter(_same(w) for w in folded_words)
    words: list[str] = []
    kinds: list[str] = []
    spans: list[tuple[int, int]] = []
    skip_dash = -1
    skip_to = -1  # the end of an answer's label ("Ҷавоб:"): its tokens are skipped (round 20 h)
    answer = False  # the next word starts the answer to a question
    for k, (tok, s, e) in enumerate(raw):
        if s == skip_dash:
            continue
        if s < skip_to:
            if tok[0].isalnum() or tok[0] == "_":
                next(fw)  # keep the folded words in step
            continue
        if tok[0].isalnum() or tok[0] == "_":
            w = next(fw)
            if not w:
                continue
            if answer and w in _BARE_NO and (k + 1 == len(raw) or not raw[k + 1][0][0].isalnum()):
                w = "net"  # a bare "Не", "Ne" answer is "no": "Договор есть? — Не." says "договор нет"
            answer = False
            words.append(w)
            kinds.append("w")
        elif tok[0] in _SENTENCE:
            if tok.rstrip("\n \t").endswith("?") and kinds and kinds[-1] == "w":
                lm = _ANSWER_LABEL.match(text, s + len(tok.rstrip("\n")))
                if lm is not None:
                    skip_to = lm.end()
                    answer = True
                    continue
                m = _ANSWER.match(text, s + len(tok.rstrip("\n"))) or _BARE_ANSWER.match(text, s + len(tok))
                if m is not None:
                    dash = m.end() - 1
                    skip_dash = dash if text[dash] in "—–" else -1
                    answer = True
                    continue  # nothing stands between a question and its answer: one statement
            if kinds and kinds[-1] == ".":
                continue
            if tok == "." and k > 0 and len(raw[k - 1][0]) == 1 and raw[k - 1][0].isupper() and raw[k - 1][2] == s:
                continue  # an initial ("на имя Ш. Н., бумажку не даём"): no sentence ends there (round 21 b)
            words.append(".")
            kinds.append(".")
        elif tok[0] not in ",:()«»\"“”—–":  # an emoji: a clause break (a sentence break was tried: it lost a flag)
            if not kinds or kinds[-1] != "w":
                continue
            words.append(",")
            kinds.append(",")
        elif tok in (",", "(", ")", "—", "–", "«", "»", '"', "“", "”"):
            if tok in ("«", "»", '"', "“", "”"):
                continue  # quotes do not break a phrase
            if tok in ("—", "–") and _field(kinds):
                continue  # "Договор — не нужен": a field and its value
            if kinds and kinds[-1] != "w":
                continue
            words.append(",")
            kinds.append(",")
        else:  # ":" joins ("оплата: 300$")
            continue
        spans.append((s, e))
    starts: list[int] = []
    pos = 1
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return Folded(text, " " + " ".join(words) + " ", starts, spans, kinds, words)
