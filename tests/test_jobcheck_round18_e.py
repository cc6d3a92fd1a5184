"""Issue 16, round 18 (branch r18e): precision of unverifiable-employer, no-written-contract and
upfront-fee in general forms.

Short made-up ads written for this file (never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"). Each form is not flagged wrongly, and the scam written next to it
still carries the flag:

- "paper" that is a receipt: where money is handed over or a receipt is named in the same
  sentence ("отдаёте нашему человеку наличкой, расписок не даём, всё на доверии", "ба одами мо
  месупоред, квитансия намедиҳем, ҳама бо эътимод"), "no paper" is cash with no receipt, not
  no written contract; a wage paid in cash "без бумажек" and "договора нет" still are;
- a pledge that is the worker's own wage or passport ("Последняя зарплата остаётся у бригадира как
  залог", "Маоши моҳи охир ҳамчун гарав ... мемонад", "Pasport ostavlyaete ... kak zalog") is no fee
  paid; money paid as a pledge ("Zalog 5000 rub za obshagu", "3000 рубл гарав месупоред") still is;
- a brand in Latin capitals that opens the ad, followed by its town or by "hires" ("Primer Mebel dar
  Isfara", "Sushi Primer в Новосибирске", "PRIMERTEX набирает") names the employer; a country, a
  town or a trade there ("Italiya Milan в Милане", "Stroyka Moskva dar Moskva") does not;
- "устои пардоз" is a finishing worker, not "pay!" ("3000 рубл пардоз" still is a fee);
- a bonus for each person brought "to our work" ("ки ба кори мо меоред, 2 000 рубл бонус") is paid to
  the worker (recruit-others), not a fee paid "to us";
- a cost the company pays ahead or takes on ("инро ширкат пешакӣ мепардозад", "ширкат ба гардан мегирад")
  is at most a debt to the employer, not a fee; "пешакӣ ба ширкат мепардозед" still is a fee;
- a place that opens a name after "firmai"/"склад" ("firmai London Primer") is part of the name when a
  capitalised word that is no place follows it; "склад Москва Сити", "ширкати Дубай Марина" stay places;
- a taxi park's share of the fares ("комиссия парка 4%") is no fee paid ahead; a "commission for the
  paperwork" still is.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids, risk

# (a fee handed over with no receipt: no-written-contract is wrong there; a wage in cash with no
# papers beside it: no-written-contract stays), lang
RECEIPTS = [
    ("Работа в Латвии на складе. Оформление 800$, отдаёте нашему человеку наличкой, расписок не даём, "
     "у нас всё на доверии. Тел +7 900 000-18-01",
     "Стройка в Казани, подсобники. Зарплата наличкой каждую пятницу, без бумажек. Тел +7 900 000-18-02",
     "ru"),
    ("Кор дар Латвия. Пули ҳуҷҷатҳо 700$ нақд ба одами мо месупоред, квитансия намедиҳем, ҳама бо эътимод. "
     "Тел +992 900 00 18 03",
     "Ба бозор грузчик лозим, маош ҳар ҳафта нақд, бе коғаз. Тел +7 900 000-18-04",
     "tg"),
    ("Rabota v Polshe. Za vizu 900$ otdaete nalichkoy predstavitelyu, bez raspisok, vse na doverii. "
     "Tel +7 900 000-18-05",
     "Rabota v Polshe na zavode. Zp nalichkoy, bez bumag. Tel +7 900 000-18-06",
     "ru"),
]


@pytest.mark.parametrize(("fee_ad", "wage_ad", "lang"), RECEIPTS)
def test_no_paper_for_money_handed_over_is_no_receipt(fee_ad: str, wage_ad: str, lang: str) -> None:
    got = ids(fee_ad, lang)
    assert "no-written-contract" not in got
    assert {"cash-no-receipt", "upfront-fee"} <= got
    assert "no-written-contract" in ids(wage_ad, lang)


def test_no_contract_stays_beside_a_fee_in_cash() -> None:
    scam = "Работа в Литве. Взнос 600$ отдаёте наличкой, договора нет, всё на доверии. Тел +7 900 000-18-07"
    assert {"no-written-contract", "upfront-fee"} <= ids(scam, "ru")


# (the wage or passport kept as a pledge, money paid as a pledge), lang
PLEDGES = [
    ("Склад в Подольске, грузчики, 60 000 ₽. Последняя зарплата остаётся у бригадира как залог до конца сезона. "
     "+7 900 000-18-11",
     "Склад в Подольске, грузчики, 60 000 ₽. При заезде залог 5000 ₽ за койку. +7 900 000-18-12",
     "ru"),
    ("Ба анбор дар Подольск борбардор лозим. Маоши моҳи охир ҳамчун гарав дар ширкат мемонад. +7 900 000-18-14",
     "Ба анбор дар Подольск борбардор лозим. Барои ҷой 3000 рубл гарав месупоред. +7 900 000-18-15",
     "tg"),
    ("Sklad v Podolske, gruzchiki. Pasport ostavlyaete u brigadira kak zalog. +7 900 000-18-16",
     "Sklad v Podolske, gruzchiki. Zalog 5000 rub za obshagu pri zaezde. +7 900 000-18-17",
     "ru"),
]


@pytest.mark.parametrize(("kept", "paid", "lang"), PLEDGES)
def test_wage_or_passport_as_pledge_is_no_fee(kept: str, paid: str, lang: str) -> None:
    got = ids(kept, lang)
    assert "upfront-fee" not in got
    assert got & {"debt-or-wage-withholding", "passport-retention"}
    assert "upfront-fee" in ids(paid, lang)


# (a brand opening the ad, a place or trade opening a scam), lang
BRANDS = [
    ("Primer Mebel dar Isfara ishchi lozim, zp 2800 somoni. Tel +992 900 00 18 54",
     "Stroyka Moskva dar Moskva odam lozim, zp 150 000. Tel +7 900 000-18-52", "tg"),
    ("Sushi Primer в Новосибирске ищет сушистов, 60 000 руб. +7 900 000-18-41",
     "Italiya Milan в Милане: работа на фабрике для всех, 3000 € в месяц. Оформление 400$. +992 900 00 18 51", "ru"),
    ("PRIMERTEX набирает швей в цех, 50 000 руб. +7 900 000-18-34",
     "Polsha Wroclaw в Польше ждёт: работа на складе. Пишите в Telegram @primer_pl_0", "ru"),
]


@pytest.mark.parametrize(("genuine", "scam", "lang"), BRANDS)
def test_latin_brand_opening_the_ad_names_the_employer(genuine: str, scam: str, lang: str) -> None:
    assert "unverifiable-employer" not in ids(genuine, lang)
    assert risk(genuine, lang) != "high"
    assert "unverifiable-employer" in ids(scam, lang)


def test_finishing_trade_is_no_order_to_pay() -> None:
    genuine = ("Ба таъмири хонаҳо дар Қазон ҶДММ «Намуна-Таъмир» (кӯчаи Намуна 3) устои пардоз лозим, 90 ҳазор рубл. "
               "Тел +7 900 000-18-61")
    scam = "Ба таъмири хонаҳо дар Қазон усто лозим. Барои ҷой 3000 рубл пардоз, баъд кор. Тел +7 900 000-18-62"
    assert "upfront-fee" not in ids(genuine, "tg")
    assert risk(genuine, "tg") == "low"
    assert "upfront-fee" in ids(scam, "tg")


def test_bonus_for_people_brought_to_us_is_no_fee() -> None:
    bonus = "Барои ҳар нафаре, ки ба кори мо меоред, 2 000 рубл бонус! Кор дар Русия. Тел +7 900 000-18-71"
    fee = "Кор дар Русия. Ба мо 2 000 рубл медиҳед. Тел +7 900 000-18-75"
    got = ids(bonus, "tg")
    assert "upfront-fee" not in got
    assert "recruit-others" in got
    assert "upfront-fee" in ids(fee, "tg")


# (the company pays ahead, the worker pays ahead), lang
COMPANY_PAYS = [
    ("Литва, ронандаҳо. Курси ронандагӣ дар Рига 800 евро меистад — инро ширкат пешакӣ мепардозад, баъд аз маоши "
     "се моҳи аввал бармегардонем. Тел +7 900 000-18-81",
     "Литва, ронандаҳо. Курси ронандагӣ 800 евро, инро шумо пешакӣ ба ширкат мепардозед. Тел +7 900 000-18-83"),
    ("Корея, завод. Хароҷоти виза ва роҳро ширкат ба гардан мегирад, баъд аз маошатон 5 моҳ ҳар моҳ 500 000 вон "
     "мебурем. Тел +992 900 00 18 82",
     "Корея, завод. Хароҷоти виза ва роҳ 1500$, пеш аз парвоз ба ширкат месупоред. Тел +992 900 00 18 84"),
]


@pytest.mark.parametrize(("company", "worker"), COMPANY_PAYS)
def test_cost_the_company_pays_ahead_is_no_fee(company: str, worker: str) -> None:
    got = ids(company, "tg")
    assert "upfront-fee" not in got
    assert "debt-or-wage-withholding" in got
    assert "upfront-fee" in ids(worker, "tg")


def test_taxi_park_share_of_fares_is_no_fee() -> None:
    genuine = ("Таксопарк «Пример», Москва, ул. Примерная 0. Водители, авто парка, комиссия парка 4%, доход 120 000. "
               "+7 900 000-18-12")
    scam = "Таксопарк в Москве. Водители. Комиссия за оформление 5000 руб до выхода на линию. +7 900 000-18-13"
    assert "upfront-fee" not in ids(genuine, "ru")
    assert risk(genuine, "ru") == "low"
    assert "upfront-fee" in ids(scam, "ru")


def test_place_opening_a_name_after_an_org_noun() -> None:
    genuine = "firmai London Primer spisoki nav kushod, kor dar fermaho. Tel +992 00 000 18 61"
    assert "unverifiable-employer" not in ids(genuine, "tg")
    for scam, lang in (("Работа на складе Москва Сити, 80 000 руб, пишите в Telegram @primer_sklad_0", "ru"),
                       ("Ба ширкати Дубай Марина ронанда лозим. Тел +971 00 000 1863", "tg"),
                       ("Kor dar fermai London, zp 2000 funt. Narkh 15 000 somoni naqd. Tel +992 00 000 18 62", "tg")):
        assert "unverifiable-employer" in ids(scam, lang)
