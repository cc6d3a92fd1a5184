"""Round 18 (l): an employer who controls living (leaving, a curfew, guests, the phone, living
elsewhere, days off, bed and food charged whatever) as combinations of broad lists
(fresh short ads, fictional names)."""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids

FLAG = "employer-controls-living"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # leaving only on set days, with a pass, by their bus or with a minder
        ("Пример: ферма под Псковом, в город ездим только с бригадиром по субботам.", "ru"),
        ("Пример: из общежития выезд только на машине фирмы.", "ru"),
        ("Намуна: ба шаҳр танҳо бо ҳамроҳии бригадир.", "tg"),
        ("Namuna: az xobgoh baromadan faqat ruzi yakshanbe bo propusk.", "tg"),
        # a curfew
        ("Пример: живёте у хозяина, после 22:00 не выходить.", "ru"),
        ("Primer: posle 22 ne vyhodit.", "ru"),
        ("Намуна: баъди соати 21 берун набароед.", "tg"),
        ("Namuna: baadi soati 22 ba kucha nabaroed.", "tg"),
        # never out alone
        ("Пример: девушки живут в квартире, одним по вечерам не выходить.", "ru"),
        # no guests
        ("Пример: гостей не водить, посторонних не пускаем.", "ru"),
        ("Намуна: меҳмон овардан манъ аст.", "tg"),
        # the phone handed in or given out at set times; calls home watched
        ("Пример: телефоны сдаёте бригадиру до конца сезона.", "ru"),
        ("Пример: телефон дают раз в неделю на час.", "ru"),
        ("Намуна: телефонҳоро бригадир нигоҳ медорад.", "tg"),
        ("Namuna: telefonro faqat ruzi yakshanbe medihem.", "tg"),
        ("Пример: звонить домой можно по воскресеньям.", "ru"),
        ("Пример: живёте у хозяйки, домой звонить только при ней.", "ru"),
        # living elsewhere forbidden, living where they say
        ("Пример: снимать квартиру самим нельзя.", "ru"),
        ("Пример: живёте где скажем, без вопросов.", "ru"),
        ("Намуна: хона иҷора карда наметавонед.", "tg"),
        ("Namuna: xona ijora giriftan man ast, faqat dar xobgohi mo.", "tg"),
        # days off when the boss says
        ("Пример: выходной — когда скажет бригадир.", "ru"),
        ("Намуна: рӯзи истироҳатро хоҷаин ҳал мекунад.", "tg"),
        # bed and food taken out of the settlement, charged whether one eats or not
        ("Namuna: xobgoh va xurok 3000 rubl, puliashro az hisob mebarem.", "tg"),
        ("Намуна: барои ҷой ва хӯрок 9000 ҳатман мебурим.", "tg"),
        ("Пример: за еду удерживаем 300 в день, едите или нет.", "ru"),
        ("Намуна: хӯрок ҳатман, хӯред ё не, аз маош 200 сомонӣ.", "tg"),
        # the phone forbidden off the shift; no trip home; buying only in their shop
        ("Пример: телефоном пользоваться нельзя, живёте в бараке.", "ru"),
        ("Primer: mobilnik sdaesh brigadiru.", "ru"),
        ("Пример: в 21:00 все должны быть в общежитии.", "ru"),
        ("Пример: домой до конца сезона не отпускаем.", "ru"),
        ("Пример: продукты покупаете только в магазине хозяина.", "ru"),
        ("Namuna: ozuqa faqat az magozai xojain mexared.", "tg"),
    ],
)
def test_flagged(text: str, lang: str) -> None:
    assert FLAG in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # fair terms beside each form
        ("ООО «Пример»: общежитие бесплатно, можно жить отдельно, компенсируем аренду.", "ru"),
        ("ООО «Пример»: выходные по графику 5/2, телефон у вас.", "ru"),
        ("ООО «Пример»: выход на смену только после медосмотра.", "ru"),
        ("ООО «Пример»: доставка на работу на автобусе компании.", "ru"),
        ("ООО «Пример»: после 22:00 в общежитии тишина, выход свободный.", "ru"),
        ("ООО «Пример»: курение только в отведённых местах, выход в город свободный.", "ru"),
        ("ООО «Пример»: Телефон: +7 900 000 00 00, звоните только вечером.", "ru"),
        ("ООО «Пример»: телефон для связи только с 9 до 18.", "ru"),
        ("ООО «Пример»: служебный телефон выдаём.", "ru"),
        ("ООО «Пример»: отпуск по графику, 28 дней.", "ru"),
        ("ООО «Пример»: проживание по желанию, питание за свой счёт.", "ru"),
        ("ООО «Пример»: гости в общежитии до 21:00.", "ru"),
        ("ООО «Пример»: выходной день можно выбрать самому.", "ru"),
        ("ООО «Пример»: жить можно отдельно, мы поможем снять квартиру.", "ru"),
        ("ООО «Пример»: питание обязательно за счёт компании.", "ru"),
        ("ҶДММ «Намуна»: рӯзи истироҳат ҳар ҳафта, худатон интихоб мекунед.", "tg"),
        ("ҶДММ «Намуна»: хобгоҳ бепул, ба шаҳр рафтан озод.", "tg"),
        ("ҶДММ «Намуна»: хобгоҳ ройгон, телефон ҳамеша дар дасти худатон.", "tg"),
        ("Namuna MChJ: ba kor baromadan tanho ruzi dushanbe.", "tg"),
        ("ООО «Пример»: на время смены телефоны сдаются в шкафчик.", "ru"),
        ("ООО «Пример»: на линии телефоном пользоваться нельзя.", "ru"),
        ("ООО «Пример»: телефоны нельзя брать в цех.", "ru"),
        ("ООО «Пример»: продавец в наш магазин, только с опытом.", "ru"),
        ("ООО «Пример»: отпуск домой раз в год за счёт компании.", "ru"),
        ("ООО «Пример»: продукты можно покупать в любом магазине, до магазина 5 минут.", "ru"),
    ],
)
def test_not_flagged(text: str, lang: str) -> None:
    assert FLAG not in ids(text, lang)
