"""Hostile input to the question matcher and its n-gram model (issue 16): bounded work, no crash."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from bot.knowledge import model as cm
from bot.knowledge.articles import load_library
from bot.knowledge.matcher import Matcher

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_library(ROOT))


@pytest.mark.parametrize(
    "text",
    [
        "паспорт " * 200_000,  # 1.6 MB
        "a" * 1_000_000,  # one endless word
        "\u200b\u200f\u202e" * 10_000 + "паспорт",  # zero-width and direction marks
        "п\u0301а\u0301с\u0301п\u0301о\u0301р\u0301т" * 5_000,  # combining accents
        "\x00\x01\x02 pasport \ufffd" * 10_000,
        "🙂" * 50_000,
    ],
)
def test_long_or_strange_input_is_cut_and_answered_fast(matcher: Matcher, text: str) -> None:
    t0 = time.perf_counter()
    m = matcher.match(text, "ru")
    assert time.perf_counter() - t0 < 2.0
    assert m.decision in ("answer", "choose", "none")
    assert len(m.top(3)) == len(set(m.top(3)))


def test_the_model_only_ever_reads_the_first_characters() -> None:
    assert cm.prepare("x " * 10_000).count("x") <= cm.MAX_QUERY_CHARS


def test_a_model_file_with_objects_in_it_is_refused(tmp_path: Path) -> None:
    """The shipped weights load with allow_pickle=False: a file with pickled objects is not run."""
    bad = tmp_path / "model.npz"
    np.savez(bad, format=np.array(cm.FORMAT), classes=np.array([{"evil": 1}], dtype=object))
    assert cm.load(bad) is None
