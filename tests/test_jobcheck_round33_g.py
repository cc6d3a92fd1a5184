"""Round 33 (branch r33g): genuine ads and wrong flags, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each notice or fair term stays
clean, and the red flag written as an offer's own is still found:

- every flag: a notice's own words of warning that lead in to a quotation after its colon ("Вот что писали мошенники: • «...»",
  `clauses._LEAD_IN`) are the notice's, though the report's span starts at its verb; a lead-in of four to six words closed by a
  colon ("пишут в ВК и в Одноклассниках: «...»") reports the quotation; a verb of writing after a quotation ("«...» менависад");
  a lie as the verdict that ends an unquoted report ("гӯё ... ин дурӯғ аст", "якобы ... это ложь", `reports._VERDICT`); a messenger
  named to send complaints to ("kidayte zhalobu v Telegram i pishite mne") does not make a notice an offer (`_void_at`);
- every flag: new shapes of a notice (`notice` in scanner.yaml): a channel or firm whose logo or name others use, or that "has
  nothing to do with" a copy ("с нашим логотипом", "логотипи моро", "ба мо ҳеҷ дахл надорад", "к нам отношения не имеет"); "we
  never write first"; what a real employer or agency does not do; free or anonymous legal advice; "remember these phrases"; an
  admin who deleted a fake post in Tajik with a Russian verb ("FEYK bud, udalit kardem"); no money taken "for vacancies". An
  offer that names a free consultation, or that passes on others' words with no warning of its own, keeps its flags;
- upfront-fee: "cannot" after what it denies ("место в списке купить нельзя", "kupit nelzya"); a place sold still is;
- unverifiable-employer: a family hiring for its own home (`c24g_household`) names its children in the plural or in Tajik ("к
  детям 4 и 7 лет", "ба ду кӯдак (3 ва 6 сола)", "du kudak (4 va 9 sola)"), seeks "a helper по дому" in the first person, or "wants"
  a carer with the Tajik verb after its object ("парастор мехоҳад"); a family abroad that keeps the passport, and a helper sent to
  Dubai by a messenger, still are flagged;
- employer-controls-living: the house (`housing`) in its case forms only: "кори хонагӣ" (household work) is no lodging; lodging
  and food taken out of pay still are;
- cash-no-receipt: a card in a clause of its own whose sentence names the wage, a cashless way or an official payment ("Заработная
  плата дважды в месяц, безналичным расчётом, на карточку", "60 tys na kartu, oficialno", `bot.jobcheck.wagecard`) is where the
  wage goes; a card beside something sold ("за оформление 3000 на карту", "документы 5000 на карту") is still cash sent to a card;
- tourist-visa: a work visa said to be "not Umrah" in Tajik ("визаи корӣ — на Умра, на сайёҳӣ", patterns except); an Umrah visa
  given for work, and the Russian "на умру" (onto), still are;
- upfront-fee: "not one tenge either" denies money though a word of paper follows in a text typed without commas ("аз шумо як тенге
  ҳам намегирем договорро дар офис имзо мекунед", `clauses._MONEY_UNIT`); a sum taken from you still is;
- every flag: more ways a notice reports others: an unknown man or woman ("марди ношинос", "odami noshinos", `clauses._SOMEONE`)
  and one who uses a body's name ("номи масҷидро истифода бурда", `_IN_OUR_NAME`) act to the end of their sentence; "his words from
  the chat" before a colon (`_SAY_NOUNS`: "слова", "переписка"); "a true employer asks no money" ("Корфармои рост пул намепурсад")
  and "the mosque / firm has nothing to do with it" are notice cues;
- employer-controls-living: a phone number not published in a channel ("Рақами телефонро дар канал намегузорем", `c18l_contact`) is
  no phone taken; lodging "at the club's / agency's expense" (`employer_pays`) is not deducted when only the flight is; lodging
  deducted after it still is;
- excessive-hours: hours told of one man in the Tajik past ("аз 7-и саҳар то 12-и шаб кор кард", "kor mekard": patterns except and
  except_strict), a story a notice tells; the same hours offered ("кор мекунед") still are;
- vague-job: work named in the words of Gulf and Turkey ads (concept `c33g_work`: "security guard", "cleaning", the hazelnut
  harvest "funduk"); "work in Dubai" or "кор дар Туркия" with nothing more is still vague.
"""

