"""Issue 16, round 23 (branch r23g): official notices and warnings read as offers (holdout22's genuine misses).

Made-up texts written for this file (never copied from a labelled set), in Russian and Tajik, Cyrillic and
Latin letters. The idea is the general shape of a notice, whoever writes it:

- who speaks and that it informs (an embassy, a ministry, a migration service, a state agency, a fund or an NGO,
  a channel's admin: "Посольство ... информирует", "Вазорат маълум менамояд", "Хадамот иттилоъ медиҳад");
- others using its name ("от нашего имени", "Это не мы", "аз номи мо"), a fake page or channel, others who sell
  places or lists ("в чате продают «списки на Корею» за 1000–3000$"), take money from people, have no licence;
- cases on the rise ("Участились случаи", "ҳолатҳо зиёд шудаанд"); the reader's rights and what breaks them
  ("вы имеете право", "ҳуқуқи шумо", "это нарушение"); where to check a licence;
- a notice that names "one unlicensed firm" people paid is no ad with an unnamed employer.

Must stay flagged: scams in official dress ("Министерство труда сообщает: ... взнос 700 сомони на карту"), a
warning followed by "but we are honest" or "we take only 300$", "ба телеграм нависед".
"""

from __future__ import annotations

import pytest

from bot.jobcheck.scanner import default_scanner
from tests.jobcheck_rules import found_and_clean, ids

FEE = "upfront-fee"
UNV = "unverifiable-employer"
VAGUE = "vague-job"

NOTICES = [
    (
        "Посольство Республики Таджикистан в РФ информирует: в сети распространяются объявления о «работе в Корее без "
        "экзамена» за 2000$. Трудоустройство в Корею по программе EPS проводится только через Агентство по трудовой "
        "миграции. Проверить информацию можно по телефону +992 00 000 00 00.",
        "ru",
    ),
    (
        "Уважаемые граждане! Миграционная служба напоминает: вы имеете право на трудовой договор, а паспорт "
        "работодатель забирать не вправе. Если у вас забрали документы, звоните на горячую линию 8 800 000 00 00.",
        "ru",
    ),
    (
        "Общественная организация «Право и мигрант» проводит бесплатные консультации: как проверить работодателя, что "
        "должно быть в договоре, куда обращаться, если не платят зарплату. Адрес: Душанбе, ул. Айни 0.",
        "ru",
    ),
    (
        "Админ канала: нам пишут, что какой-то «менеджер» просит 300 рублей за доступ к вакансиям от нашего имени. Это "
        "не мы, мы денег не берём. Наш номер один: +7 900 000 00 00.",
        "ru",
    ),
    (
        "Vnimanie! Posolstvo preduprejdaet: vakansii «v Dubae oficiantkoi 3000$ v mesyac» — eto lovushka. Ne otdavayte "
        "pasport i ne platite za vizu.",
        "ru",
    ),
    (
        "Сафорати Тоҷикистон дар Федератсияи Русия иттилоъ медиҳад: дар шабакаҳои иҷтимоӣ эълонҳо дар бораи кор дар "
        "Корея бе имтиҳон бо пардохти 1500$ паҳн шудаанд. Ин фиреб аст. Ба ҳеҷ кас пул надиҳед.",
        "tg",
    ),
    (
        "Вазорати меҳнат, муҳоҷират ва шуғли аҳолӣ маълум менамояд: ширкатҳое, ки барои «ҷой дар рӯйхат» 5000 сомонӣ "
        "мегиранд, иҷозатнома надоранд. Рӯйхати ширкатҳои иҷозатномадор дар сомонаи вазорат аст.",
        "tg",
    ),
    (
        "Diqqat! Agentii muhojirati mehnati ba shahrvandon malum mekunad: ba Koreya faqat tavassuti imtihoni EPS-TOPIK. "
        'Agar kase ba shumo "be navbat" vada dihad va 2000$ pursad, bovar nakuned. Telefoni bovari: +992 00 000 00 00',
        "tg",
    ),
    (
        "Маркази машваратӣ барои муҳоҷирон: ҳуқуқҳои худро донед — шартнома пеш аз кор, маош ба корт, шиносномаро ба "
        "касе надиҳед. Машварат ройгон, тел. +992 00 000 00 00",
        "tg",
    ),
    (
        "ОГОҲӢ! Дар Телеграм «ширкат»-е кор дар Дубай барои духтарон бо маоши 5000$ ваъда медиҳад ва 300$ барои виза "
        "мепурсад. Ин қаллобист. Хадамоти муҳоҷират",
        "tg",
    ),
    (
        "Horijiy ishga ketayotganlar diqqatiga! Posolstvo Tadjikistana napominaet: rabotodatel ne imeet prava zabirat "
        "vash pasport. Esli pasport zabrali — zvonite v posolstvo +7 495 000 00 00.",
        "ru",
    ),
    (
        "Pamyatka migrantu. Pered vyezdom proverte: est li u firmy licenziya, est li trudovoy dogovor na ponyatnom "
        "yazyke. Za «mesto v spiske» nikto ne vprave brat dengi. Goryachaya liniya 1414.",
        "ru",
    ),
    (
        "Хадамоти муҳоҷират огоҳ мекунад: саҳифаи қалбакӣ бо номи мо дар Инстаграм аз одамон барои «сабти ном» 200 "
        "сомонӣ мепурсад. Мо ҳеҷ гоҳ пул намегирем.",
        "tg",
    ),
    (
        "Фонд «Мигрант» разъясняет: если работодатель задерживает зарплату больше месяца или держит ваш паспорт — это "
        "нарушение. Обратитесь к нам бесплатно: Москва, ул. Мира 0, +7 900 000 00 00.",
        "ru",
    ),
    (
        "Уважаемые соотечественники! Участились случаи, когда «посредники» обещают работу в Польше за 1500 евро и берут "
        "деньги за визу. Польская рабочая виза оформляется только по приглашению работодателя. Консульство.",
        "ru",
    ),
    (
        "Ташкилоти ҷамъиятӣ «Ҳуқуқ ва Муҳоҷир» ба муҳоҷирон маслиҳати ройгон медиҳад: чӣ тавр корфарморо санҷед, дар "
        "шартнома чӣ бояд бошад. Суроға: Душанбе, кӯчаи Айнӣ 0.",
        "tg",
    ),
]

