"""Issue 16, round 34 (branch r34s): missed flags on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term written next to it stays clean:

- unrealistic-pay, pay the scanner failed to read: a short day with the hours first ("faqat 2 soat dar ruz", "2-3 часа в день";
  not "от 4 часов в день", a least, not a most); the Tajik "a day" ("dar ruz", "дар рӯз") as "dar moh" is "a month"; "in one day"
  or "in one month" with the figure 1 before a bare sum ("dar 1 ruz 500-800 somoni"); pay stated in somoni read against
  Tajikistan's row when the ad names no country (not a fee in somoni beside pay in dirhams); "one day off a week" after a wage
  ("3000 сомонӣ, ҳафтае як рӯз истироҳат") is no weekly pay; a Russian city in another case or its short name, and the spa towns of
  the Caucasus, name Russia ("v Ufe", "EKB", "Pyatigorsk"), so a bare sum there is roubles;
- cash-no-receipt: the wage "in an envelope" whatever wage word or pay day stands beside it ("Оплата наличными каждую неделю в
  конверте", "Маош ҳар ҳафта нақд дар конверт"); "никаких конвертов", "на карту, не в конверте" stay clean;
- excessive-hours: a night shift from an evening hour to a morning hour ("с 8 вечера до 10 утра", "аз 7 бегоҳ то 9 саҳар") is that
  many hours, not the two between the figures; an evening of a few hours ("с 6 вечера до 11 вечера") stays clean;
- recruit-others: a price per head that falls for a group or a pair ("Вдвоём — по 13 000, втроём — по 12 000", "5 nafar shuda
  biyed har kas 1200", "Бо дӯстат биё — ҳар ду 650$"); a price for one, or the wage "every two weeks" ("ҳар ду ҳафта"), stays clean;
- upfront-fee: the whole price told, "all of it" beside a sum that is no pay ("Ҳамааш 3500$", "2200$ hamash", "всего 9 000
  рублей"); the wage or the rent said so ("маош ҳамагӣ 4000 сомонӣ", "жильё всего 5000 ₽") stays clean;
- upfront-fee: "без очереди", "бе навбат" is the shortcut sold, no denial of the price beside it ("без очереди 1800$", "be navbat
  1600$"); an interview "без очереди" with no money asked, and "бе навбат касе намефиристад, пул надиҳед" stay clean.
"""

from __future__ import annotations

from bot.jobcheck.salary import check_pay
from tests.jobcheck_rules import found_and_clean

PAY = "unrealistic-pay"
CASH = "cash-no-receipt"
HOURS = "excessive-hours"
RECRUIT = "recruit-others"
FEE = "upfront-fee"

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
    # a Russian city named short or in another case
    (PAY, "devushki v saunu Kislovodsk, opyt ne nujen. 210 000 v mesyac. pishite @primer_xx", "ru"),
    (PAY, "ADMINISTRATOR V SALON EKB, bez opyta, 9000 za smenu. pishi @primer_xx", "ru"),
    # the wage in an envelope
    (CASH, "Цех Пример, Тверь, швеи. Зарплата каждую неделю в конверте. Тел 8 900 000 00 00", "ru"),
    (CASH, "Sklad Primer, gruzchiki. Oplata raz v nedelyu v konverte. Tel 8 900 000 00 00", "ru"),
    (CASH, "Сехи Намуна, Самара, дӯзанда. Маош ҳар ҳафта дар конверт. Тел 900 00 00 00", "tg"),
    (CASH, "Sexi Namuna, Samara. Maosh har moh dar konvert. Tel 900 00 00 00", "tg"),
    # a night from the evening to the morning
    (HOURS, "Пекарня Пример, Тверь. Работа с 8 вечера до 10 утра. Тел 8 900 000 00 00", "ru"),
    (HOURS, "Pekarnya Primer, Tver. Smena s 9 vechera do 11 utra. Tel 8 900 000 00 00", "ru"),
    (HOURS, "Нонвойхонаи Намуна, Тверь. Кор аз 7 бегоҳ то 9 саҳар. Тел 900 00 00 00", "tg"),
    # a group price per head
    (RECRUIT, "Справка о языке без экзамена, 9 000 ₽. Вдвоём — по 8 000, втроём — по 7 500. Тел 8 900 000 00 00", "ru"),
    (RECRUIT, "Vizai Polsha 2000$. 4 nafar shuda oyed har kas 1700. Tel 900 00 00 00", "tg"),
    (RECRUIT, "Ҷои грант дар Туркия — 700$. Бо дугонаат биё — ҳар ду 600$. Тел 900 00 00 00", "tg"),
    # the whole price told
    (FEE, "Ба Литва меравем, дар Каунас кор дар анбор. Ҳамааш 2800$. Тел 900 00 00 00", "tg"),
    (FEE, "Chexiya, kor dar zavod. 2500$ hamash, viza va bilet. Tel 900 00 00 00", "tg"),
    (FEE, "Патент, регистрация и работа в Казани — всего 12 000 рублей. Тел 8 900 000 00 00", "ru"),
    # the queue skipped for a price
    (FEE, "Корея, EPS. Наши люди в агентстве, без очереди 1800$. Тел 8 900 000 00 00", "ru"),
    (FEE, "Koreya EPS, be navbat 1600$, tez. Tel 900 00 00 00", "tg"),
]

