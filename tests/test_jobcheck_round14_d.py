"""Issue 16, round 14 (the lead, after holdout14's measurement): genuine ads and notices that
holdout14 rated high or medium, in their general forms: a warning that tells of others' losses,
the Tajik "don't come on a tourist visa", the Tajik "на" (not) before the end of a rotation,
hours "recorded in the timesheet and paid". The scams next to each still carry their flag.

Short made-up ads written for this file (fictional names "Пример", "Намуна", "Primer").
"""

from __future__ import annotations

import pytest

from bot.jobcheck.scanner import default_scanner
from tests.jobcheck_rules import ids


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Сезонная работа в Великобритании только через лицензированных операторов. Будьте осторожны с частными "
     "лицами: в прошлом году многие заплатили по 15 000 сомони за места, которых не было.", "ru", "upfront-fee"),
    ("Saforati Namuna ogoh mekunad: dar kanalho kori xorijiro va'da medihand, pulro ba karta megirand va gum "
     "meshavand. Patentro faqat dar markazi rasmi meguzaronand.", "tg", "upfront-fee"),
    ("Меҳмонхонаи «Намуна» (Анталия) ходима ва ошпаз мегирад. Бо визаи сайёҳӣ наёед, ин ғайриқонунӣ аст: "
     "иҷозати кориро корфармо мекунад. Тел. +992 900 00 99 01", "tg", "tourist-visa"),
    ("Ширкати «Намуна» (Сургут, кӯч. Намуна 1): маош ҳар моҳ (аванс 15-ум, маош 30-ум) — на дар охири мавсим. "
     "Тел. +7 900 000-99-02", "tg", "debt-or-wage-withholding"),
    ("Ширкати «Намуна»: соатҳои корӣ 10, ҳамааш дар табел сабт ва пардохт мешавад. Тел. +7 900 000-99-03",
     "tg", "upfront-fee"),
])
def test_genuine_wordings_raise_no_flag(text: str, lang: str, flag: str) -> None:
    assert flag not in ids(text, lang)
    assert default_scanner().scan(text, lang).risk == "low"


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Ребята из нашей группы уже заплатили и работают. Взнос за место в списке 2000$, до пятницы.", "ru", "upfront-fee"),
    ("Бо визаи сайёҳӣ меравед, дар сарҳад гӯед, ки меҳмон ҳастед.", "tg", "tourist-visa"),
    ("Маош дар охири мавсим якҷо медиҳем, на ҳар моҳ.", "tg", "debt-or-wage-withholding"),
    ("Барои ҷой дар рӯйхат 5000 сомонӣ пардохт мекунед.", "tg", "upfront-fee"),
])
def test_the_scams_beside_them_keep_the_flag(text: str, lang: str, flag: str) -> None:
    assert flag in ids(text, lang)
