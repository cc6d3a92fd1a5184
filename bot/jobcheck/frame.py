"""The frame of a text, read once before its flags are weighed (round 35, branch r35n): a warning about others' offers, or an offer.

A notice's speaker tells the reader about others' offers (quoting them, retelling them) and does not itself offer work. Round 34 took
a text for one only when its own words named a notice's cue (``notice`` in scanner.yaml) or forbade an act ("не платите"); notices35
and holdout35n showed most notices do neither: "Это развод", "работа без договора незаконна", "пишите заявление в полицию",
"Осторожно!", "ин фиреб аст" (holdout35n: 27 genuine ads high, most of them notices whose quotation after a colon kept its fee,
passport and visa flags). ``warns`` reads the stance of the text's own words, outside the spans it quotes:

- a word of the warning itself (``_STANCE``): fraud, a fake, unlawful, beware, warn, the police;
- and no voice of an offer of its own (``_OWN_OFFER``): the text that, in its own words, offers work ("набираем", "мегирем"), asks the
  reader to pay ("оплатите", "пулро гузаронед") or gives its own contact to apply ("пишите в WhatsApp +7 ...") is an offer whatever
  warning it pastes ("Остерегайтесь мошенников! Наши условия: «оформление 300$»", tests/security/test_ad_scanner_notice_disguise.py).

In a warning frame, a sentence in which a third party asks or takes ("Посредник просит 300$", "миёнарав 500$ мегирад") is others'
deed too (``their_asks``), unless the party is "ours" ("наш координатор", "бригадири мо"); a text that names its own terms or people
("Наши условия:", "Шартҳои мо") offers itself.

The callers (``clauses._reported``, ``sentences._is_notice``) then let every flag consult the frame: a quotation in a warning frame is
others' words, and an offer's missing flags do not apply to a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.jobcheck.cues import Folded, compile_cues
from bot.jobcheck.reports import _before, forbids_outside

# a word of the warning itself, in Russian and Tajik, Cyrillic and Latin letters (stems: "мошенники", "мошенничество", "обманут")
_STANCE = re.compile(
    r"(?<!\w)(?:мошенни|мошейни|moshenni|moshen+ik|обман|obman|развод(?!ит|ят|им)|razvod(?!it|yat)|афер|afer(?!t)|лохотрон|lohotron|"
    r"фиреб|фириб|fireb|firib|қаллоб|каллоб|qallob|kallob|подделк|поддельн|poddel|фальшив|falshiv|незаконн|nezakon|"
    r"ғайриқонун|гайриконун|ghayriqonun|gayriqonun|ghayriqonun|вымога|осторожн|ostorozhn|ostorojn|остерега|ostereg|бдительн|"
    r"эҳтиёт|эхтиёт|ehtiyot|ehtiet|extiyot|огоҳ|огох|ogoh|предупрежд|preduprezhd|preduprejd|в\s+полици|v\s+polici|милиса|милитсия|"
    r"милици|milisa|militsiya|politsiya|"
    # a fake ("қалбакӣ"), the signs of a scheme listed ("признаки", "нишонаҳо"), bondage, a block, a complaint written, 112 called
    r"қалбак|калбак|qalbak|kalbak|признак|priznak|нишонаҳо|нишонахо|нишонаи|nishonaho|nishonai|асорат|asorat|блокир|blokir|"
    r"(?:напиш|написа|подать|подайте|подадим|napish|napisa|podat|podayte)\w*\s+(?:\w+\s+)?(?:заявлени|zayavleni)|"
    r"(?:звоните|позвоните|zvonite|pozvonite)\s+(?:в\s+|v\s+)?1(?:12|02)(?!\d))"
)
# the voice of an offer of its own: a first-person plural offering work, not after a "not" ("мы не набираем через телеграм")
_OFFER_VERB = re.compile(
    r"(?<!\w)(?:предлагаем|приглашаем|набираем|трудоустраиваем|оформляем|отправляем|нанимаем|predlagaem|priglashaem|nabiraem|"
    r"oformlyaem|otpravlyaem|мегирем|мефиристем|мебарем|megirem|mefiristem|mebarem|(?:пешниҳод|пешниход|таклиф|қабул|кабул|peshnihod|"
    r"taklif|qabul|kabul)\s+(?:мекунем|mekunem))(?!\w)"
)
# ... an imperative to pay, not after a "not" ("не платите"); the Tajik prohibitive is a word of its own ("напардозед", "надиҳед")
_PAY_RU = re.compile(
    r"(?<!\w)(?:оплатите|оплачивайте|переведите|перечислите|внесите|скиньте|платите|oplatite|oplachivayte|perevedite|perechislite|"
    r"vnesite|skinte|platite)(?!\w)"
)
_PAY_TG = re.compile(
    r"(?<!\w)(?:пул\w*|pul\w*|маблағ\w*|маблаг\w*|mablag\w*|\d+\s*(?:\$|сомон\w*|somon\w*|долл\w*|doll\w*|руб\w*|rub\w*))"
    r"[^.!?\n,]{0,30}?(?<!\w)(?:гузаронед|фиристед|диҳед|дихед|супоред|пардохт\s+кунед|guzaroned|firisted|dihed|suported|supored|"
    r"pardoxt\s+kuned|pardokht\s+kuned)(?!\w)"
)
# ... its own contact to apply: write or call, and a number, a handle or a messenger in the same sentence, unless the sentence asks for
# reports ("звоните 112", "скрин ба админ фиристед", "пишите заявление в полицию")
_CALL = re.compile(
    r"(?<!\w)(?:пишите|напишите|звоните|позвоните|обращайтесь|нависед|занг\s+занед|pishite|napishite|zvonite|pozvonite|obrashaytes|"
    r"navised|zang\s+zaned)(?!\w)"
)
_CONTACT = re.compile(r"@\w{3,}|\+?\d[\d\s()-]{7,}\d|whatsapp|ватсап|вотсап|telegram|телеграм|viber|вайбер|imo(?!\w)|имо(?!\w)")
_REPORT = re.compile(
    r"полиц|polic|polits|жалоб|zhalob|jalob|сообщ|soobsh|заявлен|zayavlen|(?<!\d)1(?:12|02)(?!\d)|хабар|xabar|khabar|habar|милиса|"
    r"milisa|шикоят|shikoyat|скрин|skrin|админ|admin|модератор|moderator"
)
_PROHIBITIVE = re.compile(r"(?<!\w)(?:на|na)\w{2,12}(?:ед|ид|ed|id)(?!\w)|(?<!\w)(?:не|ne)\s")
# ... its own terms or its own people ("Наши условия:", "Шартҳо:", "наш координатор", "менеджери мо"): a notice quotes others' terms
_OWN_TERMS = re.compile(
    r"(?<!\w)(?:(?:наш\w*|nash\w*)\s+(?:услови|координатор|менеджер|бригадир|офис|uslovi|koordinator|menedzher|brigadir|ofis)|"
    r"(?:условия|usloviya|шартҳо|шартхо|shartho)\s*:|(?:шартҳои|шартхои|shartxoi|shartxoi|shartkhoi|координатори|менеджери|бригадири|"
    r"koordinatori|menejeri|brigadiri|шартҳо|shartho|корти|korti|ҳисоби|hisobi)\s+(?:мо|mo)(?!\w)|(?:нашу|nashu)\s+(?:карт|kart)|"
    r"(?:карт\w*|kart\w*|сч[её]т\w*|schet\w*)\s+(?:нашего|nashego))"
)
_NOT_BEFORE = re.compile(r"(?<!\w)(?:не|ne|ни|ni)\s+(?:\w+\s+)?$")
_SENTENCE = re.compile(r"[^.!?\n]+")


def own_words(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` lower-cased with the spans it reports blanked out (offsets kept): the words of the text's own voice."""
    chars = list(text.lower())
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def offers_itself(own: str) -> bool:
    """Whether the text's own words offer work, ask the reader to pay, or give a contact to apply (see the module's docstring)."""
    for rx in (_OFFER_VERB, _PAY_RU):
        if any(_NOT_BEFORE.search(own, max(0, m.start() - 20), m.start()) is None for m in rx.finditer(own)):
            return True
    if _OWN_TERMS.search(own):
        return True
    # ... not a prohibitive on the way to a later verb ("пул надиҳед ва эълонро ба мо фиристед": the ad sent to report it)
    if any(_PROHIBITIVE.search(m.group(0)) is None for m in _PAY_TG.finditer(own)):
        return True
    for s in _SENTENCE.finditer(own):
        part = s.group(0)
        if _CALL.search(part) and _CONTACT.search(part) and not _REPORT.search(part):
            return True
    return False


