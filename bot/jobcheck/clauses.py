"""How far a denial reaches inside a sentence (round 17, branch r17n), mixed into ``SentenceRules``.

A denial ("не надо", "аз ҳисоби ширкат", "ничего") in one clause of a sentence does not reach a
clause that asks a sum of its own ("Очереди не надо, надо 2000$ отдать"); "..., только X" is an
exception the denial does not cover; a "nothing" beside a word of signing or paper denies the
paper ("ничего подписывать не надо"); a number with no currency beside a paying verb is a sum.
"""

from __future__ import annotations

import re
from typing import Any

from bot.jobcheck.cues import Folded, span_at
from bot.jobcheck.frame import reports_others, their_asks, warns
from bot.jobcheck.reports import forbids_outside, unquoted_reports
from bot.jobcheck.result import FlagHit
from bot.jobcheck.wagecard import SENTENCE_CLEARS

# "only" after a comma ("Денег не берём, только 500$ за визу", "Пул намегирем, фақат 300$ барои ҳуҷҷат"): the exception to a
# denial is not denied by it, unless the worker pays it himself ("только медкомиссию оплачиваете сами") (round 17 n)
_EXCEPT = frozenset({"tolko", "liw", "fakat", "tanho", "krome"})
_HEAD_WORDS = 4  # words of a denial's head before its colon ("Чего у нас нет:")
# round 22 (g): a verb that reports what others write, say or promise, then a quotation ("каналы ... пишут: «взнос 300 сомони на
# карту»", "meguyand «... pul dihed»"): the words quoted are the offers a notice warns about, not the ad's own. Round 26 (g): the
# verb in any person and mood ("Если вам скажут", "агар гӯянд", "гуфтанд:"), a few words between ("пишут люди", "просят перевести
# 300 евро"), a bullet after its colon; the verb after the quotation ("«...» gufta nivisan", "«...» ваъда медиҳанд"); a verdict
# after it ("«...» — это мошенничество", "'...'. eto vse moshenniki", "«...» — қаллобӣ мебошанд"); and a list of quotations joined
# by commas, "или", "ё" or bullets is quoted as a whole
# round 27 (g): the verb in every person, number and tense ("бригадир говорит", "навишта бошад", "navishtand", "kase guft"), a noun
# of an ad or a phrase ("объявления «...»", "Фраза «...»", "e'lonho hastand \"...\""), ", ки" between; indirect speech after a verb
# ("Вам пишет «знакомая», что ... надо скинуть ей на карту") is reported to the end of its sentence
# round 29 (g): a channel admin's moderation post: a noun of a post or an ad, or "of the kind", before the quotation ("Стираю
# объявления вида «...»", "reklama mepartoyand '...'", "эълонҳо монанди «...»"), "such posts" after it ("«...». Подобные посты
# удалим", "'...' - in xel e'lonho firib"); the Tajik imperfect "they used to say" ("ба мо мегуфтанд: «...»"), what others cannot
# do ("посредники не могут «внести в список»", "наметавонанд «...»"); a trap or a road to debt as the verdict ("«...» — это
# ловушка", "«...» — путь в долги")
# round 30 (g): what others sent or hurry you with ("торопят: «...»"; "ин ҳафта ба мо фиристодед: — «...»", "мне прислали: «...»"), and
# "these are signs of" before the verdict ("«...» Инҳо аломатҳои фиреб ҳастанд", "Это признаки обмана")
# round 34 (g): a post in the Tajik izafet ("posti '...'-ro pok kardam"), and a quotation that "is spread" ("'...' pahn meshavad")
_SAY_VERBS = (
    r"(?:на)?пиш(?:ут|ет|ешь)|(?:на)?писал[аи]?|говор(?:ят|ит|или|ил|ила)|скаж(?:ут|ет)|сказал[аи]?|(?:по)?обеща(?:ют|ет|ли|л|ла)|"
    r"предлага(?:ют|ет|ли|л)|предлож(?:ат|ит|или|ил)|прода(?:ют|ёт|ет|вали)|мефурӯш(?:анд|ад)|(?:по)?прос(?:ят|ит|или|ил|ила)|(?:по)?требу(?:ют|ет)|требовал[аи]?|заявля(?:ют|ет)|"
    r"утвержда(?:ют|ет)|рассыла(?:ют|ет)|мег[ӯу](?:янд|яд|ед|ӣ|и)(?!\w)|г[ӯу]я(?:нд|д)|гуфт\w*|(?:ме)?навис(?:анд|ад|ед)|навишт\w*|мефирист\w+|мепурс\w+|"
    r"талаб\s+(?:ме)?к(?:ун|ард)\w*|(?:ваъда|vada|va'da)\s+(?:медиҳ|доданд|дод|medih|dodand|dod)\w*|мег[ӯу]фт\w*|megu?ft\w*|не\s+мо(?:гут|жет)|наметавон(?:ад|анд)|"
    r"ne\s+mo(?:gut|zhet|jet)|nametavon(?:ad|and)|"
    r"(?:na)?pish(?:ut|et)|(?:na)?pisal[ai]?|govor(?:yat|it|ili|il)|ska[jz]h?(?:ut|et)|skazal[ai]?|(?:po)?obes(?:h|hch)a(?:yut|et|li|l)|"
    r"predlaga(?:yut|et)|proda(?:yut|et|vali)|mefurush(?:and|ad)|(?:po)?pros(?:yat|it|ili|il)|trebu(?:yut|et)|meg[uo](?:yand|yad|yed|iand|iad|i)(?!\w)|g[uo]ya(?:nd|d)|guft\w*|(?:me)?navis(?:and|ad|ed)|nivis\w*|"
    r"navisht\w*|mefirist\w+|mepurs\w+|talab\s+(?:me)?k(?:un|ard)\w*|"
    r"фиристод\w*|прислал[аи]?|присыла(?:ют|ет)|скинул[аи]?|firistod\w*|prislal[ai]?|prisyla(?:yut|et)|skinul[ai]?|"
    r"тороп(?:ят|ит|или|ил)|подгоня(?:ют|ет)|toropyat|toropit|шитоб\s+мекунон\w*|shitob\s+mekunon\w*"
)
_SAY_NOUNS = (
    r"вроде|типа|tipa|vrode|слова|slova|суханҳо|suxanho|гапҳо|gapho|переписк\w*|perepisk\w*|объявлени[еяйю]\w*|сообщени[еяйю]\w*|фраз[аыу]|"
    r"предложени[еяю]|обещани[еяй]\w*|эълон\w*|ибора\w*|ob'?yavleni\w*|e'?lon\w*|ibora\w*|"
    r"пост(?:ы|ов|а|ам|ах|и|ҳо|ҳои)?|вида|в\s+духе|реклам\w*|паём\w*|монанди|мисли|post(?:y|ov|a|i|ho|hoi)?|vida|v\s+duhe|reklam\w*|payom\w*|monandi|misli"
)
# (round 33 g: up to six words when a colon closes them: "пишут в Инстаграме и Телеграме: «...»", "фразы, после которых нужно
# остановиться: — «...»", "pishut lyudi s nashim logo: «...»")
_SAY_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:" + _SAY_VERBS + "|" + _SAY_NOUNS + r")(?:(?:[ \t,]+[^\s«\"“„'.!?:,]+){0,3}[ \t]*[:—–-]?|"
    r"(?:[ \t,]+[^\s«\"“„'.!?:,]+){4,6}[ \t]*:)\s*(?:[•·▪*—–-]\s*)?$"
)
# ... and what others do in the notice's name is theirs to the end of its sentence ("шахсоне бо номи мо эълон медиҳанд ва ... 2000
# сомонӣ мегиранд", "каналы, которые от нашего имени ... берут 300$"); round 31 (g): in the name of "our channel" ("az nomi kanali mo",
# "от имени канала")
_IN_OUR_NAME = re.compile(
    r"(?i)(?<!\w)(?:от\s+(?:нашего|моего)\s+имени|от\s+имени\s+(?:нашей|нашего|канала|группы)|(?:аз|бо|ба)\s+номи\s+(?:мо|ширкати\s+мо|агентии\s+мо|"
    r"канали\s+мо|гурӯҳи\s+мо)|(?:az|bo|ba)\s+nomi\s+(?:mo|shirkati\s+mo|kanali\s+mo|guruhi\s+mo)|ot\s+nashego\s+imeni|ot\s+imeni\s+(?:kanala|gruppy)|"
    # round 33 (g): ... or who uses the name of a body ("номи масҷидро истифода бурда", "nomi shirkatro istifoda karda")
    r"номи\s+\w+(?:ро|ра)\s+истифода|nomi\s+\w+(?:ro|ra)\s+istifoda)"
    r"(?!\w)[^.!?\n]{0,300}"
)
# round 29 (g): ... and so is what an indefinite someone does, to the end of its sentence ("як нафар «рӯйхат» навишта, аз ҳар кас 300 доллар
# нақд мегирад", "yak nafar bo nomi 'X agent' pul mepursid", "некий «агент» берёт 500$", "кто-то просит перевести")
# round 30 (g): ... and unknown people or strangers ("неизвестные берут «задаток ...»", "kasoni begona meguyand"); round 31 (g): "як кас"
_SOMEONE = re.compile(
    r"(?i)(?<!\w)(?:як\s+нафар|як\s+шахс|як\s+кас|yak\s+kas|шахсе|одаме|нафаре|баъзе\s+(?:шахсон|одамон|нафарон)|баъзеҳо|yak\s+nafar|yak\s+shaxs|shaxse|odame|"
    r"nafare|ba'?ze\s+(?:shaxson|odamon|nafaron)|ba'?zeho|один\s+человек|некий|некая|некто|кто-то|какой-то|какая-то|какие-то|некие|"
    r"odin\s+chelovek|nekiy|nekto|kto-to|kakoy-to|kakie-to|(?:агар|agar)\s+(?:касе|kase)|(?:если|esli)\s+(?:кто|kto)|"
    r"неизвестн\w*|посторонн\w*|номаълум\w*|ношинос\w*|noshinos\w*|незнаком(?:ец|ка|цы|ый|ая|ые)\w*|neznakom(?:ec|ka|cy|yy|aya|ye)\w*|(?:касони|шахсони)\s+бегона|neizvestn\w*|postoronn\w*|noma'?lum\w*|(?:kasoni|shaxsoni)\s+begona)"
    r"(?!\w)[^.!?\n]{0,300}"
)
_SAY_THAT = re.compile(r"(?i)(?<!\w)(?:" + _SAY_VERBS + r")(?:[ \t]+[^\s.!?]{1,40}){0,3}?,?[ \t]+(?:что|ки|ki|chto)(?!\w)[^.!?\n]{0,300}")
_SAY_AFTER = re.compile(
    r"(?i)[\s,]*(?:гуфта|gufta|гуфтанд|guftand|деб|deb|мегӯянд|мегуянд|meguyand|(?:ваъда|vada|va'da)\s+(?:медиҳанд|medihand)|"
    r"пишут|говорят|обещают|pishut|govoryat|obeshayut|менависад|менависанд|навиштааст|навиштаанд|menavisad|menavisand|navishtaast|"
    r"navishtaand|пишет|pishet|мефурӯшанд|мефурушанд|mefurushand|продают|prodayut|"  # (r33 s: what they sell)
    r"паҳн\s+(?:мешава(?:д|нд)|шуда\w*)|pahn\s+(?:meshava(?:d|nd)|shuda\w*)|распространя(?:ют|ет)(?:ся)?|rasprostranya(?:yut|et)(?:sya)?)(?!\w)"
    r"|[\s.,!]*(?:[—–-]+\s*)?(?:такие|таких|подобные|подобных|эти|ҳамин\s+хел|ҳамин\s+гуна|ин\s+хел|чунин|hamin\s+(?:xel|khel|hel|guna)|"
    r"in\s+(?:xel|khel)|chunin|takie|takih|podobnye)\s+(?:посты|пост|объявлен|реклам|сообщен|эълон|паём|post|ob'?yavl|reklam|e'?lon|payom)"
    r"|[\s.,!]*(?:[—–-]+\s*(?:(?:это|ин|eto|in|всё|все|vse|ҳама|hama|инҳо|inho)\s+){0,2}(?:\w{1,12}\s+)?|(?:это|ин|eto|in|инҳо|inho)\s+(?:(?:все|всё|vse|ҳама|hama)\s+)?(?:(?:признак|аломат|нишона|priznak|alomat|nishona)\w*\s+)?)"
    r"(?:мошенни|обман|развод|афер|фиреб|фириб|қаллоб|каллоб|лохотрон|дурӯғ|ложь|неправда|moshenni|obman|razvod|afer|fireb|firib|qallob|kallob|"
    r"нарушени|незаконн|насторож|ғайриқонун|вайронкунӣ|эҳтиёт|narushen|nezakonn|nastorozh|g'?ayriqonun|vayronkuni|ehti[yo]o?t|"
    r"не\s+мы(?!\w)|мо\s+нест|ne\s+my(?!\w)|mo\s+nest|"
    r"ловушк|западн|қапқон|lovushk|zapadn|qapqon|путь\s+(?:к|в)\s|роҳи\s+ба\s|put\s+(?:k|v)\s|rohi\s+ba\s)"
)
_QUOTE_OPEN = re.compile(r"[«“„\"]|(?:(?<=^)|(?<=[\s(:,—–-]))'(?=\w)")
# (round 32 g: "and also" between two quotations, a colon after it: "«...»\nи ещё:\n«...»", "va boz: '...'")
_QUOTE_JOIN = re.compile(
    r"(?i)[\s,;:•·▪*—–-]*(?:(?:и ещё|и еще|а ещё|а еще|ещё|еще|ва боз|боз|i eshche|i eshe|va boz|"
    r"или|либо|и|а также|ё|ва|ё ки|yo|ili|libo|va|yoki)[\s:]+[•·▪*—–-]?\s*)?"
)
# round 34 (g): a quotation denied right after it names what does not exist ("va \"navbati tez\" nest", "«быстрой очереди» нет")
_NO_SUCH = re.compile(r"(?i)\s*(?:нет|нету|нест|нист|не\s+существует|не\s+бывает|вуҷуд\s+надорад|net|netu|nest|nist|vujud\s+nadorad)(?!\w)")
_QUOTE_NEAR = re.compile(r"[ \t,]*(?:[^\s«»\"“”„.!?:;\n]+[ \t]+){1,3}")
_BRIDGE = re.compile(r"[^.!?\n«»\"“”„]*")  # words between two reports of one sentence, no quotation or sentence end among them
_CLOSE = {"«": "»", "“": "”", "„": "“", '"': '"', "'": "'"}
_CHANNEL = r"(?:канала|канали|группы|гурӯҳи|гурухи|паблика|kanala|kanali|gruppy|guruhi|channel)"
_FORWARD_NAME = re.compile(
    r"(?i)(?<!\w)(?:(?:переслано|пересланное|forwarded|репост|pereslano|repost)\s+(?:из|от|аз|from|iz|ot|az)\s+(?:" + _CHANNEL + r"\s+)?|"
    r"(?:из|аз|iz|az|from)\s+" + _CHANNEL + r"\s+)[«\"“„']([^»\"”“\n]{1,60})[»\"”“']"
)
# round 33 (g): the words that lead in to a quotation after its colon are the notice's own ("Вот что писали мошенники: • «...»", "Qallobon
# navishtand: '...'"): a word of warning among them is the notice's, though the report's span starts at its verb
_LEAD_IN = re.compile(r"[ \t]*:\s*(?:[•·▪*—–-]\s*)?[«“„\"']")
_WORDS = re.compile(r"\w+")
# after a colon, or opening an item of a list ("Признаки:\n- «...»", "1) «...»")
_AFTER_COLON = re.compile(r"(?::[ \t]*\n?[ \t]*(?:[•·▪*—–-][ \t]*)?|(?:^|\n)[ \t]*(?:[•·▪*—–-]|\d{1,2}[.)])[ \t]*)$")
_NOT = frozenset({"ne", "ni"})  # folded "не", "ни": a bare "not" before a word
_BARE_NO = frozenset({"ne", "net", "nest", "netu", "nist"})  # a sentence's last clause that is only "no" (round 22 g)
_POSTS = re.compile(r"(?<![a-z])(?:vakans|elon|obiavlen|reklam|post(?:i|ov|ho)?(?![a-z]))")  # folded words of posts or vacancies
# folded money units in a denial (``_denies``)
_MONEY_UNIT = re.compile(r"(?<![a-z])(?:somon|tenge|rubl|dol+ar|dirham|diram|evro|kopei|tiin|tina(?![a-z])|grow)")
_COMPLAINT = re.compile(r"(?<![a-z])(?:jalob|wikoiat|shikoyat|skrin|pojaluit|pojalovat)")  # folded words of a complaint (``_void_at``)
_HANDLE_START = ("@", "t.me/", "wa.me/", "telegram.me/")  # a messenger-only contact raised by the handle itself (``contact.handle``)
# words that ask the reader to report or voice a doubt to the notice's admin
_REPORT = re.compile(
    r"(?i)админ|admin|шубҳа|шубха|shubha|сомнен|somnen|подозр|podozr|жалоб|jalob|zhalob|шикоят|shikoyat|сообщит|soobshit|хабар\s+ди|"
    r"xabar\s+di|habar\s+di|скрин|skrin|пожалуйтесь|пожаловаться"
)
_QUESTION = re.compile(
    r"(?i)(?:^|(?<=[.!?\n]))\s*([^.!?\n]+\?)(?=\s*(?:[—–-]|(?:нет|не|ҷавоб|ответ|не-а|net|ne|javob|otvet|yo'?q)(?!\w)))"
)
_VALUE_WORDS = 4  # words of a field's sum after a dash ("Комиссия — 0 руб", ``_dash_head``)
_HEAD_WORDS = 6  # words of a sentence's head before a dash ("За каждого нового друга — ...", ``_dash_head``)
_REWARD_HEAD = ("recruit_bonus", "c14b_bring_verb", "c19f_bring")  # concepts of scanner.yaml that make the head a referral's
# round 29 (g): a go-between named in scare quotes ("бисёриҳо ба «агентҳо» 9 000 сомонӣ супориданд", "в чат пишут «посредники»", "як
# «бригадир» мегӯяд"): what the so-called agent does or is paid is others', to the end of its sentence; not a firm's name after
# its kind ("агентство «Посредник»")
_SCARE = re.compile(
    r"(?i)(?:агент|посредник|вербовщик|бригадир|работодател|помощник|куратор|знаком|миёнарав|даллол|agent|posrednik|verbovshik|"
    r"brigadir|rabotodatel|pomoshnik|kurator|znakom|miyonarav|dallol)\w*|(?:шинос|shinos)(?:и|ҳо|ҳои|он|ам|ат|i|ho|hoi|on|am|at)?"
)
_SCARE_END = re.compile(r"[.!?;\n]")
_SCARE_PREP = re.compile(r"(?i)(?<!\w)(?:ба|к|у|от|аз|через|тавассути|ba|k|u|ot|az|cherez|tavassuti)\s*[«“„\"']$")
_SCARE_NAMED = re.compile(
    r"(?i)(?:ООО|ОАО|ТОО|ИП|ҶДММ|LLC|компани\w*|фирм\w*|агентств\w*|агентии|ширкат\w*|корхона\w*|бюро|kompani\w*|firm\w*|agentstv\w*|"
    r"shirkat\w*)[\s:—–-]*$"
)


class ClauseReach:
    """Methods of ``Scanner`` (through ``SentenceRules``) for the reach of a denial across clauses."""

    # set by Scanner.__init__
    denial: re.Pattern[str] | None
    soft_negation: re.Pattern[str] | None
    denial_own: re.Pattern[str] | None
    denial_self: re.Pattern[str] | None
    denial_paper: re.Pattern[str] | None
    denial_forward: re.Pattern[str] | None
    notice: re.Pattern[str] | None
    neg_before: re.Pattern[str] | None
    neg_after: re.Pattern[str] | None
    neg_prep: re.Pattern[str] | None
    denial_flags: frozenset[str]
    bare_sum: dict[str, Any]
    concepts: dict[str, re.Pattern[str] | None]
    phone_re: re.Pattern[str]

    def _denial_span(self, f: Folded, a: int, b: int, own_sum: bool = True) -> tuple[int, int] | None:
        raise NotImplementedError  # SentenceRules'

    def _rule_negated(self, f: Folded, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        raise NotImplementedError  # SentenceRules'

    def _stands(self, f: Folded, near: list[tuple[int, int]], spec: Any) -> bool:
        """Whether a rule's concepts met across clauses and one clause says yes on its own (a verb of
        ``denial.own_clause``, no negation) with no denial in it: "Сразу не платите, потом с первых зарплат
        вычитаем" is the debt itself; the "not" of the first clause does not reach the second (round 17 n)."""
        clauses = {f.clause(x, y) for x, y in near}
        if len(clauses) < 2 or spec is None or spec.id not in self.denial_flags:
            return False
        for ca, cb in clauses:
            inside = [(x, y) for x, y in near if ca <= x and y <= cb]
            if (
                self._own_clause(f, ca, cb, False)
                and self._rule_negated(f, inside) is None
                and self._denial_span(f, inside[0][0], inside[-1][1], False) is None
            ):
                return True
        return False

    def _bare_sums(self, f: Folded, pos: dict[str, list[tuple[int, int]]]) -> None:
        """A number with no currency right beside a paying verb or a fee word ("оплачиваете обучение
        8000", "8000 медиҳед") is a sum too (``bare_sum`` in scanner.yaml); not a phone, an hour, a
        year or a number of a unit ("8000 км", "12 часов") (round 17 n)."""
        cfg = self.bare_sum
        if not cfg or not f.words:
            return
        near = [m for c in cfg["near"] for m in pos[c]]
        if not near:
            return
        # the tokens a number may touch to stand beside a word of ``near`` (within ``reach`` words, in the
        # word's own clause), marked once: each number then looks at its own tokens only
        reach = cfg["reach"]
        beside = bytearray(len(f.words))
        for x, y in near:
            cx, cy = f.clause(x, y)
            if f.clause(x, x) == f.clause(y, y) == (cx, cy):
                beside[max(cx, x - reach) : min(cy, y + reach) + 1] = b"\x01" * (min(cy, y + reach) + 1 - max(cx, x - reach))
        taken = {t for t, _ in pos["amount"]}
        phones = self._phones(f)
        n = len(f.words)
        for t in range(n):
            w = f.words[t]
            if f.kinds[t] != "w" or not w.isdigit() or (t > 0 and f.words[t - 1].isdigit()):
                continue
            last, value = t, int(w)
            while last + 1 < n and len(f.words[last + 1]) == 3 and f.words[last + 1].isdigit() and value < 1000:
                last += 1
                value = value * 1000 + int(f.words[last])
            if value < cfg["min"] or value in cfg["years"] or t in taken or last + 1 < n and cfg["not_after"].match(f.words[last + 1]):
                continue
            if f.text[f.spans[last][1] - 1 : f.spans[last][1]] == "%":
                continue  # round 29 (s): a share, no sum ("oformlenie 100%")
            if span_at(phones, f.spans[t][0]) is not None or (t > 0 and f.text[f.spans[t][0] - 1 : f.spans[t][0]] in "+№#"):
                continue
            # round 29 (s): a number that is a clause of its own, the price in a list ("Медкнижка и пропуск — 4500, платите при
            # оформлении"), stands beside the words of the clauses around it
            alone = f.clause(t, last) == (t, last) and any(x - reach - 1 <= last and t <= y + reach + 1 for x, y in near)
            if alone or any(beside[t : last + 1]):
                pos["amount"].append((t, t))
                pos["sum"].append((t, t))

    def _cleared(self, flag: str, f: Folded, a: int, b: int) -> bool:
        """Whether the cue of ``flag`` at tokens a..b is cleared by its sentence (``wagecard.SENTENCE_CLEARS``: round 33 g, a wage
        paid to a card is no cash without a receipt)."""
        clear = SENTENCE_CLEARS.get(flag)
        return clear is not None and clear(self.concepts, f, a, b)

    def _reported(self, f: Folded, t: int) -> bool:
        """Whether token t stands inside a quotation of what others write or say (``_REPORTED``), found once per ad."""
        if f.reported is None:
            f.reported = _quotations_reported(f.text)
            # round 34 (n): every quotation after a colon or long, in a text whose own words forbid something ("собирал паспорта: «...».
            # Не отдавайте"); not a short one with no colon ("«Дубай, 2000$, ҷой кам» ба ҳама. Пул надиҳед", round 33 g)
            pairs = [(a, b) for a, b in _quoted_pairs(f.text) if b - a >= 60 or b - a >= 20 and _AFTER_COLON.search(f.text, a - 8, a - 1)]
            # round 35 (n): ... or whose own words warn ("Это развод", "ин фиреб аст"), and never of a text that offers in its own words
            if reports_others(f, pairs):
                f.reported = _merged(f.reported + pairs)
            own = (x for x in (self.notice.finditer(f.folded) if self.notice is not None else ()) if not self._quoted_at(f, x.start() + 1)
                   or _LEAD_IN.match(f.text, f.spans[f.token_at(x.end() - 1)][1]))
            warned = bool(f.reported) and warns(f.text, f.reported)
            if f.reported and next(own, None) is None and not forbids_outside(f, f.reported) and not warned:
                f.reported = []  # no warning of the text's own: one who pastes what he was sent ("Мне пишут: «...». Это правда?")
            # round 29 (g): the name of the channel a post was forwarded from is nobody's offer ("Переслано из канала «Вакансии 24/7»")
            theirs = their_asks(f.text) if warned and f.reported else []  # round 35 (n): "Посредник просит 300$", told by a warning
            f.reported = _merged(f.reported + [m.span(1) for m in _FORWARD_NAME.finditer(f.text)] + theirs)
        return bool(f.reported) and 0 <= t < len(f.spans) and span_at(f.reported, f.spans[t][0]) is not None

    def _forbidding_report(self, f: Folded) -> bool:
        """Round 34 (n): others' words reported, and the text's own words forbid something ("Мне написали: «...». Не ведитесь")."""
        if f.forbids is None:  # once per ad: ``_is_notice`` asks it for every flag the scanner weighs
            self._reported(f, 0)  # finds the reports once
            f.forbids = bool(f.reported) and forbids_outside(f, f.reported or [])
        return f.forbids

    def _is_notice(self, f: Folded, flags: list[FlagHit]) -> bool:
        raise NotImplementedError  # SentenceRules'

    def _affirmed_denied(self, f: Folded, a: int, b: int) -> tuple[int, int] | None:
        """Tokens a..b of a cue that holds its own "not" (``=`` in patterns), or with the "not" before it, when they are others'
        words quoted by a notice (round 26 g) or a bare "not" stands right before them ("это не ночной клуб и не «хостес»": the
        word after the cue does not deny it, the "not" before it does; round 30 g)."""
        if self._reported(f, a):
            return a, b
        bare_not = a > 0 and f.kinds[a - 1] == "w" and f.words[a - 1] in _NOT and f.clause(a - 1, a - 1) == f.clause(a, a)
        return (a - 1, b) if bare_not else None

    def _void_at(self, f: Folded, m: re.Match[str]) -> bool:
        """Whether a match ``m`` of ``notice_void`` makes the notice an offer: not others' words quoted (round 22 g), not after a
        bare "no" ("не пишите никому ... в личку" forbids writing, round 24 g), not a channel that sends vacancies rather than
        people ("faqat vakansiyahoi proverennyy mefiristem", "присылаем только проверенные вакансии", round 30 g)."""
        i, j = f.match_tokens(m)
        if self._reported(f, i) or (i > 0 and f.words[i - 1] in _BARE_NO):
            return False
        sa, sb = f.clause(i, i)
        # round 31 (g): ... nor the channel's "real vacancies" (a post word right after the match: "u nas nastoyashie vakansii v kanale")
        if _POSTS.search(f.span_text(max(sa, i - 4), min(sb, j + 1))) is not None:
            return False
        # round 33 (g): ... nor a messenger to send complaints or screenshots to ("kidayte zhalobu v Telegram i pishite mne", "скрин ба
        # телеграм фиристед"): a report, not a contact for work
        return _COMPLAINT.search(f.span_text(*f.sentence(i, j))) is None

    def _quoted(self, f: Folded, flags: list[FlagHit], flag: str) -> list[FlagHit]:
        """``flags`` without ``flag`` when the ad is a notice (judged by its other flags) that
        quotes the offers it warns about rather than making one. Round 29 (g): a messenger handle given
        as the text's own contact stays, unless its sentence asks for reports ("agar shubha bosha ba admin
        navised @...", "жалобы админу @..."): "Осторожно, мошенники! ... Пишите @..." offers work."""
        rest = [h for h in flags if h.id != flag or (h.evidence.startswith(_HANDLE_START) and not self._report_contact(f.text, h.evidence))]
        return rest if len(rest) < len(flags) and self._is_notice(f, rest) else flags

    @staticmethod
    def _report_contact(text: str, handle: str) -> bool:
        """Whether the sentence of the messenger handle ``handle`` asks for reports or doubts (``_REPORT``)."""
        at = text.find(handle)
        start = max((text.rfind(c, 0, at) for c in ".!?\n"), default=-1) + 1
        return at >= 0 and _REPORT.search(text, start, at) is not None

    def _dash_head(self, f: Folded, ca: int, cb: int) -> tuple[int, int]:
        """The clause ca..cb of a cue for its ``except`` list, with the short head that opens its sentence before a dash
        ("За каждого приведённого друга — 2000 ₽ на карту", "Барои ҳар нафари овардаи шумо — 50$ ба корт") when the head
        names a reward for people brought (``_REWARD_HEAD`` concepts): the money is the worker's reward (round 29 g). Round 30 (g):
        with the short sum after a dash that ends the clause, the field's answer ("Ҳаққи хизмати мо барои корҷӯ — 0 сомонӣ", "Комиссия
        — 0 руб"; not a reward after a dash, "3 нафар оред — ҳуҷҷататон бепул", which stays the head's)."""
        n = len(f.words)
        if cb + 2 < n and f.kinds[cb + 1] == "," and f.text[f.spans[cb + 1][0]] in "—–" and f.words[cb + 2].isdigit():
            va, vb = f.clause(cb + 2, cb + 2)
            if va == cb + 2 and vb - va < _VALUE_WORDS:
                cb = vb
        if ca < 2 or f.kinds[ca - 1] != "," or f.text[f.spans[ca - 1][0]] not in "—–":
            return ca, cb
        sa, _ = f.sentence(ca - 2, ca - 2)
        if f.clause(ca - 2, ca - 2)[0] != sa or ca - 1 - sa > _HEAD_WORDS:
            return ca, cb
        head = f.span_text(sa, ca - 2)
        rxs = (self.concepts.get(c) for c in _REWARD_HEAD)
        return (sa, cb) if any(rx is not None and rx.search(head) for rx in rxs) else (ca, cb)

    def _quoted_at(self, f: Folded, offset: int) -> bool:
        """Whether the token at ``offset`` of the folded text stands inside one of the quotations found (``_reported``)."""
        return span_at(f.reported or [], f.spans[f.token_at(offset)][0]) is not None

    def _phones(self, f: Folded) -> list[tuple[int, int]]:
        """Spans of the ad's phone numbers (``contact.phone``), found once per ad and kept on ``f``."""
        if f.phones is None:
            f.phones = [m.span() for m in self.phone_re.finditer(f.text)]
        return f.phones

    def _denies(self, f: Folded, sa: int, sb: int, cue_end: int = -1) -> bool:
        """Whether tokens sa..sb hold a denial (``denial.cues``) that is not the paper's: a "nothing"
        or "no" right beside a word of signing or paper ("ничего подписывать не надо", "ҳеҷ ҷо навишта
        намешавад") says the deal is off the books, it denies no fee, cash or debt (round 17 n)."""
        if self.denial is None or sa > sb:
            return False
        text = f.span_text(sa, sb)
        for m in self.denial.finditer(text):
            ta = f.token_at(f.starts[sa] + m.start())
            tb = f.token_at(f.starts[sa] + max(m.start(), m.end() - 2))
            if 0 <= cue_end < ta and self._forward(f, ta, tb, cue_end):
                continue
            if self.denial_paper is None or _MONEY_UNIT.search(m.group(0)):
                return True  # round 33 (g): "not one tenge" denies money, whatever paper follows ("як тенге ҳам намегирем договорро")
            ca, cb = f.clause(ta, tb)
            near = range(max(ca, ta - 2), min(cb, tb + 2) + 1)
            if not any(f.kinds[k] == "w" and self.denial_paper.match(f.words[k]) for k in near):
                return True
        return False

    def _forward(self, f: Folded, ta: int, tb: int, cue_end: int) -> bool:
        """Whether a denial at ta..tb is a "no" before its own noun (``denial.forward``: "никаких очередей")
        after a cue of its clause ending at cue_end: it denies the noun after it, not the cue before it
        ("2000$ и никаких очередей") (round 17 n)."""
        return (
            self.denial_forward is not None
            and self.denial_forward.match(f.words[ta]) is not None
            and tb + 1 < len(f.words)
            and f.kinds[tb + 1] == "w"
            and f.clause(ta, tb) == f.clause(cue_end, cue_end)
        )

    def _of_paper(self, f: Folded, a: int, b: int) -> bool:
        """Whether tokens a..b (a negation and what it negates) hold a word of signing or paper, and its
        clause holds no second negation ("Без договора не работаем": no work without paper)."""
        if self.denial_paper is None:
            return False
        paper = [k for k in range(a, b + 1) if f.kinds[k] == "w" and self.denial_paper.match(f.words[k])]
        negs = [r for r in (self.neg_before, self.neg_after, self.neg_prep) if r is not None]
        for ca, cb in {f.clause(k, k) for k in paper}:
            found = (j for j in range(ca, cb + 1) if f.kinds[j] == "w" and any(r.match(f.words[j]) for r in negs))
            if next(found, None) is not None and next(found, None) is not None:
                return False  # two negations in the clause: stop at the second, however long the clause
        return bool(paper)

    def _cue_clause(self, f: Folded, a: int, b: int, own_sum: bool) -> tuple[int, int]:
        """The clause of a cue at tokens a..b; for a sum asked, from its first number on when a text typed
        without commas runs it on after a denial ("чипта аз ҳисоби ширкат 300$ пешакӣ медиҳед")."""
        ca, cb = f.clause(a, b)
        if own_sum:
            d = next((k for k in range(max(a, ca), b + 1) if f.kinds[k] == "w" and f.words[k].isdigit()), None)
            if d is not None and d > ca:
                return d, cb
        return ca, cb

    def _denied_list(self, f: Folded, sa: int, a: int) -> bool:
        """Whether the sentence from token sa opens with a short head of a denial closed by a colon ("Чего у нас НЕТ: платы за
        «место», «залога», ..., сдачи паспортов", "Мо намегирем: ...") and token a stands after it: the head speaks for its whole
        list, however long the sentence (round 32 g)."""
        if self.denial is None:
            return False
        for k in range(sa, min(a, sa + _HEAD_WORDS)):
            if f.kinds[k] != "w":
                return False
            if ":" in f.text[f.spans[k][1] : f.spans[k + 1][0]]:
                return self.denial.search(f.span_text(sa, k)) is not None
        return False

    def _exception(self, f: Folded, i: int) -> bool:
        """Whether token i opens an exception ("..., только ...") that the worker does not pay himself."""
        if f.words[i] not in _EXCEPT:
            return False
        return not (self.denial_self is not None and self.denial_self.search(f.span_text(*f.clause(i, i))))

    def _own_clause(self, f: Folded, ca: int, cb: int, own_sum: bool = True) -> bool:
        """Whether the clause ca..cb asks a sum of its own: a number, a verb that says yes
        (``denial.own_clause``), no negation word (``denial.soft``) and no payer who is the
        worker himself (``denial.own_clause_self``: a cost paid by oneself is paid to no agent)."""
        text = f.span_text(ca, cb)
        return (
            self.denial_own is not None
            and (not own_sum or any(f.kinds[k] == "w" and f.words[k].isdigit() for k in range(ca, cb + 1)))
            and self.denial_own.search(text) is not None
            and not (self.soft_negation is not None and self.soft_negation.search(text))
            and not (self.denial_self is not None and self.denial_self.search(text))
        )


def _quoted_pairs(text: str) -> list[tuple[int, int]]:
    """The spans inside every pair of quotation marks of ``text`` (at most 400 characters, not across a blank line)."""
    pairs: list[tuple[int, int]] = []
    pos = 0
    while (m := _QUOTE_OPEN.search(text, pos)) is not None:
        q = m.group(0)
        close = text.find(_CLOSE[q], m.end(), m.end() + 400)
        if q == "'":
            while close > 0 and text[close + 1 : close + 2].isalnum():
                close = text.find("'", close + 1, m.end() + 400)  # "va'da" inside the quotation
        if close < 0 or "\n\n" in text[m.end() : close]:
            pos = m.end()
            continue
        pairs.append((m.end(), close))
        pos = close + 1
    return pairs


def _quotations_reported(text: str) -> list[tuple[int, int]]:
    """The spans of the quotations that report others' words (``_SAY_BEFORE``, ``_SAY_AFTER``, round 26 g), lists of
    quotations joined by ``_QUOTE_JOIN`` taken as a whole."""
    pairs = _quoted_pairs(text)
    out = [m.span() for rx in (_SAY_THAT, _IN_OUR_NAME, _SOMEONE) for m in rx.finditer(text)]
    for a, b in pairs:
        if _SCARE.fullmatch(text, a, b) and not _SCARE_NAMED.search(text[max(0, a - 30) : a - 1]):
            end = _SCARE_END.search(text, b + 1)
            prep = _SCARE_PREP.search(text, max(0, a - 16), a)  # with its preposition ("ба «агентҳо»", "через «посредника»")
            out.append((prep.start() if prep is not None else a, end.start() if end is not None else len(text)))
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and (g := _QUOTE_JOIN.match(text, pairs[j][1] + 1)) is not None and g.end() == pairs[j + 1][0] - 1:
            j += 1
        lo = max(0, pairs[i][0] - 81)
        before = _SAY_BEFORE.search(text[lo : pairs[i][0] - 1])
        if before is not None:  # the verb of saying and the words up to the quotation are reported too ("гӯянд, ки «...»")
            start = lo + before.start()
            # round 30 (g): ... and the few words that join it to the report before ("берут «задаток ...» без квитанции и торопят:
            # «группа улетает»")
            if out and 0 < start - out[-1][1] <= 40 and _BRIDGE.fullmatch(text, out[-1][1] + 1, start):
                start = out[-1][1]
            out.append((start, pairs[i][1]))
            out.extend(pairs[i + 1 : j + 1])
        elif _SAY_AFTER.match(text, pairs[j][1] + 1) is not None or (
            out and out[-1][1] == pairs[i - 1][1] and _QUOTE_NEAR.fullmatch(text, pairs[i - 1][1] + 1, pairs[i][0] - 1)
        ):  # round 27 (g): the next quotation of the same report, a few words on ("объявления о «...» с оплатой «...»")
            if out and _QUOTE_NEAR.fullmatch(text, out[-1][1] + 1, pairs[i][0] - 1):
                out[-1] = (out[-1][0], pairs[i][1])
            out.extend(pairs[i : j + 1])
        i = j + 1
    # round 29 (g): a later quotation that echoes words of one reported ("«договор подпишете на месте» ... а «договор на месте» часто
    # оказывается другим") is the same report
    # ... and so is a question a notice answers next, after a dash or a "no" ("— Бригадир забрал паспорт «на регистрацию», это нормально?
    # — Нет. ..."); not a question an offer asks ("Хотите в Корею без экзамена? Пишите ...")
    out.extend(m.span(1) for m in _QUESTION.finditer(text))
    out.extend((a, b) for a, b in pairs if _NO_SUCH.match(text, b + 1))  # round 34 (g)
    out.extend(unquoted_reports(text))  # round 31 (g)
    said = {w for a, b in out for w in _WORDS.findall(text[a:b].lower())}
    out.extend((a, b) for a, b in pairs if (ws := _WORDS.findall(text[a:b].lower())) and all(w in said for w in ws))
    return _merged(out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order and not overlapping (``span_at`` bisects them)."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
