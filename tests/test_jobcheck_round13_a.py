"""Issue 16, round 13 (branch t13a): upfront-fee, cash-no-receipt, debt-or-wage-withholding and
unrealistic-pay in the wordings of new writers.

Short made-up ads written for this file (never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``): each wording raises its flag; denials and genuine ads do not.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids


@pytest.mark.parametrize(("text", "lang"), [
    # a fee word right before its amount, with pay a few words away and no commas
    ("rabota v polshe zp 1400 evro oformlenie 700$ pishite Primer", "ru"),
    ("Кор дар Олмон маош 2000 евро оформление 900$ занг занед ба Намуна", "tg"),
    ("kor dar Koreya zp 2000$ vizaи 1500$ zvonite", "tg"),
    # a sum for a place in the list, whatever pay follows
    ("perevod 3000 za mesto v spiske na vahtu zp 90k v mesyac Primer", "ru"),
    ("Внесите 4000 за место в очереди, зарплата 80 тысяч", "ru"),
    # the price left "to be agreed"
    ("Работа в Чехии через нас. Стоимость договорная, звоните Примеру.", "ru"),
    ("Viza v Angliyu, cena po dogovorennosti, pishite Primer.", "ru"),
    # an amount in cash, in slang
    ("Англия фермы 15000 сомони наличкой, звоните Намуна", "tg"),
    ("Koreya bez ocheredi 12000 somoni nalichkoy tel Primer", "ru"),
    # money with "no receipt" said beside it
    ("Оплата наличными 20 000, чеков не даём, всё честно. Пример.", "ru"),
    ("Пулро ба корти Намуна мефиристед 900$, квитансия нест.", "tg"),
    ("dengi nalichnymi 15 000, raspisok ne pishem, Primer", "ru"),
    ("Ба Англия 16 000 сомонӣ, пулро нақд ба Намуна медиҳед, қоғаз намедиҳад.", "tg"),
])
def test_upfront_fee_new_wordings(text: str, lang: str) -> None:
    assert "upfront-fee" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример», Москва, ул. Примерная 1. Склад, оформление по трудовому договору, зарплата 70 000 руб. Предоплату не берём. Тел. +7 900 000-13-01", "ru"),
    ("Ширкати «Намуна», Душанбе, кӯчаи Намуна 2. Пул намегирем, маош 5000 сомонӣ. Тел. +992 900 00 13 02", "tg"),
    ("OOO Primer Kazan ul Primernaya 3 gruzchiki 60 000 oformlenie po trudovomu dogovoru zalog ne berem tel +7 900 000-13-03", "ru"),
    # a stipend for a course is pay, not the price of the course
    ("Сеть «Пример» (Москва, ул. Примерная 4). Обучение 2 недели, стипендия на время обучения 15 000 ₽. Затем 50 000 ₽ в месяц. Тел. +7 900 000-13-04", "ru"),
    # a warning that quotes such offers
    ("Миграционная служба предупреждает: в Telegram участились объявления о работе в Англии, Чехии, Польше за предоплату. Лицензированные агентства не берут деньги с работников. Тел. +7 900 000-13-05", "ru"),
    ("Хадамоти Намуна: дар Telegram эълонҳо дар бораи кор дар Англия, Полша бо пешпардохт зиёд шудаанд. Агентиҳои иҷозатномадор пул намегиранд. Тел. +992 900 00 13 13", "tg"),
    # an advance on pay for food is pay, not a fee
    ("ООО «Пример» (Подмосковье), ш. Ногинск, кӯч. Намуна 5. Маош 70 000, пешакӣ 5000 дар моҳ барои хӯрок. Тел +7 900 000-13-06", "tg"),
    # the employer pays the wage in cash and gives a receipt
    ("IP Primer (Samara) ul. Primernaya 6 malyar 4000 r v den, dogovor podryada, pul naqd dodem - imzo megirem, qabz medihem. tel +7 900 000-13-07", "tg"),
])
def test_upfront_fee_not_on_denial_or_genuine(text: str, lang: str) -> None:
    assert "upfront-fee" not in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # wages in cash with nothing on paper, everything by word
    ("Склад, грузчик, рӯзе 2000. Пул нақд, охири ҳафта, ягон коғаз не. Тел +7 900 000-13-08", "tg"),
    ("Бригада Намуна, ҳама чиз бо гап, ҳар ҳафта пулро дар дасташ медиҳем.", "tg"),
    ("Стройка, зарплата наличными, всё на словах, без бумажек. Звоните Примеру.", "ru"),
    ("sklad Primer zp nalichnymi kajduyu nedelyu, vse na doverii, zvonite", "ru"),
])
def test_cash_no_receipt_new_wordings(text: str, lang: str) -> None:
    assert "cash-no-receipt" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример», Москва, ул. Примерная 7. Зарплата наличными каждую неделю, трудовой договор, расчётный лист. Тел. +7 900 000-13-09", "ru"),
    ("Ширкати «Намуна», Душанбе, кӯчаи Намуна 8. Маош ҳар ҳафта, шартнома, квитансия медиҳем. Тел. +992 900 00 13 10", "tg"),
    # the monthly wage sent to a card
    ("АО «Пример», г. Мурманск, ул. Примерная 11. 70 000 ₽ в месяц, перечисляем ежемесячно на карту. Тел. +7 900 000-13-14", "ru"),
    ("Магазин «Пример», г. Казань, ул. Примерная 12. Грузчики, 2 400 ₽ за смену, деньги под подпись в ведомости, можно на карту. Тел. +7 900 000-13-15", "ru"),
])
def test_cash_no_receipt_not_on_genuine(text: str, lang: str) -> None:
    assert "cash-no-receipt" not in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # pay held to the end, in an ad typed without commas that also says "no contract needed"
    ("sklad Primer zp v konce 3 mesyaca dogovor ne nado zvonite", "ru"),
    ("стройка зарплата в конце сезона договор не нужен звоните Примеру", "ru"),
])
def test_debt_new_wordings(text: str, lang: str) -> None:
    assert "debt-or-wage-withholding" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # the trip on the company, nothing taken from pay (Latin "ne-" forms of the Tajik "not")
    ("TOO «Primer» rabochie na zavod. Doroga ba zimmai kompaniya, qarz nest, az zp nemegirem. G. Astana, ul. Primer 9. Tel +7 900 000-13-11", "tg"),
    ("Ширкати «Намуна», Душанбе, кӯчаи Намуна 10. Чипта аз ҳисоби ширкат, аз маош намебурем. Тел. +992 900 00 13 12", "tg"),
])
def test_debt_not_on_denial(text: str, lang: str) -> None:
    assert "debt-or-wage-withholding" not in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Намуна: моҳи аввал озмоишӣ — пул намедиҳем, танҳо хӯрок.", "tg"),
    ("Mohi avval maosh namedihem, faqat xurok. Primer", "tg"),
    ("Склад «Пример». Первый месяц не платим, только еда.", "ru"),
    # a loan from the company is the debt ("the company gives" denies nothing)
    ("Пул надоред? Ширкати Намуна қарз медиҳад ва аз се маоши аввал нигоҳ медорад.", "tg"),
    ("Net deneg? Firma Primer daet v dolg na bilet, potom vychtem iz zarplaty.", "ru"),
])
def test_debt_unpaid_first_month(text: str, lang: str) -> None:
    assert "debt-or-wage-withholding" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # unskilled work in Germany far above its range, no language asked
    ("Германия, сбор клубники, 3400 евро в месяц, без языка. Звоните Примеру.", "ru"),
    # a hostess in the Gulf at a pay no unskilled work gets
    ("devushki v dubai hostes 2800$ pishite Primer", "ru"),
    # a driver "without a licence" is no-experience work
    ("Saudiya voditel zp 2600$ bez prav mojno, zvonite Primer", "ru"),
    # money for likes on a phone
    ("Кори онлайн: дар телефон лайк мондан — рӯзе 80$! Ба Намуна нависед.", "tg"),
    ("Rabota v telefone, stavit layki, 3000 rubley v den, pishite Primer", "ru"),
])
def test_unrealistic_pay_new_wordings(text: str, lang: str) -> None:
    assert "unrealistic-pay" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример», Германия, Мюнхен, Примерштрассе 1. Склад, 2300 евро в месяц, без опыта, договор. Тел. +49 000 0000000", "ru"),
    ("Ширкати «Намуна», Дубай. Ронанда бо права, маош 1700$, шартнома. Тел. +971 00 000 0000", "tg"),
    # "барои ҳамааш" (for all of it) is a price, not "for everyone"
    ("Ба Арабистон ронандаҳо лозим. Барои ҳамааш 2500 доллар ба Намуна медиҳед.", "tg"),
])
def test_unrealistic_pay_not_on_ordinary_pay(text: str, lang: str) -> None:
    assert "unrealistic-pay" not in ids(text, lang)
