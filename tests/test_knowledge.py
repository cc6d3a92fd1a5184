"""Articles loader, content check, matcher and the ``ask`` command."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.knowledge.articles import load_library
from bot.knowledge.check import problems
from bot.knowledge.matcher import Matcher

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def small() -> Matcher:
    return Matcher(load_library(FIXTURES / "articles_ok"))


# -- loader and check ---------------------------------------------------------------


def test_fixture_library_loads_into_immutable_articles() -> None:
    lib = load_library(FIXTURES / "articles_ok")
    assert lib.problems == ()
    art = lib.get("passport-retention")
    assert art is not None and art.theme == "red-flags" and art.related == ("lost-passport",)
    assert set(art.texts) == {"tg", "ru"}
    with pytest.raises(AttributeError):  # FrozenInstanceError
        art.theme = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        art.texts["tg"] = art.texts["ru"]  # type: ignore[index]


def test_check_passes_on_sound_articles() -> None:
    assert problems(FIXTURES / "articles_ok") == []


def test_check_names_a_missing_language_file() -> None:
    found = problems(FIXTURES / "articles_missing_lang")
    assert any(p.startswith("locales/ru/articles/lost-passport.yaml") and "missing" in p for p in found), found


def test_check_fails_on_an_sms_over_134_characters() -> None:
    found = problems(FIXTURES / "articles_long_sms")
    assert any(p.startswith("locales/tg/articles/passport-retention.yaml") and "134" in p for p in found), found


def test_check_fails_without_sources_or_checked_date() -> None:
    found = problems(FIXTURES / "articles_no_source")
    assert "data/articles/recruitment-fees.yaml: no sources" in found
    assert "data/articles/recruitment-fees.yaml: no checked date" in found


def test_check_reports_a_taxonomy_id_with_no_files(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "taxonomy.yaml").write_text("articles:\n  debt-bondage: x\n", encoding="utf-8")
    found = problems(tmp_path)
    assert any(p.startswith("data/articles/debt-bondage.yaml") for p in found)
    assert any(p.startswith("locales/tg/articles/debt-bondage.yaml") for p in found)
    assert any(p.startswith("locales/ru/articles/debt-bondage.yaml") for p in found)


def test_repository_articles_pass_the_check() -> None:
    assert problems(ROOT) == []


# -- matcher on the small fixture -----------------------------------------------------


@pytest.mark.parametrize(
    "question, lang, expected",
    [
        ("pasportamrogiriftand", "tg", "passport-retention"),  # Latin, no spaces
        ("корфармо шиносномаамро гирифт", "tg", "passport-retention"),
        ("работадатель забрал паспорт", "ru", "passport-retention"),  # typo
        ("pasport poteryal", "ru", "lost-passport"),  # Russian in Latin letters
        ("шиносномаамро гум кардам", "ru", "lost-passport"),  # Tajik text, Russian chosen
        ("посредник пул талаб дорад", "tg", "recruitment-fees"),  # mixed Tajik-Russian
    ],
)
def test_matcher_finds_the_article(small: Matcher, question: str, lang: str, expected: str) -> None:
    m = small.match(question, lang)
    assert m.topic == expected, m


def test_a_keyword_typed_exactly_finds_its_article(small: Matcher) -> None:
    # "кардам" is a stopword (a light verb); the keyword as a whole still counts.
    assert small.match("гум кардам", "tg").topic == "lost-passport"
    assert small.match("gum kardam", "ru").topic == "lost-passport"


def test_matcher_offers_nothing_for_greetings_and_noise(small: Matcher) -> None:
    for text in ("", "salom", "🙂", "?!", "здравствуйте"):
        m = small.match(text, "tg")
        assert m.decision == "none" and m.topic is None


def test_matcher_does_not_answer_an_off_topic_question(small: Matcher) -> None:
    assert small.match("какая погода завтра в москве будет", "ru").decision != "answer"


def test_matcher_survives_huge_input(small: Matcher) -> None:
    t0 = time.perf_counter()
    small.match("паспорт " + "бла" * 100_000, "ru")
    assert time.perf_counter() - t0 < 1.0


def test_alternatives_exclude_the_topic(small: Matcher) -> None:
    m = small.match("паспорт", "ru")
    assert m.topic not in [a for a, _ in m.alternatives]
    assert len(m.top(3)) == len(set(m.top(3)))


# -- generalisation to new writers: leave-one-writer-out floors ------------------------
#
# Since round 5 of issue 16 the development set and holdout 1-4 are training data (five
# writers, ``bot.knowledge.model.WRITER_SETS``), so figures on them measure the fit, not
# understanding. What a new writer will see is measured by leaving one writer's set out of
# training and asking its questions (``bench/matcher.py --cv``, figures in bench/README.md).
# That trains the model once per writer (about a minute each): the slow tier leaves out the
# worst writer (holdout4), HAMROH_SLOW_TESTS=1 all five; the guard below checks the fit.


def _dev_results() -> dict:
    sys.path.insert(0, str(ROOT))
    from bench.matcher import evaluate

    return evaluate(Matcher(load_library(ROOT)))


@pytest.fixture(scope="module")
def dev() -> dict:
    return _dev_results()


# The development set is training data now: the shipped model fits it (round 5: 100 % top-1
# and top-3, 99.9 % direct, none wrong); a floor a few points below catches a broken training pipeline or a model trained without
# the writer sets, not a loss of generalisation (that is the CV floors' job).
FIT_TOP1_FLOOR = 0.98
FIT_TOP3_FLOOR = 0.99
FIT_DIRECT_FLOOR = 0.95
WRONG_DIRECT_CEILING = 0.03


@pytest.mark.slow
@pytest.mark.parametrize("group", ["tg-cyr", "tg-lat", "ru-cyr", "ru-lat"])
def test_the_shipped_model_fits_its_writer_sets(dev: dict, group: str) -> None:
    g = dev["groups"][group]
    assert g["n"] >= 100
    assert g["top1"] / g["n"] >= FIT_TOP1_FLOOR, f"{group}: top-1 {g['top1']}/{g['n']}"
    assert g["top3"] / g["n"] >= FIT_TOP3_FLOOR, f"{group}: top-3 {g['top3']}/{g['n']}"


@pytest.mark.slow
def test_direct_answers_on_the_fit_are_frequent_and_rarely_wrong(dev: dict) -> None:
    g = dev["groups"]["all"]
    assert g["answer"] / g["n"] >= FIT_DIRECT_FLOOR, f"direct {g['answer']}/{g['n']}"
    assert g["wrong_answer"] / g["answer"] <= WRONG_DIRECT_CEILING, f"wrong {g['wrong_answer']}/{g['answer']}"


# Leave-one-writer-out floors (settings of round 5, writers of round 7: C 10, n-grams 2-5, thirds augmentation, writer
# sets at weight 2, thresholds 0.60/0.40/0.30): per left-out writer set, top-1 of its
# weakest group, top-1 overall, top-3 overall, stories' top-1, direct and wrong-direct, about
# one point below the measured figures.
CV_FLOORS: dict[str, dict[str, float]] = {  # measured: bench/README.md, "Questions, round 32" (CV of the shipped settings, 17 writer sets)
    "dev": {"group_top1": 0.945, "top1": 0.955, "top3": 0.975, "direct": 0.94, "story_top1": 0.98},  # 95.4 96.4 98.7 95.2 99.0
    "holdout": {"group_top1": 0.975, "top1": 0.98, "top3": 0.985, "direct": 0.97, "story_top1": 0.97},  # 98.5 99.0 99.7 97.8 98.0
    "holdout2": {"group_top1": 0.97, "top1": 0.985, "top3": 0.985, "direct": 0.985, "story_top1": 0.99},  # 98.3 99.5 99.7 99.5 100.0
    "holdout3": {"group_top1": 0.975, "top1": 0.98, "top3": 0.99, "direct": 0.965, "story_top1": 0.96},  # 98.5 98.8 99.9 97.5 97.2
    "holdout4": {"group_top1": 0.95, "top1": 0.96, "top3": 0.98, "direct": 0.94, "story_top1": 0.93},  # 95.9 97.2 99.1 94.9 93.9
    "holdout5": {"group_top1": 0.955, "top1": 0.97, "top3": 0.99, "direct": 0.96, "story_top1": 0.95},  # 96.5 98.1 99.9 97.0 95.9
    "holdout6": {"group_top1": 0.955, "top1": 0.97, "top3": 0.98, "direct": 0.95, "story_top1": 0.945},  # 96.8 98.1 99.2 96.2 95.7
    "holdout7": {"group_top1": 0.95, "top1": 0.96, "top3": 0.985, "direct": 0.935, "story_top1": 0.925},  # 96.1 97.1 99.6 94.4 93.5
    # holdout23's stories: 97.0 % (round 32), 95.8 % (round 34, 252 of 263, three fewer once holdout34 and qwriters35 joined)
    "holdout23": {"group_top1": 0.955, "top1": 0.97, "top3": 0.99, "direct": 0.945, "story_top1": 0.95},  # 96.7 98.2 99.9 95.7 97.0
    "holdout24": {"group_top1": 0.955, "top1": 0.97, "top3": 0.985, "direct": 0.935, "story_top1": 0.945},  # 96.7 97.9 99.3 94.6 95.4
    "qwriters30": {"group_top1": 0.95, "top1": 0.96, "top3": 0.985, "direct": 0.91, "story_top1": 0.94},  # 96.1 97.2 99.4 91.9 95.1
    "holdout31": {"group_top1": 0.945, "top1": 0.96, "top3": 0.99, "direct": 0.92, "story_top1": 0.925},  # 95.6 97.1 99.9 93.2 93.6
    "qwriters31": {"group_top1": 0.945, "top1": 0.96, "top3": 0.985, "direct": 0.91, "story_top1": 0.935},  # 95.6 97.2 99.6 91.9 94.5
    "holdout32": {"group_top1": 0.915, "top1": 0.94, "top3": 0.98, "direct": 0.89, "story_top1": 0.88},  # 92.8 95.0 98.9 89.9 89.0
    "qwriters32": {"group_top1": 0.91, "top1": 0.95, "top3": 0.975, "direct": 0.885, "story_top1": 0.91},  # 92.2 96.1 98.8 89.6 92.1
    # round 33 (19 writer sets; every floor above still holds on it): holdout33 left out
    "holdout33": {"group_top1": 0.945, "top1": 0.955, "top3": 0.98, "direct": 0.92, "story_top1": 0.92},  # 95.6 96.5 99.0 93.2 92.8
    # round 34 (21 writer sets): holdout34 left out
    "holdout34": {"group_top1": 0.93, "top1": 0.955, "top3": 0.98, "direct": 0.90, "story_top1": 0.915},  # 93.9 96.5 98.9 91.0 92.4
    # qwriters35 (Russian in Latin letters only, for training) left out, 22 writer sets
    "qwriters35": {"group_top1": 0.945, "top1": 0.945, "top3": 0.98, "direct": 0.895, "story_top1": 0.90},  # 95.8 95.8 98.9 90.6 91.2
}


@pytest.mark.slow
@pytest.mark.parametrize(
    "left_out",
    [
        "holdout6",  # the newest writers (blind until round 7) and the worst left-out top-1: always in the slow tier
        *[
            pytest.param(
                name, marks=pytest.mark.skipif(not os.environ.get("HAMROH_SLOW_TESTS"), reason="a minute per writer: HAMROH_SLOW_TESTS=1")
            )
            for name in ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout7", "holdout23", "holdout24", "qwriters30",
                         "holdout31", "qwriters31", "holdout32", "qwriters32", "holdout33", "holdout34", "qwriters35")
        ],
    ],
)
def test_leave_one_writer_out(left_out: str) -> None:
    sys.path.insert(0, str(ROOT))
    import bot.knowledge.matcher as mm
    from bench.matcher import cv_figures, cv_records, rates

    by_set, _ = cv_records(load_library(ROOT), [left_out])
    figs = cv_figures(by_set[left_out], mm.ANSWER_SURE, mm.ANSWER_MIN, mm.ANSWER_LEAD)
    floor = CV_FLOORS[left_out]
    r = rates(figs["all"])
    worst = min(rates(figs[g])["top1"] for g in ("tg-cyr", "tg-lat", "ru-cyr", "ru-lat") if g in figs)
    assert worst >= floor["group_top1"], worst
    assert r["top1"] >= floor["top1"] and r["top3"] >= floor["top3"], r
    assert r["direct"] >= floor["direct"] and r["wrong_direct"] <= WRONG_DIRECT_CEILING, r
    if "kind:story" in figs:
        assert rates(figs["kind:story"])["top1"] >= floor["story_top1"]


# Messages about no article (``model.OFF_TOPIC``), one training writer left out at a time: at most this share answered
# directly at the matcher's thresholds (round 32: 4.6 and 3.3 %; the round-31 matcher answered 14 % of holdout33's directly)
OFF_TOPIC_CV_CEILING = {"offtopic32a": 0.06, "offtopic32b": 0.045, "offtopic33": 0.04, "offtopic34": 0.035}  # round 33 CV: 2.5, 2.9, 2.5 %; round 34: offtopic34 2.0 %


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("HAMROH_SLOW_TESTS"), reason="a minute per writer: HAMROH_SLOW_TESTS=1")
@pytest.mark.parametrize("left_out", sorted(OFF_TOPIC_CV_CEILING))
def test_off_topic_messages_of_a_new_writer_get_no_direct_answer(left_out: str) -> None:
    sys.path.insert(0, str(ROOT))
    import bot.knowledge.matcher as mm
    from bench.matcher import cv_figures, cv_records, rates

    by_set, _ = cv_records(load_library(ROOT), [left_out])
    figs = cv_figures(by_set[left_out], mm.ANSWER_SURE, mm.ANSWER_MIN, mm.ANSWER_LEAD)
    assert "all" not in figs  # off-topic messages never count as questions about an article
    assert rates(figs["off-topic"])["direct"] <= OFF_TOPIC_CV_CEILING[left_out], figs["off-topic"]


def test_matching_is_fast() -> None:
    m = Matcher(load_library(ROOT))
    qs = ["шиносномаамро гирифтанд", "pasport zabral rabotodatel", "patent kak oplatit", "қарз барои роҳ"] * 50
    times = []
    for q in qs:
        t0 = time.perf_counter()
        m.match(q, "tg")
        times.append(time.perf_counter() - t0)
    assert statistics.median(times) < 0.01  # target 2 ms (bench/matcher.py); wide margin for a busy CI machine


# -- the ask command ---------------------------------------------------------------


def _ask(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "ask", *args],
        input=stdin,
        capture_output=True,
        check=False,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


@pytest.mark.slow
def test_ask_json_for_one_question() -> None:
    r = _ask("--lang", "ru", "--json", "работодатель забрал паспорт")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) >= {"topic", "score", "alternatives"}
    assert isinstance(out["score"], float) and isinstance(out["alternatives"], list)


@pytest.mark.slow
def test_ask_reads_one_question_per_line_from_stdin() -> None:
    r = _ask("--lang", "tg", stdin="шиносномаамро гирифтанд\n\npul baroi viza\n")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 2 and all("topic" in x for x in lines)
