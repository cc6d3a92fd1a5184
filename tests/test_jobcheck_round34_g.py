"""Round 34 (branch r34g): genuine ads and wrong flags, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each notice or fair term stays
clean, and the red flag written as an offer's own is still found:

- debt-or-wage-withholding: a cost paid along with the wage, the wage in the instrumental ("платёж по патенту возвращаем с
  зарплатой", "переводим вам вместе с зарплатой", concept ``c34g_with_wage``) is no cost taken from it; "с зарплаты" still is;
- every flag: more ways a notice reports others: a post in the Tajik izafet ("posti '...'-ro pok kardam", ``clauses._SAY_NOUNS``);
  a quotation that "is spread" ("'...' pahn meshavad", ``_SAY_AFTER``); what the reader should report to the admin or the police,
  before the command ("har kas pul pursad - ba admin khabar dihed", "— сообщите админу", ``reports._TELL_ON``); a quotation with
  no warning of the text's own, or a report to a manager, stays the sender's;
- upfront-fee: the utilities of one's lodging paid by the worker ("platish tolko kommunalku 2000", concept ``c34g_utilities``) are no
  money handed over; "платишь 2000 за место" still is;
- vague-job: a migrant's paper sold as a service, no work offered ("РВП и ВНЖ быстро", "Snyatie zapreta na vezd", "манъи вуруд",
  concept ``c34g_service``) lacks no job; work offered with nothing said of it is still vague;
- every flag: the story of the people who turned to a notice's author goes on in the sentences that open with "they" or a past
  plural ("Онҳо ... кор карданд", "Rabotali po 14 chasov", ``reports._story``); the same words offered by a recruiter still are flagged;
- excessive-hours: hours told in the past of several or in Russian ("rabotali bez vyhodnyh", "кор карданд", patterns except); hours
  offered ("Работа по 14 часов", "kor mekuned") still are;
- every flag: what others said or promised, the past plural, then their words unquoted ("skazali dengi v kontse sezona",
  ``reports._SAID_PAST``); one foreman's "сказал" stays the ad's;
- unofficial-channel: a quotation denied right after it names what does not exist ("Mo joy namefurushem va \"navbati tez\" nest",
  ``clauses._NO_SUCH``; "ҷой намефурӯшем", the Tajik object before its verb, is a notice cue); "navbat nest" unquoted in an offer still is;
- unverifiable-employer: the state labour inspectorate names a state body ("Государственная инспекция труда", employer ``official``);
  one that asks money is no employer one can check;
- pressure-urgency: free time "without limits" ("в свободное время без ограничений") is no time running out; "время ограничено" is;
- sexual-exploitation-risk: "барои духтарон" word by word; a course "for women and girls" ("барои занон ва духтарон") is not;
- unverifiable-employer: an orchard names its owner ("Боғи себи Kowalczyk", ``org_nouns``);
- upfront-fee, cash-no-receipt: what the writer himself sent or gave, the first person singular past ("Xudam 40 somoni firistodam",
  "Nomeri kartaro ba militsiya dodam", patterns except and concept ``c34g_i_sent``); "a real job never asks money first" ("Кори рост
  ... пул намепурсад") is a notice's; money asked ("40 somoni ... ba karta firisted") still is;
- passport-retention: one person's past deed, the Russian singular past ("Брат отдал человеку у вокзала паспорт", patterns except
  and concept ``c34g_gave_past``), is a story; "паспорт отдаёшь бригадиру" still is;
- upfront-fee: money others "took" in the Tajik past third plural ("пул гирифтаанд", patterns except); "гирифта мешавад" still is.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

DEBT = "debt-or-wage-withholding"
FEE = "upfront-fee"
URGENCY = "pressure-urgency"
PAY = "unrealistic-pay"
VAGUE = "vague-job"
HOURS = "excessive-hours"
CONTRACT = "no-written-contract"
SEX = "sexual-exploitation-risk"
UNVERIFIABLE = "unverifiable-employer"
CASH = "cash-no-receipt"
PARENTS_TG = (
    "Волидайн, диққат! Писарам дар Instagram эълон дид «кор аз хона, 200 сомонӣ дар рӯз, аввал 40 сомонӣ барои активатсия». Худам 40 "
    "сомонӣ фиристодам, баъд аккаунтро блок карданд. Рақами кортро ба милиса додам. Кори рост ҳеҷ вақт аввал пул намепурсад."
)
PARENTS_LAT = (
    "Roditeli, diqqat! Pisaram dar Instagram elon did 'kor az xona, 200 somoni dar ruz, avval 40 somoni baroi aktivatsiya'. Xudam 40 "
    "somoni firistodam, bad akkauntro blok kardand. Nomeri kartaro ba militsiya dodam. Kori rost hech vaqt avval pul namepursad."
)
PASSPORT = "passport-retention"
STORY_TG = (
    "Ба мо ҷавонон муроҷиат карданд, ки ба Русия рафта буданд. Онҳо бе шартнома кор карданд ва аз соати 6 то 23 кор мекарданд. "
    "Эҳтиёт бошед."
)
STORY_LAT = (
    "K nam prishli rebyata, kotorye vernulis iz Surguta. Im govorili: zhile besplatno, dengi v kontse sezona. Rabotali po 14 chasov "
    "bez vyhodnyh. Ostorozhno, moshenniki."
)
FIRM_EKB = "ООО «Пример» (г. Екатеринбург, ул. Примерная 1), повар, 60 000 ₽, 5/2. "

FOUND = [
    ("unverifiable-employer", "Государственная инспекция труда набирает рабочих в Польшу, оформление 500$ на карту. Пишите в WhatsApp", "ru"),
    ("unofficial-channel", "Ба Англия навбат нест, зуд мефиристем, 1500$ пеш. Тел +992 900 00 00 00", "tg"),
    (PASSPORT, "Работа на складе в Подольске, 70 000 ₽. Паспорт отдаёшь бригадиру на хранение. Тел +7 900 000 00 00", "ru"),
    (PASSPORT, "Rabota na sklade, 70 000 rub. Pasport otdash brigadiru na hranenie. Tel +7 900 000 00 00", "ru"),
    *[(flag, "Kor az xona, 200 somoni dar ruz. Avval 40 somoni baroi aktivatsiya akkaunt ba karta firisted. Tel +992 900 00 00 00", "tg")
      for flag in (FEE, CASH)],
    (DEBT, "Нужны рабочие на стройку в Сургут. Работали по 14 часов, деньги в конце сезона. Тел +7 900 000 00 00", "ru"),
    (HOURS, "Нужны рабочие на стройку в Сургут. Работа по 14 часов без выходных. Тел +7 900 000 00 00", "ru"),
    (HOURS, "Kor dar Surgut, har ruz 14 soat kor mekuned, ruzi istirohat nest. Tel +992 900 00 00 00", "tg"),
    (DEBT, "Brigadir skazal zarplata v kontse sezona. Vahta v Surgute, tel +7 900 000 00 00", "ru"),
    (DEBT, "K nam prishli rebyata, kotorye vernulis iz Surguta. Vahta 60/30, po 14 chasov, dengi v kontse sezona. Tel +7 900 000 00 00", "ru"),
    (URGENCY, "Вахта в Якутии, 150 000 ₽. Время ограничено, места заканчиваются. Тел +7 900 000 00 00", "ru"),
    (SEX, "Кор барои духтарон дар Дубай, клуб, 3000$. Аксро ба WhatsApp фиристед.", "tg"),
    (VAGUE, "Работа в Москве, хорошие деньги, 3000$ в месяц, оплата 300$ на карту. Тел +7 900 000 00 00", "ru"),
    (VAGUE, "Кор дар Русия, маош 20 000 сомонӣ, 500$ пеш. Тел +992 900 00 00 00", "tg"),
    (FEE, "Sklad v Podolske, upakovshchiki. Obshezhitie ryadom, platish 2000 za mesto v spiske. Tel +7 900 000 00 00", "ru"),
    (FEE, "Posti mo: 'Polsha, viza 2000$ pesh, 3 ta joy mond'. Navised ba lichka.", "tg"),
    (URGENCY, "Posti mo: 'Polsha, viza 2000$ pesh, 3 ta joy mond'. Navised ba lichka.", "tg"),
    (FEE, "'Kanada, 3000$ dar moh, viza 500$ pesh' - joyho kam! Tel +992 900 00 00 00", "tg"),
    (FEE, "Барои виза аз ҳар нафар 500$ пул гирифта мешавад. Тел +992 900 00 00 00", "tg"),
    (FEE, "Место в списке 500$ предоплата — сообщите менеджеру. Тел +7 900 000 00 00", "ru"),
    (DEBT, FIRM_EKB + "Патент оплачиваете сами, потом стоимость патента удержим с зарплаты.", "ru"),
    (DEBT, FIRM_EKB + "Билет покупаем мы, стоимость билета вычтем из зарплаты за первый месяц.", "ru"),
]

CLEAN = [
    (
        "unverifiable-employer",
        "Государственная инспекция труда в Примерной области разъясняет: зарплата выплачивается не реже чем каждые полмесяца. Требуйте "
        "трудовой договор.",
        "ru",
    ),
    ("unofficial-channel", "Агентии «Намуна», Душанбе, к. Примерная 1. Мо ҷой намефурӯшем ва «навбати тез» нест. Тел +992 900 00 00 00", "tg"),
    ("unofficial-channel", 'Agentii "Namuna", Dushanbe, k. Primernaya 1. Mo joy namefurushem va "navbati tez" nest. Tel +992 900 00 00 00', "tg"),
    *[(flag, "Brat poehal na les. Tam rabotali bez vyhodnyh, skazali dengi v kontse sezona. Ne verte, proveryayte firmu.", "ru")
      for flag in (HOURS, DEBT)],
    (PASSPORT, "Внимание, земляки! Брат отдал человеку у вокзала паспорт и 20 тысяч, тот пропал. Никому не отдавайте паспорт.", "ru"),
    (PASSPORT, "Vnimanie, zemlyaki! Brat otdal cheloveku u vokzala pasport i 20 tysyach, tot propal. Nikomu ne otdavayte pasport.", "ru"),
    *[(flag, text, "tg") for flag in (FEE, CASH, "messenger-only-contact") for text in (PARENTS_TG, PARENTS_LAT)],
    *[(flag, STORY_TG, "tg") for flag in (HOURS, CONTRACT)],
    *[(flag, STORY_LAT, "ru") for flag in (HOURS, DEBT)],
    (URGENCY, "ООО «Пример» (Карелия, ул. Лесная 1), вахта 30/30. Выезд в посёлок в свободное время без ограничений. Тел +7 900 000 00 00", "ru"),
    (SEX, "Маркази «Намуна» барои занон ва духтарон курси ройгони дӯзандагӣ мегузаронад, 3 моҳ. Тел +992 900 00 00 00", "tg"),
    (UNVERIFIABLE, "Боғи себи Nowak (Груец, Лаҳистон) барои мавсими себ 10 нафар мегирад, 25 злотый дар як соат. +48 500 000 000", "tg"),
    (VAGUE, "РВП и ВНЖ быстро, без квоты, 90 000 ₽, предоплата 30 000 на карту. Тел +7 900 000 00 00", "ru"),
    (VAGUE, "Snyatie zapreta na vezd, 100% garantiya, oplata 50% na kartu. Tel +992 900 00 00 00", "ru"),
    (VAGUE, "Бекор кардани манъи вуруд ба Русия, 3 рӯз, 5000 сомонӣ пеш. Тел +992 900 00 00 00", "tg"),
    (FEE, "OOO Primer (Podolsk, ul. Primernaya 1), upakovshchiki. Obshezhitie ryadom, platish tolko kommunalku 2000. Tel +7 900 000 00 00", "ru"),
    (FEE, "ООО «Пример» (Подольск, ул. Примерная 1), упаковщики. Общежитие рядом, платишь только квартплату 2000. Тел +7 900 000 00 00", "ru"),
    *[(flag, "ADMIN: posti 'Polsha bez navbat, viza 2000$ pesh, 3 ta joy mond'-ro pok kardam. Pul nadihed.", "tg") for flag in (FEE, URGENCY)],
    *[(flag, "Dar Telegram 'Kanada, 3000$ dar moh, viza 500$ pesh' pahn meshavad. In firib ast.", "tg") for flag in (FEE, PAY)],
    *[(flag, "Дар Телеграм «Канада, 3000$ дар моҳ, виза 500$ пеш» паҳн мешавад. Ин фиреб аст.", "tg") for flag in (FEE, PAY)],
    (FEE, "Аз 5 нафар дар гурӯҳ барои виза пул гирифтаанд. Эҳтиёт бошед.", "tg"),
    (FEE, "Dar guruh har kas baroi joy pul pursad - ba admin khabar dihed.", "tg"),
    (FEE, "Дар гурӯҳ ҳар кас барои ҷой пул пурсад — ба админ хабар диҳед.", "tg"),
    (FEE, "В чате кто просит деньги за место в списке — сообщите админу.", "ru"),
    (DEBT, FIRM_EKB + "Платёж по патенту компенсируем: возвращаем с зарплатой по вашему чеку.", "ru"),
    (DEBT, FIRM_EKB + "Патент оплачивает фирма: авансовый платёж переводим вам вместе с зарплатой.", "ru"),
    (DEBT, "OOO Primer (Ekaterinburg, ul. Primernaya 1), povar. Platezh po patentu vozvrashaem s zarplatoy.", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
