"""Match a free-text question to an article.

The index is built once at start-up from every article's title, keywords and
example questions in *both* languages: a person who chose Tajik may type in
Russian, or mix the two in one sentence, so the question is scored against all
of the data, with a small preference for the person's own language.

How a question is scored (all text first goes through ``fold.terms``, so
Cyrillic and Latin spellings and inflected forms meet):

- each question word is looked up in the vocabulary: exactly, else by a
  shared beginning (an ending the stemmer missed), else by edit similarity
  (typos; ``rapidfuzz``); a long unknown word is tried as several words glued
  together ("pasportamrogiriftand");
- each article gains, per question word, the best of similarity x IDF x the
  word's weight in that article (keywords and titles weigh more than example
  questions; a word that recurs in an article's data weighs more);
- pairs of question words that stand together in an article's data add a
  bonus (they tell "passport lost" from "passport taken");
- a question that is exactly one of an article's keywords goes to that
  article, even when every word of it is a stopword ("кто вы");
- the sum is divided by what a perfect match of the same words would get, so
  the score is roughly "how much of the question this article explains", 0..1.
  Unknown content words lower it, so an off-topic question does not look
  confident because of one known word; so does thin evidence (a single
  common or misspelt word).

The decision (answer / choose / none) uses the top score and its lead over
the runner-up; thresholds are constants below, set on the development set
(``bench/matcher.py``).
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.knowledge import fold
from bot.knowledge import model as char_model
from bot.knowledge.articles import Library

# Weights of the fields an article's words come from.
W_TITLE = 1.2
W_KEYWORD = 1.3
W_EXAMPLE = 1.0
SIBLING_GAP = 2  # a known stem also stands for stems one or two letters longer or shorter ...
SIBLING_SIM = 0.8  # ... at this similarity
OTHER_LANG = 0.85  # data in the language the person did not choose still counts, a little less
REPEAT_STEP = 0.1  # a word's weight grows by this for each further phrase of the article it is in ...
REPEAT_MAX = 1.5  # ... up to this factor
W_MAX = W_KEYWORD * REPEAT_MAX  # the most one word can weigh in an article
PAIR_BONUS = 0.6  # share of the pair's mean IDF added when two question words stand together
UNKNOWN_PENALTY = 0.6  # share of a mean IDF added to the denominator per unknown content word

MIN_EVIDENCE = 3.0  # raw score (IDF x weight) below which confidence is scaled down
# Decisions, on the n-gram model's probability of the best article. Since round 5 of
# issue 16 set by leave-one-writer-out cross validation (`bench/matcher.py --cv`): the most
# direct answers on the worst left-out writer with at most 2 % of them wrong on every
# left-out set (87.4 % direct at 1.9 % wrong on the worst; see bench/README.md).
ANSWER_SURE = 0.60  # answer directly at this probability or more ...
ANSWER_MIN = 0.40  # ... or at this much, when the runner-up is ANSWER_LEAD behind
ANSWER_LEAD = 0.30  # and the lexical index puts the same article first
CHOOSE_MIN = 0.12  # otherwise at least this: offer the top three; below: topics and a person
# The model's off-topic class (``model.OFF_TOPIC``) at this much, above every article: topics and a person. Round 32's CV
# (off-topic writers left out in turn): 0.40 turns 66.7 % of off-topic messages away against 63.1 % with no bar, and no
# question about an article more (0.30: 69.6 %, one in 2,159 more).
OFF_TOPIC_MIN = 0.40


def off_topic_wins(off: float, best: float, bar: float = OFF_TOPIC_MIN) -> bool:
    """Whether the off-topic class's probability ``off`` outweighs the best article's ``best``: answer nothing."""
    return off >= bar and off > best

MODEL_ALONE = 0.50  # no word the index knows at all: the model must be at least this sure to offer anything
MODEL_ALONE_LIFT = 2.5  # ... and this many times the even share (a library of three articles gives noise 0.56-0.79;
# 2.0 until round 23, when two more writers' questions made "what's the weather in Moscow" 0.685 there; 2.2 until round
# 30, when four more made it 0.786 for lost-passport; no effect with 49 articles: 0.051, under every bar)
# Without the model (scikit-learn missing), the lexical index's own thresholds.
LEX_ANSWER_MIN = 0.50
LEX_ANSWER_LEAD = 0.08
LEX_ANSWER_SURE = 0.70
LEX_CHOOSE_MIN = 0.20
MAX_QUERY_CHARS = 600  # a forwarded essay is cut; the beginning says what it is about


@dataclass(frozen=True)
class Match:
    """Result of matching one question.

    ``topic`` is the best article id (``None`` when nothing matched at all);
    act on ``decision``: ``answer`` (show ``topic``), ``choose`` (offer
    ``topic`` and the first two ``alternatives``), ``none`` (offer the topic
    list and a person).
    """

    topic: str | None
    score: float
    alternatives: tuple[tuple[str, float], ...] = ()
    decision: str = "none"

    def top(self, n: int = 3) -> list[str]:
        """The best ``n`` article ids, best first."""
        ids = [self.topic] if self.topic else []
        ids.extend(a for a, _ in self.alternatives)
        return ids[:n]

    def as_json(self) -> dict[str, object]:
        return {
            "topic": self.topic,
            "score": self.score,
            "alternatives": [[a, s] for a, s in self.alternatives],
            "decision": self.decision,
        }


@dataclass
class _Stats:
    fields: float = 0.0
    count: int = 0


@dataclass
class Index:
    """Inverted index over folded, stemmed terms; built once, read-only afterwards."""

    langs: tuple[str, ...]
    postings: dict[str, dict[str, tuple[float, ...]]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    vocab: list[str] = field(default_factory=list)
    by_prefix: dict[str, list[str]] = field(default_factory=dict)
    phrases: dict[str, frozenset[str]] = field(default_factory=dict)
    surface: frozenset[str] = frozenset()
    surface_list: list[str] = field(default_factory=list)
    mean_idf: float = 1.0
    _cache: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)

    def lookup(self, word: str) -> tuple[tuple[str, float], ...]:
        """Vocabulary terms that a folded question word may stand for, with a similarity 0..1."""
        hit = self._cache.get(word)
        if hit is None:
            hit = self._lookup(word)
            alt = fold.respelling(word) if not hit or hit[0][1] < 0.8 else None
            if alt is not None:
                # "strojke" as typed is unknown; as "stroike" (й typed "j") it is "стройке".
                alt_hit = self._lookup(alt)
                if alt_hit and alt_hit[0][1] > (hit[0][1] if hit else 0.0):
                    hit = alt_hit
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[word] = hit
        return hit

    def _lookup(self, word: str) -> tuple[tuple[str, float], ...]:
        term = fold.stem(word)
        found: dict[str, float] = {}
        if term in self.postings:
            # Known word; stems that differ by an ending the stemmer left
            # ("проверк-а" / "провер-ить") still count, a little less.
            found[term] = 1.0
            for v in self.by_prefix.get(term[:4], ()) if len(term) >= 5 else ():
                short, long_ = (v, term) if len(v) < len(term) else (term, v)
                if v != term and long_.startswith(short) and len(long_) - len(short) <= SIBLING_GAP:
                    found[v] = SIBLING_SIM
            return tuple(sorted(found.items(), key=lambda kv: -kv[1])[:3])
        if len(word) < 4 or word.isdigit():
            return ()
        if len(term) >= 4:
            # An ending the stemmer did not know: one stem starts the other.
            for v in self.by_prefix.get(term[:4], ()):
                short, long_ = (v, term) if len(v) < len(term) else (term, v)
                if long_.startswith(short):
                    found[v] = max(found.get(v, 0.0), 0.9 if len(long_) - len(short) <= 3 else 0.75)
        # Typos: compare whole words (more letters, so more reliable than stems), then stems.
        for choices, key in ((self.surface_list, fold.stem), (self.vocab, None)):
            query = word if key else term
            if len(query) < 4:
                continue
            cutoff = 75 if len(query) <= 5 else 72
            for v, score, _ in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3):
                t = key(v) if key else v
                if t not in self.postings or len(v) < 4:
                    continue
                sim = (score / 100.0) ** 2
                found[t] = max(found.get(t, 0.0), sim)
        return tuple(sorted(found.items(), key=lambda kv: -kv[1])[:3])

    def known(self, piece: str) -> bool:
        """Is ``piece`` a word seen in the data (for splitting glued words)?"""
        if piece in self.surface or piece in fold.stopwords():
            return True
        return len(piece) >= 3 and fold.stem(piece) in self.postings


def _phrases(library: Library, langs: Iterable[str]) -> Iterable[tuple[str, int, float, str]]:
    """(article id, language index, field weight, text) for every indexed phrase."""
    for art in library.articles.values():
        for li, lang in enumerate(langs):
            t = art.texts.get(lang)
            if t is None:
                continue
            yield art.id, li, W_TITLE, t.title
            for k in t.keywords:
                yield art.id, li, W_KEYWORD, k
            for e in t.examples:
                yield art.id, li, W_EXAMPLE, e


def build_index(library: Library, langs: tuple[str, ...] = ("tg", "ru")) -> Index:
    """Build the index from a loaded library (once, at start-up)."""
    stats: dict[str, dict[str, list[_Stats]]] = defaultdict(lambda: defaultdict(lambda: [_Stats() for _ in langs]))
    pairs: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    surface: set[str] = set()
    phrases: dict[str, set[str]] = defaultdict(set)
    for art_id, li, weight, text in _phrases(library, langs):
        toks = fold.tokens(text)
        surface.update(toks)
        if weight == W_KEYWORD:
            phrases[" ".join(toks)].add(art_id)
        ts = fold.terms(text)
        for t in ts:
            s = stats[t][art_id][li]
            s.fields = max(s.fields, weight)
            s.count += 1
        for a, b in itertools.pairwise(ts):
            if a != b:
                key = (a, b) if a < b else (b, a)
                pairs[key][art_id] = max(pairs[key].get(art_id, 0.0), weight)
    n = max(1, len(library.articles))
    index = Index(langs=langs)
    for term, per_art in stats.items():
        df = len(per_art)
        index.idf[term] = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
        index.postings[term] = {
            art: tuple(s.fields * min(REPEAT_MAX, 1.0 + REPEAT_STEP * (s.count - 1)) if s.count else 0.0 for s in per_lang)
            for art, per_lang in per_art.items()
        }
    index.pairs = {k: dict(v) for k, v in pairs.items()}
    index.vocab = sorted(index.postings)
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for v in index.vocab:
        if len(v) >= 4:
            by_prefix[v[:4]].append(v)
    index.by_prefix = dict(by_prefix)
    index.surface = frozenset(surface)
    index.phrases = {k: frozenset(v) for k, v in phrases.items() if k}
    index.surface_list = sorted(w for w in surface if len(w) >= 4 and not w.isdigit())
    index.mean_idf = sum(index.idf.values()) / max(1, len(index.idf))
    return index


def _split_glued(index: Index, token: str) -> list[str] | None:
    """Split a word typed without spaces into known words, longest pieces preferred."""
    n = len(token)
    best: list[tuple[float, list[str]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(1, n + 1):
        for j in range(max(0, i - 20), i - 1):
            prev = best[j]
            if prev is None:
                continue
            piece = token[j:i]
            if not index.known(piece):
                continue
            score = prev[0] + len(piece) ** 2
            if best[i] is None or score > best[i][0]:  # type: ignore[index]
                best[i] = (score, prev[1] + [piece])
    end = best[n]
    if end is None or len(end[1]) < 2:
        return None
    return end[1]


def query_words(index: Index, text: str) -> tuple[list[str], int]:
    """Folded content words of a question (glued words split) and the number of unknown words."""
    stops = fold.stopwords()
    out: list[str] = []
    unknown = 0
    for tok in fold.tokens(text[:MAX_QUERY_CHARS]):
        if tok in stops:
            continue
        cands = index.lookup(tok)
        if cands and cands[0][1] >= 0.8:
            out.append(tok)
            continue
        pieces = _split_glued(index, tok) if len(tok) >= 6 else None
        if pieces:
            out.extend(p for p in pieces if p not in stops)
            continue
        if cands:
            out.append(tok)
        elif len(tok) >= 4 and not tok.isdigit():
            unknown += 1
    return out, unknown


class Matcher:
    """Question matcher over one library; thread-safe for reading after construction.

    Two scorers vote: the lexical index (words, stems, typos, pairs, exact
    keywords) and the character n-gram model (``bot.knowledge.model``); the
    model may be switched off (``use_model=False``) to measure the index alone.
    """

    def __init__(self, library: Library, use_model: bool = True) -> None:
        self.library = library
        self.index = build_index(library)
        self.model = char_model.model_for(library) if use_model else None

    def lexical_scores(self, text: str, lang: str) -> list[tuple[str, float]]:
        """Articles scored by the lexical index alone (0..1), best first."""
        idx = self.index
        lang_w = tuple(1.0 if lg == lang else OTHER_LANG for lg in idx.langs)
        words, unknown = query_words(idx, text)
        # Only numbers and far-fetched look-alikes ("hello 16": "helo" ~ some
        # word, "16" in an article about minors): no evidence of a topic.
        if (not any(not w.isdigit() and (c := idx.lookup(w)) and c[0][1] >= 0.8 for w in words)
                and not idx.phrases.get(" ".join(fold.tokens(text[:MAX_QUERY_CHARS])))):
            return []
        terms = [fold.stem(w) for w in words]
        seen: set[str] = set()
        total: dict[str, float] = defaultdict(float)
        denom = UNKNOWN_PENALTY * idx.mean_idf * unknown
        for w, t in zip(words, terms, strict=True):
            if t in seen:
                continue
            seen.add(t)
            cands = idx.lookup(w)
            if not cands:
                continue
            best_here: dict[str, float] = {}
            top = 0.0
            for v, sim in cands:
                w0 = sim * idx.idf[v]
                top = max(top, idx.idf[v])  # a perfect match would have had similarity 1
                for art, ws in idx.postings[v].items():
                    weight = max(a * b for a, b in zip(ws, lang_w, strict=True))
                    gain = w0 * weight
                    if gain > best_here.get(art, 0.0):
                        best_here[art] = gain
            denom += top * W_MAX
            for art, gain in best_here.items():
                total[art] += gain
        # Two question words that stand together in an article's data.
        uniq = [t for t in dict.fromkeys(terms)]
        for a, b in itertools.pairwise(uniq):
            key = (a, b) if a < b else (b, a)
            arts = idx.pairs.get(key)
            if not arts:
                continue
            bonus = PAIR_BONUS * (idx.idf.get(a, 0.0) + idx.idf.get(b, 0.0)) / 2
            denom += bonus * W_MAX
            for art, weight in arts.items():
                total[art] += bonus * weight
        # The question is exactly one of an article's keywords (even one made
        # of stopwords only, like "кто вы"): what content staff wrote wins.
        exact = idx.phrases.get(" ".join(fold.tokens(text[:MAX_QUERY_CHARS])), frozenset())
        if exact:
            if denom <= 0:
                denom = 1.0
            for art in exact:
                total[art] = max(total[art], denom * (1.0 if len(exact) == 1 else 0.8))
        if denom <= 0:
            return []
        # Little evidence (one common or misspelt word) is little confidence,
        # however well that word covers the question.
        scored = [(min(1.0, s / denom) * min(1.0, math.sqrt(s / MIN_EVIDENCE)), s, a) for a, s in total.items() if s > 0]
        scored.sort(key=lambda x: (-x[0], -x[1], x[2]))
        return [(a, c) for c, _, a in scored]

    def ranked(self, text: str, lang: str) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """(model ranking, lexical ranking), each best first; the model's is empty without the model."""
        model, lex, _ = self.ranked_off(text, lang)
        return model, lex

    def ranked_off(self, text: str, lang: str) -> tuple[list[tuple[str, float]], list[tuple[str, float]], float]:
        """``ranked`` and the model's probability that the question is about no article (0 without the model)."""
        if fold.only_courtesy(text[:MAX_QUERY_CHARS]) and not self.index.phrases.get(" ".join(fold.tokens(text[:MAX_QUERY_CHARS]))):
            # "спасибо большое" after an answer is about no topic (it went to
            # unrealistic-pay for "большие деньги"), unless it is exactly an article's keyword.
            return [], [], 0.0
        lex = self.lexical_scores(text, lang)
        if self.model is None:
            return [], lex, 0.0
        if lex:
            proba = self.model.proba(text)
        else:
            # The index found no word it knows: numbers alone are no evidence of a
            # topic ("hello 16" is not about minors), so the model sees the words only.
            proba = self.model.proba(" ".join(t for t in fold.tokens(text[:MAX_QUERY_CHARS]) if not t.isdigit()))
        if not proba:
            return [], lex, 0.0
        off = proba.get(char_model.OFF_TOPIC, 0.0)
        ranked = sorted(((a, p) for a, p in proba.items() if a in self.library.articles), key=lambda x: (-x[1], x[0]))
        if not lex and (not ranked or ranked[0][1] < max(MODEL_ALONE, MODEL_ALONE_LIFT / len(proba))):
            # No word the index knows: only a confident model may speak (a story
            # in words no keyword uses), never a spread over everything (noise).
            return [], [], off
        return ranked, lex, off

    def scores(self, text: str, lang: str) -> list[tuple[str, float]]:
        """Articles with a score above zero, best first: the model's probabilities, else the lexical scores."""
        model, lex = self.ranked(text, lang)
        return model or lex

    def match(self, text: str, lang: str) -> Match:
        """Best article for a question, runner-ups, and what to do with it.

        The n-gram model ranks (it was the more accurate of the two on the
        development set, 94 % top-1 against 89 %); the lexical index is a
        second opinion that lets a less certain model answer directly when both
        agree, and it is the whole matcher when the model is missing.
        """
        model, lex, off = self.ranked_off(text, lang)
        ranked = model or lex
        if not ranked:
            return Match(None, 0.0, (), "none")
        topic, score = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if model:
            agree = bool(lex) and lex[0][0] == topic
            # Over a few articles the model spreads at least the even share over each, so both
            # bars are at least MODEL_ALONE_LIFT times that share (no effect with 49 articles:
            # 0.051; a library of three needs 0.83, where "what's the weather in Moscow" had 0.61-0.79).
            even = MODEL_ALONE_LIFT / len(model)
            sure, least = max(ANSWER_SURE, even), max(ANSWER_MIN, even)
            if off_topic_wins(off, score):
                decision = "none"  # about no article: the ranking stays for the log, nothing is answered
            elif score >= sure or (score >= least and score - second >= ANSWER_LEAD and agree):
                decision = "answer"
            elif score >= CHOOSE_MIN:
                decision = "choose"
            else:
                decision = "none"
        elif score >= LEX_ANSWER_SURE or (score >= LEX_ANSWER_MIN and score - second >= LEX_ANSWER_LEAD):
            decision = "answer"
        elif score >= LEX_CHOOSE_MIN:
            decision = "choose"
        else:
            decision = "none"
        alts = tuple((a, round(s, 3)) for a, s in ranked[1:5])
        return Match(topic, round(score, 3), alts, decision)


_default: Matcher | None = None


def default_matcher() -> Matcher:
    """The matcher over the repository's articles, built on first use and then kept."""
    global _default
    if _default is None:
        from bot.knowledge.articles import load_library

        _default = Matcher(load_library())
    return _default


def match(text: str, lang: str) -> Match:
    """Match ``text`` against the repository's articles (see ``Matcher.match``)."""
    return default_matcher().match(text, lang)