from __future__ import annotations

from bot.jobcheck.reports import unquoted_reports
from tests.jobcheck_rules import found_and_clean, ids

FEE = "upfront-fee"
PAY = "unrealistic-pay"
URGENCY = "pressure-urgency"
CASH = "cash-no-receipt"
SEX = "sexual-exploitation-risk"
UNVERIFIABLE = "unverifiable-employer"
MESSENGER = "messenger-only-contact"

LEAD_IN = (
    "Бюро «Пример-Контроль» о фальшивых вакансиях. Вот как писали аферисты:\n— «место в общежитии бронируйте, 2 500 ₽ на карту "
    "куратору»;\n— «осталось два места, решайте сегодня».\nТелефон: +7 900 000-00-00"
)
LEAD_IN_LAT = "Vot chto pisali moshenniki:\n• «bron mesta 3000 rub na kartu, segodnya posledniy den»\nTel +7 900 000 00 00"
LONG_LEAD_IN = (
    "Фонд «Пример» предупреждает. Девушкам из кишлаков пишут в ВК и в Одноклассниках: «работа официанткой в Стамбуле, 2500$, "
    "анкета 200$ на карту». Бесплатная помощь юриста: +992 900 00 00 00"
)
WRITES_AFTER = "Ҳамон шахс ҳоло дар Телеграм «Дубай, 2000$, парвоз пагоҳ, ҷой кам» менависад. Бовар накунед, пул надиҳед."
LOGO = (
    "ВНИМАНИЕ! Кто-то открыл канал с нашим логотипом и пишет «Дубай, горничные, 3000$, анкета 400$». Этот канал к нам "
    "никакого отношения не имеет. Мы денег не берём."
)
LOGO_TG = "Дар Instagram саҳифае логотипи моро гузошта, менависад: «Қатар, 2500$, анкета 600$ ба корт». Он саҳифа ба мо ҳеҷ дахл надорад."
FEYK = "Post 'Dubai oxrana 3000$, viza 500$ pesh, lichka' FEYK bud, udalit kardem."
HOSTESS_RU = "«Турция, хостес, 2000$, анкета 50$ на карту»."
HOSTESS_LAT = "«Turciya, hostes, 2000$, anketa 50$ na kartu»."
NOT_FOR_VACANCIES = "Ot admina: my ne berem deneg za vakansii. Pishut " + HOSTESS_LAT
NOT_FIRST = "Ot admina: my nikogda ne pishem pervymi. Pishut " + HOSTESS_LAT
REAL_EMPLOYER = "Настоящий работодатель денег с соискателя не берёт. Пишут " + HOSTESS_RU
REAL_AGENCY = "Agentii haqiqi pul namegirad. Menavisand 'Turkiya, 2000$, anketa 50$ ba karta'."
LAWYERS = "Группа юристов «Пример» консультирует бесплатно. Нам пишут женщины, которым обещали: " + HOSTESS_RU
REMEMBER = "Запомните эти фразы: «хостес в Стамбуле, 2000$», «анкета 50$ на карту, потом вернём»."
COMPLAINTS = "Uvideli takoe - kidayte zhalobu v Telegram i pishite mne. Ne verte postam «Dubay 3000$, anketa 100$ v lichku»."
EPS = (
    "Республика Корея, набор по EPS только через госагентство. Место в списке купить нельзя, сбор за экзамен платится в банке по "
    "квитанции. Справки +992 900 00 00 00"
)
EPS_LAT = "Korea EPS tolko cherez gosagentstvo. Mesto v spiske kupit nelzya, sbor za ekzamen v banke po kvitancii. Tel +992 900 00 00 00"

