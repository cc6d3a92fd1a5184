"""Issue 16, round 11 (branch t11c): wider wordings of tourist-visa, passport-retention,
no-written-contract, unofficial-channel, messenger-only-contact and unverifiable-employer.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``): each wording raises its flag, and a genuine ad or a denial does not.
"""

from __future__ import annotations

from bot.jobcheck.scanner import default_scanner
from tests.jobcheck_rules import found_and_clean, ids


def case(flag: str, text: str, lang: str) -> tuple[str, str, str]:
    return flag, text, lang


FOUND = [
    # tourist-visa: a visit, umrah or short-stay visa; the visa changed there; what to say at the border
    case("tourist-visa", "Оман, стройка. Летите по визит-визе на месяц, дальше разберёмся. Пишите @primer_oman", "ru"),
    case("tourist-visa", "Bahrain, povara. Poedete po umra vize, firma potom vse sdelaet. 700$, @primer_bh", "ru"),
    case("tourist-visa", "Кувайт, ронандаҳо. Бо визаи умра меравед, корфармо дар он ҷо визаро иваз мекунад. Тел. +992 900 00 61 01", "tg"),
    case("tourist-visa", "Кипр, отели. Въезд по краткосрочной визе, на месте переоформим на рабочую. Оформление 900 евро.", "ru"),
    case("tourist-visa", "Agar dar fur. pursand — meguyed ba mehmoni omadam. Kor dar Misr, @primer_eg", "tg"),
    case("tourist-visa", "Греция, стройка. В аэропорту скажете, что едете к брату в гости. Дорога 800 евро.", "ru"),
    case("tourist-visa", "Туркия, сех. Мисли турист дохил мешавед, баъд кор. Хизмат 300$.", "tg"),
    # passport-retention: kept in a safe, with the sponsor, handed in in other words
    case("passport-retention", "Склад «Пример», Тверь. Документы бригадир держит у себя в сейфе, чтобы не пропали.", "ru"),
    case("passport-retention", "Kuwait, uborka. Pasport na ves srok ostaetsya u sponsora, tak prinyato.", "ru"),
    case("passport-retention", "Сехи Намуна, Маскав. Шиноснома ва патент ҳангоми қабул ба бригадир супорида мешаванд.", "tg"),
    case("passport-retention", "Stroyka Tula. Pasportato prorab megira baroi propusk, to oxir dar seyf meistad.", "tg"),
    case("passport-retention", "Паспорта в первый день собирает мастер, он за всех отвечает.", "ru"),
    # no-written-contract: trust instead of paper, the echo, signed only over there or after a trial
    case("no-written-contract", "Dogovor ne, hama kor ba etimod. Sex Namuna, Kazan, +7 900 000-61-02", "tg"),
    case("no-written-contract", "Стройка в Туле. Договор не пишем, у нас всё по-честному.", "ru"),
    case("no-written-contract", "Sklad Primer, Moskva. Dogovor-mogovor ne nado, rabotaem.", "ru"),
    case("no-written-contract", "Ферма дар Полша. Шартномаро дар Полша мебинед, ин ҷо лозим нест.", "tg"),
    case("no-written-contract", "Завод в Словакии. Трудовой договор — после испытательного срока.", "ru"),
    case("no-written-contract", "Kor dar Dubay. Kontrakt ba zaboni arabi, tarjuma lozim ne.", "tg"),
    # unofficial-channel: the state queue or operators skipped, a man inside, a list of one's own
    case("unofficial-channel", "Корея E-9. Регистрация без обращения в государственное агентство, сбор 900$.", "ru"),
    case("unofficial-channel", "Angliya, fermaho. Bez operator, bez IOM — bo odami mo. 1800 funt.", "tg"),
    case("unofficial-channel", "Кореяи Ҷанубӣ: мо рӯйхати алоҳида дорем, хизмат 1500$.", "tg"),
    case("unofficial-channel", "Великобритания, клубника. Работаем с фермерами напрямую, пакет 2000 фунтов.", "ru"),
    case("unofficial-channel", "Koreya. Moy chelovek v ministerstve postavit v spisok, 1500$.", "ru"),
    # messenger-only-contact: calls refused in other words, only the admin or a private chat
    case("messenger-only-contact", "Склад в Казани, 60 тыс. Пишите в WhatsApp +7 900 000-61-03, на звонки не отвечаем.", "ru"),
    case("messenger-only-contact", "Сехи дӯзандагӣ, Маскав. WhatsApp +992 900 00 61 04, занг қабул намекунем.", "tg"),
    case("messenger-only-contact", "Rabota v Dubae, oteli. Svyaz tolko cherez admina kanala.", "ru"),
    case("messenger-only-contact", "Seul, zavod. Pishite v KakaoTalk: id primer_seoul", "ru"),
    # unverifiable-employer: money or a meeting in a teahouse or a cafe
    case("unverifiable-employer", "Стройка в Москве, 90 тыс. Запись в чайхане «Пример» у автовокзала, взнос 500 сомони.", "ru"),
    case("unverifiable-employer", "Kor dar Rossiya. Pul naqd, dar kafei 'Namuna' vokhurem, +992 900 00 61 05", "tg"),
    case("unverifiable-employer", "Ферма, Қазоқистон. Пулро дар чойхонаи назди бозор ба одами мо медиҳед.", "tg"),
]


