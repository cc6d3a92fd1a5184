"""Issue 16, round 33 (branch r33s): missed flags on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- no-written-contract: "the contract is not needed" right after the word holds its own "not", so a "not" of the clause before it in
  an ad typed without commas ("в общежитии жить нельзя договор не надо", "nichego ne nado oformlyat dogovor ne nado") no longer turns
  it into a denial; "договор обязательно, без него не работаем" stays clean;
- messenger-only-contact: a bot in the locative ("вопросы только в этом боте", "всё здесь, в боте", "v etom bote"); an ad with a
  phone beside the bot stays clean;
- pressure-urgency: a place that "passes" to the next candidate ("место переходит следующему"), a payment link that lives minutes
  or hours ("ссылка действует 20 минут"), the price higher from a named day ("с понедельника цена 1 500$", "Аз фардо нарх 900$"),
  the places said last with the word after them ("Ҷойҳои охирин барои моҳи май", "joyhoi oxirin"); not a place of work named next
  ("место работы: следующий адрес") nor a link to a form with no time;
- notices: a firm that disowns a channel using its name ("ба мо ҳеҷ дахл надорад", "к нам отношения не имеет"), "how not to be
  caught" and what a real employer never does are a notice's own words, so the offers it quotes (also what "they sell": «...»
  мефурӯшанд, продают «...») raise no flag of theirs.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

CONTRACT = "no-written-contract"
MESSENGER = "messenger-only-contact"
PRESSURE = "pressure-urgency"
FEE = "upfront-fee"

FOUND = [
    # the contract's own "not" after a "not" of the clause before
    (CONTRACT, "Пекарня Пример ищет женщин жить в цеху выходить нельзя договор не надо звонить 8 900 000 00 00", "ru"),
    (CONTRACT, "sklad Primer gruzchiki nichego ne nado oformlyat kontrakt ne nuzhen zvonit 8 900 000 00 00", "ru"),
    (CONTRACT, "kor dar sex Namuna berun raftan mumkin nest dogovor ne nado zang zaned 900 00 00 00", "tg"),
    # a bot
    (MESSENGER, "Склад Пример, упаковщики, 3000 руб за смену. Все вопросы только в этом боте.", "ru"),
    (MESSENGER, "Sklad Primer, upakovshchiki, smena 3000 rub. Zapis i voprosy — zdes, v bote.", "ru"),
    (MESSENGER, "Склади Намуна, борбардор лозим, маош 4000 сомонӣ. Ҳамаи саволҳо дар ин боте ки ҳастед, v bote.", "tg"),
    # the place passes on, the link expires, the price rises from a day, the last places
    (PRESSURE, "Ваша анкета принята. Не подтвердите сегодня — место переходит следующему в списке.", "ru"),
    (PRESSURE, "Oplatite propusk po ssylke. Ssylka aktivna 20 minut.", "ru"),
    (PRESSURE, "Виза в Дубай 1 200$. С понедельника цена 1 500$.", "ru"),
    (PRESSURE, "Визаи Дубай 700$. Аз фардо нарх 900$ мешавад.", "tg"),
    (PRESSURE, "Ҷойҳои охирин барои моҳи май ба Истанбул, брон 200$.", "tg"),
    (PRESSURE, "Istanbul, joyhoi oxirin baroi iyun! Bron 200$.", "tg"),
]

CLEAN = [
    # a contract kept
    (CONTRACT, "ООО «Пример»: договор обязательно, без него не работаем. Тел. 8 900 000 00 00", "ru"),
    (CONTRACT, "Shirkati Namuna: shartnoma pesh az safar imzo meshavad. Tel 900 00 00 00", "tg"),
    # a bot and a phone
    (MESSENGER, "Склад Пример, ул. Лесная 0. Вопросы в этом боте или по телефону +7 900 000-00-00.", "ru"),
    # a place of work named, a link with no time, a price with no day
    (PRESSURE, "Место работы переходит на следующий адрес: ул. Лесная 0, с 1 числа.", "ru"),
    (PRESSURE, "Анкета по ссылке на сайте компании Пример, заполните, когда удобно.", "ru"),
    (PRESSURE, "Ҷойи кор: бинои охирин дар кӯчаи Намуна.", "tg"),
    # notices that quote what they warn about
    (FEE, "ҶДММ «Намуна» огоҳ мекунад: канали «Namuna Work» ба мо ҳеҷ дахл надорад. Онҳо «ҷойҳои охирин» мефурӯшанд ва барои "
          "«виза» 500 доллар мепурсанд. Мо пул намегирем. Тел. +992 900 00 00 00", "tg"),
    (PRESSURE, "ООО «Пример»: как не попасться. Мошенники продают «последние места, ссылка действует 30 минут». Настоящий "
               "работодатель не берёт денег. Тел. +7 900 000-00-00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
