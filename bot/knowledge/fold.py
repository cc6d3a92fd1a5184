"""Script folding and normalisation for Tajik and Russian free text.

People type the same word in many ways: "шиноснома", "шиносномаамро",
"shinosnoma", "shinosnomamro", "пасспорт", "pasport", "паспорта". To match
them, every piece of text — the articles' keywords and examples as well as the
question — goes through the same lossy pipeline:

1. ``fold``: lower-case, drop accents, turn Cyrillic into a small canonical
   Latin alphabet, and turn Latin digraphs and phone spellings into the same
   letters. Tajik and Russian letters that people interchange collapse
   (қ/к/q, ғ/г/gh, ҳ/х/h/kh/x, ҷ/ч/ж/j/ch/zh, ӣ/и/й/ы/y, ӯ/у/u). The result is
   not readable transliteration; it only has to be the same for both scripts.
2. ``tokens``: split into words.
3. ``stem``: strip common Tajik and Russian endings (lists in
   ``data/knowledge/suffixes_*.txt``, folded at load) so inflected forms meet.

Because index and query pass through the same code, exactness of the
transliteration matters less than consistency.

No library does Tajik folding; Russian phone transliteration is folded by the
same rules. A Snowball stemmer is not used: it only stems Cyrillic, and
Latin-typed Russian would then stem differently from the same word typed in
Cyrillic.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "knowledge"

# Linguistic data (letter maps), kept in code because it is the algorithm.
# Canonical alphabet: a b v g d e j z i k l m n o p r s t u f h c w (w = ш/щ/sh).
# ҷ ч ж all become "j": Tajik ҷ is typed j or ch, Tajik ч is ch, Russian ж is
# zh or j; users mix all of them.
CYR_TO_LAT: dict[str, str] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "ӷ": "g",
    "д": "d",
    "е": "e",
    "ё": "io",
    "ж": "j",
    "з": "z",
    "и": "i",
    "ӣ": "i",
    "й": "i",
    "к": "k",
    "қ": "k",
    "ҡ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ӯ": "u",
    "ў": "u",
    "ф": "f",
    "х": "h",
    "ҳ": "h",
    "һ": "h",
    "ц": "c",
    "ч": "j",
    "ҷ": "j",
    "ш": "w",
    "щ": "w",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "ә": "a",
    "ө": "u",
    "ү": "u",
    "і": "i",
}

# Latin letters that look like Cyrillic ones; inside a Cyrillic word they are
# almost always a keyboard slip ("пacпорт" with Latin a and c).
HOMOGLYPHS: dict[str, str] = {
    "a": "а",
    "c": "с",
    "e": "е",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "k": "к",
    "m": "м",
    "t": "т",
    "h": "н",
    "b": "в",
}

# Latin letters with diacritics used in Tajik and Turkic-style Latin spellings.
LATIN_SPECIAL: dict[str, str] = {
    "ş": "w",
    "š": "w",
    "ç": "j",
    "č": "j",
    "ž": "j",
    "ğ": "g",
    "ǧ": "g",
    "ƣ": "g",
    "ī": "i",
    "ū": "u",
    "ö": "u",
    "ü": "u",
    "ı": "i",
    "ё": "io",
}

# Latin digraphs and single letters, applied longest first. Digits inside a
# word are Russian phone spellings (4 = ч, 6 = ш).
LATIN_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "w"),
    ("sch", "w"),
    ("dzh", "j"),
    ("sh", "w"),
    ("ch", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ts", "c"),
    ("x", "h"),
    ("q", "k"),
    ("y", "i"),
    ("4", "j"),
    ("6", "w"),
)

_APOSTROPHES = re.compile(r"['’ʼ`´ʻ‘]")
# "o'", "oʻ", "o‘" before a letter is ӯ as typed on Uzbek-style Latin keyboards
# ("ko‘cha" = кӯча, "ro'z" = рӯз); other apostrophes are the hard sign and go.
O_APOSTROPHE = re.compile(r"o['’ʼ`´ʻ‘](?=[a-z])")
_LATIN_RULE_RE = re.compile("|".join(re.escape(a) for a, _ in LATIN_RULES))
_LATIN_RULE_MAP = dict(LATIN_RULES)
_WORD_RE = re.compile(r"[a-z0-9]+")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_DOUBLE_RE = re.compile(r"([a-z])\1+")
# A Latin "j" ending a word after "o" is Russian й ("moj", "svoj", "drugoj"). Applied to
# the typed Latin letters only, before Cyrillic is mapped: Cyrillic ж, ч and ҷ also become
# "j", and "муж", "врач", "ВИЧ", "хориҷ" must keep it ("ВИЧ" once folded to "vi", the
# stopword "вы", and vanished from the question).
_FINAL_J_RE = re.compile(r"(?<=o)j\b")
_INITIAL_YE_RE = re.compile(r"\bye")
# A typed "ye" after a vowel is Cyrillic е there ("poyezd" = "поезд", "uyezjat" = "уезжать"):
# Cyrillic е folds to "e", so the "y" goes (it would otherwise become "i": "poiezd").
_VOWEL_YE_RE = re.compile(r"(?<=[aeiou])ye")


def _dehomoglyph(match: re.Match[str]) -> str:
    word = match.group(0)
    if not _CYRILLIC_RE.search(word):
        return word
    return "".join(HOMOGLYPHS.get(ch, ch) for ch in word)


def fold(text: str) -> str:
    """Fold text in either script to the canonical Latin form (words kept apart by spaces)."""
    text = unicodedata.normalize("NFC", text).lower()
    text = O_APOSTROPHE.sub("u", text)
    text = _APOSTROPHES.sub("", text)
    text = _FINAL_J_RE.sub("i", text)
    # Mixed-script words: treat stray Latin look-alikes as Cyrillic.
    text = re.sub(r"\w+", _dehomoglyph, text)
    out: list[str] = []
    for ch in text:
        if ch in CYR_TO_LAT:
            out.append(CYR_TO_LAT[ch])
        elif ch in LATIN_SPECIAL:
            out.append(LATIN_SPECIAL[ch])
        elif "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
        elif ch.isalpha():
            # Other accented Latin letters: keep the base letter.
            base = unicodedata.normalize("NFKD", ch)[0]
            out.append(base if "a" <= base <= "z" else " ")
        else:
            out.append(" ")
    s = "".join(out)
    s = _INITIAL_YE_RE.sub("e", s)
    s = _VOWEL_YE_RE.sub("e", s)
    s = _LATIN_RULE_RE.sub(lambda m: _fold_digits_or_rule(m, s), s)
    s = _DOUBLE_RE.sub(r"\1", s)
    return s


def _fold_digits_or_rule(m: re.Match[str], s: str) -> str:
    """Apply one Latin rule; a digit becomes a letter only inside a word with letters."""
    token = m.group(0)
    if token in ("4", "6"):
        start, end = m.start(), m.end()
        before = s[start - 1] if start > 0 else " "
        after = s[end] if end < len(s) else " "
        if not (before.isalpha() or after.isalpha()):
            return token
    return _LATIN_RULE_MAP[token]


def respelling(word: str) -> str | None:
    """The other reading of a folded word typed with an ambiguous Latin letter, or None.

    A Latin "j" is Tajik ҷ and Russian ж in most typing ("mojno", "hujjat"), so ``fold``
    keeps it as "j"; but some people type Russian й as "j" too ("strojke", "dnej",
    "najti", "bjut"), and then the word folds apart from "стройке" ("stroike"). Nothing in
    the word tells the two apart, so the matcher tries this reading only for a word it does
    not know as typed (``matcher.Index.lookup``, ``model.CharModel.features``).
    """
    if "j" not in word:
        return None
    return word.replace("j", "i")


def tokens(text: str) -> list[str]:
    """Words of the folded text; numbers are kept (they can matter: "90", "15")."""
    return _WORD_RE.findall(fold(text))


def _read_list(name: str) -> list[str]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            items.append(line)
    return items


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Folded stopwords of both languages (people mix them in one sentence)."""
    words: set[str] = set()
    for name in ("stopwords_tg.txt", "stopwords_ru.txt"):
        for item in _read_list(name):
            words.update(tokens(item))
    return frozenset(words)


