"""Hostile job ads: many amounts, warning sentences and spans must not make a scan slow.

The pay check looks at the sentence around every amount (is it a warning about
such offers?); done naively that is quadratic in the ad's length. The bound is
generous (the scan takes about 0.1 s on a shared 2-core machine; the quadratic
version took 8 s on the second text).
"""

from __future__ import annotations

import time

import pytest

from bot.jobcheck.scanner import MAX_CHARS, default_scanner, scan


def scanned_within(text: str, seconds: float) -> None:
    """``text`` is scanned (rules + model, the data loaded beforehand) in under ``seconds`` to a verdict."""
    scan("x", "ru")
    t0 = time.perf_counter()
    r = scan(text, "ru")
    assert time.perf_counter() - t0 < seconds
    assert r.risk in ("low", "medium", "high")


@pytest.mark.parametrize("text", [
    "Зарплата 5000$ в месяц. " * 2000,
    "Не верьте, обещают 5000$ в месяц, 7000 евро в час, 300 000 руб за 3 месяца " * 400,
    "5000$ " * 10000,
    "za 3 mesyaca 300 000 rub; " * 2000,
    "барои 3 моҳ 300 000 рубл! бовар накунед " * 1000,
])
def test_ads_full_of_amounts_are_scanned_fast(text: str) -> None:
    scanned_within(text, 2.0)
    assert len(text) > MAX_CHARS  # cut, not refused


# round 14 (moved here from tests/test_jobcheck_round14_s.py): emoji are clause breaks and a "?"
# with a dashed answer joins two sentences; ads made only of those stay bounded
@pytest.mark.parametrize("text", ["😊" * 5000, "🇦🇪" * 2500, "а? — " * 1000, "😊 а " * 1250, "?—" * 2500])
def test_emoji_ads_bounded(text: str) -> None:
    t0 = time.perf_counter()
    default_scanner().scan_rules(text)
    assert time.perf_counter() - t0 < 1.0


# round 15: a money cue whose digits are a phone's ("Намояндаи корхона: +992 ...") is skipped, and
# the phones are found once per flag, not once per cue: an ad that repeats such cues stays bounded
@pytest.mark.parametrize("text", ["Оформление +992 900 00 41 41 сомони. " * 200, "Виза +7 900 000-41-41 долл, " * 300])
def test_ads_full_of_phones_beside_fees_are_bounded(text: str) -> None:
    t0 = time.perf_counter()
    default_scanner().scan_rules(text)
    assert time.perf_counter() - t0 < 1.0


# round 17's clause readings asked for the clause or the sentence of every cue, found by walking the
# tokens, and matched every bare number against every phone and every paying word: on an ad typed
# without punctuation (one clause) or full of numbers and phones that was quadratic (1.7 s and 0.5 s
# for these texts; about 0.12 s now that the breaks and the phones are found once and bisected)
@pytest.mark.parametrize("text", [
    "пул намегирем 300 пешакӣ медиҳед ширкат мепардозад коғаз нест " * 330,
    "оплачиваете обучение 8000 медиҳед 9000 переводом 7000 +992 900 00 00 00 " * 300,
    "Очереди не надо, надо 2000$ отдать, сразу не платите, потом с зарплаты вычитаем, ничего подписывать "
    "не надо, только 500 наличными, пока не отработаете, никаких очередей. " * 130,
])
def test_long_clauses_and_bare_numbers_are_bounded(text: str) -> None:
    scanned_within(text, 1.0)


# rounds 19 and 20 read shouted words ("СРОЧНО!!!"), pay said in words, answers labelled on the next
# line ("Ҷавоб:") and spans of days before a month: hostile ads made only of those stay bounded
# (0.16-0.42 s for these on a shared 2-core machine)
@pytest.mark.parametrize("text", [
    "СРОЧНО!!! ❗️Srochno❗️ " * 1500,
    "зарплата четыре тысячи долларов каждый день " * 500,
    "Гарав мегиред?\nҶавоб: Не " * 900,
    "с 1 до 15 марта аз 7 то 21 " * 800,
])
def test_shouts_words_answers_and_dates_are_bounded(text: str) -> None:
    scanned_within(text, 2.0)


