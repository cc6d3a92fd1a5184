"""Latin mode: Tajik and Russian text in GSM-7 letters only.

A Cyrillic SMS is sent as UCS-2 (70 characters per segment, 67 when split); the
same words in GSM-7 letters fit 160 (153), so Latin mode cuts what a reply costs
by more than half. Each language has a scheme people already read in chats and
on passports:

- Tajik: the informal Latin Tajiks type every day (ҷ j, ҳ h, қ q, ғ gh, х x,
  ӯ u, ӣ i, ч ch, ш sh, ъ ' as in ma'lumot).
- Russian: the familiar "translit" of passports and SMS (ж zh, х kh, ц ts,
  ч ch, ш sh, щ sch, ю yu, я ya, ы y, ь ').

Punctuation outside GSM-7 (guillemets, dashes, bullets, the numero sign...) is
replaced by its plain equivalent, and anything still outside GSM-7 (emoji) is
dropped, so ``to_latin`` always returns pure GSM-7 text.
"""

from __future__ import annotations

import unicodedata

from bot.channels.sms.segments import GSM7_BASIC, GSM7_EXTENSION

_COMMON = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch",
    "ы": "y", "э": "e", "ю": "yu", "я": "ya",
}

TAJIK = {
    **_COMMON,
    "ғ": "gh", "ӣ": "i", "қ": "q", "ӯ": "u", "ҳ": "h", "ҷ": "j", "х": "x",
    "ъ": "'", "ь": "",
}

RUSSIAN = {
    **_COMMON,
    "х": "kh", "ъ": "", "ь": "'",
    # Tajik letters inside Russian text (names, places) still get a readable form
    "ғ": "gh", "ӣ": "i", "қ": "q", "ӯ": "u", "ҳ": "h", "ҷ": "j",
}

SCHEMES = {"tg": TAJIK, "ru": RUSSIAN}

# Typography that has a plain GSM-7 equivalent.
PUNCTUATION = {
    "«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "‟": '"', "‹": "'", "›": "'",
    "‘": "'", "’": "'", "‚": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-", "•": "-", "·": "-", "▪": "-", "►": ">",
    "…": "...", "№": "No ", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": "", "\t": " ",
    "×": "x", "÷": "/", "°": " ", "≈": "~", "→": "->", "←": "<-", "✓": "v", "✔": "v",
    "₽": "rub", "©": "(c)", "®": "(R)", "™": "TM", "⁰": "0", "¹": "1", "²": "2", "³": "3",
}


def _case(latin: str, original: str, following: str) -> str:
    if not original.isupper() or not latin:
        return latin
    if len(latin) == 1 or following.isupper():  # "ЖАН" -> "ZHAN"
        return latin.upper()
    return latin[0].upper() + latin[1:]  # "Жан" -> "Zhan"


def to_latin(text: str, lang: str) -> str:
    """Transliterate ``text`` (Tajik or Russian) into GSM-7 characters only."""
    table = SCHEMES.get(lang, TAJIK)
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low in table:
            following = text[i + 1] if i + 1 < len(text) else ""
            out.append(_case(table[low], ch, following))
        elif ch in GSM7_BASIC or ch in GSM7_EXTENSION:
            out.append(ch)
        elif ch in PUNCTUATION:
            out.append(PUNCTUATION[ch])
        else:
            out.append(_fallback(ch))
    return "".join(out)


def _fallback(ch: str) -> str:
    """Letters with marks lose them (ő -> o); anything else outside GSM-7 is dropped."""
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if base and all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in base):
        return base
    if unicodedata.category(ch).startswith("Z"):
        return " "
    return ""
