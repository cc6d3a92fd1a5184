"""Issue 16, round 34 (branch r34s): missed flags on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term written next to it stays clean:

- unrealistic-pay, pay the scanner failed to read: a short day with the hours first ("faqat 2 soat dar ruz", "2-3 часа в день";
  not "от 4 часов в день", a least, not a most); the Tajik "a day" ("dar ruz", "дар рӯз") as "dar moh" is "a month"; "in one day"
  or "in one month" with the figure 1 before a bare sum ("dar 1 ruz 500-800 somoni"); pay stated in somoni read against
  Tajikistan's row when the ad names no country (not a fee in somoni beside pay in dirhams); "one day off a week" after a wage
  ("3000 сомонӣ, ҳафтае як рӯз истироҳат") is no weekly pay;
- cash-no-receipt: the wage "in an envelope" whatever wage word or pay day stands beside it ("Оплата наличными каждую неделю в
  конверте", "Маош ҳар ҳафта нақд дар конверт"); "никаких конвертов", "на карту, не в конверте" stay clean.
"""

from __future__ import annotations

from bot.jobcheck.salary import check_pay
from tests.jobcheck_rules import found_and_clean

PAY = "unrealistic-pay"
CASH = "cash-no-receipt"

FOUND = [
    # a short day with the hours first
    (PAY, "Kor az xona, 900$ dar moh faqat 2 soat dar ruz. Navised @namuna_xx", "tg"),
    (PAY, "Удалёнка с телефона, 2-3 часа в день, доход 3500 руб в день. Пишите @primer_xx", "ru"),
    (PAY, "Kor bo telefon, 2 soat ruze, muzd 400 somoni ruze. Tel 900 00 00 00", "tg"),
    # the Tajik "a day" and "in 1 day" before a bare sum
    (PAY, "Kor dar xona: dar 1 ruz 600-900 somoni meshavad. Tel 900 00 00 00", "tg"),
    (PAY, "Кор дар хона, маош 700 сомонӣ дар рӯз. Тел 900 00 00 00", "tg"),
    # pay in somoni where no country is named
    (PAY, "Ба тарабхонаи Намуна пешхизмат лозим, маош 14 000 сомонӣ дар як моҳ, таҷриба шарт нест. Тел 900 00 00 00", "tg"),
    # the wage in an envelope
    (CASH, "Цех Пример, Тверь, швеи. Зарплата каждую неделю в конверте. Тел 8 900 000 00 00", "ru"),
    (CASH, "Sklad Primer, gruzchiki. Oplata raz v nedelyu v konverte. Tel 8 900 000 00 00", "ru"),
    (CASH, "Сехи Намуна, Самара, дӯзанда. Маош ҳар ҳафта дар конверт. Тел 900 00 00 00", "tg"),
    (CASH, "Sexi Namuna, Samara. Maosh har moh dar konvert. Tel 900 00 00 00", "tg"),
]

CLEAN = [
    # at least four hours a day is no short day
    (PAY, "Курьеры в доставку Пример, Москва, от 4 часов в день, доход 3 000–4 000 ₽ за день. Тел. +7 900 000-00-00", "ru"),
    (PAY, "Kor dar xona, 2 soat dar ruz, muzd 60 somoni dar ruz. Tel 900 00 00 00", "tg"),
    # ordinary pay in somoni, one day off a week
    (PAY, "Устохонаи Намуна, Хуҷанд, дуредгар лозим. Маош 3500 сомонӣ, ҳафтае як рӯз истироҳат. Тел 900 00 00 00", "tg"),
    (PAY, "Sexi Namuna, Xujand, duredgar. Maosh 3500 somoni, hafte yak ruz istirohat. Tel 900 00 00 00", "tg"),
    # a fee in somoni does not make dirham pay Tajik pay
    (PAY, "Дубай, мехмонхонаи Намуна, фаррош, маош 2500 дирҳам дар моҳ. Виза ва чипта 6000 сомонӣ. Тел 900 00 00 00", "tg"),
    # no envelope
    (CASH, "ООО Пример, Казань, бетонщики. Зарплата 2 раза в месяц на карту, никаких конвертов. Тел 8 900 000 00 00", "ru"),
    (CASH, "ООО Пример, Казань, бетонщики. Зарплата на карту, не в конверте. Тел 8 900 000 00 00", "ru"),
    (CASH, "ҶДММ Намуна, Самара. Маош 2 бор дар моҳ ба корти худатон, на нақд дар конверт. Тел 900 00 00 00", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)


def test_day_off_is_no_weekly_pay() -> None:
    pay = check_pay("Маош 3000 сомонӣ, ҳафтае як рӯз истироҳат.")
    assert [a.period for a in pay.amounts] == ["month"]


def test_somoni_pay_reads_tajikistan() -> None:
    assert check_pay("Маош 3000 сомонӣ дар моҳ, фаррош.").country == "tj"
    assert check_pay("Дубай, фаррош, 2500 дирҳам дар моҳ. Чипта 6000 сомонӣ.").country != "tj"
