"""Round 34 (branch r34n): notices that quote or retell scams, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters:

- every flag: a text that reports others' words in a quotation and, in its own words outside it, forbids something to the reader
  (a Russian "не" + an imperative of "вы": "не ведитесь", "не отвечайте"; a Tajik prohibitive "на-...-ед": "наравед", "napartoed")
  is a notice (`reports.forbids_outside`): the quotation's flags are others' words, and the "missing" flags of an offer are not
  raised. A pasted offer with no words of its own, an offer's "не стесняйтесь" or "хавотир нашавед" (don't worry), keep theirs;
- every flag: in such a text every quotation after a colon, or long, is others' words, with no verb of saying before it
  ("ходил по общежитию Пример-Вали, собирал деньги: «...». Не отдавайте", `clauses._quoted_pairs`), and so is one that opens an item of a list of signs ("- «...»",
  "1) «...»"); an offer that quotes its own terms and forbids nothing keeps them;
- every flag: "нельзя", "nelzya" and the Tajik "мумкин нест" (not allowed) forbid as a prohibitive does; an offer with no
  quotation that forbids smoking keeps its flags.
"""

from __future__ import annotations

from tests.jobcheck_rules import ids

STORY_RU = (
    "Соседу Пример-Али написали в чате: «Склад в Подмосковье, 5000 в день, паспорт отдашь бригадиру, взнос 3000 на карту». "
    "Он отдал и остался без денег. Ребята, не ведитесь на такое."
)
STORY_LAT = (
    "Primeru napisali v chate: 'Sklad v Podmoskove, 5000 v den, pasport otdash brigadiru, vznos 3000 na kartu'. "
    "On otdal i ostalsya bez deneg. Rebyata, ne otvechayte na takoe."
)
STORY_TG = (
    "Ба Намуна дар гурӯҳ навиштанд: «Склад, 5000 дар як рӯз, шиносномаро ба бригадир медиҳӣ, 3000 пешакӣ ба корт». "
    "Ӯ пул дод ва ҳеҷ чиз нагирифт. Бачаҳо, наравед."
)
STORY_TG_LAT = (
    "Ba Namuna dar guruh navishtand: «Sklad, 5000 dar yak ruz, shinosnomaro ba brigadir medihi, 3000 peshaki ba kart». "
    "U pul dod va hech chiz nagirift. Bachaho, ba kart napartoed."
)
# near misses: the same quotation pasted with no warning, or with an offer's own "don't be shy" / "don't worry"
PASTED = "Мне написали: «Склад в Подмосковье, 5000 в день, паспорт отдашь бригадиру, взнос 3000 на карту». Это правда?"
SHY = "Наш бригадир говорит: «Склад, 5000 в день, взнос 3000 на карту, паспорт оставишь у меня». Не стесняйтесь, пишите в личку!"
CALM = "Бригадири мо мегӯяд: «Склад, 5000 дар як рӯз, 3000 пешакӣ ба корт, шиносномаро ба ман медиҳӣ». Хавотир нашавед, нависед!"


def test_a_story_with_a_prohibitive_is_a_clean_notice() -> None:
    for text, lang in ((STORY_RU, "ru"), (STORY_LAT, "ru"), (STORY_TG, "tg"), (STORY_TG_LAT, "tg")):
        assert not ids(text, lang), text


def test_a_pasted_offer_or_an_offers_reassurance_keeps_its_flags() -> None:
    for text, lang in ((PASTED, "ru"), (SHY, "ru"), (CALM, "tg")):
        assert "upfront-fee" in ids(text, lang), text


WALKER = (
    "Вчера по общежитию ходил мужчина, собирал деньги: «Регистрация и работа на складе, 3000 с человека сейчас, паспорт оставьте у "
    "меня». Не отдавайте ему паспорт и деньги!"
)
WALKER_TG = (
    "Дирӯз дар хобгоҳ як мард гашт, пул ҷамъ мекард: «Регистратсия ва кор дар анбор, 3000 аз ҳар кас ҳозир, шиносномаро ба ман "
    "диҳед». Ба ӯ пул надиҳед!"
)
OWN_TERMS = "Склад «Пример», условия: «регистрация и работа, 3000 с человека сейчас, паспорт оставьте у бригадира». Пишите в личку."


def test_every_quotation_of_a_text_that_forbids_is_others_words() -> None:
    assert not ids(WALKER, "ru") and not ids(WALKER_TG, "tg")
    assert "passport-retention" in ids(OWN_TERMS, "ru")


SIGNS = (
    "Признаки обмана от фонда «Пример»:\n- «взнос за место 3000 на карту до пятницы»;\n- «паспорт оставьте у бригадира, так надёжнее»;\n"
    "Увидели такое — не платите."
)
SIGNS_TG = (
    "Nishonahoi fireb:\n1) «puli joy 3000 ba karta to juma»;\n2) «pasportatonro dar brigadir memonem, bexatar ast»;\n"
    "Agar inro binad, pul napartoed."
)
OWN_LIST = "Склад «Пример», условия:\n- «паспорт оставьте у бригадира, так надёжнее»;\n- жильё рядом. Пишите в личку."


def test_quotations_that_open_the_items_of_a_list_of_signs_are_others_words() -> None:
    assert not ids(SIGNS, "ru") and not ids(SIGNS_TG, "tg")
    assert "passport-retention" in ids(OWN_LIST, "ru")


NOT_ALLOWED = "Пример-Сафар принёс скрин: «Склад, 5000 в день, паспорт оставишь у бригадира, взнос 3000 на карту». Так делать нельзя."
NOT_ALLOWED_TG = "Namuna skrin firistod: «Sklad, 5000 dar yak ruz, pasportro ba brigadir medihi, 3000 peshaki ba kart». In mumkin nest."
SMOKING = "Склад «Пример», 5000 в день. Паспорт оставьте у бригадира на время работы. Курить на складе нельзя. Пишите в личку."


def test_not_allowed_forbids_like_a_prohibitive() -> None:
    assert not ids(NOT_ALLOWED, "ru") and not ids(NOT_ALLOWED_TG, "tg")
    assert "passport-retention" in ids(SMOKING, "ru")