LIVING = "employer-controls-living"
FIRM_KZN = "ООО «Пример» (г. Казань, ул. Примерная 1), упаковщицы на фабрику, 5/2. "

VAGUE = "vague-job"

FOUND = [
    (VAGUE, "Работа в Дубае, 3000$ в месяц, оформление 400$. Пишите в Telegram @primer_xx", "ru"),
    (VAGUE, "Кор дар Туркия, август, 300$ пеш ба ман. Тел 900000000", "tg"),
    ("tourist-visa", "Визаи Умра медиҳем, дар Макка кор мекунед, 1500$ пеш. Тел +992 900 00 00 00", "tg"),
    ("tourist-visa", "Поедете на умру, потом останетесь работать в Мекке, 1500$. Тел +992 900 00 00 00", "ru"),
    (FEE, "маош 300 ҳазор тенге иҷозати кор ва регистрация 50 ҳазор тенге аз шумо мегирем договор нест", "tg"),
    (CASH, FIRM_KZN + "Зарплата хорошая, за оформление 3000 на карту.", "ru"),
    (CASH, FIRM_KZN + "Официально, документы 5000 на карту.", "ru"),
    (UNVERIFIABLE, "В семью в Дубае няня к детям 3 и 5 лет, 2500$, паспорт отдаёте хозяйке на весь срок. Тел +971 50 000 0000", "ru"),
    (UNVERIFIABLE, "Помощница по дому в Дубай, 1500$ в месяц. Пишите в WhatsApp", "ru"),
    (LIVING, "Ҳуҷра ва хӯрок дар хона, пулашро аз маош мегирем, 4000 сомонӣ. Тел +992 900 00 00 00", "tg"),
    (LIVING, "Барои хона ва хӯрок аз маош 2000 рубл мегирем. Тел +7 900 000 00 00", "tg"),
    # others' words passed on with no warning of one's own: an offer
    (PAY, "Нам пишут из Дубая и просят передать девушкам: «нужны 5 официанток, 3000$, анкета 300$ на карту». Пишите в личку.", "ru"),
    (MESSENGER, "Нам пишут из Дубая и просят передать девушкам: «нужны 5 официанток, 3000$, анкета 300$ на карту». Пишите в личку.", "ru"),
    # a free consultation offered by a seller is no notice
    (FEE, "Виза в Польшу за 10 дней! Бесплатная консультация юриста. Анкета 300$ на карту, вылет завтра. Пишите в WhatsApp.", "ru"),
    (PAY, "Работа в Дубае, горничные, 3000$ в месяц. Бесплатная консультация. Звоните +971 50 000 0000", "ru"),
    (UNVERIFIABLE, "Работа в Дубае, горничные, 3000$ в месяц. Бесплатная консультация. Звоните +971 50 000 0000", "ru"),
    # a place in the list sold
    (FEE, "Корея EPS, место в списке 1500$, купить можно у нашего менеджера. Пишите в личку.", "ru"),
    # a quotation without a verb of writing after it stays the sender's
    (URGENCY, "Ҳамон шахс ҳоло дар Телеграм «Дубай, 2000$, парвоз пагоҳ, ҷой кам» ба ҳама. Пул надиҳед.", "tg"),
]

