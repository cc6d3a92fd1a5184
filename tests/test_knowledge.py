"""Articles loader, content check, matcher and the ``ask`` command."""

from __future__ import annotations

import json
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


# -- the development set: regression guard --------------------------------------------


def _dev_results() -> dict:
    sys.path.insert(0, str(ROOT))
    from bench.matcher import evaluate

    return evaluate(Matcher(load_library(ROOT)))


@pytest.fixture(scope="module")
def dev() -> dict:
    return _dev_results()


# Floors: the development-set figures of issue 16 (bench/README.md) with 41 and
# with issue 15's 49 articles, the lower of the two less about one point, so that
# retraining after an article edit does not trip them by noise; a real
# regression does.
# Second round of issue 16 (dev set 787 questions): 41 articles tg-cyr 96.3, tg-lat 98.8,
# ru-cyr 95.2, ru-lat 95.4 %, top-3 >= 98.6 %, stories 98.0 %, direct 86.8 %; with the
# 49 articles 95.4, 98.8, 93.3, 94.9 %, top-3 >= 98.3 %, stories 97.0 %, direct 83.6 %.
# Third round (branch i16m, dev set 787): tg-cyr 95.9, tg-lat 96.9, ru-cyr 94.7, ru-lat 94.9 %,
# top-3 >= 98.9 %, stories 99.0 %, code-switching 98.9 %, Russian in Latin 95.1 %, direct 88.4 %
# at 1.1 % wrong; floors about one point below.
TOP1_FLOOR = {"tg-cyr": 0.95, "tg-lat": 0.96, "ru-cyr": 0.935, "ru-lat": 0.94}
TOP3_FLOOR = 0.985
STORY_TOP1_FLOOR = 0.97
KIND_TOP1_FLOOR = {"kind:codeswitch": 0.975, "kind:rulat": 0.94}
DIRECT_FLOOR = 0.87  # share of questions answered directly ...
WRONG_DIRECT_CEILING = 0.03  # ... and at most this share of those answers wrong


@pytest.mark.slow
@pytest.mark.parametrize("group", sorted(TOP1_FLOOR))
def test_dev_set_top1_and_top3_per_group(dev: dict, group: str) -> None:
    g = dev["groups"][group]
    assert g["n"] >= 100
    assert g["top1"] / g["n"] >= TOP1_FLOOR[group], f"{group}: top-1 {g['top1']}/{g['n']}"
    assert g["top3"] / g["n"] >= TOP3_FLOOR, f"{group}: top-3 {g['top3']}/{g['n']}"


def test_dev_set_stories_and_mixed_language(dev: dict) -> None:
    story = dev["groups"]["kind:story"]
    assert story["n"] >= 60 and story["top1"] / story["n"] >= STORY_TOP1_FLOOR
    for kind, floor in KIND_TOP1_FLOOR.items():
        g = dev["groups"][kind]
        assert g["n"] >= 60 and g["top1"] / g["n"] >= floor, kind


def test_dev_set_direct_answers_are_frequent_and_rarely_wrong(dev: dict) -> None:
    g = dev["groups"]["all"]
    assert g["answer"] / g["n"] >= DIRECT_FLOOR, f"direct {g['answer']}/{g['n']}"
    assert g["wrong_answer"] / g["answer"] <= WRONG_DIRECT_CEILING, f"wrong {g['wrong_answer']}/{g['answer']}"


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