CLEAN = [
    # at least four hours a day is no short day
    (PAY, "Курьеры в доставку Пример, Москва, от 4 часов в день, доход 3 000–4 000 ₽ за день. Тел. +7 900 000-00-00", "ru"),
    (PAY, "Kor dar xona, 2 soat dar ruz, muzd 60 somoni dar ruz. Tel 900 00 00 00", "tg"),
    # ordinary pay in somoni, one day off a week
    (PAY, "Устохонаи Намуна, Хуҷанд, дуредгар лозим. Маош 3500 сомонӣ, ҳафтае як рӯз истироҳат. Тел 900 00 00 00", "tg"),
    (PAY, "Sexi Namuna, Xujand, duredgar. Maosh 3500 somoni, hafte yak ruz istirohat. Tel 900 00 00 00", "tg"),
    (PAY, "Sanatoriy Primer, Pyatigorsk, gornichnaya, 55 000 v mesyac. Tel 8 900 000 00 00", "ru"),
    # a fee in somoni does not make dirham pay Tajik pay
    (PAY, "Дубай, мехмонхонаи Намуна, фаррош, маош 2500 дирҳам дар моҳ. Виза ва чипта 6000 сомонӣ. Тел 900 00 00 00", "tg"),
    # no envelope
    (CASH, "ООО Пример, Казань, бетонщики. Зарплата 2 раза в месяц на карту, никаких конвертов. Тел 8 900 000 00 00", "ru"),
    (CASH, "ООО Пример, Казань, бетонщики. Зарплата на карту, не в конверте. Тел 8 900 000 00 00", "ru"),
    (CASH, "ҶДММ Намуна, Самара. Маош 2 бор дар моҳ ба корти худатон, на нақд дар конверт. Тел 900 00 00 00", "tg"),
    # an evening of a few hours
    (HOURS, "Кафе Пример, Тверь, посудомойщица, с 6 вечера до 11 вечера. Тел 8 900 000 00 00", "ru"),
    (HOURS, "Қаҳвахонаи Намуна, Тверь. Кор аз 5 бегоҳ то 10 шаб. Тел 900 00 00 00", "tg"),
    # a price for one; the wage every two weeks
    (RECRUIT, "Справка о языке без экзамена, 9 000 ₽ с человека, по 9 000 за каждую. Тел 8 900 000 00 00", "ru"),
    (RECRUIT, "Ширкати Намуна, Самара, бетонрез. Бо дӯстатон ҳам кор кунед, маош ҳар ду ҳафта 45 000 рубл. Тел 900 00 00 00", "tg"),
    # the wage or the rent said so
    (FEE, "Нонвойхонаи Намуна, Хуҷанд, нонпаз. Маош ҳамагӣ 4000 сомонӣ, ҳар моҳ. Тел 900 00 00 00", "tg"),
    (FEE, "Пекарня Пример, Тверь, пекарь. Зарплата 60 000 ₽, жильё всего 5000 ₽ в месяц. Тел 8 900 000 00 00", "ru"),
    # no money asked beside the queue
    (FEE, "ООО Пример, Казань, грузчики, 60 000 руб. Собеседование без очереди, денег не берём. Тел 8 900 000 00 00", "ru"),
    (FEE, "Агентии давлатии Намуна: ба Корея бе навбат касе намефиристад, пул надиҳед. Тел 900 00 00 00", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)


def test_day_off_is_no_weekly_pay() -> None:
    pay = check_pay("Маош 3000 сомонӣ, ҳафтае як рӯз истироҳат.")
    assert [a.period for a in pay.amounts] == ["month"]


def test_short_city_names_read_russia() -> None:
    assert check_pay("Rabota v Ufe, 90 000 v mesyac").country == "ru"
    assert check_pay("EKB, sklad, 3000 za smenu").country == "ru"


def test_somoni_pay_reads_tajikistan() -> None:
    assert check_pay("Маош 3000 сомонӣ дар моҳ, фаррош.").country == "tj"
    assert check_pay("Дубай, фаррош, 2500 дирҳам дар моҳ. Чипта 6000 сомонӣ.").country != "tj"
