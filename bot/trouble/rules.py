"""Is this person in trouble now? Telling "my employer took my passport" from
"can an employer keep my passport?".

A message says harm is happening to the writer (or someone with them) now when it
names a harm (passport taken and kept, locked in, beaten, threatened, not allowed to
leave, forced to work, wages kept back with threats, a relative missing abroad) and
tells it as the writer's own situation, not as a question about the rules, an
imagined case, a case that is over, or something heard about others.

These rules are one half of the recogniser: ``bot/trouble/__init__.py`` joins their
verdict with a model trained on statements of several writers (``bot/trouble/model.py``);
the kinds of harm and the priority always come from here, so staff can read why.

How it reads a message:

1. **One spelling.** ``skeleton()`` is ``fold()`` (one Latin script, same letter map)
   made coarser for the ways people type Russian and Tajik in Latin letters:
   apostrophes for the soft sign dropped ("b'yut"), ``kh``/``x`` -> ``h``, ``zh`` and
   ``dj`` -> ``j`` (so "derzhat" and "derjat" meet), ``ts`` -> ``c``, ``y`` -> ``i``
   ("vypuskayut"/"vipuskaiut"), doubled letters single ("hujjat"/"hujat"), accents
   off ("ū"). Every pattern below is written in plain transliteration and passed
   through the same rewriting (``_sk``), so a Tajik object and a Russian verb in one
   message ("паспортамро забрал") still meet.
2. **Harms, found where they stand.** The message is cut into sentences (. ! ? ; and
   new lines) and each sentence into segments (commas, colons, dashes). A harm is a
   pattern match at a position: its kind, and whether it is *weak* (needs support).
   A sentence without any of a kind's ``ANCHORS`` skips that kind's patterns (speed);
   a pattern's *veto* turns it off for the sentence ("не отпускает в отпуск",
   "забрал паспорт из посольства", quarantine).
3. **Is the harm told as happening?** A match does not count when, in its sentence,
   a rules marker comes before it ("может ли", "имеет право", "законно", "оё",
   "мумкин", "can an"; not when it is reported speech: "говорит, что имеет право
   держать паспорт"), a yes/no "ли" question comes before it, a Tajik modal follows
   it ("гирифта метавонад?"), a risk is asked about with the harm word inside ("что
   мне грозит", "угрожает ли депортация"), a condition or a fear opens its segment
   before it ("если", "агар", "чтобы", "боюсь, что"; unless a speech verb comes
   first: "сказал, если уйдёшь..." is a threat told; "агар пурсем, мезананд" is what
   happens), a "how to avoid"/"what is"/"which" question comes before it, the writer
   is the one who did it ("я не отдал паспорт"), or it is negated ("не бьют",
   "никто не держит", "таҳдид намекунад").
4. **Is it now?** A match does not count when its sentence has a far-past cue ("в
   прошлом году", "раньше", "бывший", "когда я работал", "соли гузашта", "пештар",
   "гирифта буданд") and its segment no cue of now or of still ("до сих пор",
   "ҳанӯз", "уже неделю", "ҳоло"), or when a later cue says it is over ("вернули",
   "нашёлся", "пас доданд", "ёфт шуд", "всё хорошо"), or when its sentence is
   hearsay or about people in general ("говорят, в Москве...", "слышал", "мегӯянд,
   ки дар...", "мигрантов", "одамонро", "правда ли?") and its own segment has no
   word for the writer or their family (the hearer of "я слышал" does not count).
5. **Enough?** Weak matches need support: "не могу уйти" needs another harm or a
   person holding the writer (хозяин, охрана, бригадир); a missing relative needs
   the relative (or he/she) named, and "не звонит", "хабар нест" also need a
   duration ("уже неделю", "ду моҳ боз", "с октября") or a second sign. Unpaid wages
   alone are a labour question, not danger now; with threats, violence or
   confinement they are urgent.

The rules were written from the examples in ``tests/test_trouble.py`` (the
development set: written in batches, each run once before any rule was changed for
it). ``bench/trouble_bench.py`` measures precision and recall on sets written apart
from them; figures in ``bench/README.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.trouble.spelling import MAX_CHARS, _rx, _sk, _spell, bounded, skeleton  # noqa: F401  (MAX_CHARS, skeleton: for callers)

# -- words used by several rules ------------------------------------------------------------
_DOC = r"(?:pasport\w*|zagran\w*|dokument\w*|shinosnom\w*|hujat\w*|udostoveren\w*|passports?|documents?|id kart\w*)"
# people who hold others: their presence makes "I cannot leave" a harm
_CONTROLLER = (r"\b(hoziain\w*|hoziaik\w*|hoziaev\w*|brigadir\w*|rabotodatel\w*|najalnik\w*|prorab\w*|master\w*|"
               r"ohran\w*|ohranik\w*|verbovshik\w*|hojain\w*|hojaein\w*|korfarmo\w*|sohibkor\w*|posbon\w*|"
               r"boss|employer|owner|guard\w*)\b")
_RELATIVE = (r"\b(brat\w*|sestr\w*|sin|sina|sinu|sinom|sinok|sinoc\w*|doj|doj[ekiu]\w*|muj|muja|muju|mujem|"
             r"jen[aeuo]\w*|otec|otca|otcu|otj\w*|mam[aeu]|mat|materi|roditel\w*|rodstven\w*|drug|druga|drugu|"
             r"drugom|druzia\w*|podrug\w*|plemian\w*|diad\w*|tet[iaeu]\w*|vnuk\w*|vnuj\w*|ziat\w*|rebenk\w*|"
             r"rebenok|barodar\w*|hohar\w*|pisar\w*|duhtar\w*|shavhar\w*|zan|zanam\w*|zanash\w*|zani|padar\w*|"
             r"modar\w*|hesh\w*|dust|dustam\w*|dustash\w*|dustonam\w*|amak\w*|toga\w*|hola\w*|jien\w*|jian\w*|"
             r"farzand\w*|kudak\w*|naber\w*|domod\w*|brother|sister|son|daughter|husband|wife|father|mother|"
             r"friend|cousin|uncle|child)\b")
_SELF = (r"\b(ia|menia|mne|mnoi|moi|moia|moe|moego|moemu|moiu|mi|nas|nam|nami|nash|nasha|nashe|nashi|nashu|nashih|nashim|nashego|nashei|man|maro|mara|mani|mo|moro|"
         r"me|my|we|us|our|hastam|hastem|nametavon\w*|me\w+(am|em)|name\w+(am|em)|\w+(amro|hoiamro|iamro|hoiam))\b"
         r"|\b(pasport|dokument\w*|hujat\w*|telefon|shinosnoma)am\w*")

# -- harms ----------------------------------------------------------------------------------
# kind: (weak, pattern[, veto]). A weak match needs support (see _enough); a veto found in the
# sentence turns the pattern off there ("не отпускает в отпуск"). Patterns match the
# positive (harm) form: "не бьют" is caught by the negation check, "намезананд" is
# simply not matched.
_TAKE_RU = (r"(?P<v>zabral\w*|zabira\w*|otobral\w*|otbira\w*|otnial\w*|otnima\w*|iziali|iziat\w*|iz[iu]al\b|spriatal\w*|"
            r"uder[jz]iva\w*|vziali\b|sobrali\b)")
_KEEP_RU = (r"(?P<v>ne mojem (zabrat|poluchit|vernut|vziat)|ne da(io|e)t (zabrat|vziat|poluchit)|ne otda\w*\b(?<!vat)|ne otdal\w*|ne vozvrash\w*\b(?<!at)|ne vernul\w*|ne vernut\w*|ne vernet\w*|otdavat ne\w*|"
            r"ne daiut|der[jz]\w*|otdadut (jerez|posle|kogda)|otdam (jerez|posle|kogda)|vernet (jerez|posle|kogda)|"
            r"vernu (jerez|posle|kogda))")
_TAKE_TG = (r"(?P<v>(girift|gereft)\w*\b(?<!giriftam)(?<!giriftem)(?<!gereftam)(?<!gereftem)|kashida girift\w*|nigoh dosht\w*|nigoh medor\w*|pinhon kard\w*|"
            r"pas namedih\w*|namedih\w*|nadod\w*|pas nadod\w*|namegardon\w*|bar namegardon\w*|barnamegardon\w*|"
            r"jam kard\w*|dodan namehoh\w*|(pas )?girifta nametavon\w*)")
_TAKE_EN = r"(?P<v>took|taken|takes|keeps?(?! asking| saying| calling| telling)|kept|holds?|has|have|wont give|won t give|will not give)"
# picked up from an office, not taken: "забрал паспорт из посольства", "аз консулгарӣ гирифт"
_FROM_OFFICE = (r"\b(iz|az|from) (posol|konsul|safor|fms|ufms|mvd|uvm|gvm|mfc|mmc|vizov|pocht|centr|markaz|idora|bank|embas)\w*"
                r"|\bdar (konsul|safor)\w*")
# "I cannot leave" for reasons of one's own: a holiday, a ticket, an illness
_NOT_HELD_BACK = r"\b(v|na) otpusk|\botpusk[aeu]?\b|\bna rabot[uie]\b|\bbilet\w*|\bdorog\w*|\bzabolel\w*|\bbemor\w*|\bchipta\w*"
HARMS: dict[str, tuple[tuple[bool, str] | tuple[bool, str, str], ...]] = {
    "passport": (
        (False, rf"\b{_DOC}\b.*\b{_TAKE_RU}", _FROM_OFFICE),
        (False, rf"\b{_TAKE_RU}\b.*\b{_DOC}", _FROM_OFFICE),
        (False, rf"\b{_DOC}\b.*\b{_KEEP_RU}"),
        (False, rf"\b{_KEEP_RU}\b.*\b{_DOC}"),
        (False, rf"\b{_DOC}\b.*\b{_TAKE_TG}", _FROM_OFFICE),
        (False, rf"\b{_TAKE_TG}.*\b{_DOC}(amro|ro)\b", _FROM_OFFICE),
        (False, rf"\b{_DOC}\b.*\b{_TAKE_EN}\b", _FROM_OFFICE),
        (False, rf"\b{_TAKE_EN}\b.*\b{_DOC}", _FROM_OFFICE),
        # the passport is with the boss; no passport in hand
        (False, rf"\b{_DOC}\b (\w+ ){{0,4}}(u|dar dasti|dar nazdi|nazdi|peshi|dar) {_CONTROLLER}"),
        (False, rf"\b{_DOC}\b.*\b(vse|vsio|hama\w*) (u|dar dasti|peshi|nazdi) {_CONTROLLER}"),
        (False, rf"\bu {_CONTROLLER} ({_DOC}|(moi|moia|nash\w*|vse) {_DOC})"),
        (False, rf"\b{_DOC}\b (net na ruk\w*|na ruk\w* net)|\bna ruk\w* net {_DOC}|\bbez {_DOC} (ostavil\w*|der[jz]\w*)"),
    ),
    "confinement": (
        (False, r"\b(zaper\w*|zapir\w*|vzaperti|pod zamk\w*|na zamk\w*|pod zamok)"),
        (False, r"\b(nas|menia|ih|ego|eio|rebiat|rabojih|brat\w*|sestr\w*|sin\w*|doj\w*|muj\w*|jen\w*)\b ((?!ne\b)\w+ ){0,2}(zakril\w*|zakriva\w*|zamknul\w*)"),
        (False, r"\b(zakril\w*|zakriva\w*|zamknul\w*) (nas|menia|ih|ego|eio|rebiat|rabojih)\b"),
        (False, r"\b(zakril\w*|zakrit\w*|zakriva\w*) (v|vo|na) (komnat|podval|pomesh|kvartir|dom|barak|vagon|kontein|sklad|ceh|obshag|obshej|sarai|garaj|kabin|baz|ferm|podsob|bitovk|angar|teplic|pogreb|ofis|cerkv)\w*"),
        (False, r"\b(zakrit\w* snaruj\w*|dver\w* (zakrit\w*|zaper\w*|na kliuj)|zakril\w* na kliuj|vorot\w* na zamk\w*|reshetk\w*)"),
        (False, r"\b(mi|ia) (zakrit\w*|zaper\w*)\b"),
        (False, r"\b(dver|vorot)\w* (\w+ )?(zakri|zaper|zapira)\w*|\b(zakri|zaper|zapira)\w* (\w+ )?(dver|vorot)\w*"),
        (False, r"\bne (vipuska\w*|vipust\w*|vipuskat)\b"),
        (False, r"\bne (otpuska\w*|otpust\w*)\b", r"\b(v|na) otpusk|\botpusk[aeu]?\b|\bporanshe|\bna (vihodn|obed|prazdn)\w*"),  # not "в отпуск"
        (False, r"\b(vihodit|viiti|uhodit|vihod) (\w+ )?tolko (s|v|na|pod|vmeste)\b|\b(vipuska|puska|otpuska)\w* (nas |menia )?tolko\b"),
        (False, r"\bne (puska\w*|pustia\w*|pust\w*) (domoi|na ulic\w*|naruju|nikuda|von|nazad|iz)\b"),
        (False, r"\bne (daiut|daiot|daet|dal|dali|dast) (nam |mne |im |emu |ei )?(uiti|uehat|viiti|vihodit|ujti|uhodit|uezjat|pozvonit|zvonit|sbejat)\b"),
        (False, r"\b(uiti|uehat|viiti|vihodit|uhodit|uezjat) (nam |mne )?ne (daiut|dal|dali|dast)\b"),
        (False, r"\b(vihodit|vihod|viiti|uiti) (\w+ ){0,3}(zapresha\w*|zapreshen\w*|nelza)\b|\b(zapresha\w*|zapretil\w*|nelza) (nam |mne )?(vihodit|viiti|uhodit|uiti)\b"),
        (False, (r"\b(menia|nas|eio|ego|ih|moiu|moego|brat\w*|sestr\w*|sin\w*|doj\w*|muj\w*|jen\w*) ((?!ne\b)\w+ ){0,3}(der[jz]\w*|uder[jz]\w*)"
                r"|\b(der[jz]\w*|uder[jz]\w*) (menia|nas|eio|ego|ih)\b|\bnas (tut|zdes) der[jz]\w*")),
        (False, (r"\b(pohitil\w*|pohishen\w*|zalojnik\w*|v plenu|v plen\b|karaul\w*|siloi (uvez|zabral|zabir|derj)\w*|"
                r"nasilno (uvez|zabral|derj)\w*|rabud\w*|garavgon\w*|mahbus\w*|kidnap\w*|hostage\w*)")),
        (False, r"\b(storoj\w*|steregut|ohrania\w*) (nas|menia)\b|\bohran\w* ne (vipuska|puska)\w*"),
        # Tajik: locked, not let out, not allowed to go
        (False, r"\b(kulf|mahkam)\b (kard\w*|karda\b|ast\b|hast\w*|mekun\w*)|\b(kamab|kamoft)\w*|\bbandi (kard|karda|mekun)\w*|\bdar band\b"),
        (False, r"\b(dar|darro|dari|moro|maro) (\w+ )?bast\w*"),
        (False, r"\bnameguzor\w*|\bnamegzor\w*", r"\b(ruhsati|otpusk|tatil)\w*"),
        (False, r"\bnamemonand\b|\b(maro|moro|raftan|ravam|ravem|baromadan|berun|ba hona|ba vatan)\b.{0,30}\bnamemon\w*"),
        (False, (r"\b(ijozat|izozat|ijazat|ruhsat) namedih\w*\b.*\b(berun|raftan|ravam|ravem|baromadan|ba hona|ba vatan|gurez\w*)"
                r"|\b(berun|raftan|ravam|ravem|baromadan|ba hona|ba vatan)\b.*\b(ijozat|ruhsat) namedih\w*")),
        (False, (r"\b(berun )?(baromadan|raftan|gurehtan) man\b|\bman ast (baromadan|raftan)"
                r"|\b(berun|ba hona|ba vatan) (\w+ )?(baromadan|raftan|rafta|baromada) (mumkin nest|nameshavad|namesha)")),
        (False, r"\b(maro|moro|mara|(?!shinosnom|pasport|dokument|hujat|maosh|pul|muzd|telefon)\w+(amro|ashro))\b (\w+ ){0,4}nigoh (dosht|medor)\w*"),
        # control: phone taken, writing in secret, do not know where, brought at night, keys with the boss
        (False, (r"\btelefon\w* (\w+ )?(otobral\w*|otnial\w*|zabral\w*|otbira\w*|zabira\w*|giriftand|girift\b|girifta\w*)"
                r"|\b(otobral\w*|otnial\w*|zabral\w*|otbira\w*|zabira\w*) (u nas |u menia )?telefon")),
        (False, r"\btelefon\w* (\w+ )?(daiut|dali|vidaiut) (tolko )?na\b"),  # the phone handed out for minutes
        (False, r"\bpishu (taikom|taino|poka nikto ne vidit|ukradkoi|s juj\w*)|\bpinhon\w* (menavis\w*|navishta\w*)"),
        (False, r"\bne znaiu gde (ia|mi)( sejas| seijas| nahoj\w*| nahod\w*)?( ,|$)|\bnamedon\w* (dar )?kujo hast\w*"),
        (False, r"\b(privezli|vivezli|zavezli) (nas |menia )?(\w+ )?(nojiu|nojiu|noj\w*|za gorod|v les)\b|\bshabona (\w+ )?(\w+ )?ovardand"),
        (False, r"\b(kliuj\w*|kalid\w*) (\w+ ){0,3}(u|dar dasti|dar|peshi) {_CONTROLLER}".replace("{_CONTROLLER}", _CONTROLLER)),
        (False, r"\b(locked|lock us|locks us|lock me|not allowed to leave|won t let (me|us) (go|leave)|wont let (me|us) (go|leave))\b"),
        # weak: cannot leave (needs another harm or someone holding the writer)
        (True, (r"\b(uiti|uehat|viiti|vibratsia|vibratsa|vibracia|vibrat|ubejat|sbejat) ne (mogu|mojem|mojet|mojet|mogut)\b"
               r"|\bne (mogu|mojem|mojet|mogut) (uiti|uehat|viiti|vibratsia|vibratsa|vibracia|vibrat|ubejat|sbejat)\b"
               r"|\b(uiti|viiti|vibratsia|vibracia|vibratsa|ubejat|sbejat) nelza\b|\bnelza (uiti|viiti|vibratsia|vibracia)\b"), _NOT_HELD_BACK),
        (True, r"\b(raftan|ravem|ravam|baromadan|gurehtan) nameshavad\b", _NOT_HELD_BACK),
        (True, r"\b(baromada|rafta|raft|gurehta) nametavon\w*|\b(berun|baromad\w*) (\w+ )?nametavon\w*|\b(cant|can t|cannot) leave\b", _NOT_HELD_BACK),
    ),
    "violence": (
        (False, r"\b(menia|nas|ego|eio|ih) ((?!ne\b)\w+ )?(bet|bot|biot|biet|biut|but)\b"),
        (False, (r"\b(izbi\w*|biut|biot|biet|b iut|ubiut|ubil\w*|ubit|ubivaiut|udaril[ai]?|udaria(et|iut)|pobil\w*|pobit|"
                r"pina\w*|izdeva\w*|domoga\w*|pristaet|pristaiut|pitaiut|pitali|pitka\w*|(menia|nas|ego|eio|ih) bili|bili (nas|menia|ego|eio|ih)|iznasil\w*|nasil\w*|porezal\w*|zarezal\w*|kalecha\w*|pokalech\w*|"
                r"sloma\w* (mne|emu|ei|ruk|nog|reb|pal|nos|zub)\w*|(ruk|nog|rebr|palec|palc|nos|zub|golov)\w* (\w+ )?sloma\w*)\b")),
        (False, r"\b(?<!zang )(?<!dod )(?<!faroid )(?<!gap )(?<!harf )(?<!kaf )(?<!jarh )(?<!dam )(?<!sar )(mezan\w*|zadand\w*|zad|zadaand|zadast|zadaast|zada)\b(?! (mumkin|metavon|nametavon))"),
        (False, (r"\b(kolot(iat|il\w*|it)|lupi(at|t|l\w*)|otlupil\w*|otmetelil\w*|dushil\w*|dushat|dushit|ranil\w*|poranil\w*|"
                r"raspuska\w* ruk\w*|ruk\w* raspuska\w*|(podnima\w*|podnial\w*) (na \w+ )?ruk\w*|zahmi (kard|karda|shud)\w*)\b"
                r"|\b(trogaet|trogaiut|lapaet|lapaiut) (menia|nas|eio|ee)\b|\b(menia|nas|eio) (trogaet|trogaiut|lapaet|lapaiut)\b")),
        (False, (r"\b(lat kard\w*|lat mekun\w*|lati\b|latukub\w*|lat u kub\w*|latu kub\w*|kaltak\w*|kuftand|kuft\b|mekub\w*|zurovari\w*|tajovuz\w*|"
                r"azob (medih|dod)\w*|shikanja\w*|shikastand\w*|meshikanand)")),
        (False, r"\b(beat|beac|beaten|beating|hit me|hits me|hit us|hits us|raped|hurt me|hurts me|hurt us)\b"),
    ),
    "threat": (
        (False, r"\b(?<!jto )(?<!jem )(ugroj\w*|ugroz\w*|groz\w*|zapugiva\w*|pugaiut|pugaet|pripugnu\w*|shantaj\w*|vimoga\w*)"),
        (False, r"\b(ubiu|ubiut|ubiet|ubiot|ubet|ubiesh|ubiosh|ubem|ubiem|zakopa\w*|pojaleesh\w*|pojaleete|pojaleet)\b|\b(sdadut|sdam|sdadim|sdat) (v|nas|tebia|menia|vas)\b"),
        (False, r"\b(tahdid\w*|tarsond\w*|metarson\w*|tarsonid\w*|shantaj\w*)\b(?! (namekun|nakard|nest))"),
        (False, r"\b(mekush(am|ad|and|em|ed)|mekushamat|mekushemat|kushtan\w*|pushaimon meshav\w*|ba (polis|milic|migra|fms|mvd|uvd|ovd|politsia|politsi)\w* (mesupor|medih|sup)\w*|deport\w* mekun\w*)\b"),
        (False, r"\b(uid|ued|ujd)\w* bez (dokument\w*|pasport\w*)"),  # "уйдёшь без документов"
        (False, r"\b(posadi(at|m|t)|posaju)\b(?! (na|v) (samol|poezd|avtobus|reis|mashin|taksi))|\b(uroiu|uroem|urojem|zindon mekun\w*|ba zindon (mesupor|medih|mefirist|mepart)\w*)\b"),
        (False, r"\b(budet huje|huje budet|pojaleesh\w*|bad meshav\w*|badtar meshav\w*)\b"),
        (False, r"\b(govor\w*|skazal\w*|grozi\w*|puga\w*|obeshaiut)\b.*\b(deportir\w*|v policiu|v migracion\w*)"),
        (False, r"\b(threaten\w*|blackmail\w*)\b"),
    ),
    "forced": (
        (False, r"\b(zastavlia\w*|zastavil\w*|prinujda\w*|prinudil\w*|vinujda\w*|vinudil\w*)"),
        (False, r"\bpoka ne (otrabota|otrabota|vernem|vernu|viplat)\w*|\b(otrabat\w*|otrabativa\w*|otrabota\w*) (\w+ )?dolg\w*|\bdolg\w* (\w+ )?(otrabat\w*|otrabativa\w*|otrabota\w*)"),
        (False, r"\b(majbur\w*)\b (\w+ )?(mekun\w*|kard\w*|kunand|mesoz\w*)|\bmajburan\b|\bbo zur(i|an)?\b|\bzuran\b"),
        (False, r"\b(prodal|prodali|sold)\b.*\b(menia|nas|me|us|kak skot|kak rab\w*)\b|\b(menia|nas|eio|ego)\b.*\b(prodal|prodali)\b"),
        (False, r"\b(moro|maro|mara|\w+amro)\b.*\bfuruht\w*|\bfuruht\w* ba (hojain|sohib)\w*"),
        (False, r"\b(v rabstv\w*|kak rabov|kak rabi|gulom\w*|v kabal\w*|kabal\w*|pereprodal\w*|pereprodaiut)"),
        (False, r"\b(forced|forcing|force me|force us)\b"),
    ),
    "missing": (
        (False, (r"\b(propal|propala|propali|propad(?!a\w* na rabot)\w*|ischez\w*|bez vesti|bedarak\w*|gum shud\w*|gumshud\w*|gum shuda\w*|missing|disappeared|"
                r"ne mojem (naiti|najti)|(naiti|najti) ne mojem|poterial(sia|as|is)|"
                r"(ishem|ishu|iskali|razisk\w*|kofta istod\w*) (\w+ )?(brat|sestr|sin|doj|muj|jen|otc|mam|barodar|hohar|pisar|duhtar|shavhar|padar|modar)\w*|"
                r"justuju (dor|mekun)\w*|ne znaem gde (on|ona)|iofta nametavon\w*|paido (karda )?nametavon\w*|cant find|can t find)\b")),
        (True, (r"\b(net sviazi|sviazi net|ne vihod\w* na sviaz\w*|ne otvej\w*|ne zvonit|ne zvonil\w*|perestal\w* zvonit|ni sluhu|"
               r"ni odnogo zvonk\w*|ni zvonk\w*|net zvonk\w*|ne dozvon\w*|dozvonit\w* ne|ne mojem dozvon\w*|ne nashli|"
               r"telefon\w* (vikliujen|otkliujen|ne dostupen|nedostupen)|"
               r"h?abar nest|h?abare nest|hej h?abar|h?abar namedih\w*|darak nest|telefon\w* (\w+ ){0,3}h?omush|zang namezan\w*|"
               r"javob namedih\w*|aloka nest|tamos namegir\w*|no news)\b")),
    ),
    "wages_threat": (
        (False, (r"\b(ne plat\w*|ne viplaj\w*|ne vipla\w*|ne zaplat\w*|zaderjiva\w* (zarplat|den|oplat)\w*|zarplat\w* (ne|zaderj)\w*|"
                r"den\w* ne da\w*|ne daiut den\w*|deneg ne|bez deneg|besplatno|bez oplat\w*)")),
        (False, r"\b(maosh|muzd|haki kor|haki mehnat|pul)\w*\b (\w+ )?(namedih\w*|nadod\w*|nadod)|\bbe muzd\b|\bbepul\b"),
    ),
}
# Word starts without which a kind's patterns cannot match: a sentence without any of them skips
# that kind's patterns (most messages name no harm; this keeps them cheap). Every pattern of
# HARMS must contain one of its kind's anchors (tests/test_trouble.py checks this on its
# examples); add the stem here when adding a pattern.
ANCHORS: dict[str, str] = {
    "passport": r"paspor|zagran|dokumen|documen|shinosnom|hujat|udostoveren|id kart",  # (short: "passports" is "pasporc")
    "confinement": (r"zaper|zapir|zamk|zamok|zakri|zamknul|reshetk|vipus|otpus|pus|pust|uiti|uehat|viiti|vihod|ujti|uhod|"
                    r"uezj|pozvon|zvonit|sbej|ubej|vibra|nelza|der[jz]|stor|stereg|ohran|kulf|mahkam|bast|nameguzor|"
                    r"namegzor|namemon|kamab|kamoft|bandi|dar band|ijozat|izozat|ijazat|ruhsat|baromad|raft|gureh|nigoh|telefon|pishu|pinhon|"
                    r"ne znaiu gde|namedon|pohi|zalojnik|v plen|karaul|siloi|nasilno|rabud|garavgon|mahbus|kidnap|hostage|privez|vivez|zavez|shabona|kliuj|kalid|lock|alowed|let|leave"),
    "violence": (r"bet|bot|biot|biet|biut|izbi|b iut|ubiut|ubil|ubit|ubivaiut|udar|pobil|pobit|pina|izdeva|pita|bili|"
                 r"nasil|iznasil|porezal|zarezal|kalech|pokalech|sloma|mezan|zad|lat|kaltak|kuft|mekub|zurovari|tajovuz|azob|"
                 r"shikan|shikast|kolot|lupi|otlupil|otmetelil|dush|ranil|poranil|raspuska|ruk|podni|zahmi|troga|lapa|domoga|pristae|pristai|bea|hit|hic|raped|hurt|hurc"),
    "threat": (r"ugroj|ugroz|groz|zapugiva|puga|pripugnu|shantaj|vimoga|ubiu|ubiut|ubiet|ubem|zakopa|pojal|sdadut|sdam|"
               r"sdadim|sdat|ubi|ube|posadi|posaju|uroiu|uroem|urojem|zindon|ba zindon|govor|skazal|grozi|obeshaiut|budet|huje|bad|badtar|ba (polis|milic|migra|fms|mvd|uvd|ovd|politsi)|tahdid|tarson|metarson|mekush|kushtan|pushaimon|polis|deport|uid|ued|ujd|threaten|blackmail"),
    "forced": r"kabal|pereprod|zastav|prinuj|prinud|vinuj|vinud|otrab|majbur|zur|prodal|sold|furuht|rabstv|rabov|rabi|gulom|forc",
    "missing": (r"poterial|ishem|ishu|iskali|razisk|kofta|justuju|propa|ishez|vesti|bedarak|gum|ne mojem|cant|can t|sviaz|otvej|zvon|sluhu|dozvon|naiti|nashli|telefon|znaem gde|h?abar|darak|"
                r"zang|javob|iofta|paido|aloka|tamos|missing|disapeared|no news"),
    "wages_threat": r"plat|zarplat|vipla|zaplat|zaderj|deneg|den|besplat|oplat|maosh|muzd|haki kor|haki mehnat|pul|bepul",
}
# violence, confinement and forced work make a case urgent; the rest high priority
URGENT_KINDS = ("violence", "confinement", "forced")

# -- how a harm is told ---------------------------------------------------------------------
# a question about the rules (before the harm, in its sentence)
_RULES = _rx(
    r"\b(pravda li|eto pravda|verno li|normalno li|pravilno li|mojno li|mojet li|mogut li|imeet li|imeiut li|imeet pravo|imeiut pravo|imet pravo|pravo imeet|pravo imeiut|"
    r"vprave|zakonno|legal\w*|razresh\w*|dopustimo|polojeno|doljen li|doljni li|obiazan\w*|nelza li|est li pravo|"
    r"mojet|mogut|mojno|zakon|zakonu|zakona|zakonam|zakonodatel\w*)\b",
    r"\b(oio|metavonad|metavonand|mumkin|hak dor\w*|haki dor\w*|hukuk dor\w*|hukuki\w*|ijozat dor\w*|ravo\b|ravost|"
    r"konun\w*|hak nador\w*|hukuk nador\w*|durust ast)\b",
    r"\b(law|laws|can an?|can my|can the|can they|can he|can she|is it legal|is it ok|allowed to|may an?|may my|what if)\b",
)
# Tajik puts the modal after the verb: "гирифта метавонад?"
_MODAL_AFTER = re.compile(r"^\s*((\w+\s+)?(metavon(ad|and|i|em)|mumkin(?! nest)|meshavad)|li)\b")  # also "угрожает ли ..."
# a condition: the rest of its segment is imagined
_COND = _rx(r"\b(esli|esle|agar|v sluja\w*|vdrug|predpoloj\w*|jtobi|shtobi|if|in case)\b",
            r"\b(boius|boiimsia|boimsia|opasaius|metarsam|metarsem|afraid)( ,)? (jto|ki|that)\b")  # feared, not happening
# ... unless the condition is inside reported speech: a threat told ("he said: if you leave...")
_SPEECH = _rx(r"\b(skazal\w*|govorit|govoriat|govoril\w*|pishut|pisal\w*|grozit\w*|ugroj\w*|preduprejd\w*|obeshaiut|"
              r"guft\w*|megu\w*|menavis\w*|said|says|told)\b")
_SPEECH_THAT = re.compile(_SPEECH.pattern + r"( ,)? (jto|shto|ki|that)\b")
# how to avoid it, what it is (before the harm)
_GENERIC_Q = _rx(
    r"\b(kak izbej\w*|kak ne popast|kak ne stat|kak zashit\w*|kak uberej\w*|jto takoe|jto znajit|jto grozit|jem grozit|"
    r"kak pomoj\w*|kak pomoj|kakie|kakoi|kakaia|kakih|kakuiu|kakim|kak poniat|kak raspozna\w*|kak otlij\w*|kakoe nakazan\w*|kakaia otvetstven\w*|nakazan\w*|otvetstvenost\w*|kto pomoga\w*)\b",
    r"\b(kadom|kadomho|kadomash|emin bosh\w*|himoia kun\w*|hifz kun\w*|jist|jisti)\b",
    r"\b(how to|what is|who helps|how do traffickers|where can i|where do i|how can i)\b",
)
# a Tajik verb closing a condition ("агар пурсем ...")
_TG_VERB = re.compile(r"\b(\w{2,}(em|am|and|ad|ed)|ravi|kuni|pursi|gurezi)\b")
# a risk asked about, the harm word inside: "что мне грозит за...", "мне угрожает депортация?"
_RISK_Q = _rx(r"\b((jto|jem) (\w+ )?grozit|ugroza deportac\w*|(ugroj|groz)\w* (\w+ )?(deportacia|shtraf|vidvorenie)\b)")
_YES_NO = re.compile(r"\b\w+ li\b")  # a Russian yes/no question before the harm: "держат ли ...", "правда ли ..."
_NEGATION_BEFORE = {"ne", "ni", "nikto", "nikogo", "nikak", "not", "never", "no", "nobody"}
_NEGATION_AFTER = re.compile(r"^\s*(namekun\w*|nakard\w*|nest|nashud\w*)\b")

# -- when ----------------------------------------------------------------------------------
_PAST = _rx(
    r"\b(v proshl\w* (godu|god|raz)|na proshl\w* (rabot\w*|meste|strok\w*|ob ekt\w*)|proshl\w* (zim\w*|let\w*|vesn\w*|osen\w*)|"
    r"ranshe|ranee|prejde|kogda to|kogdato|davno|davnim davno|v detstve|v molodost\w*|odnajdi|"
    r"\d+ (let|god\w*) nazad|v \d0 h|v devianost\w*|v vosmidesiat\w*|bil slujai|bivsh\w*|prejn\w* (rabot|hoziain|rabotodatel|mest)\w*|star\w* (rabot|mest)\w*|kogda (ia |mi )?(rabotal|jil|bil)\w*|(god|goda|let) (\w+ )?nazad|neskolko let|(19|20)\d\d (godu|g)\b|v (19|20)\d\d)\b",
    r"\b(soli guzasht\w*|solhoi guzasht\w*|peshtar|kablan|pesh az in|\w+ sol pesh|sol pesh|sol kabl|solho pesh|"
    r"iak vakt\w*|dar guzasht\w*|zamone|kaiho|dar javoni\w*|on vakt\w*|\w+[dt]a bud(and|am|em|i|ed)?|"
    r"mekard(and|em|am)?|mezad(and|em|am)?|megirift\w*|nigoh medosht\w*)\b",
    r"\b(years ago|last year|long ago|in the past|used to)\b",
)
_STILL = _rx(
    r"\b(do sih por|dosihpor|vse eshe|vsio eshe|vse eshio|po prejnemu|opiat|snova|i sejas|i seijas|i teper|seijas|sejas|sejjas|"
    r"segodnia|vjera|u[jz]e|teper|nedavno|pramo|v etom mesiac\w*|na etoi nedel\w*)\b",
    r"\b(hanuz|to hol|to holo|holo ham|hozir|holo|imruz|diruz|aknun|alhol|baz|boz|aini zamon|aini hol)\b",
    r"\b(still|now|today|yesterday|right now|again)\b",
)
# it is over: what was harmed came back or was found
_OVER = _rx(
    r"(?<!ne )\b(vernul[ia]?|vernuli\w*|vozvrasha(et|iut)|vernuls\w*|vernulas\w*|otdal[i]? obratno|otpustil\w*|vipustil\w*|nashel\w*|"
    r"nashl(a|i|as|is)|nashiol\w*)\b",
    r"\b(vse horosho|vse normaln\w*|vse v poriadke|uje doma|v bezopasnost\w*|"
    r"(teper|sejas|seijas|u[jz]e|holo|hozir|aknun|alhol) (\w+ )?(normaln\w*|horosho|hub))\b",
    r"\b(pas dod\w*|bargardond\w*|ioft shud|iofta shud|paido shud|ioftem|ioftand|hama hub|hamaash hub|"
    r"hama \w+ hub|hub ast|ozod kard\w*|ozod shud\w*)\b",
    r"\b(gave it back|found him|found her|all good|is safe)\b",
)
# heard about others, or people in general
_HEARSAY = _rx(
    r"\b(slishal\w*|slijal\w*|shunid\w*|jital\w*|prochital\w*|projital\w*|po televizor\w*|v novost\w*|po novost\w*|v internet\w*|rasskazival\w*|rasskazal\w*|pishut v|"
    r"hikoia kard\w*|nakl kard\w*|i heard|they say)\b",
    r"\b(govoriat|meguiand|megujand|guftand|skazali)( ,)? (jto |ki )?(v|vo|na|dar|u)\b",
    r"\b(eto pravda|pravda li|pravda jto|verno li|rost ast|rost\b|rostast|is it true)",
)
_HEARER = re.compile(r"\b(ia|mi|man|mo|mne|nam|ba man|ba mo) (" + _HEARSAY.pattern + ")")
_PEOPLE = _rx(r"\b(liudi|liudei|migrant\w*|rabojih|rabojie|mnogie|mnogih|devushek|devushk[ia]m?|inostranc\w*|rabotodateli|"
              r"odamon\w*|muhojir\w*|korgaron\w*|korfarmoion\w*|hojainon\w*|brigadiri\b|people|migrants|workers|traffickers)\b")
_GENERIC_ADV = _rx(r"\b(jasto|obijno|bivaet|vsegda|vezde|aksar|baze\w*|odatan|often|usually)\b")
_SELF_OR_KIN = re.compile(_sk(_SELF) + "|" + _sk(_RELATIVE))
_KIN = re.compile(_sk(_RELATIVE))
# for how long: "уже неделю", "с октября", "ду моҳ боз", "се ҳафта шуд"
_DURATION = _rx(
    r"\b(\d+|odin|odnu|dva|dve|tri|jetire|piat|shest|neskolko|mnogo|uje|do sih por|vse eshe|bolshe)\b (\w+ )?"
    r"(den|dnia|dnei|sutok|sutki|nedel\w*|mesiac\w*|god\w*)\b|\b(uje) (\w+ )?(nedel\w*|mesiac\w*|sutki|den)\b"
    r"|\b(tretii|vtoroi|jetvert\w*|piat\w*|tret\w*|vtor\w*) (den|nedel\w*|mesiac\w*)\b|\bs (proshl\w*|teh por|tog\w*|"
    r"ianvar|fevral|mart|aprel|mai|iiun|iiul|avgust|sentiabr|oktiabr|noiabr|dekabr)\w*|\bdavno\b",
    r"\b(\d+|iak|du|se|jor|panj|shash|jand)\b (\w+ )?(ruz|hafta|moh|sol|shabonaruz)\w*\b|\b(ruz|hafta|moh)\w* (ast|boz|shud|meshavad)\b"
    r"|\b(hanuz|to hol|to holo|az on vakt|digar)\b|\bbolshe ne\b|\bs \d+ (ianvar|fevral|mart|aprel|mai|iiun|iiul|avgust|sentiabr|oktiabr|noiabr|dekabr|\w+ria)",
    r"\b(days|weeks|months|since)\b",
)
_HE_SHE = re.compile(r"\b(on|ona|ego|eio|he|she|him|her)\b")
_HOLDER = re.compile(_sk(_CONTROLLER))
# a missing "thing" is not a missing person: "телефон пропал", "шиносномаам гум шуд"
_THING_NEAR = re.compile(_sk(r"\b(pasport\w*|dokument\w*|telefon\w*|den\w*|sumk\w*|shinosnom\w*|hujat\w*|pul\w*|bagaj\w*|"
                                r"posilk\w*|rabot\w*|kvartir\w*|jil\w*|kor|kori|hona|dom|mesto|joi|adres\w*)\b"))

_COMPILED = {k: tuple((weak, re.compile(_sk(p)), re.compile(_sk(v[0])) if v else None) for weak, p, *v in ps)
             for k, ps in HARMS.items()}
# a whole sentence that is not this harm: quarantine, "держите меня в курсе"
_KIND_VETO = {"confinement": re.compile(_sk(r"\b(karantin\w*|v kurse|v kurs)\b"))}
_ANCHOR = {k: re.compile(rf"\b(?:{_sk(a)})") for k, a in ANCHORS.items()}
_SENTENCE = re.compile(r"[^.!?;\n…]+[.!?;\n…]*")


@dataclass(frozen=True)
class Trouble:
    urgent: bool  # a person in trouble now (the now-answer and a person, first)
    kinds: tuple[str, ...] = ()  # the harms named
    priority: str = "normal"  # "urgent" (violence, confinement, forced labour) or "high"

    def as_json(self) -> dict[str, object]:
        return {"urgent": self.urgent, "kinds": list(self.kinds), "priority": self.priority}


@dataclass
class _Hit:
    kind: str
    weak: bool
    sentence: int
    start: int
    end: int


def _sentences(text: str) -> tuple[list[str], set[int]]:
    """Each sentence as its skeleton, segments joined by " , "; and which were questions."""
    out: list[str] = []
    questions = set()
    for m in _SENTENCE.finditer(text):
        joined = _spell(m.group(), segments=True)
        if joined:
            if "?" in m.group():
                questions.add(len(out))
            out.append(joined)
    return out, questions


def _segment_bounds(s: str, pos: int) -> tuple[int, int]:
    start = s.rfind(" , ", 0, pos)
    end = s.find(" , ", pos)
    return (0 if start < 0 else start + 3), (len(s) if end < 0 else end)


def _told_as_happening(s: str, m: re.Match[str]) -> bool:
    """The harm at ``m`` is told as happening, not asked about, imagined or denied."""
    before = s[:m.start()]
    rules = _RULES.search(before)
    if rules and not _SPEECH_THAT.search(before, 0, rules.start()):  # not "он говорит, что имеет право держать паспорт"
        return False
    verb_end = m.end("v") if "v" in m.re.groupindex and m.group("v") is not None else m.end()
    if _GENERIC_Q.search(before) or _MODAL_AFTER.match(s[verb_end:]) or _YES_NO.search(before):
        return False
    if any(q.start() < m.end() and m.start() < q.end() for q in _RISK_Q.finditer(s)):
        return False
    for c in _COND.finditer(s, 0, m.start()):
        # a condition reaches to the next comma ("если X, куда звонить?"), unless it is inside reported
        # speech ("сказал, если уйдёшь, ...": a threat told)
        rest = s[c.end():m.start()]
        if " , " not in rest and not _SPEECH.search(s, 0, c.start()):
            if re.search(r"\bto\b", rest):
                continue  # "если ..., то ...": the harm is the consequence
            if c.group() == "agar" and m.group().startswith("me") and _TG_VERB.search(rest):
                continue  # "агар пурсем, мезананд": the condition has its verb; "they beat us" is what happens
            return False
    if "v" in m.re.groupindex and m.group("v") is not None:
        before = s[:m.start("v")]  # the verb of "паспорт ... не забирал" is what a "не" denies
    words = before.split()
    if m.re.groupindex and (words[-1:] in (["ia"], ["mi"]) or words[-2:] in (["ia", "ne"], ["mi", "ne"])):
        return False  # "я не отдал паспорт", "я забрал документы": the writer did it
    if words and words[-1] in _NEGATION_BEFORE:
        return False
    if len(words) >= 2 and words[-2] in ("nikto", "nikogo", "nobody") and words[-1] in ("nas", "menia", "ne"):
        return False
    return not _NEGATION_AFTER.match(s[m.end():])


def _hits(sentences: list[str], anchored: bool = True) -> list[_Hit]:
    found = []
    for i, s in enumerate(sentences):
        for kind, pats in _COMPILED.items():
            if anchored and not _ANCHOR[kind].search(s):
                continue
            if kind in _KIND_VETO and _KIND_VETO[kind].search(s):
                continue
            for weak, p, veto in pats:
                if veto is not None and veto.search(s):
                    continue
                for m in p.finditer(s):
                    if _told_as_happening(s, m):
                        found.append(_Hit(kind, weak, i, m.start(), m.end()))
                        if not weak:
                            break
    return found


def _is_now(sentences: list[str], questions: set[int], hits: list[_Hit]) -> list[_Hit]:
    """Drop the harms that are over, far in the past, or heard about others."""
    over = [(i, m.start()) for i, s in enumerate(sentences) for m in _OVER.finditer(s)]
    kept = []
    for h in hits:
        s = sentences[h.sentence]
        if any((i, pos) > (h.sentence, h.start) for i, pos in over):
            continue  # a later "returned", "found", "all good"
        if _PAST.search(s):
            a, b = _segment_bounds(s, h.start)
            if not _STILL.search(s[a:b]):
                continue
        a, b = _segment_bounds(s, h.start)
        if not _SELF_OR_KIN.search(_HEARER.sub(" ", s[a:b])):  # ("я слышал, что..." is not about "я")  # "мне сказали, что в Москве мигрантов бьют": the harm is not the writer's
            if _HEARSAY.search(s):
                continue
            if _PEOPLE.search(s) and (_GENERIC_ADV.search(s) or h.sentence in questions or s.startswith(("pojemu", "zaro"))):
                continue
        kept.append(h)
    return kept


def _enough(sentences: list[str], hits: list[_Hit]) -> list[_Hit]:
    whole = " , ".join(sentences)
    strong_other = {h.kind for h in hits if not h.weak and h.kind not in ("missing", "wages_threat")}
    out = []
    for h in hits:
        if h.kind == "missing":
            s = sentences[h.sentence]
            if not (_KIN.search(whole) or _HE_SHE.search(whole)):
                continue  # whose? ("консульство не отвечает")
            if h.weak and not (_DURATION.search(whole) or sum(x.kind == "missing" for x in hits) > 1):
                continue  # "не звонит" once is not "missing": for how long, or what else?
            if not h.weak and _THING_NEAR.search(" ".join(s[:h.start].split()[-1:] + s[h.end:].split()[:1])):
                continue  # a lost phone or passport ("телефон пропал", "шиносномаам гум шуд")
        elif h.weak and not (strong_other or _HOLDER.search(whole)):
            continue  # "не могу уехать, билеты дорогие"
        out.append(h)
    return out


def recognise(text: str) -> Trouble:
    """Whether ``text`` says harm is happening to the writer (or someone with them) now."""
    text = bounded(text)
    sentences, questions = _sentences(text)
    if not sentences:
        return Trouble(False)
    hits = _enough(sentences, _is_now(sentences, questions, _hits(sentences)))
    kinds = tuple(k for k in HARMS if any(h.kind == k for h in hits))
    if not kinds:
        return Trouble(False)
    if set(kinds) <= {"wages_threat"}:
        return Trouble(False, kinds)  # unpaid wages alone: a labour question, not danger now
    priority = "urgent" if set(kinds) & set(URGENT_KINDS) else "high"
    return Trouble(True, kinds, priority)


def named(text: str) -> tuple[str, ...]:
    """The kinds of harm the message names as happening (before the checks of when and
    whose): what to call a message the rules alone would not count."""
    sentences, _ = _sentences(bounded(text))
    found = {h.kind for h in _hits(sentences)}
    return tuple(k for k in HARMS if k in found)
