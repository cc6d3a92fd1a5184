"""More ways a notice reports others' words without quotation marks (round 31, branch r31g), for ``clauses._quotations_reported``.

- a list of schemes or cases: a heading that names schemes, cases or tricks ("разбирают типичные схемы", "рассказывает о случаях",
  "Нақшаи қаллобон ҳамеша як хел:"), then numbered or bulleted lines: each line of the list tells what others did or said;
- what is said "allegedly" ("якобы от канала", "гӯё аз номи ширкат"), to the end of its sentence;
- what others write or say about something ("пишут про Литву ... 6000 евро", "pishut pro"), to the end of its sentence;
- what befell the people who turned to the notice's author, in the clause after "who" ("муроҷиат мекунанд, ки ... омадаанд", "қабул
  мекунад, ки ... пул доданд", "к нам обращаются люди, которые заплатили"), to the end of its sentence, and (round 34 g) the sentences
  after it that go on with "they" or a past plural ("Онҳо ... омаданд", "Rabotali po 14 chasov");
- what someone did to the reader, said as a condition with a past plural ("Если вам предложили ... или взяли деньги", "Агар ба шумо
  чунин пешниҳод карданд ё пул гирифтанд, ба мо хабар диҳед"), up to its last comma;
- what the reader should report to the admin or the police, in the clause before the command ("... pul pursad - ba admin khabar
  dihed", "... — сообщите админу"; round 34 g);
- what others said or promised, the past plural, then their words unquoted ("skazali dengi v kontse sezona"; round 34 g);
- each ends before a verdict on it ("— это обман", "eto razvod"; round 33 g: a lie, "ин дурӯғ аст", "это ложь"), the notice's own words.
"""

from __future__ import annotations

import re

from bot.jobcheck.cues import Folded, span_at

_SCHEMES = re.compile(
    r"(?i)(?<!\w)(?:схем[ыу]?|случа(?:и|ев|ях|ям)|уловк\w*|нақша\w*|ҳолат(?:ҳо|ҳои|ҳое)\w*|sxem[yi]?|shem[yi]|sluchai|sluchaev|"
    r"sluchayah|naqsha\w*|naksha\w*|holat(?:ho|hoi)\w*)(?!\w)"
)
_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[).]|[•·▪*—–-])[ \t]")
_ALLEGED = re.compile(r"(?i)(?<!\w)(?:якобы|yakoby|yakobi|гӯё|гуё|guyo|goyo)(?!\w)[^.!?\n]{0,300}")
_ABOUT = re.compile(
    r"(?i)(?<!\w)(?:пишут|говорят|pishut|govoryat)\s+(?:про|о|об|pro|o|ob)(?!\w)[^.!?\n]{0,300}"
)
_IF_TO_YOU = re.compile(
    r"(?i)(?<!\w)(?:если\s+вам|если\s+у\s+вас|esli\s+vam|esli\s+u\s+vas|агар\s+ба\s+шумо|агар\s+аз\s+шумо|agar\s+ba\s+shumo|agar\s+az\s+shumo)"
    r"(?!\w)[^.!?\n]{0,300}"
)

