"""Issue 16, round 31 (branch r31s): missed flags on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- unrealistic-pay: pay "for an outing" is a day's pay (`pay.yaml` periods: "от 8000 за выход", "za vyhod"); the Tajik "any kind
  of work" ("ҳар хел кор", "ҳама гуна кор", "har guna kor") asks no trade, as "любая работа" (`no_experience`); an ordinary
  day's pay said so, and a named trade, stay clean;
- excessive-hours: a 24-hour shift every other day ("сутки через сутки", "sutki cherez sutki", "сутки/сутки"); not the guard's or
  carer's "сутки через трое";
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PAY = "unrealistic-pay"
HOURS = "excessive-hours"

FOUND = [
    # pay for an outing
    (PAY, "Подработка для девушек в Москве, вечер, от 9000 за выход, опыт не нужен. Пиши @primer_xx", "ru"),
    (PAY, "Rabota v Moskve dlya devushek, 9000 rub za vyhod, opyt ne nujen. pishi @primer_xx", "ru"),
    # any kind of work, no trade
    (PAY, "Туркия, кор барои духтарон, ҳар хел кор ҳаст. Маош 1300-1900$. Тел +992 00 000 00 00", "tg"),
    (PAY, "Turkiya, har guna kor hast. Maosh 1300-1900$. tel +992 00 000 00 00", "tg"),
    # a 24-hour shift every other day
    (HOURS, "ЧОП «Пример» (Москва, ул. Примерная 1). Охранник, график сутки через сутки, 3000 ₽ за сутки. Тел +7 900 000-00-00", "ru"),
    (HOURS, "ChOP Primer, ohrannik, sutki cherez sutki, 3000 rub za sutki. tel +7 900 000-00-00", "ru"),
    (HOURS, "Ба анбори Намуна посбон лозим, график сутки/сутки, маош 60 000 рубл. Тел +7 900 000-00-00", "tg"),
]

CLEAN = [
    # an ordinary outing's pay
    (PAY, "Кафе «Пример» (Москва, ул. Примерная 1). Официант, 3000 руб за выход, договор. Тел +7 900 000-00-00", "ru"),
    # a named trade in Turkey at an ordinary pay
    (PAY, "Фабрикаи Намуна (Истанбул, кӯчаи Намуна 1). Дӯзанда, маош 800$. Тел +992 00 000 00 00", "tg"),
    (PAY, "Туркия, ширкати Намуна (Истанбул, кӯчаи Намуна 1), ҳар хел кор ҳаст, маош 700$. Тел +992 00 000 00 00", "tg"),
    # the usual guard's and carer's week
    (HOURS, "ЧОП «Пример» (Москва, ул. Примерная 1). Охранник, сутки через трое, 3000 ₽ за сутки, договор. Тел +7 900 000-00-00", "ru"),
    (HOURS, "Pansionat Primer (Tula, ul. Primernaya 1), sidelka, sutki cherez dvoe, 3500 rub za sutki. tel +7 900 000-00-00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
