"""Issue 16, round 22 (branch r22g): genuine ads and official notices read as scams (holdout21's genuine misses).

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters.

Must stay clean:

- notices: what others write or say, quoted after a verb of reporting ("каналы пишут: «взнос 300 сомони на
  карту»", "meguyand «... pul dihed»"); a warning about fake channels or pages, a body that says what it does
  not do ("не принимает оплату на карты", "не продаёт места"); "take care of your money" ("берегите свои
  деньги"); "if someone asks money ..., refuse"; the exam's own fee paid at a bank to the official account;
- genuine terms: the final settlement on the last day ("при увольнении расчёт полностью в последний день"); the
  company's "own cost" ("визу оформляет компания за свой счёт"); cash against a ledger and a signature ("нақд
  бо ведомость ва имзо"); a list a sentence ends with a bare "no" ("Ҷарима, депозит ва пул барои кор — не");
  an employer's legal form and street typed all in small letters ("ooo primer agro", "primer logistics llc",
  "ul primernaya 0").

Must still be found: a fee asked in the ad's own voice beside such words ("Регистрация 300 сомони на карту");
a fee whose receipt is denied by a bare "no" ("Пул пеш, квитансия — не"); a visa "за свой счёт" of the
worker; pay only when one leaves ("Всю зарплату получите полностью при увольнении"); a lower-case ad with no
employer.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import found_and_clean, ids, risk

FEE = "upfront-fee"
CASH = "cash-no-receipt"
DEBT = "debt-or-wage-withholding"
URGE = "pressure-urgency"
UNV = "unverifiable-employer"
VAGUE = "vague-job"
LIVING = "employer-controls-living"
MSG = "messenger-only-contact"

NOTICES = [
    (
        "Осторожно! В Telegram есть страницы, которые пишут: «Запись на работу в Корею, взнос 500 сомони на карту». Служба занятости "
        "денег не берёт.",
        "ru",
    ),
    ("Ogohi! Dar telegram kanalho menavisand: «baroi Angliya 12 000 somoni ba karta guzaroned». Inho qalbaki hastand.", "tg"),
    ("Дар деҳа одамон меоянд ва мегӯянд: «Ба Русия кор мебарем, 3000 сомонӣ пул диҳед». Шиноснома ва пулро ба онҳо надиҳед!", "tg"),
    ("VNIMANIE: feykovye kanaly. Agentstvo ne prinimaet oplatu na karty i ne prodaet mesta v programmah. Beregite svoi dengi.", "ru"),
    (
        "⚠️ Фейковые страницы от имени Агентства занятости! Агентство не ведёт набор через личные сообщения и не принимает оплату "
        "на карты частных лиц.",
        "ru",
    ),
    (
        "Памятка мигранту. Если посредник просит деньги за визу наличными или на личную карту — откажитесь и позвоните на "
        "горячую линию +992 900 00 22 01.",
        "ru",
    ),
    ("Агар «агент» аз шумо барои раводид пул нақд ё ба корти шахсӣ талаб мекунад — рад кунед. Тел +992 900 00 22 02", "tg"),
    (
        "Запись на экзамен по программе EPS. Плата за тестирование вносится через банк на официальный счёт агентства, квитанцию "
        "сохраните. Тел +992 900 00 22 03",
        "ru",
    ),
    ("Boji imtihon dar bonk ba hisobi rasmii agentii davlati pardoxt meshavad. Tel +992 900 00 22 04", "tg"),
]

CLEAN = [
    (
        DEBT,
        "ООО «Пример», отделка, СПб, ул. Садовая 1. Выплата каждые две недели. При увольнении окончательный расчёт полностью в "
        "последний день. Тел +7 900 000 22 05",
        "ru",
    ),
    (
        URGE,
        "ООО «Пример», склад, Москва, ул. Лесная 2. Зарплата 2 раза в месяц, при увольнении расчёт в последний рабочий день. "
        "Тел +7 900 000 22 06",
        "ru",
    ),
    (FEE, "Primer Logistics LLC, Dubai. Rabochuyu vizu oformlyaet kompaniya za svoy schet, bilet toje. Tel +971 00 000 2207", "ru"),
    (FEE, "Склад «Пример», Дубай. Работодатель за свой счёт оформляет рабочую визу и медкомиссию. Тел +971 00 000 2208", "ru"),
    (CASH, "Ошхонаи «Намуна» (Казань, ул. Баумана 3). Маош ҳар ҳафта — нақд бо ведомость ва имзо ё ба корт. Тел +7 900 000 22 09", "tg"),
    (CASH, "ООО «Пример», Москва, ул. Мира 4. Зарплата наличными под роспись по ведомости, два раза в месяц. Тел +7 900 000 22 10", "ru"),
    (
        FEE,
        "Цехи дӯзандагии «Намуна» (Москва, ул. Мира 5). Договор ва патент. Ҷарима, «депозит» ва пул барои гирифтан ба кор — не. "
        "Тел +7 900 000 22 11",
        "tg",
    ),
    (FEE, "ООО «Пример» (Тула, ул. Ленина 6). Залог, штрафы и плата за трудоустройство — нет. Тел +7 900 000 22 12", "ru"),
    (UNV, "teplichniy kombinat ooo primer agro\nrabota v teplice zp 60 tis rub\nst primernaya ul sadovaya 0\n+7 900 000 22 13", "ru"),
    (UNV, "dubai sklad primer logistics llc\nnujni gruzchiki zp 2000 dirxam\ntel +971 00 000 2214", "ru"),
    (UNV, "astana stroyka too primer qurylys\nnujni svarshiki zp 400 tis tenge\n+7 700 000 22 15", "ru"),
    (UNV, "istanbul stroyka anadolu primer insaat as\nmalyari zp 1000 dollar\n+90 000 000 22 16", "ru"),
    (UNV, "novosibirsk sex duzandagi\nmaosh 70 ming rubl\nsuroga: ul primernaya 5\n+7 900 000 22 17", "tg"),
]

FOUND = [
    (FEE, "Регистрация на работу в Корею, взнос 300 сомони на карту 0000 0000 0000 0000. Пишите в Telegram @korea_xx_primer", "ru"),
    (FEE, "Kor dar Koreya. Pul 2000 dollar pesh, kvitansiya — ne. Tel +992 900 00 22 18", "tg"),
    (FEE, "Работа в Дубае, рабочую визу оформляете за свой счёт, 800$. Тел +992 900 00 22 19", "ru"),
    (DEBT, "Стройка в Казани, зарплату всю получите полностью при увольнении, когда поедете домой. Тел +7 900 000 22 20", "ru"),
    (UNV, "rabota v dubae na sklade\nzp 3000 dollar\npishite v whatsapp +971 00 000 2221", "ru"),
    (FEE, "Agar mexohed ba Angliya ravid, 12 000 somoni ba karta guzaroned. Tel +992 900 00 22 22", "tg"),
]


@pytest.mark.parametrize(("text", "lang"), NOTICES)
def test_notice_not_high_and_no_fee(text: str, lang: str) -> None:
    assert FEE not in ids(text, lang), text
    assert CASH not in ids(text, lang), text
    assert risk(text, lang) != "high", text


test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("dubai sklad primer logistics llc\nnujni gruzchiki zp 2000 dirxam\ntel +971 00 000 2214", "ru"),
        (
            "ООО «Пример», отделка, СПб, ул. Садовая 1. Выплата каждые две недели. При увольнении окончательный расчёт полностью в "
            "последний день. Тел +7 900 000 22 05",
            "ru",
        ),
    ],
)
def test_genuine_low(text: str, lang: str) -> None:
    assert risk(text, lang) == "low", text
