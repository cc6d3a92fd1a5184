"""Issue 16, round 9 (branch i16s8): a private way round the official list or queue.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``).
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Корея, заводы. Министерство годами держит в очереди, а мы отправим вне очереди. Оформление 1500$. Пишите @primer_korea", "ru"),
    ("Rabota v Koree na fermah, bez ocheredi i bez ekzamena. Usluga 1200$, pishite v lichku.", "ru"),
    ("Кор дар Корея! Мо шуморо бе навбат ба рӯйхат дохил мекунем. Хизмат 9000 сомонӣ, тел. +992 900 00 51 01", "tg"),
    ("Angliya, seasonal. Mo pryamo ba fermer mefiristem, ministerstva lozim ne. Narx 5000 somoni, @primer_uk", "tg"),
    ("Сезонная работа в Англии: у нас прямые договорённости с фермерами, минуя общий список. Сбор 800 фунтов.", "ru"),
])
def test_a_private_way_round_the_official_queue_is_an_unofficial_channel(text: str, lang: str) -> None:
    assert "unofficial-channel" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # notices that quote the shortcut they warn about
    ("Внимание! Экзамен EPS-TOPIK проводит только государственный центр. Не платите никому за «работу в Корее без очереди» — это мошенники.", "ru"),
    ("Огоҳинома: ба касоне, ки «бе навбат ба Корея» ваъда медиҳанд, бовар накунед. Танҳо тавассути маркази давлатӣ.", "tg"),
    ("Ostorojno! V telegram predlagayut UK seasonal bez ocheredi za 2000$. Eto obman, nikomu ne perevodite dengi.", "ru"),
    # a plain offer with no shortcut, and a negated one
    ("Цех «Пример», Тула, ул. Примерная 3. Швеи, 70 тыс., очередь на заселение в общежитие — неделя. Тел. +7 900 000-51-02", "ru"),
])
def test_no_channel_where_no_shortcut_is_offered(text: str, lang: str) -> None:
    assert "unofficial-channel" not in ids(text, lang)