# rounds 21-24 read others' words quoted after a verb of reporting ("пишут: «...»", found once per ad and
# looked for at most 400 characters on), a list ended by a bare "— нет", and a notice's "don't write in
# private": hostile ads made only of those stay bounded
@pytest.mark.parametrize("text", [
    "Каналы пишут: «взнос 300 сомони на карту» " * 600,
    "Мошенники обещают «работа в Корее " * 700,
    "Залог, штрафы — нет. " * 1200,
    "Не пишите никому в личку, фейковые каналы " * 600,
])
def test_quotations_bare_no_and_notices_are_bounded(text: str) -> None:
    scanned_within(text, 2.0)


# A scam may borrow the words of a warning to hide its own demand. Rounds 18-26 read any "от имени" /
# "аз номи" in a fee's sentence as a denial (warnings say "мошенники от нашего имени просят..."), so a
# checkable ad that asked "Оплату за визу 500$ от имени компании принимает наш менеджер" was rated low
# with no flag. In its name, others must act (a verb of others or "мошенники") for it to deny anything.
HEAD_RU = "ООО «Пример», Москва, ул. Лесная 0, тел. +7 900 000-00-00. "
HEAD_TG = "ҶДММ «Намуна», Душанбе, кӯчаи Айнӣ 0, тел. +992 00 000 00 00. "
BORROWED = [
    (HEAD_RU + "Работа в Польше на складе. Оплату за визу 500$ от имени компании принимает наш менеджер.", "ru"),
    (HEAD_RU + "Склад в Польше. От имени фирмы менеджер примет предоплату 400 евро.", "ru"),
    (HEAD_TG + "Кор дар Полша. Пули визаро 500$ аз номи ширкат менеҷери мо қабул мекунад.", "tg"),
]
WARNINGS = [
    (HEAD_RU + "Внимание! Мошенники от нашего имени просят 300 евро за анкету. Мы денег не берём.", "ru"),
    (HEAD_RU + "Внимание! Просят 300 евро за анкету от нашего имени. Это не мы, мы денег не берём.", "ru"),
    (HEAD_TG + "Диққат! Аз номи мо одамон барои анкета 300 доллар мепурсанд. Ин мо нестем, мо пул намегирем.", "tg"),
]