CLEAR = [
    # genuine ads and denials
    case("tourist-visa", "Отель «Пример», Дубай. Рабочая виза (не туристическая) за счёт работодателя. Тел. +7 900 000-61-06", "ru"),
    case("tourist-visa", "Меҳмонхонаи «Намуна», Анталия. Раводиди корӣ, на сайёҳӣ. Тел. +992 900 00 61 07", "tg"),
    case("tourist-visa", "Ҳушёр бошед: бо визаи сайёҳӣ ба кор наравед.", "tg"),
    case("tourist-visa", "Раводиди кор ва чиптаро меҳмонхона медиҳад. Тел. +992 900 00 61 08", "tg"),
    case("passport-retention", "ООО «Пример», Тула. Паспорт остаётся у вас на руках, мы делаем только копию.", "ru"),
    case("passport-retention", "Шиноснома дар дасти худатон мемонад, мо нусха мегирем.", "tg"),
    case("passport-retention", "Шиноснома дар корфармо нигоҳ дошта намешавад. Тел. +992 900 00 61 09", "tg"),
    case("no-written-contract", "ООО «Пример». Трудовой договор подписываете до выезда, на русском языке.", "ru"),
    case("no-written-contract", "Ширкати «Намуна». Шартнома пеш аз сафар дар Душанбе имзо мешавад, нусхааш ба шумо.", "tg"),
    case("no-written-contract", "Миграционная служба: телефон доверия +992 900 00 61 10, консультации бесплатно.", "ru"),
    case("unofficial-channel", "Фермерское хозяйство «Пример», ст. Кореновская, ул. Полевая 1. Сбор яблок, 3 000 в день. Тел. +7 900 000-61-11", "ru"),
    case("unofficial-channel", "Ferma «Primer», Kent. Seasonal Worker cherez licenzirovannogo operatora, oplata 12 funtov v chas, s kandidatov nichego ne berem.", "ru"),
    case("messenger-only-contact", "ООО «Пример», Казань, ул. Примерная 1. Звоните +7 900 000-61-12 или пишите в WhatsApp.", "ru"),
    case("unverifiable-employer", "Хадамоти муҳоҷират: ба касе дар қаҳвахона пул надиҳед. Тел. +992 900 00 61 13", "tg"),
    case("unverifiable-employer", "Внимание: не отдавайте деньги в чайхане посредникам. Телефон доверия +992 900 00 61 14", "ru"),
    case("unverifiable-employer", "Склад «Пример», г. Подольск, ул. Складская 1. Грузчики, 70 тыс. Тел. +7 900 000-61-15", "ru"),
]


def test_a_pay_range_is_no_phone() -> None:
    # "400 000 - 500 000" is a range of sums, not a phone: an ad with only a handle is still
    # messenger-only; a real phone number next to a range still counts as one
    sc = default_scanner()
    assert not sc.has_phone("ЗП 400 000 - 500 000 руб в месяц")
    assert not sc.has_phone("zp 120 000–150 000 rub")
    assert sc.has_phone("ЗП 400 000 - 500 000 руб, тел. +7 900 000-61-99")
    assert sc.has_phone("Тел. 918 123 456")
    assert "messenger-only-contact" in ids("Вахта на Севере, склад, ЗП 400 000 - 500 000 руб. Пишите в телегу @primer_vahta")


test_the_wording_raises_its_flag, test_a_genuine_ad_or_a_denial_does_not_raise_it = found_and_clean(FOUND, CLEAR)
