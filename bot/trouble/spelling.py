"""One spelling for the recogniser: ``fold()`` made coarser for the ways people type Russian
and Tajik in Latin letters (the rules' patterns and the model's n-grams both read text in
it; see the module doc of ``bot/trouble/rules.py``)."""

from __future__ import annotations

import re
import unicodedata

from bot.engine.text import _CYR, _LAT  # the letter map of fold(): one Latin script for both alphabets

MAX_CHARS = 1000  # longer messages: the first and the last part are read (bounded work per message)


def bounded(text: str) -> str:
    """The part of a message that is read: all of it, or its start (what happened) and its end (what happens now)."""
    text = text or ""
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS // 2] + "\n" + text[-MAX_CHARS // 2 :]
    return text


# -- one spelling ---------------------------------------------------------------------------
# fold() done with one str.translate (it runs on every free-text message), then coarser
_TABLE = str.maketrans({**_CYR, **dict.fromkeys("'’ʼ`´", "")})  # the soft-sign apostrophe: "b'yut" is one word
_SKELETON = (("shch", "sh"), ("shj", "sh"), ("sj", "sh"), ("kh", "h"), ("zh", "j"), ("dj", "j"), ("ts", "c"), ("y", "i"))
_SEGMENT = re.compile(r"[,:\u2014\u2013()]|\s-\s|\s-(?=\w)|(?<=\w)-\s")  # commas, colons, dashes, brackets
_NOT_WORD = re.compile(r"[^\w\s,]+|_")
_COMMAS = re.compile(r"\s*,[\s,]*")
_DOUBLE = re.compile(r"([a-z])\1+")
_DOUBLE_IN_PATTERN = re.compile(r"(?<!\\)([a-z])\1+")  # not the "b" of "\\bbez"


def _spell(text: str, segments: bool = False) -> str:
    t = unicodedata.normalize("NFC", text).lower()
    if segments:
        t = _SEGMENT.sub(",", t)
    t = _NOT_WORD.sub(" ", t.translate(_TABLE) if segments else t.translate(_TABLE).replace(",", " "))
    for a, b in _LAT:
        t = t.replace(a, b)
    if not t.isascii():
        t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))
    for a, b in _SKELETON:
        t = t.replace(a, b)
    t = " ".join(_DOUBLE.sub(r"\1", t).split())
    return _COMMAS.sub(" , ", t).strip(" ,") if segments else t


def skeleton(text: str) -> str:
    """``fold()`` made coarser for Latin-letter Russian and Tajik (see the module doc)."""
    return _spell(text)


def _sk(pattern: str) -> str:
    """A pattern written in plain transliteration, spelled as ``skeleton()`` spells text."""
    p = pattern
    for a, b in (*_LAT, *_SKELETON):
        p = re.sub(r"(?<!\\)" + a, b, p)  # letters, not the "w" of "\\w"
    return _DOUBLE_IN_PATTERN.sub(r"\1", p)


def _rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_sk(a)})" for a in alternatives))
