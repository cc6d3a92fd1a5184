"""Issue 16, round 12 (branch t12b): no written contract, in the wordings of new writers.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``): each wording raises its flag; denials and genuine ads do not.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids

FOUND = [
    ("Склад «Пример», грузчики. Контрактов никаких, всё решаем с бригадиром.", "ru"),
    ("Sklad Primer. Dogovor nikakih, platim kazhduyu nedelyu.", "ru"),
    ("Stroyka v Kazani, rabota bez dogovora, zhile dayom.", "ru"),
    ("Ширкати Намуна, бе шартнома кор мекунед, маош ҳар ҳафта.", "tg"),
    ("Kor dar Turkiya, be shartnoma, maosh 900$.", "tg"),
    ("Виза ва билетро мо мекунем, шартнома дар он ҷо баъд.", "tg"),
]

NOT_FOUND = [
    ("ООО «Пример»: трудовой договор подписываем до выезда, копия на руки.", "ru"),
    ("Trudovoy dogovor s pervogo dnya, nikakih platezhey ot vas.", "ru"),
    ("Ширкати Намуна: шартнома пеш аз сафар имзо мешавад, нусхааш ба дасти шумо.", "tg"),
    ("Oformlyaem po trudovomu dogovoru v pervyi den, medosmotr za schet firmy.", "ru"),
]


@pytest.mark.parametrize("text,lang", FOUND)
def test_no_contract_wordings_raise_the_flag(text: str, lang: str) -> None:
    assert "no-written-contract" in ids(text, lang)


@pytest.mark.parametrize("text,lang", NOT_FOUND)
def test_a_contract_given_is_not_flagged(text: str, lang: str) -> None:
    assert "no-written-contract" not in ids(text, lang)