@pytest.mark.parametrize(("text", "lang"), BORROWED)
def test_a_fee_taken_in_the_companys_name_is_no_denial(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert r.risk == "high" and "upfront-fee" in r.flag_ids, (r.risk, r.flag_ids)


@pytest.mark.parametrize(("text", "lang"), WARNINGS)
def test_others_acting_in_its_name_still_deny(text: str, lang: str) -> None:
    assert scan(text, lang).risk == "low"


# A scam may paste an official warning before or after its own demand: the learned layer's notice head
# reads the whole as a notice, and before the round-27 review such an ad was low with no flag. The
# sentences that carry the rules' flags must read as a notice too. Where they read as a scam on their
# own, the pasted notice lowers nothing: until round 28 its words still lowered the scam head of the
# whole text under the verdict's cap and the flags' heads under their bars (the Dubai ad below was
# medium with its kept passport dropped).
NOTICE_RU = ("Уважаемые граждане! Министерство труда напоминает: направление на работу за рубеж бесплатное. Если вам "
             "предлагают работу в Корее без экзамена за 1500 долларов — это мошенничество. Не отдавайте паспорт посредникам.")
NOTICE_TG = ("Шаҳрвандони азиз! Хадамоти муҳоҷират хотиррасон мекунад: барои ба кор фиристодан ба хориҷа ҳеҷ кас набояд аз "
             "шумо пул гирад. Агар ба шумо гӯянд, ки бо визаи сайёҳӣ равед, бовар накунед. Паспорти худро ба миёнаравҳо надиҳед.")
PASTED = [
    (NOTICE_RU + " А у нас всё честно: работа в Польше на складе, предоплата за визу 500$ на карту менеджера, пишите в личку @primer_xx", "ru"),
    ("Работа в Польше на складе. Предоплата за визу 500$ на карту менеджера. " + NOTICE_RU, "ru"),
    (NOTICE_TG + " Мо бошем ростқавлем: кор дар Русия, 300 доллар барои ҳуҷҷатҳо ба корти мо гузаронед, ба лички нависед.", "tg"),
]
NOTICE_RU2 = ("ВНИМАНИЕ! Участились случаи мошенничества. Мошенники обещают работу в Европе и просят деньги за визу. "
              "Проверяйте лицензию агентства на сайте министерства. Не переводите деньги на карты частных лиц. Будьте бдительны!")
PASTED += [
    ("Срочно! Работа в Дубае, 2500$, жильё от работодателя, паспорт хранится у работодателя. Предоплата 400$ за визу. " + NOTICE_RU2,
     "ru"),
    (NOTICE_TG + " Мо ширкати боэътимодем: кор дар Корея, маош 3000$, бо визаи сайёҳӣ меравед, 500$ пешакӣ барои виза, "
     "шиносномаро ба мо медиҳед.", "tg"),
    (NOTICE_RU + " " + NOTICE_RU2 + " Мы не такие. Работа в Литве, водители, 2000 евро. Залог 500 евро за рабочее место "
     "возвращаем через 3 месяца.", "ru"),
]

# Round 29 taught the rules a channel admin's moderation post ("Удаляем посты вида «...»", "Такие посты удаляю",
# "reklama ... fireb"), a forwarded channel's name and "such posts" after a quotation: the words so marked are others'.
# A scam may borrow those forms; what it asks in its own sentences must stay.
PASTED += [
    ("Удаляем все посты вида «виза в Корею 2000$». Такие посты удалим. А мы отправляем в Корею на завод, оплата 1500$ "
     "наличными менеджеру, паспорт оставляете в офисе. Пишите @primer_xx", "ru"),
    ("Админ: реклама «пул диҳед» фиреб аст. Мо бошем ҳалол: барои виза 800$ ба корти Алиф пешакӣ, шиносномаро ба мо "
     "медиҳед. Танҳо дар телеграм нависед @namuna_xx", "tg"),
    ("Переслано из канала «Работа 24/7»: Склад в Москве, за оформление 5000 рублей на карту Сбер, паспорт сдаёте "
     "бригадиру. Звоните +7 900 000 00 00", "ru"),
    ("ADMIN: kanalda reklama meonand 'pul dihed' - hamin xel reklamaho fireb. Mo boshem: kor dar Moskva, baroi hujjat "
     "500$ pesh ba kartai Alif, pasportro ba brigadir medihed, lichka navised", "tg"),
]


# Round 30: the model retrained on round 30's rules reads the sentences that carry the flags as a notice
# together, where the admin's or the ministry's own sentence is one of them (notice 0.68-0.73 over its bar
# of 0.6): the two Tajik moderation posts above and the last two below were low with no flag. A flagged sentence
# that reads as a scam on its own keeps the rules' flags there too.
PASTED += [
    ("Админ: посты «скиньте предоплату» — это развод. А мы честные: работа в Казани, за оформление 600$ на карту "
     "Сбер, паспорт сдаёте нам. Пишите в личку @primer_xx", "ru"),
    ("Admin navisht: e'lonhoi 'pesh pul dihed' fireb ast. Mo halolem: kor dar Qazon, baroi viza 700$ ba kartai "
     "Alif, pasportro ba mo medihed, lichka navised", "tg"),
    ("Хадамоти муҳоҷират огоҳ мекунад: «ба миёнаравҳо пул надиҳед». Мо ширкати боэътимод ҳастем: барои ҳуҷҷатҳо "
     "500$ пешакӣ ба корти мо, шиносномаро ба мо медиҳед. Танҳо лички.", "tg"),
]


@pytest.mark.parametrize(("text", "lang"), PASTED)
def test_a_pasted_notice_does_not_hide_the_demand_beside_it(text: str, lang: str) -> None:
    rules = default_scanner().scan_rules(text, lang)
    r = scan(text, lang)
    assert rules.risk == "high" and "upfront-fee" in rules.flag_ids
    # every flag the rules found stays, and the ad stays high
    assert r.risk == "high" and set(rules.flag_ids) <= set(r.flag_ids) and not r.notice, (r.risk, r.flag_ids)