# ... a condition only when its verb is others' past deed, a past plural ("предложили", "vzyali", "карданд", "гирифтанд"), within the
# first words: "Если вам нужна работа — предоплата 500$" and "Агар ба шумо кор лозим бошад, ..." are an offer's own
# people who turned to the notice's author, and what befell them in the clause after "who" ("Ба сафорат занони зиёде муроҷиат мекунанд,
# ки ... бо визаи туристӣ омадаанд", "бачаҳоеро қабул мекунад, ки ... пул доданд", "К нам обращаются люди, которые заплатили ...")
_CASES = re.compile(
    r"(?i)(?<!\w)(?:муроҷиат\s+(?:мекунанд|карданд|кардаанд|намуданд)|murojiat\s+(?:mekunand|kardand|kardaand)|қабул\s+мекунад|qabul\s+mekunad|"
    r"обращаются|обратились|обращались|приходят|пришли|obrashayutsya|obratilis|prihodyat|prishli)"
    r"[^.!?\n]{0,60}?(?:,\s*|\s+)(?:ки|которы\w+|ki|kotory\w+)(?!\w)[^.!?\n]{0,300}"
)
# round 34 (g): what the reader should report to the admin or the police, in the clause before the command ("har kas baroi viza pul pursad
# - ba admin khabar dihed", "кто просит деньги за место — сообщите админу"): others' deed, the command the notice's own
_TELL_ON = re.compile(
    r"(?i)(?:^|(?<=[.!?\n]))[^.!?\n]{1,200}?(?=\s*[—–,:-]\s*(?:(?:ба|ba)\s+(?:админ|admin|модератор|moderator|милиса|милитсия|milisa|militsiya|"
    r"полис|polis|мақомот|maqomot)\w*\s+(?:хабар|xabar|khabar|habar)|(?:сообщите|пожалуйтесь|soobshite|pojaluytes)\s+"
    r"(?:админу|модератору|adminu|moderatoru|в\s+полицию|v\s+policiyu)))"
)
# round 34 (g): ... and their story goes on in the sentences after that open with "they" or a past plural ("Онҳо бо раводиди сайёҳӣ
# омаданд, ... бе ҳуҷҷат кор карданд", "Im govorili: ... Rabotali po 14 chasov")
_THEY = re.compile(r"(?i)[.!?\n]+[ \t\n]*(?:(?:онҳо|onho|они|oni|им|im)(?!\w)|\w{3,}(?:ли|li|данд|танд|dand|tand)(?!\w))")
_SENTENCE_END = re.compile(r"[.!?\n]")
# round 34 (g): what others said or promised, the past plural, then their words without quotation marks, to the end of the sentence
# ("skazali dengi v kontse sezona", "Им говорили: жильё бесплатно, деньги в конце", "ба мо гуфтанд, ки ..."): a story, not an offer
_SAID_PAST = re.compile(
    r"(?i)(?<!\w)(?:сказали|говорили|обещали|писали|skazali|govorili|obeshali|obeshchali|obeschali|pisali|гуфтанд|мегуфтанд|guftand|"
    r"meguftand)(?!\w)[^.!?\n]{0,300}"
)
_DONE_BY_THEM = re.compile(r"(?i)\w{3,}(?:ли|li|данд|танд|dand|tand)(?!\w)")
_DONE_REACH = 60


def listed_schemes(text: str) -> list[tuple[int, int]]:
    """The lines of a list that follows a heading naming schemes or cases (``_SCHEMES``): its numbered or bulleted lines."""
    out: list[tuple[int, int]] = []
    for m in _SCHEMES.finditer(text):
        pos = text.find("\n", m.end())
        while pos >= 0:
            start = pos + 1
            while start < len(text) and text[start] == "\n":
                start += 1
            if not _ITEM.match(text, start):
                break
            end = text.find("\n", start)
            pos = end
            out.append((start, len(text) if end < 0 else end))
    return out


# a verdict on what was reported ("... — это обман", "... eto razvod", "... vse eto moshenniki", "... ин фиреб аст"): the notice's own words
_VERDICT = re.compile(
    r"(?i)\s+(?:[—–-]+\s*)?(?:(?:это|ин|eto|in|всё|все|vse|ҳама|hama|инҳо|inho)\s+){0,2}(?:мошенни|обман|развод|афер|фиреб|фириб|қаллоб|"
    r"лохотрон|moshenni|obman|razvod|afer|fireb|firib|qallob|lohotron|дурӯғ|дуруғ|durugh|durug|ложь|неправда|вранье|враньё|lozh|nepravda)"
)