OFFICIAL_DRESS = [
    (
        "Министерство труда сообщает: открыт дополнительный набор в Корею без экзамена. Регистрационный взнос 700 "
        "сомони на карту 0000 0000 0000 0000. Места ограничены.",
        "ru",
    ),
    ("Официальное агентство с лицензией информирует: работа в Польше, вы оплачиваете только оформление 400$. Пишите в WhatsApp.", "ru"),
    (
        "Будьте осторожны, мошенники! Проверьте лицензию — у нас она есть. Работа в Дубае, 3000$, оплата за визу 500$ "
        "после собеседования, пишите в личку @dubai_xx",
        "ru",
    ),
    ("Вазорати меҳнат иттилоъ медиҳад: ба Корея бе навбат, ҳаққи сабти ном 1000 сомонӣ ба корти 0000 0000 0000 0000 гузаронед.", "tg"),
    ("Аз номи мо фиребгарон пул мегиранд! Мо ҳақиқӣ ҳастем: кор дар Туркия, раводид 600$, ба директ нависед.", "tg"),
    ("Posolstvo soobshaet: vy imeete pravo ehat v Koreyu bez TOPIK cherez nashu programmu, oplata 1500$ nalichnymi.", "ru"),
    ("Участились случаи обмана, но мы честные! Работа в Москве, 200 000 руб, любая работа, подробности в личке @moskva_xx", "ru"),
    ("Хадамоти муҳоҷират маълум менамояд: кор дар Маскав ҳаст, ҳар гуна кор, маош 15000$ дар моҳ, ба телеграм нависед @xx_kor", "tg"),
    ("Это не мы берём деньги за место, мы берём только за оформление визы 300$. Звоните +7 900 000 00 00", "ru"),
    ("Saforati Tojikiston ittilo medihad: kor dar Polsha bo vizai turisti, dar joy oformit mekunem. Puli hujjat 800$ peshaki.", "tg"),
    ("Ҳолатҳои фиреб зиёд шудаанд, аз ин рӯ пулро ба мо нақд диҳед, квитансия лозим нест: 500$ барои виза.", "tg"),
    ("Проверьте нашу лицензию на сайте! Работа в Германии без языка, 4000 евро, виза туристическая, на месте переоформим.", "ru"),
]


def rules_risk(text: str, lang: str) -> str:
    return default_scanner().scan_rules(text, lang).risk


