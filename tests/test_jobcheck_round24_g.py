"""Issue 16, round 24 (branch r24g): genuine ads and notices read as offers (holdout23's genuine misses).

Made-up texts written for this file (never copied from a labelled set), in Russian and Tajik, Cyrillic and
Latin letters. The ideas:

- a notice to those who already paid ("Если вы уже перевели деньги ...", "Агар пул додаед ...") and what befell
  others who paid ("пулашонро дода, дасти холӣ монданд"); "do not transfer" ("нагузаронед"); "do not write your
  data in private" (a ban, no contact); a notice quotes the tourist visa of the offers it warns about;
- the worker pays the state office himself ("сами идёте в ММЦ и платите там сами");
- office hours from Monday to Friday, a term in force ("до конца оплаченного месяца"), months counted ("на прежнем
  месте 3 месяца") are no pressure;
- housing "not mandatory" ("ҳатмӣ нест"), a driver's camera fine the company pays, "потом НЕ вычитаем", a rotation
  with short shifts ("15/15 по 11 ч"), "not escort, not a club" are no flags;
- "only to write the name down" and an HR department's line are no messenger-only contact;
- a family hiring for its own home (whom the work is for) is no unverifiable employer, unless other flags stand.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids

CLEAN = [
    # notices
    ("Если вы уже перевели деньги «вербовщику», сразу пишите заявление в полицию. Многие так отдали по 500$ посреднику "
     "в руки и остались ни с чем. Трудоустройство только через государственное агентство.", "ru"),
    ("Огоҳӣ! Агар ба касе барои «навбати Корея» пул супоридаед, ба милиса ариза нависед. Бисёриҳо пулашонро ба дасти "
     "миёнарав дода, дасти холӣ монданд. Маълумот: +992 00 000 00 01.", "tg"),
    ("Ҳамватанон, пулро ба корти шахсии касе нагузаронед ва шиносномаро ба касе насупоред. Кор дар Корея танҳо тавассути "
     "барномаи давлатӣ.", "tg"),
    ("vnimanie feik akkaunty! ne pishite nikomu svoi dannye v lichku, sluzhba nikogda ne prosit deneg. proveryaite vse "
     "na oficialnom saite", "ru"),
    ("Консулгарӣ хотиррасон мекунад: агар кор бо «визаи туристӣ» пешниҳод кунанд, розӣ нашавед. Тел.: "
     "+992 00 000 00 02.", "tg"),
    ("Памятка мигранту: авансовый платёж по патенту вносите до конца оплаченного месяца, чеки храните.", "ru"),
    # genuine offers
    ("OOO «StroyMontazh-0», g. Tver, ul. Zavodskaya 0. Nujny montajniki, 4000 v smenu. Patent oformlyaete sami: idete v "
     "MMC i platite tam sami, my tolko podskajem. Pasport u vas. +7 900 000-00-03", "ru"),
    ("Склад ООО «Логистик-Ноль», г. Подольск, ул. Складская 0. Кладовщики, 70 000 руб. Отдел кадров работает с "
     "понедельника до пятницы с 9 до 18. +7 900 000-00-04", "ru"),
    ("OOO 'Agro-Nol' (Lipetsk, ul. Polevaya 0) sortirovshik kerak, 60 000 rubl. Dar joi pesham 2 moh kor kardam, hamin "
     "joy behtar. Zang zaned +7 900 000-00-05", "tg"),
    ("Корхонаи «Нон-Ноль» (Қазон, кӯчаи Заводская 0) нонпаз мегирад. Маош 80 ҳазор, 5/2. Хобгоҳ ҳаст, вале ҳатмӣ нест, "
     "бисёриҳо худашон хона иҷора мегиранд. Тел. +7 900 000-00-06", "tg"),
    ("ООО «Грузовик-0» (г. Химки, ул. Транспортная 0) ищет водителей. Штрафы с камер, если вина не водителя, компания "
     "оплачивает сама. Договор. +7 900 000-00-07", "ru"),
    ("ООО «Теплица-0» (Калуга, ул. Полевая 0), сборщицы овощей. Дорогу оплачиваем и потом НЕ вычитаем из зарплаты. "
     "+7 900 000-00-08", "ru"),
    ("ООО «Карьер-0» (г. Тула, ул. Карьерная 0) ищет машинистов. График 5/2 по 8 ч или 15/15 по 10 ч, как удобно. "
     "+7 900 000-00-09", "ru"),
    ("Меҳмонхонаи «Ноль» (Москва, кӯчаи Тверская 0) фаррош мегирад, занон ва мардон. Кор танҳо тоза кардан аст — на "
     "«ҳамроҳии меҳмонон», на клуб. Шартнома. Тел. +7 900 000-00-10", "tg"),
    ("Shirkati «Sement-0» (Yovon, kuchai Somoni 0) korgar mekobad. Pasportro biyored, tanho baroi navishtani nom, "
     "hamon dam bar meguardonem. Tel. +992 00 000 00 11", "tg"),
    ("Zavodi 'Metall-0' (Tula, ul. Zavodskaya 0) svarshik lozim, 100 tys. Ba brigadir zang nazaned, u dar kor ast, "
     "otdel kadr: +7 900 000-00-12", "tg"),
    ("Ищем няню для сына 4 лет, м. Сокол. Пн–пт, 70 000 руб. Оформим договор, паспорт у вас. Звоните, Анна: "
     "+7 900 000-00-13", "ru"),
    ("Oilai mo dar Almaty parastor mekobad baroi bibiam (85 sola), 200 000 tenge, yakshanbe istirohat. Shartnoma "
     "mebandem. Zang zaned, Dilnoza +7 700 000 00 14", "tg"),
]

FLAGGED = [
    # a fee asked of the reader, written as others' fate, still counts
    ("Вахта Якутия, оформление 15 000 передаёте нашему человеку в руки, быстро. +7 900 000-00-20", "ru",
     "upfront-fee"),
    ("Оформление патента в ММЦ через нашего человека, платите 15 000 заранее. +7 900 000-00-21", "ru", "upfront-fee"),
    ("Запись на вахту до пятницы, потом мест нет. ООО «Вахта-0», г. Сургут, ул. Северная 0", "ru", "pressure-urgency"),
    ("Билет покупаем, потом вычитаем из зарплаты. ООО «Поле-0», г. Тамбов, ул. Полевая 0", "ru",
     "debt-or-wage-withholding"),
    ("Фирма «Ноль» ищет сиделку к маме (80 лет), Москва. Паспорт на время работы оставляете у нас. Ирина "
     "+7 900 000-00-22", "ru", "passport-retention"),
    ("Ищем сиделку к маме (80 лет) в Москве. Без выходных, паспорт оставляете у нас. Ирина +7 900 000-00-23", "ru",
     "unverifiable-employer"),
    ("Девушки на работу в клуб, сопровождение гостей, Дубай, 3000$. Пишите в WhatsApp", "ru",
     "sexual-exploitation-risk"),
    ("Kor dar Dubay, viza turisti, tanho ba WhatsApp navised, zang nazaned", "tg", "messenger-only-contact"),
]


@pytest.mark.parametrize(("text", "lang"), CLEAN)
def test_genuine_and_notices_stay_clean(text: str, lang: str) -> None:
    assert ids(text, lang) == set(), text


@pytest.mark.parametrize(("text", "lang", "flag"), FLAGGED)
def test_near_misses_keep_their_flag(text: str, lang: str, flag: str) -> None:
    assert flag in ids(text, lang), text
