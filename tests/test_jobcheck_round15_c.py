"""Round 15 (c) of the job-ad scanner: the contract, hours, living, passport, tourist visa, unofficial channel and
sexual exploitation flags, each idea written as a family of wordings; denials and genuine ads left alone.

Every ad here is written fresh for the test (fictional names "Пример", "Намуна", "Primer").
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids


def _lang(text: str) -> str:
    return "tg" if any(c in text for c in "ҳӯқҷғӣ") else "ru"


RAISED = [
    # no-written-contract: signed later, over there, not here; nothing to sign
    ("no-written-contract", "Ферма «Пример», Англия. Договор подпишете уже в Англии, не переживайте."),
    ("no-written-contract", "Хоҷагии «Намуна». Шартномаро дар худи корхона имзо мекунед."),
    ("no-written-contract", "Сехи «Намуна», Минск. Шартнома ин ҷо лозим нест, ҳама чиз дар ҷояш."),
    ("no-written-contract", "Склад «Пример». Платим каждую пятницу, ничего подписывать не нужно."),
    ("no-written-contract", "Sklad Primer. Dogovor seychas ne nado, vse potom."),
    # excessive-hours: the clock without "from", a 24-hour clock from before dawn, every day with no day off
    ("excessive-hours", "Sexi Namuna. Kor 7 sahar to 10 shab, maosh xub."),
    ("excessive-hours", "Бозори «Намуна». Кор аз 5-и саҳар то 20, маош хуб."),
    ("excessive-hours", "Sklad Primer. Rabota har ruz, vyhodnoy net."),
    ("excessive-hours", "Цех «Пример». Работа каждый день, семь дней, платим хорошо."),
    # employer-controls-living: never out alone, out only with a minder, a gate shut at night, no other place to live
    ("employer-controls-living", "Кафе «Пример». Жильё от кафе, одни не выходите, возим сами."),
    ("employer-controls-living", "Семья «Пример». Выход в город без хозяина не разрешается."),
    ("employer-controls-living", "Хобгоҳи «Намуна». Соати 23 дарвоза пӯшида, дигар ҷо зиндагӣ кардан манъ."),
    ("employer-controls-living", "Цех «Пример». Общежитие обязательно, жить в другом месте нельзя."),
    # passport-retention: the papers "with" a boss-person
    ("passport-retention", "Ферма «Пример». Паспорта все у коменданта до конца сезона."),
    ("passport-retention", "Sklad Primer. Pasporta u administratora budut, ne volnuytes."),
    # tourist-visa: "on a tourist one" in Tajik, the visa unsaid
    ("tourist-visa", "Меҳмонхонаи «Намуна», Анталия. Бо туристӣ меравед, дар ҷояш кор мекунед."),
    # unofficial-channel: details in private, papers "we do"
    ("unofficial-channel", "Корея, завод «Пример». Подробности только в личке."),
    ("unofficial-channel", "Англия, кори мавсимӣ. Визаро худамон мекунем."),
    # sexual-exploitation-risk: young women for parties, keeping guests company
    ("sexual-exploitation-risk", "Клуб «Пример». Девушки на вечеринки, работа лёгкая."),
    ("sexual-exploitation-risk", "Bar Namuna. Duxtaron baroi kompaniya ba mehmonon lozim."),
]


@pytest.mark.parametrize(("flag", "text"), RAISED)
def test_new_wordings_raise_their_flag(flag: str, text: str) -> None:
    assert flag in ids(text, _lang(text)), text


CLEARED = [
    ("no-written-contract", "ООО «Пример». Договор подписываем в Душанбе до отъезда."),
    ("excessive-hours", "Склад «Пример». Смена с 8 утра до 17, выходной не в воскресенье, а по графику."),
    ("excessive-hours", "Склад «Пример». С 6 утра до 15, пять дней в неделю."),
    ("employer-controls-living", "ООО «Пример». Общежитие рядом, выход свободный, можно жить и в другом месте."),
    ("passport-retention", "ООО «Пример». Паспорт у вас на руках, у бригадира только копия."),
    ("tourist-visa", "Агентии «Намуна». Бо визаи корӣ меравед, шартнома пеш аз сафар."),
    ("sexual-exploitation-risk", "Меҳмонхонаи «Намуна». Фаррошҳо, мард ва зан, ба меҳмонхона лозим, 8 соат."),
    ("unofficial-channel", "Ширкати «Намуна», Маскав. Ҳуҷҷатҳоро мо мекунем, кор дар склад."),
]


@pytest.mark.parametrize(("flag", "text"), CLEARED)
def test_denials_and_genuine_ads_do_not_raise(flag: str, text: str) -> None:
    assert flag not in ids(text, _lang(text)), text