def stance(own: str) -> bool:
    """Whether the text's own words (``own_words``) hold a word of the warning itself (``_STANCE``)."""
    return _STANCE.search(own) is not None


def warns(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the text, in its own words outside ``spans`` (what it reports), warns about others' offers and offers nothing itself."""
    own = own_words(text, spans)
    return stance(own) and not offers_itself(own)


def reports_others(f: Folded, pairs: list[tuple[int, int]]) -> bool:
    """Whether the quotations ``pairs`` are others' words: the text's own words outside them warn (``stance``) or forbid an act
    (``reports.forbids_outside``, round 34 n), and offer nothing (``offers_itself``); its own words are read once for both."""
    if not pairs:
        return False
    voice = own_words(f.text, pairs)
    return not offers_itself(voice) and (stance(voice) or forbids_outside(f, pairs))


def read(f: Folded) -> None:
    """Sets ``f.offers`` and ``f.warns`` from the text's own words outside ``f.reported`` (found first by ``clauses._reported``)."""
    own = own_words(f.text, f.reported or [])
    f.offers = offers_itself(own)
    f.warns = bool(f.reported) and stance(own) and not f.offers


def framed(f: Folded, reported: Callable[[Folded, int], bool]) -> Folded:
    """``f`` with its frame read (``read``) once per ad; ``reported`` (``clauses._reported``) finds its reports first."""
    if f.warns is None:
        reported(f, 0)
        read(f)
    return f


# round 35 (n): in a warning frame, a sentence in which a third party asks or takes ("Посредник просит 300$", "вербовщик берёт залог",
# "миёнарав 500$ мегирад") tells others' deed, not the text's own demand; not "our" one ("наш координатор берёт", "brigadiri mo")
_AGENT = (
    r"(?:посредник|вербовщик|рекрутер|агент|бригадир|координатор|работодатель|они|posrednik|verbovshik|rekruter|agent|brigadir|"
    r"koordinator|oni|миёнарав|миёнаравҳо|миенарав|miyonarav|mienarav|онҳо|onho|шахс|shaxs|shakhs|мошенники|moshenniki|фиребгарон|firebgaron)"
)
_THEIR_ASK = re.compile(
    r"(?<!\w)" + _AGENT + r"\w*(?!\s+(?:мо|mo|ман|man|наш\w*|nash\w*|мой|moy)(?!\w))\s+(?:[^\s.!?]+\s+){0,5}?"
    r"(?:просит|просят|берёт|берет|берут|требует|требуют|prosit|prosyat|berut|beryot|beret|trebuet|trebuyut|мегирад|мегиранд|megirad|"
    r"megirand|талаб\s+мекун\w+|talab\s+mekun\w+|мепурсад|мепурсанд|mepursad|mepursand)(?!\w)[^.!?\n]*"
)
_OURS = re.compile(r"(?<!\w)(?:наш\w*|мой|моего|моему|свой|nash\w*|moy|our)\s+$")


def their_asks(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences in which a third party asks or takes (``_THEIR_ASK``): others' deed told by a warning."""
    low = text.lower()
    return [_before(text, m.span()) for m in _THEIR_ASK.finditer(low) if _OURS.search(low, max(0, m.start() - 16), m.start()) is None]


# round 35 (n): "pay only us, nobody else" ("Оплата ТОЛЬКО на карту директора, менеджерам не переводите", "faqat ba korti mo, ba
# digaron pul nadihed"): in a text that offers itself, a "not" beside an "only" excludes others, it denies no fee
_MONEY = ("upfront-fee", "cash-no-receipt")
_ONLY = re.compile(r"(?<!\w)(?:только|tolko|faqat|fakat|фақат|факат|танҳо|танхо|tanho|lish\w*)(?!\w)")
_EXCLUDED = re.compile(r"(?<!\w)(?:не|ne|ни|ni)\s+\w|(?<!\w)(?:на|na)\w{2,12}(?:ед|ид|ed|id)(?!\w)")


def only_us(spec: Any, f: Folded, span: tuple[int, int], scanner: Any) -> bool:
    """Whether the denial at tokens ``span`` of a money flag (``spec``), in a text that offers itself (``framed``), only excludes
    others ("только нам, другим не платите"): the fee it names stands. Not a passport's ("документы берём только на оформление")."""
    if spec.id not in _MONEY:
        return False
    a, b = span
    text = f.text[f.spans[a][0] : f.spans[b][1]].lower() if f.spans else ""
    return bool(_ONLY.search(text) and _EXCLUDED.search(text)) and bool(framed(f, scanner._reported).offers)


# round 35 (review): a third party's deed told in the sentence after a warning heading ("Внимание, мошенники! В соцсетях предлагают
# места за 1 000 сомони"): offering, asking, taking, selling, writing, in the third person or the past (folded cues)
_TELLS = compile_cues([
    "предлагают|просят|требуют|берут|собирают|пишут|обещают|продают|распространяют|публикуют|рассылают|звонят|выманивают|"
    "предлагали|просили|требовали|брали|собирали|собрали|взяли|забрали|продали|написали|обещали|позвонили|просит|требует|берёт|берет|"
    "predlagayut|prosyat|trebuyut|berut|sobirayut|pishut|obeshayut|prodayut|predlagali|prosili|trebovali|brali|sobrali|vzyali|"
    "zabrali|obeshali|prosit|trebuet|beret|мегиранд|мепурсанд|менависанд|мефурӯшанд|мефурушанд|гирифтанд|пурсиданд|гуфтанд|"
    "фиристоданд|мегирад|мепурсад|megirand|mepursand|menavisand|mefurushand|giriftand|pursidand|guftand|megirad|mepursad",
    "пешниҳод|пешниход|талаб|ваъда|ҷамъ|чамъ|peshnihod|talab|vada|va'da|jam мекунанд|медиҳанд|медиханд|карданд|mekunand|medihand|kardand",
])


def heading_speaks(f: Folded, sa: int, sb: int, reported: Callable[[Folded, int], bool]) -> bool:
    """Whether a short warning heading ("Осторожно, мошенники!") speaks for the sentence sa..sb after it: not in a text that
    offers in its own words, and only when the text warns (``warns``) or the sentence tells a third party's deed (``_TELLS``).
    Rounds 16-35 let any such heading deny the next sentence's flags: "Остерегайтесь фейков! Корея без TOPIK, взнос 500$ на
    карту, места ограничены. +7 ..." lost its fee and its channel (medium on pressure alone; tests/security/...notice_disguise)."""
    fr = framed(f, reported)
    if fr.offers:
        return False
    return bool(fr.warns) or (_TELLS is not None and _TELLS.search(f.span_text(sa, sb)) is not None)