CLEAN = [
    *[(flag, LEAD_IN, "ru") for flag in (FEE, CASH, URGENCY)],
    *[(flag, LEAD_IN_LAT, "ru") for flag in (FEE, CASH, URGENCY, UNVERIFIABLE)],
    *[(flag, LONG_LEAD_IN, "ru") for flag in (FEE, CASH, PAY)],
    (URGENCY, WRITES_AFTER, "tg"),
    *[(flag, LOGO, "ru") for flag in (FEE, PAY, UNVERIFIABLE)],
    *[(flag, LOGO_TG, "tg") for flag in (FEE, CASH, MESSENGER)],
    *[(flag, FEYK, "tg") for flag in (MESSENGER, UNVERIFIABLE)],
    *[(flag, text, "ru") for flag in (FEE, SEX, PAY) for text in (NOT_FOR_VACANCIES, NOT_FIRST, REAL_EMPLOYER, LAWYERS, REMEMBER)],
    *[(flag, REAL_AGENCY, "tg") for flag in (FEE, CASH)],
    *[(flag, COMPLAINTS, "ru") for flag in (MESSENGER, UNVERIFIABLE)],
    *[(FEE, text, "ru") for text in (EPS, EPS_LAT)],
    (UNVERIFIABLE, "Ищем няню к детям 4 и 7 лет, м. Примерная, 5/2 с 9 до 18, 70 000 в месяц. Анна 8 900 000 00 00", "ru"),
    (UNVERIFIABLE, "Оилаи мо дар Хуҷанд ба ду кӯдак (3 ва 6 сола) парастор мехоҳад, маош 3000 сомонӣ дар моҳ. Тел +992 900 00 00 00", "tg"),
    (UNVERIFIABLE, "Oilai mo dar Xujand ba du kudak (4 va 9 sola) parastor lozim, maosh 3000 somoni. Tel +992 900 00 00 00", "tg"),
    (UNVERIFIABLE, "Ищу помощницу по дому: уборка и стирка раз в неделю, 2500 руб. за визит, м. Примерная. Тел 8 900 000 00 00", "ru"),
    (CASH, FIRM_KZN + "Заработная плата дважды в месяц, только безналичным расчётом, на карточку.", "ru"),
    (CASH, "OOO Primer (Kazan, ul. Primernaya 1) nuzhny upakovshchicy, 5/2 po 8 chasov, 60 tys na kartu, oficialno.", "ru"),
    ("tourist-visa", "Агентии «Намуна», литсензия 0000. Ронанда ба Ар-Риёз, маош 2500 риёл. Визаи корӣ — на Умра, на сайёҳӣ.", "tg"),
    ("tourist-visa", "Agentii Namuna, litsenziya 0000. Ronanda ba Riyaz, maosh 2500 riyol. Vizai kori - na Umra, na turisti.", "tg"),
    (
        FEE,
        "салом ман прораби ТОО Намуна дар Алмато мо арматурщик мегирем маош 300 ҳазор тенге иҷозати кор ва регистрацияро ширкат "
        "мекунад аз шумо як тенге ҳам намегирем договорро дар офис имзо мекунед занг занед +7 700 000 0000",
        "tg",
    ),
    (
        FEE,
        "salom man prorabi TOO Namuna dar Almaty mo armaturshik megirem maosh 300 hazor tenge ijozati kor va registratsiyaro "
        "shirkat mekunad az shumo yak tenge ham namegirem dogovorro dar ofis imzo mekuned +7 700 000 0000",
        "tg",
    ),
    (VAGUE, "Нужны security guard в Абу-Даби, 1800$ в месяц, оформление 400$. Пишите в Telegram @primer_xx", "ru"),
    (VAGUE, "Turkiya, funduk terimi, avgust-sentyabr, roh 200$ pesh. Tel 900000000", "tg"),
    (VAGUE, "Dubai cleaning, ofisy, 1500$, viza 500$. Pishite v lichku", "ru"),
    (LIVING, "Иҷозати кори хонагиро худамон мегирем, парастор ба кӯдак, Алмато, 250 000 тенге. Тел +7 700 000 00 00", "tg"),
]

