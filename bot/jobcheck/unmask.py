"""Undo the tricks that hide a job ad's words from a filter, before the scanner reads it.

Channel moderators and spam filters search for words ("паспорт", "предоплата"), so scammers
write them so that a person still reads them and a program does not:

- invisible characters inside a word: a soft hyphen, a zero-width space or joiner, a
  direction mark, a byte-order mark, a variation selector ("ка\\u00adрту" reads "карту");
- letters spaced or dotted apart: "П а с п о р т", "п.р.е.д.о.п.л.а.т.а", "z-a-l-o-g";
- HTML pasted from a web page or typed into the web chat: "<b>Пас</b>порт", "&nbsp;".

Mixed Latin and Cyrillic look-alike letters ("Пacпopт") are already read by
``cues.fold``, and accents by NFC there. This runs on the text both the rules and the model
read (``Scanner.scan``), within the scanner's character bound; it only removes characters or
joins letters, so the text never grows. Written here because no library does this narrow
job: Unicode normalisation (NFKC) keeps soft hyphens and zero-width joiners and does not
join spaced letters, and an HTML parser is more than a tag-strip of a pasted ad needs.
"""

from __future__ import annotations

import html
import re

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
    return _SPACED.sub(lambda m: _SEPARATORS.sub("", m.group(0)), text)
