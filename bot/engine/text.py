"""Text normalisation for command words and typed option labels.

People type the same word in Tajik Cyrillic, Russian Cyrillic and Latin letters
("ёрӣ", "ёри", "yori"). Command words are compared after folding all three to
one Latin skeleton. This is deliberately coarse (no stemming): it only has to
recognise a handful of fixed words; the question matcher in ``bot.knowledge``
does the real linguistic work. No library covers Tajik Cyrillic, so the letter
map is written here.
"""

from __future__ import annotations

import re
import unicodedata

# Tajik and Russian Cyrillic to a Latin skeleton (vowel quality and softness dropped)
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "ӣ": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ӯ": "u", "ф": "f", "х": "h",
    "ҳ": "h", "ц": "ts", "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
# Latin spellings that phones produce for the same sounds
_LAT = (("gh", "g"), ("q", "k"), ("x", "h"), ("ch", "j"), ("w", "sh"), ("ee", "i"), ("j", "j"))
_PUNCT = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")
_CONTROL = dict.fromkeys(c for c in range(0x20) if c not in (0x0A, 0x09))


def clean(text: str) -> str:
    """Drop control characters and normalise Unicode (NFC); keep the person's words."""
    text = unicodedata.normalize("NFC", text).translate(_CONTROL)
    return text.replace("\u200b", "").strip()


def fold(text: str) -> str:
    """Lower-case, no punctuation or emoji, one script: 'Ёрӣ!!' -> 'yori'."""
    t = unicodedata.normalize("NFC", text).lower()
    t = "".join(_CYR.get(ch, ch) for ch in t)
    t = _PUNCT.sub(" ", t)
    t = t.replace("_", " ")
    for a, b in _LAT:
        t = t.replace(a, b)
    return _SPACE.sub(" ", t).strip()


def tokens(text: str) -> list[str]:
    return fold(text).split()