@lru_cache(maxsize=1)
def courtesy() -> frozenset[str]:
    """Folded words of thanks, agreement and small talk (``data/knowledge/courtesy.txt``)."""
    words: set[str] = set()
    for item in _read_list("courtesy.txt"):
        words.update(tokens(item))
    return frozenset(words)


def only_courtesy(text: str) -> bool:
    """Is the message nothing but thanks, agreement and stopwords ("спасибо большое",
    "рахмати калон", "хорошо, понятно")? Such a message is about no topic."""
    toks = tokens(text)
    polite = courtesy()
    stops = stopwords()
    return any(t in polite for t in toks) and all(t in polite or t in stops for t in toks)


@lru_cache(maxsize=1)
def suffixes() -> tuple[str, ...]:
    """Folded endings of both languages, longest first."""
    found: set[str] = set()
    for name in ("suffixes_tg.txt", "suffixes_ru.txt"):
        for line in _read_list(name):
            for item in line.split():
                f = fold(item).strip()
                if f:
                    found.add(f)
    return tuple(sorted(found, key=len, reverse=True))


MIN_STEM = 4  # shorter stems collide ("корея" and "кор" would meet)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip endings until none is left, keeping at least ``MIN_STEM`` letters.

    Repeated because Tajik stacks endings (шиноснома-ҳо-ям-ро); stripping to a
    fixed point makes every stacked form land on the same stem as the bare word.
    A short word may lose one final letter in the first round ("виза", "визу"
    -> "viz"), so that short nouns still meet their inflected forms.
    A Tajik verb loses its prefix first (see ``verb_prefixes``).
    """
    if word.isdigit():
        return word
    word = _strip_verb_prefix(word)
    ends = suffixes()
    for round_ in range(4):
        for suf in ends:
            keep = MIN_STEM - 1 if (round_ == 0 and len(suf) == 1) else MIN_STEM
            if len(word) - len(suf) >= keep and word.endswith(suf):
                word = word[: -len(suf)]
                break
        else:
            break
    return word


@lru_cache(maxsize=1)
def _verb_rules() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(prefixes, person endings) of Tajik verbs, folded, from data/knowledge/verbs_tg.txt."""
    prefixes: set[str] = set()
    endings: set[str] = set()
    for line in _read_list("verbs_tg.txt"):
        kind, _, items = line.partition(":")
        target = prefixes if kind.strip() == "prefixes" else endings if kind.strip() == "endings" else None
        if target is not None:
            target.update(fold(i).strip() for i in items.split() if fold(i).strip())
    return tuple(sorted(prefixes, key=len, reverse=True)), tuple(endings)


def _strip_verb_prefix(word: str) -> str:
    """ "намедиҳад", "медиҳам", "бидиҳ" -> "диҳ...": a prefix comes off only when the
    word also ends like a verb, so nouns such as "меҳнат" keep their first letters."""
    prefixes, endings = _verb_rules()
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= 4 and any(word.endswith(e) for e in endings):
            return word[len(p) :]
    return word


def terms(text: str) -> list[str]:
    """Stemmed content words of a text, stopwords removed, order kept."""
    stops = stopwords()
    return [stem(t) for t in tokens(text) if t not in stops]
