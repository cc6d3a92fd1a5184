"""An offer dressed as a notice: its own terms in quotation marks, and a rule of its own that forbids something.

Round 34 taught the scanner that a text which quotes others and, in its own words, forbids the reader
something ("не платите", "pul nadihed") is a notice: its quotations are others' words, and it gets none
of an offer's missing flags. A scammer can quote his own terms ("Условия: «...»") and add a rule of
procedure ("Не звоните после 22:00", "Shab zang nazaned"); before the review, such an ad lost its fee
and passport flags (the Tajik one was low with no flag). Only the acts a notice forbids (paying,
sending, handing over, believing, going, signing) make a notice; the ad below keeps its flags, and a
real notice of the same shape still reads as one. Round 35 (n) adds the pasted warning heading ("Осторожно, мошенники!")
before an offer's own terms and its own call to apply, to pay or its contact: the offer keeps its flags.
"""

from __future__ import annotations

import pytest

from bot.jobcheck.scanner import default_scanner

# (an offer quoting its own terms with a rule of procedure, flags it must keep)
DISGUISED = [
    ("Работа в Польше на складе! Условия: «виза 1500$ оплата заранее на карту, паспорт хранится у координатора, договор на месте». "
     "Не звоните после 22:00, пишите в WhatsApp +48 000 000 000", {"upfront-fee", "passport-retention"}),
    ("Kor dar Rossiya. Shartho: «pasportro brigadir megirad, maosh bad az 3 moh, roxkiro 300$ pesh medihed». Shab zang nazaned! "
     "Tel 900 11 22 33", {"upfront-fee", "passport-retention"}),
    ("ВАКАНСИЯ: «Девушки 18-25 в ночной клуб Дубай, 5000$ в месяц, виза туристическая, билет за наш счёт, долг отработаете». "
     "Не опаздывайте с ответом, не пишите в личку без фото. @primer_club", {"tourist-visa", "sexual-exploitation-risk"}),
    ("Склад в Подмосковье. Наши условия: «за оформление 8000 рублей наличными, паспорта у бригадира до конца сезона». "
     "Курить на территории нельзя. Тел 8 900 000 00 01", {"upfront-fee", "passport-retention"}),
    # round 35 (n): a warning heading pasted before the offer's own terms, then its own call to apply, to pay or its contact: the
    # heading no longer speaks for the terms, and the quotation is no report (``bot.jobcheck.frame.offers_itself``)
    ("Осторожно, мошенники! Наши условия честные: «Склад, 5000 в день, паспорт отдашь бригадиру, взнос 3000 на карту». "
     "Набираем до пятницы.", {"upfront-fee", "passport-retention"}),
    ("Ostorozhno, moshenniki! Usloviya: 'Sklad, 5000 v den, pasport otdash brigadiru, vznos 3000 na kartu'. "
     "Pishite v WhatsApp +7 900 000 00 00", {"upfront-fee", "passport-retention"}),
    ("Эҳтиёт шавед, фиребгарон зиёданд! Шартҳо: «Анбор, 5000 дар як рӯз, шиносномаро ба бригадир медиҳӣ, 3000 пешакӣ ба корт». "
     "Пулро ба корт гузаронед.", {"upfront-fee", "passport-retention"}),
    # round 35 (review): a warning heading before the offer's own terms, stated with no verb at all, and a bare phone: the heading
    # speaks only for a sentence that tells others' deed (``bot.jobcheck.frame.heading_speaks``); rounds 16-35 let it clear them
    ("Остерегайтесь фейков! Корея без TOPIK, взнос 500$ на карту Сбербанка, места ограничены. +7 900 000-00-02",
     {"upfront-fee", "unofficial-channel"}),
    ("Ostorozhno feyki! Koreya bez TOPIK, vznos 500$ na kartu, mest malo. +7 900 000 00 03", {"upfront-fee", "unofficial-channel"}),
    ("Эҳтиёт шавед! Корея бе TOPIK, 500$ пешакӣ ба корт, ҷой кам. +992 900 00 00 04", {"upfront-fee", "unofficial-channel"}),
    # ... and a prohibitive as a decoy beside its own demand to pay (round 34's "forbids" alone made the quotation others' words)
    ("Признаки обмана знаем! Условия: «Склад, 5000 в день, паспорт отдашь бригадиру, виза туристическая, взнос 3000». Никому не "
     "платите, кроме нас: переведите взнос сегодня.", {"upfront-fee", "passport-retention", "tourist-visa"}),
    # ... and a warning beside "our terms" in quotation marks, with no call, demand or contact of its own after them
    ("Остерегайтесь мошенников! Только у нас официально, наши условия: «оформление 300$ предоплата, паспорт хранится у "
     "координатора». Ждём вас.", {"upfront-fee", "passport-retention"}),
    ("Эҳтиёт шавед, фиребгарон зиёданд! Шартҳои мо: «ҳуҷҷатгузорӣ 300$ пешакӣ, шиносномаро ба координатор медиҳед». Мунтазирем.",
     {"upfront-fee", "passport-retention"}),
    # ... and "pay only us, nobody else": the plea not to pay others is no denial of the offer's own fee (it was low with no flag)
    ("⚠️ Осторожно, мошенники! Склад в Польше, 1600 евро. Оформление визы 900$ только на карту нашего директора, менеджерам не "
     "переводите. Набор до пятницы: +7 900 000 00 01", {"upfront-fee"}),
]
# (a notice of the same shape: others' words quoted, an act of the scam forbidden)
NOTICES = [
    # round 35 (review): the heading still speaks for a sentence that tells others' deed
    "Внимание, мошенники! В соцсетях предлагают места в списке на Корею за 1 000 сомони. Не платите, звоните 112.",
    "Эҳтиёт шавед! Дар гурӯҳҳо барои ҷой дар рӯйхати Корея 1000 сомонӣ талаб мекунанд. Пул надиҳед.",
    "Нам в чат прислали: «виза в Польшу 1500$ оплата заранее на карту, паспорт хранится у координатора». Не платите и не отдавайте "
    "паспорт никому!",
    "Ба фарзандам навиштанд: «pasportro brigadir megirad, roxkiro 300$ pesh medihed». Pul nadihed, bovar nakuned!",
    # round 35 (n): a warning in the text's own words, no offer of its own
    "Соседу прислали в чат вот что: «Склад, 5000 в день, паспорт отдашь бригадиру, взнос 3000 на карту». Это развод, о таком "
    "сообщайте в полицию.",
]


@pytest.fixture(scope="module")
def scanner():
    return default_scanner()


@pytest.mark.parametrize(("ad", "flags"), DISGUISED)
def test_an_offer_quoting_its_own_terms_keeps_its_flags(scanner, ad: str, flags: set[str]) -> None:
    for model in (scanner.model, None):  # the rules alone, and with the learned layer
        s = default_scanner()
        s.model = model
        r = s.scan(ad)
        assert flags <= {h.id for h in r.flags}, (model is not None, r.flags)
        assert r.risk == "high"


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_of_the_same_shape_is_not_high(scanner, text: str) -> None:
    r = scanner.scan(text)
    assert r.risk != "high", r.flags