def unquoted_reports(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that report what others do or say without quotation marks (see the module's docstring); a report ends
    before a verdict on it (``_VERDICT``), which is the notice's own."""
    found = [m for rx in (_ALLEGED, _ABOUT, _CASES, _IF_TO_YOU, _TELL_ON, _SAID_PAST) for m in rx.finditer(text)]
    spans = [_before(text, m.span()) for m in found if m.re is not _IF_TO_YOU]
    spans += [_story(text, b) for m in found if m.re is _CASES and (b := _before(text, m.span())[1]) == m.end()]
    # ... the condition up to its last comma: the main clause after it is the notice's own ("..., ба мо хабар диҳед", "..., сообщите нам")
    spans += [_condition(text, *m.span()) for m in found if m.re is _IF_TO_YOU and _DONE_BY_THEM.search(m.group(0)[:_DONE_REACH])]
    return spans + listed_schemes(text)


def _condition(text: str, a: int, b: int) -> tuple[int, int]:
    """A condition's span a..b up to its last comma, if any."""
    comma = text.rfind(",", a, b)
    return a, (comma if comma > a else b)


def _before(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` up to the first verdict in it (``_VERDICT``)."""
    a, b = span
    m = _VERDICT.search(text, a, b)
    cut = m.start() if m is not None else b
    return a, cut


def _story(text: str, b: int) -> tuple[int, int]:
    """The sentences after offset b (the end of a report of cases) that go on with "they" or a past plural (``_THEY``)."""
    start = b
    while (m := _THEY.match(text, b)) is not None:
        end = _SENTENCE_END.search(text, m.end())
        b = end.start() if end is not None else len(text)
    return start, b


# round 34 (n): a Russian "не" + an imperative of "вы" ("не платите", "не ведитесь", folded), a Tajik "на-...-ед" ("надиҳед", "наравед")
_PLEA = re.compile(r"(?:ite|aite|eite|ite?s|tes|te|ai|ei|aisia|eisia|isia|is)$")
# ... of the acts a notice forbids (pay, send, hand over, believe, fall for, agree, go, sign, buy, answer), not the procedure of an
# offer ("не звоните после 22:00", "не пишите без фото", "shab zang nazaned", "не опаздывайте"): an offer that quotes its own terms
# and adds such a rule would otherwise read as a notice, its fees and passport as others' words (review of round 34)
_WARN_RU = ("plat", "oplat", "oplach", "otda", "dava", "dait", "ver", "vedi", "veds", "perevod", "perechisl", "skid", "kida", "sviaz",
            "soglaw", "ezj", "poez", "uezj", "vyezj", "podpis", "pokup", "dover", "otvej", "popad", "otprav", "sdava", "pered",
            "ezdi", "rabotai")
_WARN_TG = ("dih", "firist", "rav", "supor", "parto", "xar", "khar", "guzor", "guzar", "dod")
_BELIEVE_TG = frozenset({"bovar", "imzo", "qabul", "rozi", "pul", "sar"})  # "бовар накунед", "имзо накунед", "кор сар накунед"
_WARN_WORDS = frozenset({"pul", "dengi", "pasport", "pasporta", "shinosnoma", "shinosnomaro", "pasportro", "hujjat", "dokumenti",
                         # ... or what was quoted ("Так делать нельзя", "In mumkin nest")
                         "tak", "eto", "takoe", "delat", "in", "inro", "chunin", "hamin"})
_FORBIDDEN = frozenset({"nelzia", "nelzya"})  # "нельзя", and the Tajik "мумкин нест" (not allowed), after what they forbid
_PROHIBITIVE = re.compile(r"na([a-z]{2,12})(?:ed|id)")


def _warns_before(words: list[str], i: int) -> bool:
    """Whether one of the three words before ``i`` names an act or a thing a notice forbids ("паспорт отдавать нельзя")."""
    return any(w in _WARN_WORDS or w.startswith(_WARN_RU) or w.startswith(_WARN_TG) for w in words[max(0, i - 3) : i])


def forbids_outside(f: Folded, spans: list[tuple[int, int]]) -> bool:
    """Round 34 (n): whether the text's own words, outside the quotations it reports, forbid the reader an act a notice warns of ("не
    платите", "не ведитесь", "pul nadihed", "наравед", "паспорт отдавать нельзя"); not an offer's own rule ("не звоните ночью")."""
    for i, w in enumerate(f.words):
        if f.kinds[i] != "w" or span_at(spans, f.spans[i][0]) is not None:
            continue
        nxt = f.words[i + 1] if i + 1 < len(f.words) else ""
        if w == "ne" and _PLEA.search(nxt) and nxt.startswith(_WARN_RU):
            return True
        if (w in _FORBIDDEN or w == "nest" and i > 0 and f.words[i - 1] == "mumkin") and _warns_before(f.words, i - (w == "nest")):
            return True
        m = _PROHIBITIVE.fullmatch(w)
        if m is not None and (m.group(1).startswith(_WARN_TG) or m.group(1) == "kun" and i > 0 and f.words[i - 1] in _BELIEVE_TG):
            return True
    return False
