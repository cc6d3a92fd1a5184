"""Round 35 (branch r35n): the frame of a text read first (``bot.jobcheck.frame``), as a structure rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример", "Намуна", "Primer"), in
Russian and Tajik, Cyrillic and Latin letters:

- a text that quotes others after a colon and, in its own words outside the quotation, warns (fraud, a fake, unlawful, beware, the
  police: "Это развод", "незаконно", "ин фиреб аст", "eto razvod") and offers nothing of its own is a notice: the quotation's fees,
  passports and visas are others' words, and an offer's missing flags (no employer, a messenger only) are not raised;
- the attacker's side: a text that pastes the same warning beside its own offer ("набираем", "мегирем"), its own demand to pay
  ("оплатите", "пулро ба корт гузаронед") or its own contact to apply ("пишите в WhatsApp +7 ...") keeps its flags, and so does
  one that forbids paying others as a decoy beside its own demand ("Никому не платите, кроме нас: переведите взнос"): round 34's
  "forbids" no longer makes its quotation others' words.
- more signs of the warning itself: the signs of a scheme listed ("признаки", "нишонаҳо"), a fake ("қалбакӣ"), a complaint to
  write ("напишем заявление"), 112 to call;
- in a warning frame, a third party's ask ("Посредник просит 3000", "Миёнарав ... мегирад") is others' deed; "our" coordinator's
  ("Наш координатор берёт взнос", "Бригадири мо ... мегирад") and "our terms" ("Наши условия:", "Шартҳои мо") stay the text's own.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids

QUOTE_RU = "«Склад в Подмосковье, 5000 в день, паспорт отдашь бригадиру, взнос 3000 на карту, виза туристическая»"
QUOTE_LAT = "'Sklad v Podmoskove, 5000 v den, pasport otdash brigadiru, vznos 3000 na kartu, viza turisticheskaya'"
QUOTE_TG = "«Анбор дар Маскав, 5000 дар як рӯз, шиносномаро ба бригадир медиҳӣ, 3000 пешакӣ ба корт, раводиди сайёҳӣ»"
QUOTE_TG_LAT = "'Anbor dar Maskav, 5000 dar yak ruz, shinosnomaro ba brigadir medihi, 3000 peshaki ba kart, viza turisti'"

NOTICES = [
    (f"Соседу Пример-Али прислали в чат вот что: {QUOTE_RU}. Это развод, такую работу предлагают мошенники.", "ru"),
    (f"Primeru prislali v chat vot chto: {QUOTE_LAT}. Eto razvod, tak rabotayut moshenniki.", "ru"),
    (f"Ба Намуна дар гурӯҳ ин паёмро фиристоданд: {QUOTE_TG}. Ин фиреб аст, эҳтиёт шавед.", "tg"),
    (f"Ba Namuna dar guruh in payomro firistodand: {QUOTE_TG_LAT}. In fireb ast, ehtiyot shaved.", "tg"),
    (f"Родителям учеников школы «Пример». Детям в сети пишут: {QUOTE_RU}. Так работать незаконно, о таком сообщайте в полицию.", "ru"),
    # the signs of a scheme listed, a fake, a complaint written, 112 called
    (f"Объявление для жильцов. В холле клеят листки: {QUOTE_RU}. Признаки видны сразу. Кто отдал деньги, подойдите, напишем заявление.",
     "ru"),
    (f"Ба Намуна гуфтанд: {QUOTE_TG}. Ин паём қалбакӣ аст, ба ин рақам ҷавоб надиҳед.", "tg"),
    (f"Primeru napisali: {QUOTE_LAT}. Esli zabrali dokumenty, zvonite 112.", "ru"),
]

# the same warning words beside the text's own offer, its own demand to pay or its own contact to apply
ATTACKS = [
    (f"Осторожно, мошенники! Наши условия честные: {QUOTE_RU}. Набираем до пятницы.", "ru"),
    (f"Остерегайтесь обмана! Условия: {QUOTE_RU}. Взнос оплатите сегодня.", "ru"),
    (f"Ostorozhno, moshenniki! Usloviya: {QUOTE_LAT}. Pishite v WhatsApp +7 900 000 00 00", "ru"),
    (f"Эҳтиёт шавед, фиребгарон зиёданд! Шартҳо: {QUOTE_TG}. Пулро ба корт гузаронед.", "tg"),
    (f"Ehtiyot shaved, firebgaron ziyod! Shartho: {QUOTE_TG_LAT}. Kor mo megirem, navised ba telegram @primer_kor", "tg"),
    # a prohibitive as a decoy beside the text's own demand to pay
    (f"Эҳтиёт шавед, ин паёмҳо қалбакӣ ҳастанд! Шартҳо: {QUOTE_TG}. Ба дигарон пул надиҳед, пулро ба корти мо гузаронед.", "tg"),
    (f"Признаки обмана знаем! Условия: {QUOTE_RU}. Никому не платите, кроме нас: переведите взнос сегодня.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), NOTICES)
def test_a_quotation_in_a_warning_frame_is_others_words(text: str, lang: str) -> None:
    got = ids(text, lang)
    assert not got & {"upfront-fee", "passport-retention", "tourist-visa", "unverifiable-employer", "messenger-only-contact"}, got


@pytest.mark.parametrize(("text", "lang"), ATTACKS)
def test_a_warning_beside_the_texts_own_offer_keeps_its_flags(text: str, lang: str) -> None:
    got = ids(text, lang)
    assert {"upfront-fee", "passport-retention"} <= got, got


# a third party's ask told by a warning ("Посредник просит 300$"), and "our" coordinator's, which stays the text's own demand
THEIR_ASK = [
    (f"Соседу прислали: {QUOTE_RU}. Посредник ещё просит 3000 за приглашение, это развод.", "ru"),
    (f"Primeru napisali: {QUOTE_LAT}. Posrednik za vizu prosit 3000 na kartu, eto obman.", "ru"),
    (f"Ба Намуна гуфтанд: {QUOTE_TG}. Миёнарав аз ҳар кас 3000 пешакӣ мегирад, ин фиреб аст.", "tg"),
]
OUR_ASK = [
    ("Осторожно, мошенники! Условия: «Склад в Подмосковье, 5000 в день, жильё рядом». Наш координатор берёт взнос 3000 на карту, "
     "паспорт хранится у него.", "ru"),
    ("Эҳтиёт шавед, фиребгарон! Шартҳо: «Анбор дар Маскав, 5000 дар як рӯз». Бригадири мо 3000 пешакӣ ба корт мегирад, шиносномаро "
     "ба бригадир медиҳед.", "tg"),
]


@pytest.mark.parametrize(("text", "lang"), THEIR_ASK)
def test_a_third_partys_ask_in_a_warning_is_others_deed(text: str, lang: str) -> None:
    got = ids(text, lang)
    assert "upfront-fee" not in got, got


@pytest.mark.parametrize(("text", "lang"), OUR_ASK)
def test_our_coordinators_ask_stays_the_texts_own(text: str, lang: str) -> None:
    got = ids(text, lang)
    assert {"upfront-fee", "passport-retention"} <= got, got


# "pay only us, nobody else" beside a warning: the "not" excludes others and denies no fee; a genuine "only for processing" stays denied
ONLY_US = [
    ("Осторожно, мошенники! Склад в Польше, 1600 евро. Оплата за визу 900$ только на нашу карту, больше никому не платите! "
     "Запись: +7 900 000 00 01", "ru"),
    ("Эҳтиёт шавед, фиребгарон! Анбор дар Полша, 1600 евро. Пули виза 900$ фақат ба корти мо, ба дигарон пул надиҳед! Тел 900 00 00 01",
     "tg"),
]
ONLY_PROCESSING = ("Пекарня «Пример» (Казань), пекари, 60 тыс. руб. Паспорт у нас не хранится: документы берём только на оформление и "
                   "в тот же день возвращаем. +7 900 000 00 02")


@pytest.mark.parametrize(("text", "lang"), ONLY_US)
def test_pay_only_us_keeps_the_fee(text: str, lang: str) -> None:
    assert "upfront-fee" in ids(text, lang)


def test_a_passport_taken_only_for_processing_stays_denied() -> None:
    assert "passport-retention" not in ids(ONLY_PROCESSING, "ru")
