"""The job-ad scanner, the salary parser and the checklist scoring (pure parts)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.i18n import translator
from bot.jobcheck import checklist as cl
from bot.jobcheck.cues import fast_fold, tokenize
from bot.jobcheck.render import explain, explain_checklist, explain_sms
from bot.jobcheck.salary import check_pay, default_table
from bot.jobcheck.scanner import scan
from bot.knowledge.fold import fold

ROOT = Path(__file__).resolve().parent.parent
ADS = ROOT / "tests" / "data" / "ads.jsonl"


def ids(text: str, lang: str = "ru") -> list[str]:
    return scan(text, lang).flag_ids


# -- negation ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang",
    [
        ("Мы не берём никаких оплат с работников. Требуются грузчики на склад.", "ru"),
        ("Аз коргар пул гирифта намешавад. Кор дар анбор.", "tg"),
        ("Предоплата не требуется, работаем официально.", "ru"),
        ("Az korgar pul girifta nameshavad.", "tg"),
        ("Пешпардохт лозим нест.", "tg"),
        ("My ne berem nikakih oplat.", "ru"),
    ],
)
def test_a_negated_fee_is_a_good_sign_not_a_fee(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert "upfront-fee" not in r.flag_ids
    assert any(fid == "upfront-fee" for fid, _ in r.good)


def test_negation_does_not_reach_into_the_next_clause() -> None:
    r = scan("Опыт не нужен, взнос за бронь места 200$.", "ru")
    assert "upfront-fee" in r.flag_ids


def test_employer_pays_is_not_a_fee() -> None:
    assert "upfront-fee" not in ids("Билет и оформление визы оплачивает работодатель.")
    assert "upfront-fee" not in ids("Корфармо пули роҳро пардохт мекунад.", "tg")


# -- soft wording for fees ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang",
    [
        ("Взнос за бронь места 150$.", "ru"),
        ("Харҷи ҳуҷҷатҳо 3000 сомонӣ.", "tg"),
        ("Стоимость оформления пакета документов 400$.", "ru"),
        ("Ҳаққи хизмат 1200 доллар.", "tg"),
        ("Услуги агентства 500 евро.", "ru"),
        ("Пули раводид 500 доллар пешакӣ.", "tg"),
        ("Залог 300$ возвращается после первой зарплаты.", "ru"),
    ],
)
def test_soft_wording_for_fees(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert "upfront-fee" in r.flag_ids
    assert r.risk == "high"  # upfront-fee is critical


def test_wage_talk_is_not_a_fee() -> None:
    assert "upfront-fee" not in ids("Оплата труда 2 раза в месяц, зарплата на карту.")


# -- passports ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Нужен загранпаспорт.", "Требуется загранпаспорт и желание работать.", "Шиносномаи хориҷӣ лозим аст.", "Nuzhen zagranpasport."])
def test_needing_a_passport_is_not_passport_retention(text: str) -> None:
    assert "passport-retention" not in ids(text, "ru")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Паспорт сдаёте бригадиру на хранение.", "ru"),
        ("Загранпаспорт оставляете в офисе на время работы.", "ru"),
        ("Шиносномаатонро ба корфармо месупоред.", "tg"),
        ("Pasport ostavlyaete u rabotodatelya.", "ru"),
    ],
)
def test_passport_retention(text: str, lang: str) -> None:
    assert "passport-retention" in ids(text, lang)


def test_passport_stays_with_you_is_fine() -> None:
    assert "passport-retention" not in ids("Паспорт остаётся у вас на руках.")


# -- salaries -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,currency,high,period",
    [
        ("Зарплата 80 000 руб. в месяц", "RUB", 80000, "month"),
        ("Маош 2500 сомонӣ дар як моҳ", "TJS", 2500, "month"),
        ("зп 350 тыс. тенге", "KZT", 350000, "month"),
        ("2 500 000 вон в месяц", "KRW", 2500000, "month"),
        ("зарплата от 1500 до 2000$ в месяц", "USD", 2000, "month"),
        ("Заработок 2500 евро/мес", "EUR", 2500, "month"),
        ("£12.21 per hour", "GBP", 12.21, "hour"),
        ("зарплата 3500 руб. за смену", "RUB", 3500, "day"),
        ("maosh 1500 somoni dar yak moh", "TJS", 1500, "month"),
        ("zarplata 150k rub", "RUB", 150000, "month"),
    ],
)
def test_salary_parsing_in_seven_currencies(text: str, currency: str, high: float, period: str) -> None:
    amounts = default_table().parse(text.lower())
    assert amounts, text
    a = amounts[0]
    assert (a.currency, a.high, a.period) == (currency, high, period)


def test_a_fee_amount_is_not_pay() -> None:
    amounts = default_table().parse("взнос 300$ за визу, зарплата 1500$".lower())
    assert [a.kind for a in amounts] == ["fee", "pay"]


def test_a_phone_number_is_not_pay() -> None:
    pc = check_pay("Зарплата хорошая, звоните +7 999 123 45 67, Москва")
    assert pc.top is None


def test_pay_far_above_normal_is_a_flag_and_normal_pay_is_not() -> None:
    assert "unrealistic-pay" in ids("Работа в Корее, зарплата 5 000 000 вон в месяц, без опыта.")
    assert "unrealistic-pay" not in ids("Работа в Корее, зарплата 2 300 000 вон в месяц.")
    assert "unrealistic-pay" in ids("Кор дар Русия, маош 400 000 рубл дар як моҳ.", "tg")
    assert "unrealistic-pay" not in ids("Склад в Москве, зарплата 90 000 руб. в месяц.")
    assert "unrealistic-pay" in ids("UK farm work, 6000 pounds a month", "ru")


# -- missing items ----------------------------------------------------------------------------
def test_missing_items_of_a_bare_ad() -> None:
    r = scan("Требуются рабочие. Звоните.", "ru")
    assert r.missing == ["employer-name", "employer-address", "licence-number", "written-contract"]


def test_nothing_missing_in_a_complete_ad() -> None:
    r = scan("ООО «Пример», г. Москва, ул. Примерная, д. 5. Лицензия № 0042. Трудовой договор до выезда. Зарплата 90 000 руб.", "ru")
    assert r.missing == []
    assert r.risk == "low"


def test_contract_on_arrival_counts_as_missing_contract() -> None:
    r = scan("Договор подпишете на месте.", "ru")
    assert "no-written-contract" in r.flag_ids
    assert "written-contract" in r.missing


# -- Latin letters ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang,flag",
    [
        ("Poedete po turisticheskoy vize, na granitse skazhete, chto vy turist.", "ru", "tourist-visa"),
        ("Predoplata 300$ za oformlenie.", "ru", "upfront-fee"),
        ("Pardokht baroi hujjatho 2000 somoni peshaki.", "tg", "upfront-fee"),
        ("Shartnoma dar joy imzo mekuned.", "tg", "no-written-contract"),
        ("Koreya bez imtihon, kafolati 100%, pardokht 1000 dollar.", "tg", "unofficial-channel"),
        ("Tanho ba WhatsApp navised.", "tg", "messenger-only-contact"),
    ],
)
def test_latin_script_ads(text: str, lang: str, flag: str) -> None:
    assert flag in ids(text, lang)


def test_evidence_is_the_ads_own_words() -> None:
    r = scan("Кор дар Русия. Шиносномаатонро ба корфармо месупоред.", "tg")
    assert r.flags[0].evidence == "Шиносномаатонро ба корфармо месупоред"


def test_json_shape_is_exactly_the_public_one() -> None:
    d = json.loads(scan("Предоплата 500$. Пишите в личку.", "ru").to_json())
    assert set(d) == {"risk", "flags", "missing"}
    assert d["risk"] in ("low", "medium", "high")
    assert all(set(f) == {"id", "evidence"} for f in d["flags"])


def test_fast_fold_equals_fold_on_the_dev_set() -> None:
    for line in ADS.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        assert fast_fold(text).split() == fold(text).split()


def test_tokens_map_back_to_the_original() -> None:
    f = tokenize("Взнос — 200$, срочно!")
    assert f.words[0] == "vznos" and f.spans[0] == (0, 5)


# -- the development set --------------------------------------------------------------------------
def _dev() -> list[dict]:
    return [json.loads(line) for line in ADS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_dev_set_shape() -> None:
    ads = _dev()
    assert len(ads) >= 60
    ru = sum(a["lang"] == "ru" for a in ads)
    assert 0.5 <= ru / len(ads) <= 0.72
    assert any(a["script"] == "latn" for a in ads)
    assert {a["label"] for a in ads} == {"scam", "genuine"}


def test_dev_set_accuracy_at_least_98_percent_and_no_genuine_ad_rated_high() -> None:
    ads = _dev()
    correct = 0
    for ad in ads:
        r = scan(ad["text"], ad["lang"])
        predicted = "scam" if r.risk in ("medium", "high") else "genuine"
        correct += predicted == ad["label"]
        if ad["label"] == "genuine":
            assert r.risk != "high", ad["text"][:60]
    assert correct / len(ads) >= 0.98  # 100 % on 518 ads at the third round of issue 16


def test_a_long_ad_costs_no_more_than_its_parts() -> None:
    """Scanning is linear in the ad's length: a 2,000-character ad costs less than its ten
    200-character pieces scanned one by one (about a third of it; a cost quadratic in the length
    would make it several times more). Measured as a ratio, taken in turn, so a loaded machine
    slows both sides alike; the time itself is the bench's (bench/offers.py), not a test's."""
    text = " ".join(a["text"] for a in _dev())[:2000]
    pieces = [text[i : i + 200] for i in range(0, len(text), 200)]
    scan(text, "ru")
    for p in pieces:
        scan(p, "ru")
    ratios = []
    for _ in range(9):
        t0 = time.perf_counter()
        scan(text, "ru")
        t1 = time.perf_counter()
        for p in pieces:
            scan(p, "ru")
        ratios.append((t1 - t0) / (time.perf_counter() - t1))
    assert statistics.median(ratios) < 1.5


# -- explanations ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_explanations_are_translated(lang: str) -> None:
    tr = translator(lang)
    r = scan("Взнос за бронь 200$. Паспорт сдаёте бригадиру.", lang)
    text = explain(r, tr)
    assert "High risk" not in text and "«" in text
    sms = explain_sms(r, tr)
    assert len(sms) <= 134


# -- checklist ------------------------------------------------------------------------------------------
def test_a_critical_answer_makes_the_result_high() -> None:
    res = cl.score({"abroad": "no", "fee": "yes"})
    assert res.risk == "high"
    assert res.reasons[0].flag == "upfront-fee"
    assert not res.urgent


def test_dont_know_counts_half_and_adds_a_step() -> None:
    res = cl.score({"abroad": "no", "licence": "unknown"})
    assert res.score == 1.5  # unlicensed-recruiter weighs 3
    q = cl.default_checklist().get("licence")
    assert q is not None and q.unknown_step in res.steps


def test_a_critical_dont_know_is_not_high_by_itself() -> None:
    assert cl.score({"abroad": "no", "fee": "unknown"}).risk == "medium"


def test_all_good_answers_are_low() -> None:
    answers = {q.id: ("no" if q.risky == "yes" else "yes") for q in cl.default_checklist().questions}
    answers["abroad"] = "no"
    res = cl.score(answers)
    assert res.risk == "low" and not res.reasons


def test_violence_is_urgent() -> None:
    assert cl.is_urgent("violence", "yes")
    assert not cl.is_urgent("violence", "no")
    res = cl.score({"abroad": "yes", "confined": "yes"})
    assert res.urgent and res.risk == "high"


def test_abroad_questions_only_for_people_abroad() -> None:
    c = cl.default_checklist()
    assert "violence" not in [q.id for q in c.applicable({"abroad": "no"})]
    assert [q.id for q in c.applicable({"abroad": "yes"})][:4] == ["abroad", "threats", "violence", "confined"]


@pytest.mark.parametrize("lang", ["tg", "ru"])
def test_checklist_explanation(lang: str) -> None:
    text = explain_checklist(cl.score({"abroad": "no", "fee": "yes", "contract": "unknown"}), translator(lang))
    assert "Why:" not in text and "•" in text


# -- command line ------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_check_offer_batch() -> None:
    lines = "\n".join(json.dumps({"lang": lg, "text": t}, ensure_ascii=False) for lg, t in [("ru", "Предоплата 300$"), ("tg", "Ширкати «Намуна» ҶДММ")])
    out = subprocess.run([sys.executable, "-m", "bot", "check-offer", "--batch"], input=lines, capture_output=True, text=True, cwd=ROOT, check=True)
    rows = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["risk"] == "high" and rows[0]["flags"][0]["id"] == "upfront-fee"


@pytest.mark.slow
def test_check_offer_json_from_stdin() -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "check-offer", "--lang", "tg", "--json"], input="Бо раводиди сайёҳӣ меравед.", capture_output=True, text=True, cwd=ROOT, check=True)
    d = json.loads(out.stdout)
    assert d["risk"] == "high" and d["flags"][0]["id"] == "tourist-visa"


def test_data_files_have_no_problems() -> None:
    from bot.jobcheck.check import problems

    assert problems() == []


# -- cases found while writing the held-out set --------------------------------------------------
def test_an_amount_after_a_fee_word_is_a_fee() -> None:
    assert "upfront-fee" in ids("Оформление за 3 дня, услуги 600$.")
    assert "upfront-fee" in ids("Для трудоустройства нужна медкнижка — оформим за 3500 руб.")
    assert "upfront-fee" in ids("Мы не берём предоплату. Оплата только после трудоустройства — 10% от первой зарплаты.")


def test_cash_wages_and_housing_costs_are_not_fees() -> None:
    # (these snippets name no employer, so unverifiable-employer is expected and not asserted)
    money = {"upfront-fee", "cash-no-receipt", "employer-controls-living"}
    assert not money & set(ids("Нужен водитель со своим авто, оплата наличными после смены."))
    assert not money & set(ids("Стоимость проживания 5000 руб в месяц."))
    assert not money & set(ids("Оформление по ТК, зарплата 80 000 руб."))
    assert ids("ООО «Пример», г. Тула, ул. Заводская, 3. Водитель со своим авто, оплата наличными после смены.") == []


def test_held_out_set_accuracy() -> None:
    ads = [json.loads(line) for line in (ROOT / "tests" / "data" / "ads_holdout.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    correct = sum(("scam" if scan(a["text"], a["lang"]).risk != "low" else "genuine") == a["label"] for a in ads)
    assert correct / len(ads) >= 0.95  # 100 % at the third round of issue 16 (a dev set since the second; training data of the model since the fifth)


# -- issue 16, round 2: pay over a stated span is divided into months --------------------

@pytest.mark.parametrize(("text", "flagged"), [
    ("Работа в Москве, за 3 месяца 300 000 руб, без опыта", False),
    ("Москва: 390 000 руб за 3 месяца работы, опыт не нужен", False),
    ("Вахта, оплата 240 000 руб за 60 дней, без опыта", False),
    ("Ба Маскав, маош 300 000 рубл барои 3 моҳ, бе таҷриба", False),
    ("ООО «Пример», Сургут. За вахту 60 дней выплачиваем 260 000 руб.", False),
    ("Москва: 900 000 руб за 3 месяца, без опыта", True),
    ("Германия, 16 евро в час, опыт нужен", False),
    ("Польша, склад, 3500$ в месяц, опыт не нужен", True),
])
def test_pay_over_a_span_and_per_hour_is_compared_as_monthly_pay(text: str, flagged: bool) -> None:
    from bot.jobcheck.salary import check_pay

    assert check_pay(text).too_high is flagged
