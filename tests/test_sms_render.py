"""SMS rendering without a network: exact segments, Latin mode, paging, all content in GSM-7."""

from __future__ import annotations

import pytest

from bot.channels.sms.channel import classify
from bot.channels.sms.content import texts, turns
from bot.channels.sms.render import compose, render, render_replies
from bot.channels.sms.segments import GSM7_BASIC, GSM7_EXTENSION, count, is_gsm7, non_gsm7, paginate, segments
from bot.channels.sms.translit import to_latin
from bot.engine.model import Option, Reply
from bot.i18n import LANGUAGES


def test_gsm7_tables_are_exact() -> None:
    assert len(GSM7_BASIC) == 127  # 128 positions, less the escape to the extension table
    assert frozenset("\f^{}\\[~]|€") == GSM7_EXTENSION
    assert not GSM7_BASIC & GSM7_EXTENSION
    assert is_gsm7("Hello @ £ € è ñ Δ") and not is_gsm7("Салом") and not is_gsm7("`") and not is_gsm7("ç")


@pytest.mark.parametrize(("text", "encoding", "segs"), [
    ("", "GSM-7", 1),
    ("a" * 160, "GSM-7", 1),
    ("a" * 161, "GSM-7", 2),
    ("a" * 306, "GSM-7", 2),
    ("a" * 307, "GSM-7", 3),
    ("€" * 80, "GSM-7", 1),  # 160 septets
    ("a" + "€" * 80, "GSM-7", 2),  # 161 septets
    ("a" * 152 + "€" + "a" * 153, "GSM-7", 3),  # the escape pair cannot straddle segments 1 and 2
    ("ҷ" * 70, "UCS-2", 1),
    ("ҷ" * 71, "UCS-2", 2),
    ("ҷ" * 134, "UCS-2", 2),
    ("ҷ" * 135, "UCS-2", 3),
    ("a" * 69 + "😀", "UCS-2", 2),  # a surrogate pair is two code units
    ("a" * 66 + "😀" + "a" * 66, "UCS-2", 3),  # and is never split
])
def test_segment_count(text: str, encoding: str, segs: int) -> None:
    c = count(text)
    assert (c.encoding, c.segments) == (encoding, segs)


def test_transliteration_schemes() -> None:
    assert to_latin("Ҷавоб ҳақ ғам ӯ ӣ хона маълумот", "tg") == "Javob haq gham u i xona ma'lumot"
    assert to_latin("Щука, хорошо, объявление, письмо", "ru") == "Schuka, khorosho, obyavlenie, pis'mo"
    assert to_latin("ЖАН Жан «кор» — №5 • 😀", "tg") == 'ZHAN Zhan "kor" - No 5 - '
    assert is_gsm7(to_latin("ЁРӢ ДИҲЕД!", "tg"))


def test_channel_words_in_three_forms() -> None:
    for word in ("STOP", "стоп", "СТОП", "ИСТ", "ist"):
        assert classify(word)[0] == "stop", word  # type: ignore[index]
    for word in ("START", "старт"):
        assert classify(word)[0] == "start"  # type: ignore[index]
    for word in ("HELP", "СПРАВКА", "spravka", "МАЪЛУМОТ", "malumot", "info"):
        assert classify(word)[0] == "help", word  # type: ignore[index]
    for word in ("ЁРӢ", "ёри", "yori", "ПОМОЩЬ", "ПОМОГИТЕ", "SOS"):  # urgent words: the engine's, as on every channel
        assert classify(word) is None, word
    for word in ("ДАВОМ", "davom", "ДАЛЕЕ", "dalee", "MORE", "more."):
        assert classify(word)[0] == "more", word  # type: ignore[index]
    assert classify("LAT") == ("lat", None) and classify("КИР")[0] == "kir" and classify("kir")[0] == "kir"  # type: ignore[index]
    assert classify("stop paying the recruiter?") is None
    assert classify("маълумот")[1] == "tg" and classify("справка")[1] == "ru"  # type: ignore[index]


def test_options_are_numbered_and_formatting_is_dropped() -> None:
    r = Reply("• one\n\n• two", title="Title", options=(Option("a.0", "Red flags"), Option("a.1", "Check an offer")))
    assert compose([r]) == "Title\n- one\n- two\n1 Red flags  2 Check an offer"
    art = Reply("long text " * 50, title="Article", sms="Short SMS text.", kind="article")
    assert compose([art]) == "Short SMS text."


@pytest.mark.parametrize("latin", [False, True])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_fit_the_budget_and_keep_every_word(lang: str, latin: bool) -> None:
    text = " ".join(f"Калимаи{i} ҷумла." for i in range(40)) + "\n" + "  ".join(f"{i} Интихоб" for i in range(1, 9))
    for budget in (2, 3, 5):
        pages = render(text, lang, latin=latin, budget=budget)
        if len(pages) == 1:
            assert latin and segments(pages[0]) <= budget  # Latin mode: it all fits
            continue
        assert all(segments(p) <= budget for p in pages)
        words = [w for p in pages for w in p.split("\n")[:-1 if p is not pages[-1] else None]]
        joined = " ".join(words).split()
        source = (to_latin(text, lang) if latin else text).split()
        assert joined == source
        assert f"(1/{len(pages)})" in pages[0]
        keyword = ("DAVOM" if latin else "ДАВОМ") if lang == "tg" else ("DALEE" if latin else "ДАЛЕЕ")
        assert keyword in pages[0] and keyword not in pages[-1]


def test_runaway_text_is_cut_at_max_pages() -> None:
    pages = render("ҷумла " * 2000, "tg", latin=False, budget=1)
    assert len(pages) == 12 and all(segments(p) <= 1 for p in pages) and pages[-1].endswith("...")


def test_short_text_is_one_page() -> None:
    assert paginate("Салом", 2, lambda i, n: f"{i}/{n}") == ["Салом"]
    assert render_replies([], "tg", latin=False, budget=2) == []


def test_latin_mode_is_pure_gsm7_for_all_content_and_saves_segments(engine, capsys) -> None:  # type: ignore[no-untyped-def]
    """Every string and article SMS text, both languages: GSM-7 only in Latin mode."""
    bad: list[str] = []
    saved: dict[str, tuple[int, int, int]] = {}
    for lang in LANGUAGES:
        n = cyr = lat = 0
        for where, text in texts(lang):
            latin = to_latin(text, lang)
            if not is_gsm7(latin):
                bad.append(f"{lang} {where}: {sorted(non_gsm7(latin))}")
            n += 1
            cyr += segments(text)
            lat += segments(latin)
        assert n > 0
        saved[lang] = (n, cyr, lat)
        # and what a person really receives, turn by turn
        for replies in turns(engine, lang, limit=200):
            for page in render_replies(replies, lang, latin=True, budget=2):
                if not is_gsm7(page):
                    bad.append(f"{lang} turn: {sorted(non_gsm7(page))}")
    assert not bad, "\n".join(bad[:20])
    with capsys.disabled():
        for lang, (n, cyr, lat) in saved.items():
            print(f"\n[sms] {lang}: {n} texts, {cyr} segments in Cyrillic, {lat} in Latin mode "
                  f"(saves {cyr - lat}, {100 * (cyr - lat) / cyr:.0f} %)")
    for _n, cyr, lat in saved.values():
        assert lat < cyr