NOTICES_MORE = [
    (
        "tg",
        "ОГОҲӢ АЗ ҶАМОАТ! Ҳамдеҳагони азиз! Як марди ношинос дар деҳа гашта аз бачаҳо ба номи «кор дар Қатар» 2000 сомонӣ «барои "
        "виза» ва шиносномаҳоро ҷамъ кардааст. Ба ягон кас шиноснома надиҳед.",
    ),
    (
        "tg",
        "Hamdehagoni aziz! Yak mardi noshinos dar deha az bachaho ba nomi 'kor dar Qatar' 2000 somoni 'baroi viza' jam kardaast. Ba "
        "yagon kas pul nadihed.",
    ),
    (
        "ru",
        "Памятка для тех, кто едет на вахту через знакомых. Его слова из переписки, которую нам переслали:\n«Договор не нужен, всё на "
        "доверии»\n«За место в автобусе 3 000 сомони наличкой, чек не даём»\nПроверяйте работодателя.",
    ),
    ("tg", "Корфармои рост пул намепурсад. Дар чат менависанд: «Дубай, 3000$, анкета 200$ ба корт»."),
    ("tg", "Korfarmoi rost pul namepursad. Dar chat menavisand: 'Dubai, 3000$, anketa 200$ ba kart'."),
    ("tg", "Yak odam nomi shirkatro istifoda burda az har kas 500 dollar baroi viza mepursad. Shirkat ba in kor aloqa nadorad."),
    ("tg", "Як одам номи масҷидро истифода бурда аз ҳар кас 500 доллар барои виза мепурсад. Масҷид ба ин кор дахл надорад."),
]
CLEAN += [(flag, text, lang) for lang, text in NOTICES_MORE for flag in (FEE, UNVERIFIABLE, CASH, "passport-retention")]
CLEAN += [
    (LIVING, "КОР ДАР ДУБАЙ! Ҳар гуна кор, маош аз 3000$. Тафсилот дар лички @primer_xx. Рақами телефонро дар канал намегузорем", "tg"),
    (
        LIVING,
        "Хостес в Стамбул, 3000$. Перелёт и жильё за счёт клуба, стоимость билета удерживается из первой зарплаты. Тел +90 000 000 00 00",
        "ru",
    ),
]
FOUND.append((LIVING, "Хостес в Стамбул, 3000$. Жильё за счёт клуба, потом за жильё удерживаем 300$ в месяц. Тел +90 000 000 00 00", "ru"))
HOURS = "excessive-hours"
CLEAN += [
    (HOURS, "Писарам дар Туркия дар сехи дӯзандагӣ аз 7-и саҳар то 12-и шаб кор кард, пул нагирифт. Ба ин одам бовар накунед.", "tg"),
    (HOURS, "Bachai mo dar Istanbul az 7-i sahar to 12-i shab kor mekard. In odamro bovar nakuned.", "tg"),
]
FOUND.append((HOURS, "Сехи дӯзандагӣ дар Истанбул: аз 7-и саҳар то 12-и шаб кор мекунед, 1000$. Тел 900000000", "tg"))
FOUND.append((FEE, "Ман ба Дубай одам мебарам, 2000 сомонӣ пеш, шиносномаро ба ман диҳед. Тел 900000000", "tg"))

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)


def test_lie_ends_an_unquoted_report() -> None:
    """A report said "allegedly" ends before the notice's verdict that it is a lie, in both languages and scripts."""
    for text, reported in (
        ("гӯё ширкати Намуна ба Дубай мебарад ҳар кас 800 доллар диҳад ин дурӯғ аст бовар накунед", "800 доллар диҳад"),
        ("guyo shirkati Namuna ba Dubai mebarad 800 dollar dihad in durugh ast bovar nakuned", "800 dollar dihad"),
        ("якобы фирма «Пример» собирает по 500 долларов это ложь не верьте", "500 долларов"),
    ):
        spans = [text[a:b] for a, b in unquoted_reports(text)]
        assert len(spans) == 1 and spans[0].endswith(reported), spans


def test_notice_of_a_fake_post_is_low() -> None:
    assert not ids(FEYK, "tg") and not ids(LOGO, "ru")