@pytest.mark.parametrize(("text", "lang"), NOTICES)
def test_notice_is_low_with_the_rules(text: str, lang: str) -> None:
    got = ids(text, lang)
    assert not got & {FEE, UNV, VAGUE}, (text, got)
    assert rules_risk(text, lang) == "low", text


@pytest.mark.parametrize(("text", "lang"), OFFICIAL_DRESS)
def test_scam_in_official_dress_stays_high(text: str, lang: str) -> None:
    assert rules_risk(text, lang) == "high", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Участились случаи обмана, но мы честные! Работа в Москве, 200 000 руб, любая работа, подробности в личке @moskva_xx", "ru"),
        ("Это не мы берём деньги за место, мы берём только за оформление визы 300$. Звоните +7 900 000 00 00", "ru"),
        ("Аз номи мо фиребгарон пул мегиранд! Мо ҳақиқӣ ҳастем: кор дар Туркия, раводид 600$, ба директ нависед.", "tg"),
    ],
)
def test_warning_that_offers_keeps_the_unnamed_employer(text: str, lang: str) -> None:
    assert UNV in ids(text, lang), text


# Genuine employers' fine print: housing at will or deducted only with consent, a contract from the first day, work gear
# handed back on leaving, the hotel that pays the agency, "запись по телефону +7 ...", pay days of the month.
FINE_PRINT = [
    (
        "employer-controls-living",
        "Склад «Пример» (Казань, ул. Лесная 1). Общежитие 5 000 ₽ в месяц — по желанию, из зарплаты вычитается только с вашего "
        "согласия. Тел +7 900 000 23 01",
        "ru",
    ),
    (
        "employer-controls-living",
        "Sklad «Namuna» (Moskva, ul. Mira 2). Obshaga ixtiyori, az zarplata majburi namebarem. Tel +7 900 000 23 02",
        "tg",
    ),
    (
        "employer-controls-living",
        "Корхонаи «Намуна» (Тула, ул. Ленина 3). Хобгоҳ ихтиёрӣ, 4000 ₽ аз маош бо розигии шумо. Тел +7 900 000 23 03",
        "tg",
    ),
    (
        "no-written-contract",
        "Гостиница «Пример» (Астана, пр. Абая 4). Трудовой договор с первого дня, испытательный срок 1 месяц. Тел +7 700 000 23 04",
        "ru",
    ),
    (
        "passport-retention",
        "ООО «Пример Доставка» (Москва, ул. Мира 5). Спецодежду и термокороб выдаём бесплатно; термокороб вернуть при увольнении. "
        "Тел +7 900 000 23 05",
        "ru",
    ),
    (
        FEE,
        "Отель «Пример» (Анталия). Набор через агентство «Намуна» (Душанбе, пр. Рудаки 6). Услуги агентства оплачивает отель, "
        "а не работник. Тел +992 00 000 23 06",
        "ru",
    ),
    (
        "sexual-exploitation-risk",
        "Отель «Пример Резорт» в Белеке ищет официантов на сезон. Договор, жильё в отеле. Тел +90 000 000 23 07",
        "ru",
    ),
    (
        "pressure-urgency",
        "ООО «Пример» (СПб, Московское ш. 8), склад. Запись только по телефону +7 900 000 23 08 или на проходной.",
        "ru",
    ),
    (
        FEE,
        "Анбори «Намуна» (Новосибирск, ул. Станционная 9). Маош ҳар 10-ум ва 25-ум ба корти худатон. Тел +7 900 000 23 09",
        "tg",
    ),
]

FINE_PRINT_FOUND = [
    (
        "employer-controls-living",
        "Общага обязательна, 8 000 ₽ вычитаем из зарплаты, жить в другом месте нельзя. Тел +7 900 000 23 10",
        "ru",
    ),
    (FEE, "Кор дар Маскав. Барои оформит 3000 рубл ба корти 0000 0000 0000 0000 гузаронед. Тел +7 900 000 23 11", "tg"),
    (FEE, "Работа в Турции, оформление 500$ оплачивает работник, наличными. Тел +90 000 000 23 12", "ru"),
    ("passport-retention", "Стройка «Пример», паспорт сдаёте прорабу, вернём при увольнении. Тел +7 900 000 23 13", "ru"),
]


test_fine_print_idea_still_found, test_genuine_fine_print_clean = found_and_clean(FINE_PRINT_FOUND, FINE_PRINT)
