"""The learned half of the recogniser: a logistic regression over character n-grams.

Why: the rules of ``bot/trouble/rules.py`` were written by one person from their own
examples; on a set written blind by someone else they kept precision (0.88) but missed a
third of the people in trouble (recall 0.69). A classifier over pieces of words, trained
on every labelled statement of several writers (``bot/trouble/data.py``), sees wordings
the rules do not know. The two are combined (``combine``): the rules' verdict moves the
bar the model's probability must clear. A statement the rules call urgent stays urgent
unless the model is nearly sure it is not (``keep``, low); a statement the rules pass over
becomes urgent only when the model is fairly sure (``add``, high). Both bars were chosen
by leave-one-writer-set-out cross-validation (``bot/trouble/train.py``; figures in
``bench/README.md``) and are stored in the model file.

Features: the text in the rules' one spelling (``spelling.skeleton``: Cyrillic and Latin
typing of Russian and Tajik meet), plus a ``?`` word when the message has a question mark;
character n-grams (2 to 5) inside each word padded with spaces (as scikit-learn's
``char_wb``), sublinear TF-IDF, L2-normalised. Training is done ahead of time with
scikit-learn (``python -m bot.trouble.train`` writes ``data/trouble/model.npz`` with a
fingerprint of the training statements and the settings); prediction is written here with
numpy (a few dozen look-ups and one dot product: microseconds). When the file is missing
or was made with other settings, the rules decide alone and a warning says so once.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.shipped import Shipped, read_npz
from bot.trouble.spelling import bounded, skeleton

MODEL_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "trouble" / "model.npz"
NGRAM_MIN = 2
NGRAM_MAX = 5
C_REG = 10.0  # inverse regularisation of the logistic regression
QUESTION = "?"  # the word added when the message asks something (skeleton() drops punctuation)
FORMAT = 1
SETTINGS = f"{FORMAT}|char_wb|{NGRAM_MIN}|{NGRAM_MAX}|{C_REG}|{QUESTION}|sublinear-l2"


def prepare(text: str) -> str:
    """The model's input: the rules' spelling of the (bounded) text, and ``?`` for a question."""
    text = bounded(text)  # as the rules read it: the start and the end of a long message
    s = skeleton(text)
    return f"{s} {QUESTION}" if QUESTION in text else s


def ngrams(prepared: str) -> list[str]:
    """Character n-grams inside each word padded with a space on both sides (scikit-learn's
    ``char_wb``, written out so that training and prediction share one definition)."""
    out: list[str] = []
    for w in prepared.split():
        out.extend(_word_ngrams(w))
    return out


@functools.lru_cache(maxsize=8192)
def _word_ngrams(word: str) -> tuple[str, ...]:
    w = f" {word} "
    n_w = len(w)
    return tuple(w[i : i + n] for n in range(NGRAM_MIN, min(NGRAM_MAX, n_w) + 1) for i in range(n_w - n + 1))


def fingerprint(rows: list[tuple[str, bool, str]]) -> str:
    """A hash of the settings and the training statements (writer, label, text, and the text
    as ``prepare`` spells it, so a change of spelling also makes the shipped model stale)."""
    h = hashlib.sha256(f"{SETTINGS}\n".encode())
    for writer, urgent, text in rows:
        h.update(f"{writer}\t{int(urgent)}\t{text}\t{prepare(text)}\n".encode())
    return h.hexdigest()[:16]


@dataclass
class Model:
    vocab: dict[str, int]
    idf: np.ndarray  # float32 per n-gram
    coef: np.ndarray  # float32 per n-gram
    intercept: float
    keep: float  # a rules-urgent statement stays urgent when the probability is at least this
    add: float  # a statement the rules pass over becomes urgent at this probability or more
    fingerprint: str = ""
    settings: str = SETTINGS

    def __post_init__(self) -> None:
        # per n-gram (idf, weight) as Python floats: for a hundred n-grams a dict and a loop
        # beat numpy's per-call overhead
        self._w = {g: (float(self.idf[j]), float(self.coef[j])) for g, j in self.vocab.items()}

    def proba(self, text: str) -> float:
        """Probability that ``text`` tells of a person in trouble now: the logistic of the
        weights of its n-grams' sublinear TF-IDF, L2-normalised (as ``train.fit`` builds it)."""
        dot = norm = 0.0
        w = self._w
        for g, c in Counter(ngrams(prepare(text))).items():
            iw = w.get(g)
            if iw is not None:
                v = (1.0 + math.log(c)) * iw[0]
                dot += v * iw[1]
                norm += v * v
        z = (dot / math.sqrt(norm) if norm else 0.0) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))

    def save(self, path: Path = MODEL_PATH) -> None:
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            settings=np.array(self.settings),
            vocab=np.array(terms),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=np.array(self.intercept, dtype=np.float64),
            bars=np.array([self.keep, self.add], dtype=np.float64),
            fingerprint=np.array(self.fingerprint),
        )


def combine(rules_urgent: bool, p: float, keep: float, add: float) -> bool:
    """The decision: the rules' verdict chooses which bar the model's probability must clear."""
    return p >= keep if rules_urgent else p >= add


def load(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when there is none or it was made with other settings."""
    return read_npz(path, "settings", SETTINGS, _build, "trouble model")


def _build(z: Any) -> Model:
    terms = [str(t) for t in z["vocab"]]
    keep, add = (float(x) for x in z["bars"])
    return Model(
        vocab={t: i for i, t in enumerate(terms)},
        idf=z["idf"].astype(np.float32),
        coef=z["coef"].astype(np.float32),
        intercept=float(z["intercept"]),
        keep=keep,
        add=add,
        fingerprint=str(z["fingerprint"]),
    )


_SHIPPED = Shipped(load, "trouble model", MODEL_PATH.name, "python -m bot.trouble.train")


def shipped() -> Model | None:
    """The model of ``data/trouble/model.npz``, read once per process (None: rules alone)."""
    return _SHIPPED.get()
