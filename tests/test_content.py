"""Content that can be checked: sources and dates enforced by the check, the "Checked:" line
after volatile articles (never on SMS), review warnings, and ``python -m bot content review``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.app import build_engine
from bot.engine.model import Inbound, State
from bot.engine.runner import Engine
from bot.knowledge.articles import LANGUAGES, load_library, load_taxonomy
from bot.knowledge.check import problems, warnings
from bot.knowledge.matcher import Matcher
from bot.knowledge.review import number_facts
from tests.test_console import client, login  # noqa: F401  (the console on a real server, signed in)
from tests.test_sms import Line, line  # noqa: F401  (the SMS line fixture: real server, fake Twilio)

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).resolve().parent / "fixtures"


def run_bot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


# -- the check: sources need a publisher, a URL or a document, and the day they were read --------


def test_a_source_without_url_or_document_fails_the_check() -> None:
    found = problems(FIX / "articles_source_no_url")
    assert "data/articles/recruitment-fees.yaml: source 1 has neither a url nor a document" in found, found
    # the old one-line format is refused too: it named no one and could not be checked
    assert any(p.startswith("data/articles/recruitment-fees.yaml: source 2 must be a mapping") for p in found), found


def test_a_source_without_a_date_or_publisher_fails_the_check() -> None:
    found = problems(FIX / "articles_source_no_date")
    assert "data/articles/recruitment-fees.yaml: source 1 has no checked date (the day the source was read)" in found, found
    assert "data/articles/recruitment-fees.yaml: source 2 names no publisher" in found, found


@pytest.mark.slow
def test_the_check_command_exits_non_zero_on_such_a_source(tmp_path: Path) -> None:
    # the whole `python -m bot check` on a copy of the repository whose one article cites "Russia (verify)"
    import shutil

    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "var", "tests", "__pycache__", "node_modules"))
    meta = copy / "data" / "articles" / "russia-patent.yaml"
    doc = yaml.safe_load(meta.read_text(encoding="utf-8"))
    doc["sources"] = [{"publisher": "Russia (changes often, verify)", "checked": "2026-12-06"}]
    meta.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=copy, capture_output=True, text=True, timeout=120)
    assert out.returncode == 1, out.stdout[-2000:]
    assert "data/articles/russia-patent.yaml: source 1 has neither a url nor a document" in out.stdout


def test_all_articles_of_the_taxonomy_pass_in_both_languages() -> None:
    lib = load_library(ROOT)
    taxonomy, _ = load_taxonomy(ROOT)
    assert lib.problems == ()
    assert len(taxonomy) == 49 and set(taxonomy) <= set(lib.articles)
    for art in lib.articles.values():
        assert set(art.texts) == set(LANGUAGES), art.id
        assert art.sources and all(s.publisher and (s.url or s.document) and s.checked for s in art.sources), art.id
        assert art.checked == min(s.checked for s in art.sources)  # as fresh as its oldest source


def test_every_article_that_states_a_figure_law_or_deadline_is_volatile() -> None:
    lib = load_library(ROOT)
    for aid in ("online-job-scams", "licensed-agencies", "tourist-visa-work", "victim-assistance", "russia-patent",
                "russia-entry-ban-check", "kazakhstan-stay-and-work", "korea-eps", "russia-ruid-biometrics"):
        assert lib.get(aid).volatile, aid  # type: ignore[union-attr]


def test_unconfirmed_facts_are_marked_verify_and_say_so() -> None:
    lib = load_library(ROOT)
    for aid in ("kazakhstan-stay-and-work", "russia-military-recruitment", "russia-entry-ban-check"):
        art = lib.get(aid)
        assert art is not None and art.verify, aid
        tg, ru = art.texts["tg"].text, art.texts["ru"].text
        assert "тасдиқ накардем" in tg or "тасдиқ карда натавонистем" in tg or "пурра нестанд" in tg, aid
        assert "не подтвердили" in ru or "не смогли подтвердить" in ru or "видны не полностью" in ru, aid


def test_privacy_texts_promise_no_more_than_the_code_does() -> None:
    lib = load_library(ROOT)
    for aid in ("hotline-how-it-works", "privacy-and-safety"):
        tg, ru = lib.get(aid).texts["tg"].text, lib.get(aid).texts["ru"].text  # type: ignore[union-attr]
        assert "беном нест" in tg and "не аноним" in ru, aid
        assert "сабт" in tg and "записывается" in ru, aid  # a supervisor opens the number only for a recorded reason
        assert "90" in tg and "90" in ru, aid  # closed cases: CASE_RETENTION_DAYS
        assert "анонимный" not in ru and "калиди шартӣ" not in tg and "код (хеш)" not in tg
    greeting = (ROOT / "locales" / "ru" / "LC_MESSAGES" / "core.po").read_text(encoding="utf-8")
    assert "анонимный" not in greeting and "конфиденциальный помощник" in greeting
    tg_greeting = (ROOT / "locales" / "tg" / "LC_MESSAGES" / "core.po").read_text(encoding="utf-8")
    assert "Салом! Ман Ҳамроҳ ҳастам, ёрдамчии ройгон ва махфӣ." in tg_greeting


# -- "Checked: <date>" after volatile articles, never on SMS ---------------------------------------


@pytest.fixture(scope="module")
def kengine() -> Engine:
    eng = build_engine()
    lib = load_library(FIX / "articles_ok")  # lost-passport is volatile there, passport-retention is not
    eng.resources = {**eng.resources, "articles": lib, "matcher": Matcher(lib)}
    return eng


def article_reply(eng: Engine, lang: str, text: str):  # type: ignore[no-untyped-def]
    res = eng.step(State(lang=lang, node="main.menu"), Inbound(channel="tg", user="t:1", text=text))
    return next(r for r in res.replies if r.kind == "article")


@pytest.mark.slow
def test_a_volatile_article_ends_with_its_checked_date_but_its_sms_does_not(kengine: Engine) -> None:
    ru = article_reply(kengine, "ru", "паспорт потерял")
    assert ru.title == "Если паспорт потерян"
    assert ru.text.rstrip().endswith("Проверено: 28.11.2026")
    assert "Проверено" not in (ru.sms or "")
    tg = article_reply(kengine, "tg", "шиносномаамро гум кардам")
    assert tg.text.rstrip().endswith("Санҷида шуд: 28.11.2026") and "Санҷида" not in (tg.sms or "")


@pytest.mark.slow
def test_an_article_that_is_not_volatile_has_no_checked_line(kengine: Engine) -> None:
    reply = article_reply(kengine, "ru", "может ли работодатель забрать паспорт?")
    assert reply.title and "Проверено" not in reply.text


@pytest.mark.slow
async def test_sms_pages_never_carry_the_checked_line(line: Line) -> None:  # noqa: F811
    await line.screen("Салом")
    await line.screen("2")  # Russian
    pages = await line.screen("как получить патент")  # russia-patent: volatile
    text = " ".join(" ".join(p.split()) for p in pages)
    assert "Патент" in text or "патент" in text, pages
    assert "Проверено" not in text and "Санҷида" not in text
    assert line.fake.messages == []


# -- warnings once a volatile article is older than CONTENT_REVIEW_DAYS ----------------------------


@pytest.mark.slow
def test_overdue_volatile_articles_are_warned_not_failed() -> None:
    lib = load_library(ROOT)
    checked = max(a.checked for a in lib.articles.values() if a.checked)
    assert warnings(ROOT, today=checked, review_days=180) == []
    later = checked + dt.timedelta(days=181)
    warned = warnings(ROOT, today=later, review_days=180)
    volatile = {a.id for a in lib.articles.values() if a.volatile}
    assert {w.split(":")[0].removeprefix("data/articles/").removesuffix(".yaml") for w in warned} == volatile
    assert all("CONTENT_REVIEW_DAYS=180" in w for w in warned)
    assert problems(ROOT) == []  # a warning, not a failure


@pytest.mark.slow
def test_check_prints_the_review_warning_and_still_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    env = {**os.environ, "CONTENT_REVIEW_DAYS": "-1"}  # every volatile article is then overdue, even one read today
    out = run_bot("check", env=env)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert out.stdout.startswith("ok: ")
    assert "warning: data/articles/russia-patent.yaml: volatile and last checked" in out.stdout


# -- python -m bot content review -------------------------------------------------------------------


def test_number_facts_are_the_sentences_with_digits() -> None:
    text = "Патент нужен.\n• До 15 дней: регистрация; до 30 дней: патент.\nХраните квитанции. Штраф 5000 рублей!"
    assert number_facts(text) == ["До 15 дней: регистрация; до 30 дней: патент.", "Штраф 5000 рублей!"]


@pytest.mark.slow
def test_review_markdown_has_every_article_with_sources_facts_and_both_languages() -> None:
    out = run_bot("content", "review", "--format", "md", "--today", "2026-12-06")
    assert out.returncode == 0, out.stderr
    md = out.stdout
    lib = load_library(ROOT)
    assert md.startswith("# Hamroh content review")
    for aid, art in lib.articles.items():
        assert f"\n## {aid}\n" in md, aid
        assert art.texts["tg"].title.replace("|", "\\|") in md and art.texts["ru"].title.replace("|", "\\|") in md
    section = md.split("\n## russia-patent\n", 1)[1].split("\n## ", 1)[0]
    assert "Volatile: yes" in section and "checked: 2026-12-06 (0 days)" in section
    assert "https://ria.ru/20251026/ekzamen-2050642447.html" in section  # sources with their URLs
    assert "[ru] Подайте документы на патент в течение 30 дней после въезда." in section  # facts with numbers
    assert "[tg] " in section
    assert "| | Tajik (тоҷикӣ) | Russian (русский) |" in section  # side by side
    assert "Reviewed by:" in section


@pytest.mark.slow
def test_review_csv_one_row_per_article_and_one_language_on_request() -> None:
    out = run_bot("content", "review", "--format", "csv", "--today", "2027-12-06")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 49
    patent = next(r for r in rows if r["id"] == "russia-patent")
    assert patent["volatile"] == "yes" and patent["age_days"] == "365" and patent["status"] == "DUE"
    assert "30" in patent["facts_ru"] and patent["text_tg"].startswith("Барои кор дар Русия патент")
    assert "https://" in patent["sources"]
    kz = next(r for r in rows if r["id"] == "kazakhstan-stay-and-work")
    assert kz["status"] == "VERIFY"
    only = run_bot("content", "review", "--format", "csv", "--lang", "tg")
    header = next(csv.reader(io.StringIO(only.stdout)))
    assert "text_tg" in header and "text_ru" not in header


@pytest.mark.slow
def test_committed_review_file_is_the_command_output_for_its_date() -> None:
    committed = (ROOT / "docs" / "content-review.md").read_text(encoding="utf-8")
    day = committed.split(" on ", 1)[1][:10]
    out = run_bot("content", "review", "--format", "md", "--today", day)
    assert out.stdout == committed, "regenerate docs/content-review.md with `python -m bot content review --today " + day + "`"


# -- every article, the eight new ones included, is on a topic menu ------------------------------


def test_every_article_is_reachable_from_a_topic_menu() -> None:
    flow = yaml.safe_load((ROOT / "flows" / "knowledge.yaml").read_text(encoding="utf-8"))
    lib = load_library(ROOT)
    shown: set[str] = set()
    for node in flow["nodes"]:
        for call in node.get("do") or []:
            if isinstance(call, dict) and "list_articles" in call:
                args = call["list_articles"]
                if "ids" in args:
                    shown |= set(args["ids"])
                if "theme" in args:
                    shown |= {a.id for a in lib.by_theme(args["theme"])}
                if "country" in args:
                    shown |= {a.id for a in lib.by_country(args["country"])} | set(args.get("also") or [])
    assert set(lib.articles) <= shown, set(lib.articles) - shown


def test_the_new_menus_open_the_new_articles() -> None:
    eng = build_engine()
    res = eng.step(State(lang="ru", node="knowledge.topics"), Inbound(channel="tg", user="t:2", text="5"))
    labels = [o.label for r in res.replies for o in r.options]
    assert "Предложения контракта с армией России" in labels and "Не платят зарплату: куда жаловаться" in labels, labels
    res = eng.step(State(lang="tg", node="knowledge.topics"), Inbound(channel="tg", user="t:2", text="6"))
    labels = [o.label for r in res.replies for o in r.options]
    assert "Саломатӣ: ёрии таъҷилӣ, ВИЧ, сил, ҷароҳат дар кор" in labels and "Зӯроварӣ дар оила" in labels, labels


@pytest.mark.slow
async def test_supervisors_see_content_due_for_review_in_the_console(client, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    await login(client, "sami")  # a supervisor
    html = await (await client.get("/console/stats")).text()
    assert 'id="content-due"' not in html  # everything was read within CONTENT_REVIEW_DAYS
    monkeypatch.setenv("CONTENT_REVIEW_DAYS", "-1")  # now every volatile article is past its review date
    html = await (await client.get("/console/stats")).text()
    assert 'id="content-due"' in html and "Content due for review" in html
    assert "russia-patent: " in html and "written-contract: " not in html  # volatile ones only


def test_source_fields_are_bounded_and_urls_are_web_addresses(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "lib"
    shutil.copytree(FIX / "articles_ok", root)
    meta = root / "data" / "articles" / "recruitment-fees.yaml"
    doc = yaml.safe_load(meta.read_text(encoding="utf-8"))
    doc["sources"] = [
        {"publisher": "x" * 10_000, "url": "https://example.org/", "checked": "2026-12-06"},
        {"publisher": "Somebody", "url": "javascript:alert(1)", "checked": "2026-12-06"},
        {"publisher": "Somebody", "document": "Law No. 1", "checked": "yesterday"},
        {"publisher": "Somebody", "document": "Law No. 1", "checked": "2026-12-06", "note": "?"},
    ]
    meta.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    found = problems(root)
    where = "data/articles/recruitment-fees.yaml"
    assert f"{where}: source 1: publisher is longer than 500 characters" in found
    assert any(p.startswith(f"{where}: source 2: url 'javascript:alert(1)' must start with https://") for p in found), found
    assert f"{where}: source 3: checked 'yesterday' is not an ISO date (YYYY-MM-DD)" in found
    assert f"{where}: source 4: unknown field(s) note" in found
