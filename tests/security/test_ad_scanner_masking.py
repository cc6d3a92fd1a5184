"""Words hidden from filters: a scam that masks its red words must get the same flags.

Channel moderators and spam filters search for words, so scammers write "П а с п о р т",
"п.р.е.д.о.п.л.а.т.а", put a soft hyphen or a zero-width space inside a word, or paste HTML.
A person reads the word; the scanner must too (``bot.jobcheck.unmask``). Before this, a spaced
"паспорт" lost passport-retention and a soft hyphen inside "карту" lost cash-no-receipt.
"""

from __future__ import annotations

import json

import pytest

from bot.jobcheck import train
from bot.jobcheck.scanner import MAX_CHARS, default_scanner, scan
from bot.jobcheck.unmask import unmask

# (lang, a plain scam, the word hidden, its flag)
ADS = [
    ("ru", "Работа на складе в Москве. Паспорт сдаёте нам на весь срок работы. Пишите в телеграм @primer_xx",
     "Паспорт", "passport-retention"),
    ("ru", "Склад в Москве, 80 000 ₽. Оплата за оформление 500$ переводом на карту Намуна. Тел +7 900 000-00-00",
     "карту", "cash-no-receipt"),
    ("ru", "Стройка в Казани. Предоплата за место в бригаде 300$, остальное с зарплаты. Тел +7 900 000-00-00",
     "Предоплата", "upfront-fee"),
    ("tg", "Кор дар Маскав, склад. Шиносномаро ба мо медиҳед, дар дасти мо меистад. Тел +992 00 000 00 00",
     "Шиносномаро", "passport-retention"),
    ("tg", "Кор дар Маскав. Барои ҳуҷҷатҳо пешпардохт 2000 сомонӣ лозим. Тел +992 00 000 00 00",
     "пешпардохт", "upfront-fee"),
    ("ru", "Rabota Moskva sklad. Pasport sdaete nam na ves srok. Pishite v telegram @primer_xx",
     "Pasport", "passport-retention"),
    ("tg", "Kor dar Moskva sklad. Pasportro ba mo medihed, dar dasti mo memonad. tel +992 00 000 00 00",
     "Pasportro", "passport-retention"),
    ("ru", "Склад в Москве. Залог 5000 рублей за форму, вернём через год. Тел +7 900 000-00-00",
     "Залог", "upfront-fee"),
    ("ru", "Работа в Дубае, туристическая виза, потом сделаем рабочую. Тел +7 900 000-00-00",
     "виза", "tourist-visa"),
]


def _spaced(w: str) -> str:
    return " ".join(w)


def _dotted(w: str) -> str:
    return ".".join(w)


def _dashed(w: str) -> str:
    return "-".join(w)


def _soft_hyphen(w: str) -> str:
    return w[:2] + "\u00ad" + w[2:]


def _zero_width(w: str) -> str:
    return "\u200b".join(w[i:i + 2] for i in range(0, len(w), 2))


def _joiner_and_mark(w: str) -> str:
    return w[:1] + "\u200d" + w[1:3] + "\u200e" + w[3:]


def _html(w: str) -> str:
    return f"<b>{w[:3]}</b><span style=\"color:red\">{w[3:]}</span>"


def _sign_for_a_letter(w: str) -> str:  # "Пасп*рт", "Pasp*rt": a vowel after the third letter is a star
    i = next(i for i in range(3, len(w)) if w[i].lower() in "аоеиуӯaoeiu")
    return w[:i] + "*" + w[i + 1:]


def _digit_for_a_letter(w: str) -> str:  # "Пасп0рт", "Pasp0rt", "Пешпард0хт", "Предопл4та"
    i = next((i for i in range(1, len(w)) if w[i].lower() in "оo"), None)
    if i is None:
        i = next(i for i in range(1, len(w)) if w[i].lower() in "аa")
        return w[:i] + "4" + w[i + 1:]
    return w[:i] + "0" + w[i + 1:]


def _greek_letters(w: str) -> str:  # "Πаспорт", "Pαsport": Greek look-alikes for the first letter or a vowel
    return w.translate(str.maketrans("ПпаоPao", "Ππαοραο"))


