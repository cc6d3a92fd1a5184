"""A learned question classifier over character n-grams, beside the lexical index.

Why a second model: the lexical matcher (``matcher.Index``) matches whole
words and their stems, so a Russian noun with a Tajik ending ("оформлениеро",
"работодателам"), Russian typed in Latin letters with letters dropped
("rabotodatl zabral pasport"), or a story that never names the topic's
keyword falls between its rules. Character n-grams (2 to 5 letters, inside
each folded word) see the shared pieces of such words, and a logistic
regression over them, trained on every article's title, keywords and examples
plus the training questions in ``data/knowledge/train_*.tsv`` (never the
evaluation sets in ``tests/data``), learns which pieces point to which article.
On the development set it raised top-1 from 89 % to 92 % before any new
training text, and the two together do better than either (``bench/matcher.py``).

Training uses scikit-learn (``TfidfVectorizer`` + ``LogisticRegression``) and
is done ahead of time: ``python -m bot.knowledge.model`` writes
``data/knowledge/model.npz`` with a fingerprint of the training texts. At
start-up the shipped model is used when its fingerprint matches the articles
and training files; otherwise (articles edited, a test library) the model is
trained in the process (a few seconds for the full library) and a warning says
to rebuild it. Nothing is downloaded.

Prediction is written here rather than calling scikit-learn: for one short
question its sparse-matrix machinery costs about 1 ms, while looking up a few
dozen n-grams and multiplying a small slice of the weight matrix with numpy
costs a tenth of that. ``tests/test_matcher_model.py`` checks that both give
the same probabilities.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.knowledge import fold
from bot.knowledge.articles import Library

log = logging.getLogger(__name__)

MODEL_PATH = fold.DATA_DIR / "model.npz"
NGRAM_MIN = 2
NGRAM_MAX = 5
STEM_WEIGHT = 0.7  # the block of word stems beside the n-grams, relative to them
STEM_MARK = "~"  # stem features are "~" + stem; folded text has no "~"
C_REG = 5.0  # inverse regularisation of the logistic regression
CLASS_WEIGHT: str | None = None  # or "balanced"
TOL = 1e-4  # solver tolerance: at 1e-3 the fit stopped early and one training line more or less moved a held-out set by a point
MAX_QUERY_CHARS = 600
FORMAT = 2


def prepare(text: str) -> str:
    """Folded words of a text without stopwords, one space apart (the model's input).

    Stopwords go (pronouns, question words, who tells a story: "писарам
    мегӯяд"): their n-grams would otherwise pull towards the articles whose
    examples happen to use them."""
    stops = fold.stopwords()
    return " ".join(t for t in fold.tokens(text[:MAX_QUERY_CHARS]) if t not in stops)


def ngrams(prepared: str) -> list[str]:
    """Character n-grams of the prepared text padded with a space on both sides.

    The n-grams run across word boundaries (scikit-learn's ``analyzer="char"``
    on `` text ``), so that two words that stand together ("muzd nadodand",
    "zakryli snaruzhi") give pieces of their own; written out so that training
    and the hand-written prediction share one definition.
    """
    s = f" {prepared} "
    n_s = len(s)
    out: list[str] = []
    for n in range(NGRAM_MIN, NGRAM_MAX + 1):
        if n > n_s:
            break
        out.extend(s[i : i + n] for i in range(n_s - n + 1))
    return out


def stem_terms(prepared: str) -> list[str]:
    """The stems of the prepared words, marked with ``STEM_MARK`` (they never collide with n-grams)."""
    return [STEM_MARK + fold.stem(w) for w in prepared.split()]


def training_files(data_dir: Path = fold.DATA_DIR) -> list[Path]:
    """Training question files (``article_id<TAB>script<TAB>question``), sorted."""
    return sorted(data_dir.glob("train_*.tsv"))


def training_pairs(library: Library, data_dir: Path = fold.DATA_DIR) -> list[tuple[str, str]]:
    """(text, article id) for every title, keyword and example of the library and every
    training question whose article is in the library."""
    pairs: list[tuple[str, str]] = []
    for art in library.articles.values():
        for lang in sorted(art.texts):
            t = art.texts[lang]
            pairs.append((t.title, art.id))
            pairs.extend((k, art.id) for k in t.keywords)
            pairs.extend((e, art.id) for e in t.examples)
    for path in training_files(data_dir):
        with path.open(encoding="utf-8", newline="") as fp:
            for row in csv.DictReader(fp, delimiter="\t", quoting=csv.QUOTE_NONE):
                aid = (row.get("article_id") or "").strip()
                q = row.get("question") or ""
                if aid in library.articles and q.strip():
                    pairs.append((q, aid))
    return pairs


def fingerprint(pairs: Iterable[tuple[str, str]]) -> str:
    """A hash of the training texts and the model's settings: the shipped model is current when it matches."""
    h = hashlib.sha256(f"{FORMAT}|{NGRAM_MIN}|{NGRAM_MAX}|{STEM_WEIGHT}|{C_REG}|{CLASS_WEIGHT}|{TOL}\n".encode())
    h.update(" ".join(sorted(fold.stopwords())).encode())
    for text, aid in pairs:
        h.update(f"{aid}\t{text}\n".encode())
    return h.hexdigest()[:16]


@dataclass
class CharModel:
    """Trained weights: n-gram vocabulary, IDF, one weight row per article."""

    classes: tuple[str, ...]
    vocab: dict[str, int]
    idf: np.ndarray  # float32, per n-gram
    coef: np.ndarray  # float32, classes x n-grams
    intercept: np.ndarray  # float32, per class
    fingerprint: str = ""

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and values of a text's known features: the sublinear TF-IDF of its
        n-grams and, beside it, of its word stems, each block L2-normalised, the stems' scaled
        by ``STEM_WEIGHT`` (as ``train`` builds them)."""
        prepared = prepare(text)
        idx: list[int] = []
        vals: list[float] = []
        for terms, weight in ((ngrams(prepared), 1.0), (stem_terms(prepared), STEM_WEIGHT)):
            start = len(vals)
            for g, c in Counter(terms).items():
                j = self.vocab.get(g)
                if j is not None:
                    idx.append(j)
                    vals.append((1.0 + math.log(c)) * float(self.idf[j]))
            block = vals[start:]
            norm = math.sqrt(sum(v * v for v in block)) or 1.0
            vals[start:] = [v * weight / norm for v in block]
        if not idx:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float32)
        return np.asarray(idx, dtype=np.intp), np.asarray(vals, dtype=np.float32)

    def known_share(self, text: str) -> float:
        """Share of a text's n-grams that the model knows (0 for noise or an unknown language)."""
        grams = ngrams(prepare(text))
        if not grams:
            return 0.0
        return sum(1 for g in grams if g in self.vocab) / len(grams)

    def proba(self, text: str) -> dict[str, float]:
        """Probability of each article (softmax of the linear scores); empty when no n-gram is known."""
        idx, vals = self.features(text)
        if len(idx) == 0:
            return {}
        z = self.coef[:, idx] @ vals + self.intercept
        z = z - z.max()
        e = np.exp(z)
        p = e / e.sum()
        return {c: float(x) for c, x in zip(self.classes, p, strict=True)}

    def save(self, path: Path = MODEL_PATH) -> None:
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        np.savez_compressed(
            path,
            format=np.array(FORMAT),
            classes=np.array(self.classes),
            vocab=np.array(terms),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            fingerprint=np.array(self.fingerprint),
        )


def load(path: Path = MODEL_PATH) -> CharModel | None:
    """The shipped model, or None when there is none or it is of another format."""
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            if int(z["format"]) != FORMAT:
                return None
            terms = [str(t) for t in z["vocab"]]
            return CharModel(
                classes=tuple(str(c) for c in z["classes"]),
                vocab={t: i for i, t in enumerate(terms)},
                idf=z["idf"].astype(np.float32),
                coef=np.ascontiguousarray(z["coef"].astype(np.float32)),
                intercept=z["intercept"].astype(np.float32),
                fingerprint=str(z["fingerprint"]),
            )
    except (OSError, ValueError, KeyError) as exc:
        log.warning("matcher model: cannot read %s (%s)", path, type(exc).__name__)
        return None


def train(pairs: list[tuple[str, str]]) -> CharModel | None:
    """Fit the model on (text, article id) pairs; None with fewer than two articles."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    labels = sorted({a for _, a in pairs})
    if len(labels) < 2:
        return None
    texts = [prepare(t) for t, _ in pairs]
    grams = TfidfVectorizer(analyzer=ngrams, sublinear_tf=True, dtype=np.float32)
    stems = TfidfVectorizer(analyzer=stem_terms, sublinear_tf=True, dtype=np.float32)
    x = hstack([grams.fit_transform(texts), STEM_WEIGHT * stems.fit_transform(texts)]).tocsr()
    y = [a for _, a in pairs]
    clf = LogisticRegression(C=C_REG, max_iter=5000, tol=TOL, class_weight=CLASS_WEIGHT)
    clf.fit(x, y)
    n_grams = len(grams.vocabulary_)
    vocab = {str(k): int(v) for k, v in grams.vocabulary_.items()}
    vocab.update({str(k): n_grams + int(v) for k, v in stems.vocabulary_.items()})
    idf = np.concatenate([grams.idf_, stems.idf_]).astype(np.float32)
    coef = clf.coef_.astype(np.float32)
    intercept = clf.intercept_.astype(np.float32)
    return CharModel(
        classes=tuple(str(c) for c in clf.classes_),
        vocab=vocab,
        idf=idf,
        coef=coef,
        intercept=intercept,
        fingerprint=fingerprint(pairs),
    )


_trained: dict[str, CharModel | None] = {}


def model_for(library: Library, data_dir: Path = fold.DATA_DIR, path: Path = MODEL_PATH) -> CharModel | None:
    """The model for a library: the shipped one when current, else one trained now (kept per process)."""
    pairs = training_pairs(library, data_dir)
    fp = fingerprint(pairs)
    if fp in _trained:
        return _trained[fp]
    shipped = load(path)
    if shipped is not None and shipped.fingerprint == fp:
        _trained[fp] = shipped
        return shipped
    if shipped is not None and set(shipped.classes) == set(library.articles):
        log.warning("matcher model: data/knowledge/model.npz is out of date; training now (run: python -m bot.knowledge.model)")
    try:
        model = train(pairs)
    except ImportError:  # scikit-learn missing: the lexical matcher alone still works
        log.warning("matcher model: scikit-learn is not installed; lexical matching only")
        model = None
    _trained[fp] = model
    return model


def is_current(library: Library, data_dir: Path = fold.DATA_DIR, path: Path = MODEL_PATH) -> bool:
    """Does the shipped model match the articles and training files?"""
    shipped = load(path)
    return shipped is not None and shipped.fingerprint == fingerprint(training_pairs(library, data_dir))


def main() -> int:
    """Train on the repository's articles and training files and write data/knowledge/model.npz."""
    from bot.knowledge.articles import load_library

    library = load_library()
    pairs = training_pairs(library)
    model = train(pairs)
    if model is None:
        print("too few articles to train")
        return 1
    model.save(MODEL_PATH)
    print(f"wrote {MODEL_PATH.name}: {len(model.classes)} articles, {len(model.vocab)} n-grams, {len(pairs)} texts, "
          f"fingerprint {model.fingerprint}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
