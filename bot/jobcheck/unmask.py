"""Undo the tricks that hide a job ad's words from a filter, before the scanner reads it.

Channel moderators and spam filters search for words ("паспорт", "предоплата"), so scammers
write them so that a person still reads them and a program does not:

- invisible characters inside a word: a soft hyphen, a zero-width space or joiner, a
  direction mark, a byte-order mark, a variation selector ("ка\\u00adрту" reads "карту");
- letters spaced or dotted apart: "П а с п о р т", "п.р.е.д.о.п.л.а.т.а", "z-a-l-o-g";
- HTML pasted from a web page or typed into the web chat: "<b>Пас</b>порт", "&nbsp;";
- Greek look-alike letters inside a Cyrillic or Latin word: "Πаспорт", "Pαsport";
- a red word broken by a sign, or with a sign for one of its letters: "Пас.порт", "П/а/с/п/о/р/т",
  "Пас🔥порт", "Пасп*рт", "Пасп0рт", "Предопл4та". Only the words filters
  search for (``_RED``) are mended this way, and only where the sign falls inside the word's stem,
  so "e-mail", "B/C/D/E", "г.Москва", "паспорт/виза" and addresses stay as they are;
- a red word split in two by a space: "Пас порт", "Пред оплата", "pas port" (the same words, and only
  where the pieces join into the stem with a short ending: "за логистику", "на личные" stay).

Mixed Latin and Cyrillic look-alike letters ("Пacпopт") are already read by
``cues.fold``, and accents by NFC there. This runs on the text both the rules and the model
read (``Scanner.scan``), within the scanner's character bound; it removes characters, joins
letters or puts one letter for one sign, so the text never grows. Written here because no library does this narrow
job: Unicode normalisation (NFKC) keeps soft hyphens and zero-width joiners and does not
join spaced letters, and an HTML parser is more than a tag-strip of a pasted ad needs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import lru_cache

from bot.jobcheck.cues import fold_prefix
from bot.knowledge.fold import CYR_TO_LAT, fold

# format characters (Unicode Cf), variation selectors and the combining grapheme joiner inside a
# word: never part of a word people read (between emoji they join them, and stay)
_INVISIBLE = re.compile("(?<=\\w)[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]+(?=\\w)")
# characters that look like a space and are letters to Unicode (used as "invisible" text)
_BLANK = re.compile("[\u2800\u3164\uffa0]")
# an HTML tag of the kind pasted text carries; inline ones join what they split, others break
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]{0,15})(?:\s[^<>]{0,300})?/?>")
_INLINE = frozenset({"b", "i", "u", "s", "em", "strong", "span", "a", "font", "code", "mark", "small", "big",
                     "sub", "sup", "del", "ins", "strike", "tt", "tg-spoiler", "abbr"})
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,10});")
# single letters written apart: four or more apart by dots, dashes or stars ("п.а.с.п.о.р.т",
# "p-a-s-p-o-r-t"; initials have three at most), five or more apart by spaces ("П а с п о р т": a
# sentence has four one-letter words in a row at times, "категории С и D в Саудовскую")
_L = r"[^\W\d_]"
_SPACED = re.compile(rf"(?<!\w)(?:{_L}(?:[.\-*·_•] ?{_L}(?!\w)){{3,}}|{_L}(?: {_L}(?!\w)){{4,}})")
_SEPARATORS = re.compile(r"[ .\-*·_•]+")


# the red words moderators' filters search for, as stems (Tajik and Russian; Latin spellings fold
# to the same): passport, prepayment, payment, pledge, deposit, fee, commission, card, documents, visa,
# transfer, cash
_RED = ("паспорт", "шиносном", "предоплат", "пешпардохт", "пардохт", "оплат", "залог", "гарав", "депозит",
        "взнос", "комисси", "карт", "корт", "документ", "ҳуҷҷат", "виза", "перевод", "наличн")
# a word with signs inside it, from the start of a word: letters, then one to three signs (digits or
# anything but spaces and letters: "Пасп0рт", "Предопл4та") and letters again, up to 24 times; possessive, so a long run costs one pass
_BROKEN = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,40}+(?:(?:[^\w\s]|_|\d){1,3}+[^\W\d_]{1,40}+){1,24}+")
_SIGNS = re.compile(r"(?:[^\w\s]|_|\d)+")
_PUNCT = re.compile(r"[.,:;/\\()\[\]'\"«»\-–—]")
_MAX_BROKEN = 400  # words mended per ad at most: a hostile text of signs costs no more than this
_LAT_TO_CYR = {v: k for k, v in reversed(CYR_TO_LAT.items()) if v}
_CYR = re.compile("[\u0400-\u04ff]")
_LAT = re.compile("[A-Za-z]")


@lru_cache(maxsize=1)
def _stems() -> tuple[str, ...]:
    return tuple(sorted({fold(w).replace(" ", "") for w in _RED}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _initials() -> frozenset[str]:
    """First letters a red word can start with, in either script (a cheap test before folding)."""
    latin = {"p", "s", "o", "z", "g", "d", "v", "k", "h", "x", "n", "c"}
    return frozenset({w[0] for w in _RED} | {w[0].upper() for w in _RED} | latin | {c.upper() for c in latin})


def _stems_after(head: str) -> list[str]:
    """The red stems that the folded start of a word ``head`` begins and does not finish."""
    return [stem for stem in _stems() if 0 < len(head) < len(stem) and stem.startswith(head)]


def _capped_sub(pattern: re.Pattern[str], mend: Callable[[re.Match[str]], str], text: str, cap: int) -> str:
    """``pattern.sub`` with ``mend`` on the first ``cap`` matches only: a hostile text costs no more than that."""
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return mend(m) if count <= cap else m.group(0)

    return pattern.sub(one, text)


def _letters(folded: str, like: str) -> str:
    """Letters of ``folded`` (the canonical Latin form) in the script and case of ``like``."""
    out = "".join(_LAT_TO_CYR.get(ch, ch) for ch in folded) if _CYR.search(like) else folded
    return out.upper() if like.isupper() else out


@lru_cache(maxsize=4096)
def _mend(word: str) -> str:
    if word[0] not in _initials() or len(word) > 60:  # the longest red word, letters apart by signs, is shorter
        return word
    read = fold(word)
    if any(read.startswith(stem) for stem in _stems()):  # folding reads it already ("nali4nymi": 4 is ч in Latin)
        return word
    runs = _SIGNS.split(word)
    head = fold_prefix(runs[0])
    joined = fold_prefix("".join(runs))
    for stem in _stems_after(head):
        if joined.startswith(stem):  # a sign inside the stem: "Пас.порт", "П/а/с/п/о/р/т"
            return "".join(runs)
        if len(runs) != 2:
            continue
        sign = word[len(runs[0]):len(word) - len(runs[1])]
        if _PUNCT.search(sign):  # a dot, a dash or a slash parts words ("опл.труда"); it stands for no letter
            continue
        rest, tail = stem[len(head):], fold_prefix(runs[1])
        for k in (1, 2):  # a sign for one letter: "Пасп*рт", "пред@плата"
            fill = _letters(rest[:k], runs[0])
            if rest[k:] and tail.startswith(rest[k:]) and len(fill) <= len(sign):
                return runs[0] + fill + runs[1]
    return word


def _mend_broken(text: str) -> str:
    return _capped_sub(_BROKEN, lambda m: _mend(m.group(0)), text, _MAX_BROKEN)


# a red word split in two by a space or two ("Пас порт", "Пред оплата", "Шинос номаро", "pas port"): the pieces are joined
# when the first is the start of a red word's stem and the two together are that stem with an ending of at most five
# letters, so "за логистику" stays (zalog + istiku); a word of its own that a red word starts with stays too ("на личные"
# is no "наличные", "вы за" no "виза", the Tajik "кор тайёр" no "корт", card; "пеш пардохт" is read as two words already)
_SPLIT = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,12})( {1,2})(?=([^\W\d_]{2,30})(?![^\W\d_]))")
_FREE = frozenset({"за", "на", "вы", "кор", "пеш", "za", "na", "vy", "kor", "pesh", "pech"})
_ENDING = 5
_MAX_SPLIT = 400  # pairs of words looked at per ad at most


@lru_cache(maxsize=4096)
def _joins(first: str, second: str) -> bool:
    stems = [] if first.lower() in _FREE else _stems_after(fold_prefix(first))
    joined = fold_prefix(first + second) if stems else ""
    return any(joined.startswith(stem) and len(joined) - len(stem) <= _ENDING for stem in stems)


def _join_split(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        first = m.group(1)
        return first if first[0] in _initials() and _joins(first, m.group(3)) else m.group(0)

    return _capped_sub(_SPLIT, one, text, _MAX_SPLIT)


# Greek letters that look like Cyrillic or Latin ones, inside a word of that script ("Πаспорт", "Pαsport"); a word
# with no Cyrillic or Latin letter is Greek and stays
_GREEK = re.compile(r"\w*[\u0370-\u03ff]\w*")
_GREEK_CYR = str.maketrans("ΑΒΕΗΙΚΜΟΡΤΥΧΠΦαεικοπρτυχφ", "АВЕНІКМОРТУХПФаеікопртухф")
_GREEK_LAT = str.maketrans("ΑΒΕΗΙΚΜΝΟΡΤΥΧΖαβεικνορτυχ", "ABEHIKMNOPTYXZaBeikvoptyx")


def _greek(m: re.Match[str]) -> str:
    word = m.group(0)
    if _CYR.search(word):
        return word.translate(_GREEK_CYR)
    return word.translate(_GREEK_LAT) if _LAT.search(word) else word


def _tag(m: re.Match[str]) -> str:
    return "" if m.group(1).lower() in _INLINE else "\n"


def unmask(text: str) -> str:
    """``text`` with hidden characters removed, spaced-out words joined and HTML tags and
    entities read as a browser shows them."""
    text = _INVISIBLE.sub("", text)
    text = _BLANK.sub(" ", text)
    if "<" in text:
        text = _TAG.sub(_tag, text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text).replace("\u00a0", " ")
        text = _INVISIBLE.sub("", text)
    if _GREEK.search(text):
        text = _GREEK.sub(_greek, text)
    text = _SPACED.sub(lambda m: _SEPARATORS.sub("", m.group(0)), text)
    return _join_split(_mend_broken(text))