def _emoji_inside(w: str) -> str:
    return w[:3] + "🔥" + w[3:]


def _dot_inside(w: str) -> str:
    return w[:3] + "." + w[3:]


def _slashed(w: str) -> str:
    return "/".join(w)


def _split_by_a_space(w: str) -> str:  # "Пасп орт", "Предо плата", "Зал ог", "Pasp ort"
    return w[:(len(w) + 1) // 2] + " " + w[(len(w) + 1) // 2:]


TRICKS = [_spaced, _dotted, _dashed, _soft_hyphen, _zero_width, _joiner_and_mark, _html,
          _sign_for_a_letter, _digit_for_a_letter, _greek_letters, _emoji_inside, _dot_inside, _slashed,
          _split_by_a_space]


@pytest.mark.parametrize("trick", TRICKS, ids=lambda t: t.__name__)
@pytest.mark.parametrize(("lang", "ad", "word", "flag"), ADS, ids=[f"{a[0]}-{a[2]}" for a in ADS])
def test_a_hidden_red_word_is_read(trick, lang: str, ad: str, word: str, flag: str) -> None:
    assert flag in scan(ad, lang).flag_ids  # the plain ad has the flag
    masked = ad.replace(word, trick(word))
    assert masked != ad
    r = scan(masked, lang)
    assert flag in r.flag_ids, masked
    assert r.risk == scan(ad, lang).risk


def test_html_entities_and_line_tags_read_as_a_browser_shows_them() -> None:
    assert unmask("Паспорт&nbsp;у&#1085;ас<br>Оплата") == "Паспорт унас\nОплата"
    assert unmask("<p>Виза</p><div>Билет</div>") == "\nВиза\n\nБилет\n"


@pytest.mark.parametrize("text", [
    "категории С и D в Саудовскую Аравию",  # four one-letter words in a row, apart by spaces
    "А. Б. Иванов, т.е. бригадир",  # initials and abbreviations
    "❗️Срочно❗️ 👨\u200d👩\u200d👧 семьям",  # emoji keep their joiners and variation selectors
    "a < b and c > d, 3 < 5",  # angle brackets that are no tags
    "Tom & Jerry; R&D",  # ampersands that are no entities
    "e-mail, из-за, кто-то, B/C/D/E, г.Москва, ул.Примерная 0",  # signs inside words that are no red word
    "паспорт/виза, документы/справки, карт-бланш, оплата:, виза-приглашение",  # a sign after a red word's stem
    "pasport@mail.ru, kar@mail.ru, viza.tj, опл.труда, з/п, док-ты",  # addresses and abbreviations
    "Καλημέρα, ΑΒΓ, π = 3.14, α-частицы",  # Greek words and letters that stand as Greek
    "E-9, D-4, виза2025, карта1, тел89000000000, 4i gap, 6arif, pe4at, ООО2024",  # digits in and after ordinary words
    "за логистику, на личные нужды, вы за рулём, за лог, Зало г",  # a preposition or pronoun and a word: never joined
    "Кор тайёр аст, пеш пардохт нест, пас аз кор, kor tayyor",  # Tajik words that start a red word's stem
])
def test_ordinary_text_is_left_as_it_is(text: str) -> None:
    assert unmask(text) == text


def test_no_labelled_ad_is_changed() -> None:
    """The unmasking reads tricks, not the ways people write: no ad of the 33 labelled sets changes."""
    changed = [name for name, path in train.SETS.items() for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and unmask(t := json.loads(line)["text"]) != t]
    assert changed == []


@pytest.mark.parametrize("text", [
    "П а с п о р т " * 3000,
    "<b>" * 10000,
    "&nbsp;" * 5000,
    "\u00ad" * 30000,
    "a\u200b" * 15000,
    "<span " + "x" * 30000,
    "Пасп*рт " * 3000,
    "к*" * 15000,
    "а🔥" * 10000,
    "Пас порт " * 3000,
    "ка " * 10000,
])
def test_hostile_masking_stays_bounded(text: str) -> None:
    out = unmask(text[:MAX_CHARS])
    assert len(out) <= MAX_CHARS
    assert default_scanner().scan(text, "ru").risk in ("low", "medium", "high")
