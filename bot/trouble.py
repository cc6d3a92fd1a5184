"""Is this person in trouble now? Telling "my employer took my passport" from
"can an employer keep my passport?".

A message says harm is happening to the writer (or someone with them) now when it
names a harm (passport taken and kept, locked in, beaten, threatened, not allowed to
leave, forced to work, wages kept back with threats, a relative missing abroad) and
is about the writer's own situation, not a question about the rules.

Why hand-written rules and not a trained classifier: there is no labelled corpus of
such messages in Tajik and Russian to train on, the cost of a miss is a person in
danger answered with a prevention article, and staff must be able to read and
change why a message was taken as urgent. The rules work on ``fold()``-ed text (one
Latin script, no case or punctuation), so Tajik and Russian in Cyrillic and in Latin
letters are matched by the same stems.

The rules were written from the examples in ``tests/test_trouble.py`` (the
development set). ``bench/trouble_heldout.yaml`` is a separate set written apart
from them and never used to write a rule; ``bench/trouble_bench.py`` measures
precision and recall on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.text import fold


def _folded(pattern: str) -> re.Pattern[str]:
    """A pattern written in plain transliteration, spelled as ``fold()`` spells it
    ("ch" becomes "j", "ee" becomes "i"), so "otvechaet" matches what fold makes of
    "отвечает" and of "otvechaet"."""
    return re.compile(pattern.replace("ch", "j").replace("ee", "i"))



# -- harms (stems in folded text; \b at the start of a stem only) -------------------------
_PASSPORT = r"(pasport\w*|shinosnoma\w*|dokument\w*|hujjat\w*|passport\w*|id kart\w*)"
_TAKE = (r"(zabra\w*|otobra\w*|otnya\w*|otnim\w*|ne otda\w*|ne vozvrash\w*|ne vernu\w*|ne vern\w*|derzh\w*|"
         r"gir\w*|namedih\w*|namedod\w*|nigoh dosht\w*|nigoh medor\w*|pas nadod\w*|bargardon\w*|kasht\w*|"
         r"took|taken|take|keeps?|kept|won t give|will not give)")
HARMS: dict[str, tuple[str, ...]] = {
    # (kind): patterns; any one names the harm
    "passport": (
        rf"\b{_PASSPORT}\b.*\b{_TAKE}",
        rf"\b{_TAKE}.*\b{_PASSPORT}\b",
        r"\bbez (pasporta|dokumentov)\b.*\b(ostavil|derzh)\w*",
    ),
    "confinement": (
        r"\b(zaper|zakryl|zakryt|zamkn)\w*",
        r"\bne (vypuska|otpuska|dayut (uyti|uekhat|vyyti|ujti)|puska)\w*",
        r"\b(kulf|bast)\w*\b.*\b(kard|kardand|mekunand|shud|hastem|hastam)\w*",
        r"\b(maro|moro|mor)\b.*\b(nameguzor|namemon|namemond)\w*",
        r"\b(berun|rafta|baromada)\w*\b.*\b(nameguzor|namemon|iozat nameded|ijozat namedih)\w*",
        r"\b(iozat|ijozat) namedih\w*\b.*\b(berun|raftan|ravem|ravam|baromadan)\w*",
        r"\b(uyti|uekhat|vyyti|vybratsya) ne (mogu|mozhem|mozhet)\b|\bne (mogu|mozhem) (uyti|uekhat|vyyti|vybratsya)\b",
        r"\b(menya|nas|ee|eyo|ego|ikh|moyu|moego|brat\w*|sestr\w*|syn\w*|doch\w*|muzh\w*|zhen\w*) derzh\w*"
        r"|\bderzh\w* (menya|nas|ee|eyo|ego|ikh)\b",
        r"\b(locked|lock us|not allowed to leave|can t leave|cannot leave|won t let (me|us) (go|leave))\b",
    ),
    "violence": (
        r"\b(izbi|b yut|byut|b yet|byet|byot|ubyut|ubyot|udari|udaryay|pobi|izbiva|nasil|iznasil|rezh|rezal|ubi(l|t|vayut))\w*",
        r"\b(mezan|zadand|zad\b|lat kard|lat mekun|kaltak|zuri|zurovari|tajovuz)\w*",
        r"\b(beat|beaten|beating|hit me|hits me|raped|hurt me)\b",
    ),
    "threat": (
        r"\b(ugrozh|ugroz|grozi|grozyat|zapugiva)\w*",
        r"\b(tahdid|tarsond|metarson)\w*",
        r"\b(threaten\w*)\b",
    ),
    "forced": (
        r"\b(zastavlya|prinuzhda|zastavil|prinudil)\w*",
        r"\b(mazhbur|majbur)\w*\b.*\b(mekun|kard|kardand)\w*",
        r"\b(forced|forcing|force me)\b",
        r"\b(prodal|prodali|sold)\b.*\b(menya|nas|me|us)\b",
        r"\b(menya|nas)\b.*\b(prodal|prodali)\b",
        r"\b(rabst|gulom|gulomi)\w*",
    ),
    "missing": (
        r"\b(propal|propala|propali|ischez|bez vesti|net svyazi|svyazi net|ne otvechaet|ne vyhodit na svyaz)\w*",
        r"\b(bedarak|gum shud|gumshud|darak nest|khabar nest|habar nest|aloka nest|tamos namegir)\w*",
        r"\b(missing|disappeared|no news)\b",
    ),
    "wages_threat": (
        r"\b(ne plat|ne vyplach|zarplat\w* ne|den gi ne|deneg ne|bez deneg)\w*",
        r"\b(maosh|muzd|haki kor|hakki kor|pul)\w*\b.*\b(nameded|namedih|nadod)\w*",
    ),
}
# violence and confinement make a case urgent; the rest high priority
URGENT_KINDS = ("violence", "confinement", "forced")

# -- who and when -------------------------------------------------------------------------
_SELF = _folded(
    r"\b(ya|menya|mne|moy|moi|moya|moe|moego|moyu|my|nas|nam|nash|nashi|u menya|so mnoy|"
    r"man|maro|mara|ba man|az man|mo|moro|ba mo|mani|hamrohon|"
    r"me|we|us|our)\b"
    r"|\w+(amro|amba|am|ashro|ash)\b"  # Tajik possessive endings: shinosnomaamro, barodaram
    r"|\b(brat|sestra|syn|doch|muzh|zhena|otets|mat|rodstvennik|drug)\w*"
    r"|\b(barodar|khohar|hohar|pisar|duhtar|dukhtar|shavhar|zan|padar|modar|hesh|dust)\w*"
)
_NOW = _folded(r"\b(seyjas|seychas|uzhe|segodnya|vchera|ho?zir|holo|imruz|dirur|now|today|already|still|vse eshe|hanuz)\b")
# a question about the rules: modal or right words, or "if" (a case imagined, not lived)
_RULES = _folded(
    r"\b(mozhno li|mozhet li|imeet li|imeyut li|imeet pravo|vprave|zakonno|legal\w*|razresh\w*|polozheno|"
    r"dolzhen li|obyazan|pravo|prava|(chto|jto|shto) budet esli|(chto|jto|shto) delat esli|kak byt esli|esli rabotodatel|esli hozyain|"
    r"oyo|metavon\w*|mumkin|hukuk dor\w*|hukuki|kadom hukuk|agar korfarmo|agar kase|(chi|ji) meshavad agar|iozat dor\w*|"
    r"ijozat dor\w*|"
    r"can an?|is it legal|allowed to|what if|if my|if an?|is it ok)\b"
)
# generic talk about others or the world ("people are beaten", "how to avoid")
_GENERIC = _folded(r"\b(kak izbezhat|kak ne popast|kak uznat|(chto|jto) takoe|(chi|ji) ast|(chist|jist)|ba kuja|kujo"
                   r"|how to avoid|what is)\b")


@dataclass(frozen=True)
class Trouble:
    urgent: bool  # a person in trouble now (the now-answer and a person, first)
    kinds: tuple[str, ...] = ()  # the harms named
    priority: str = "normal"  # "urgent" (violence, confinement, forced labour) or "high"

    def as_json(self) -> dict[str, object]:
        return {"urgent": self.urgent, "kinds": list(self.kinds), "priority": self.priority}


_COMPILED = {k: tuple(_folded(p) for p in ps) for k, ps in HARMS.items()}
MAX_CHARS = 1000  # longer messages: the first and the last part are read (bounded work per message)


def recognise(text: str) -> Trouble:
    """Whether ``text`` says harm is happening to the writer (or someone with them) now."""
    text = text or ""
    if len(text) > MAX_CHARS:  # the start (what happened) and the end (what happens now)
        text = text[:MAX_CHARS // 2] + "\n" + text[-MAX_CHARS // 2:]
    f = fold(text)
    if not f:
        return Trouble(False)
    kinds = tuple(k for k, pats in _COMPILED.items() if any(p.search(f) for p in pats))
    if not kinds:
        return Trouble(False)
    if kinds == ("wages_threat",):
        return Trouble(False, kinds)  # unpaid wages alone: a labour question, not danger now
    if "wages_threat" in kinds and not ({"threat", "violence", "confinement", "forced"} & set(kinds)):
        return Trouble(False, kinds)
    now = bool(_NOW.search(f))
    if _RULES.search(f) and not now:
        return Trouble(False, kinds)
    if _GENERIC.search(f) and not now:
        return Trouble(False, kinds)
    severe = set(kinds) & {"violence", "confinement", "forced", "threat"}
    # "the passport was taken and not returned" (an impersonal plural: it happened to the writer)
    impersonal = "passport" in kinds and re.search(r"\b(zabrali|otobrali|otnyali|ne vozvrashayut|ne otdayut|giriftand|namedihand)\b", f)
    if not (severe or impersonal or _SELF.search(f) or now):
        return Trouble(False, kinds)  # a passport or a missing person: whose?
    priority = "urgent" if set(kinds) & set(URGENT_KINDS) else "high"
    return Trouble(True, kinds, priority)


def is_urgent(text: str) -> bool:
    return recognise(text).urgent
