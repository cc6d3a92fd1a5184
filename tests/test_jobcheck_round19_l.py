"""Round 19 (l): employer-controls-living and passport-retention in spoken Tajik, tourist-visa and
the other flags of helper l read as ideas, and the fair terms and denials that must stay clean
(fresh short ads, fictional names and numbers)."""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids


def _has(flag: str, text: str, lang: str) -> None:
    assert flag in ids(text, lang), text


def _clean(flag: str, text: str, lang: str) -> None:
    assert flag not in ids(text, lang), text


# -- employer-controls-living ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # out "not possible" as it is said in Tajik
        ("Намуна: вахтаи Ямал, аз лагер баромадан мумкин не.", "tg"),
        ("Namuna: vaxta, ba shahr baromadan mumkin ne.", "tg"),
        ("Намуна: берун рафтан рухсат нест, хӯрок дар ошхона.", "tg"),
        # living elsewhere "not possible"
        ("Намуна: хобгоҳ аз ширкат, ҷои дигар зиндагӣ кардан мумкин не.", "tg"),
        # living only in the company's hostel or container
        ("Намуна: зиндагӣ танҳо дар общежитияи завод.", "tg"),
        ("Namuna: zindagi faqat dar obshagai firma.", "tg"),
        # a container or wagon paid out of the wage
        ("Намуна: ҷой дар контейнерҳо, 9 000 аз маош мебурем.", "tg"),
        ("Пример: живёте в контейнерах на участке, 8 000 вычитаем из зарплаты.", "ru"),
        # the place first, then "no need to go"
        ("Primer: zhivete na sklade, v gorod ezdit ne nado.", "ru"),
        ("Пример: кормим на месте, за территорию выходить не нужно.", "ru"),
    ],
)
def test_employer_controls_living_found(text: str, lang: str) -> None:
    _has("employer-controls-living", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the pay "comes to" so much
        ("Пример: ООО «Ромашка-Пример», платят два раза в месяц, выходит 70–80 на руки.", "ru"),
        ("Primer: zp raz v mesyac, vyhodit okolo 60 tys.", "ru"),
        # leaving the job is not leaving the hostel ("то қарз пушида нашавад, рафтан мумкин не" is a debt)
        ("Намуна: то қарзи мошин пушида нашавад, рафтан мумкин не.", "tg"),
        # the trip there with the foreman
        ("Намуна: бо визаи корӣ ҳамроҳи бригадир меравед, ӯ дар фурудгоҳ пешвоз мегирад.", "tg"),
        # free to go and to live elsewhere
        ("Намуна: хобгоҳ ройгон, берун баромадан озод.", "tg"),
        ("Пример: общежитие по желанию, можно жить отдельно.", "ru"),
    ],
)
def test_employer_controls_living_clean(text: str, lang: str) -> None:
    _clean("employer-controls-living", text, lang)


# -- passport-retention ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Намуна: шиноснома дар вахта назди комендант.", "tg"),
        ("Namuna: pasport peshi prorab memonad.", "tg"),
        # kept for the whole term, where they lie, with him, back only after the wedding
        ("Пример: документы на всё время работы лежат в кадрах, так положено.", "ru"),
        ("Пример: паспорт сдаётся в контору и остаётся там на все 3 года.", "ru"),
        ("Намуна: документатонро хоҷаин мегирад ва пеши худаш мемонад.", "tg"),
        ("Пример: паспорт отдаёте свахе для оформления бумаг, вернём после свадьбы.", "ru"),
        # the excuse is no denial ("не потеряете", "дар дасти шумо гум мешавад")
        ("Пример: паспорта хранятся в сейфе у директора: не потеряете.", "ru"),
        ("Namuna: pasportro baroi bexatari dar seifi mo mondan lozim, dar dasti shumo gum meshavad.", "tg"),
    ],
)
def test_passport_with_a_boss_found(text: str, lang: str) -> None:
    _has("passport-retention", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Намуна: шиноснома дар дасти худатон, назди комендант танҳо нишон медиҳед.", "tg"),
        ("Намуна: шиноснома назди шумо мемонад, мо нусха мегирем.", "tg"),
        ("Пример: паспорт остаётся у вас на всё время работы, копию храним в кадрах.", "ru"),
        ("Пример: документы лежат в кадрах только день, пока делаем копии, потом у вас на руках.", "ru"),
    ],
)
def test_passport_with_the_worker_clean(text: str, lang: str) -> None:
    _clean("passport-retention", text, lang)


# -- tourist-visa ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пример: заезд по C-3, дальше фирма всё сделает.", "ru"),
        ("Намуна: бо визаи C-3 (меҳмонӣ) меравед.", "tg"),
        ("Пример: это гостевая на 60 дней, потом разберёмся.", "ru"),
        ("Пример: визу делаем через курсы, студенческую, а там уже работаешь.", "ru"),
        ("Пример: в посольстве говоришь, что учиться едешь.", "ru"),
        ("Намуна: ҳамчун зиёраткунанда меравед, баъд мемонед.", "tg"),
        # the "not" of "not needed" is the need's, not the visa's
        ("Namuna: hujjat lozim ne bo viza turisti meraved.", "tg"),
    ],
)
def test_tourist_visa_found(text: str, lang: str) -> None:
    _has("tourist-visa", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пример: въезд только по рабочей визе — никаких «туристических» схем.", "ru"),
        ("Primer: rabochaya viza, nikakih turisticheskih.", "ru"),
        ("Намуна: бо визаи туристӣ кор намедиҳем, танҳо бо иҷозати кор.", "tg"),
        ("Namuna: puli trudoustroystvo namegirem, agar kas pursad ba mo gued.", "tg"),
    ],
)
def test_tourist_visa_denials_clean(text: str, lang: str) -> None:
    _clean("tourist-visa", text, lang)


# -- recruit-others and sexual-exploitation-risk -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пример: можно ещё девочек позвать, за каждую доплачивают.", "ru"),
        ("Пример: кто возьмёт ещё двоих — тому скидка 2 тысячи.", "ru"),
        ("Намуна: барои ҳар духтари наве ки меорам, хоҷаин ба ман бонус медиҳад.", "tg"),
        ("Primer: esli eshe troih privedesh, tebe besplatno.", "ru"),
        ("Пример: если ещё двоих приведёшь — тебе минус 300.", "ru"),
        ("Пример: бери родственников с собой, за каждого кто отработал месяц — 1 500.", "ru"),
        ("Пример: набираете людей — получаете 50$ с каждого.", "ru"),
        ("Пример: если едете с родственником — вам обоим скидка 200$.", "ru"),
        ("Намуна: ҳар дӯсте, ки бо ссылкаи шумо меояд, +10%.", "tg"),
        ("Намуна: ҳар оилае, ки оилаи дигарро биёрад — 10 000 мукофот.", "tg"),
        ("Намуна: ҳар ронандае ки меорӣ — 3 000 рубл бонус.", "tg"),
    ],
)
def test_recruit_others_found(text: str, lang: str) -> None:
    _has("recruit-others", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пример: можно взять с собой жену, жильё семейное.", "ru"),
        ("Пример: возьмите с собой паспорт и документы, за каждого члена семьи справка.", "ru"),
        ("Пример: автобус возьмёт 20 человек, билет за каждого 900 сомони.", "ru"),
    ],
)
def test_recruit_others_clean(text: str, lang: str) -> None:
    _clean("recruit-others", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пример: шоу-группа приглашает девушек 18–24 лет, рост от 168.", "ru"),
        ("Намуна: духтарони 19–24, қад аз 166, барои шоу.", "tg"),
        ("Намуна: дугонаҷон салом, ман дар бари шабона кор мекунам, пулаш хуб.", "tg"),
    ],
)
def test_sexual_exploitation_found(text: str, lang: str) -> None:
    _has("sexual-exploitation-risk", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пример: охранник, рост от 180, смена сутки через трое.", "ru"),
        # a warning that quotes the offers it warns about
        ("Хоҳарон, эҳтиёт бошед! Эълонҳои «хостес дар Дубай» ва «модел» фиреб аст. Маслиҳат: +992 00 000 00 00.", "tg"),
    ],
)
def test_sexual_exploitation_clean(text: str, lang: str) -> None:
    _clean("sexual-exploitation-risk", text, lang)


# -- vague-job, unverifiable-employer, messenger-only-contact, no-written-contract -----------


def test_vague_job_work_told_at_the_meeting() -> None:
    _has("vague-job", "Primer: est rabota za granitsey, chto za rabota rasskazhem pri vstreche. Pishite v telegram.", "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Namuna: Qatar, payvandgar kerak, 1800$. +992 00 000 00 01", "tg"),
        ("Primer: Germaniya, sborka mebeli, zp 2000 evro. +992 00 000 00 02", "ru"),
    ],
)
def test_vague_job_clean_when_the_trade_is_named(text: str, lang: str) -> None:
    _clean("vague-job", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a Gulf city or "ЖК" after a workplace is no employer's name
        ("Намуна: ба ресторани шабонаи Доҳа официантка лозим, 2500$. Фақат дар Телеграм нависед.", "tg"),
        ("Пример: требуются разнорабочие на стройку ЖК, Екатеринбург. Звонить +7 900 000-00-03", "ru"),
    ],
)
def test_unverifiable_employer_found(text: str, lang: str) -> None:
    _has("unverifiable-employer", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a one-word brand of capitalised parts, a Latin avenue, a centre for migrants
        ("Primer: u nas v teplitse (AgroPrimerovo, kombinat) nuzhny lyudi, zp 60 tys. zvoni +7 900 000-00-04", "ru"),
        ("Primer: Kafe Samarkand (Omsk, Zelenyy prospekt 7) ishet povara. +7 900 000-00-05", "ru"),
        ("Ресурсный центр для мигрантов приглашает на бесплатные занятия. Запись по телефону +992 00 000 00 06.", "ru"),
    ],
)
def test_unverifiable_employer_clean(text: str, lang: str) -> None:
    _clean("unverifiable-employer", text, lang)


def test_state_channel_is_no_messenger() -> None:
    text = "Граждане едут в Корею только через государственный канал: экзамен, проверка навыков, рабочая виза. Справки: +992 00 000 00 07."
    _clean("messenger-only-contact", text, "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Намуна: шартномаро дар киштӣ медиҳанд, пеш аз рафтан не.", "tg"),
        ("Namuna: man hozir dar Polsha, dogovor ham inja meshavad.", "tg"),
    ],
)
def test_no_written_contract_found(text: str, lang: str) -> None:
    _has("no-written-contract", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Намуна: курси ройгон: ҳуқуқҳои муҳоҷир дар Россия, чӣ тавр шартномаро хондан.", "tg"),
        ("Намуна: ҳаққи хизмат 500 € нақд, бе коғаз.", "tg"),
    ],
)
def test_no_written_contract_clean(text: str, lang: str) -> None:
    _clean("no-written-contract", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an age cap of grown women; "мардум" (people) is no man
        ("Пример: швейный цех, нужны швеи, женщины до 50.", "ru"),
        ("Намуна: мардуми моро бе навбат ба Корея мебарем.", "tg"),
    ],
)
def test_sexual_exploitation_clean_age_cap_and_people(text: str, lang: str) -> None:
    _clean("sexual-exploitation-risk", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the limits of round 18 with the spoken "мумкин не", the phone or keys "at" the boss, moving about with a minder
        ("Намуна: ба ватан рафтан то охири шартнома мумкин не.", "tg"),
        ("Намуна: телефон истифода бурдан мумкин не, хобгоҳ дар анбор.", "tg"),
        ("Намуна: меҳмон овардан мумкин не.", "tg"),
        ("Намуна: телефон пеши бригадир мемонад.", "tg"),
        ("Пример: ключи от комнаты у коменданта.", "ru"),
        ("Пример: передвижение по городу только с бригадиром.", "ru"),
    ],
)
def test_employer_controls_living_more_found(text: str, lang: str) -> None:
    _has("employer-controls-living", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Намуна: телефони бригадир: +992 00 000 00 08, занг занед.", "tg"),
        ("Намуна: кор дар охрана, шиноснома лозим, шартнома дар Душанбе.", "tg"),
    ],
)
def test_phone_and_passport_of_the_boss_clean(text: str, lang: str) -> None:
    assert not ({"employer-controls-living", "passport-retention"} & ids(text, lang)), text


@pytest.mark.parametrize(
    ("flag", "text", "lang"),
    [
        ("employer-controls-living", "Пример: после смены сидим в вагончиках, по посёлку не ходим.", "ru"),
        ("passport-retention", "Namuna: pasportro bo xud nagired, dar ofis memonad.", "tg"),
        ("passport-retention", "Пример: документы забираем при заселении, отдаём при расчёте.", "ru"),
        ("tourist-visa", "Намуна: бо визаи 30-рӯза меравед, баъд дар он ҷо ҳал мекунем.", "tg"),
    ],
)
def test_more_wordings_found(flag: str, text: str, lang: str) -> None:
    _has(flag, text, lang)


@pytest.mark.parametrize(
    ("flag", "text", "lang"),
    [
        # the pronoun "ман" (I) folds like "манъ" (forbidden)
        ("employer-controls-living", "Намуна: додарам аз Хуҷанд навишт, ман ҳам рафтанӣ.", "tg"),
        # a deposit "which is returned at the end" is no passport
        ("passport-retention", "Пример: залог 500 евро, который возвращается по окончании сезона.", "ru"),
    ],
)
def test_fold_twins_and_relative_clauses_clean(flag: str, text: str, lang: str) -> None:
    _clean(flag, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        # "ман" (I) and "манзил" (home) fold like "манъ" (forbidden)
        "Ман соли гузашта ба ватан рафтам, ҳама чиз хуб.",
        "Man telefonro girifta ba shumo zang mezanam.",
        "Ман ҳам аввал хона иҷора гирифтам.",
        "Ба шаҳр рафтан осон, манзил наздик.",
    ],
)
def test_the_pronoun_man_forbids_nothing(text: str) -> None:
    _clean("employer-controls-living", text, "tg")


@pytest.mark.parametrize(
    "text",
    ["Намуна: ба шаҳр рафтан манъ.", "Намуна: меҳмон овардан манъ аст.", "Намуна: телефон истифода бурдан манъ, хобгоҳ дар сех."],
)
def test_forbidden_after_an_infinitive_found(text: str) -> None:
    _has("employer-controls-living", text, "tg")


def test_tourist_visa_told_in_the_first_person_found() -> None:
    # "Ман" (I) is no "манъ" (forbidden): the except of a rule ("кор кардан манъ аст") does not apply
    _has("tourist-visa", "Намуна: ман бо визаи туристӣ омадам, ҳоло дар сехи дӯзандагӣ кор мекунам.", "tg")


def test_tourist_visa_rule_stated_clean() -> None:
    _clean("tourist-visa", "Намуна: бо раводиди сайёҳӣ кор кардан манъ аст.", "tg")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Намуна: бародар, дар он ҷо сахт, телефонро ба бригадир медиҳӣ.", "tg"),
        ("Пример: — Можно жить отдельно? — Нет, только в нашем общежитии.", "ru"),
        ("Намуна: — Алоҳида зиндагӣ кардан мумкин? — Не, фақат дар хобгоҳи мо.", "tg"),
    ],
)
def test_phone_to_the_boss_and_only_our_hostel_found(text: str, lang: str) -> None:
    _has("employer-controls-living", text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пример: проживание только в нашем общежитии, бесплатно, рядом с цехом.", "ru"),
        ("Пример: по всем вопросам звоните по телефону бригадиру Алишеру.", "ru"),
    ],
)
def test_free_hostel_and_the_foremans_phone_clean(text: str, lang: str) -> None:
    _clean("employer-controls-living", text, lang)


def test_papers_in_the_office_are_not_a_passport() -> None:
    _clean("passport-retention", "Пример: все документы по договору хранятся в офисе компании, копии выдаём.", "ru")


def test_work_book_given_back_on_leaving_clean() -> None:
    _clean("passport-retention", "Пример: трудовую книжку и документы по стажу выдаём при увольнении.", "ru")


def test_going_out_to_the_site_is_no_leaving() -> None:
    _clean("employer-controls-living", "Пример: выход на объект только в каске, без СИЗ нельзя.", "ru")


def test_leaving_the_hostel_at_the_site_found() -> None:
    _has("employer-controls-living", "Primer: obshaga na obekte, vyhod tolko s razresheniya mastera.", "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пример: рабочая виза (не гостевая), оформляет работодатель.", "ru"),
        ("Пример: студенческая виза не даёт права работать полный день, мы оформляем рабочую.", "ru"),
        ("Пример: если спросят на границе, говорите правду: едете работать по рабочей визе.", "ru"),
        ("Намуна: дар сарҳад ростӣ гӯед: ба кор бо визаи корӣ меравед.", "tg"),
    ],
)
def test_tourist_visa_fair_terms_clean(text: str, lang: str) -> None:
    _clean("tourist-visa", text, lang)


def test_tourist_visa_said_at_the_border_still_found() -> None:
    _has("tourist-visa", "Пример: на границе говорите, что едете к тёте в гости, всё честно.", "ru")


@pytest.mark.parametrize(
    ("flag", "text", "lang"),
    [
        (
            "sexual-exploitation-risk",
            "Пример: подруга посоветовала: в кафе у дома нужны посудомойщицы, ночная смена, оформление официальное.",
            "ru",
        ),
        ("sexual-exploitation-risk", "Намуна: дугонаам дар нонвойхона кор мекунад, смена шабона, шартнома ҳаст.", "tg"),
        ("recruit-others", "Пример: поделитесь ссылкой на вакансию с друзьями, если кому нужно.", "ru"),
        ("recruit-others", "Пример: возьмём ещё двоих сварщиков, оплата по договору.", "ru"),
        ("employer-controls-living", "Намуна: ҷой дар контейнерҳо ройгон, аз маош чизе намебурем.", "tg"),
    ],
)
def test_night_shift_shared_link_and_free_container_clean(flag: str, text: str, lang: str) -> None:
    _clean(flag, text, lang)


def test_contract_on_the_first_working_day_clean() -> None:
    text = "Пример: ООО «Пример-Бетон», Москва, ул. Мира 1. Трудовой договор подписываем в первый рабочий день на объекте."
    _clean("no-written-contract", text, "ru")


def test_contract_on_arrival_still_found() -> None:
    _has("no-written-contract", "Пример: договор подпишете по приезду, на месте.", "ru")


def test_contract_here_at_a_domestic_employer_clean() -> None:
    _clean("no-written-contract", "Пример: ООО «Пример-Склад», Подольск, ул. Мира 2. Договор оформляем здесь же, на складе.", "ru")


def test_coming_with_a_relative_and_free_housing_clean() -> None:
    _clean("recruit-others", "Пример: можно приехать с родственником, проживание бесплатно.", "ru")


def test_a_wide_age_range_of_women_clean() -> None:
    _clean("sexual-exploitation-risk", "Пример: швейный цех, швеи, женщины от 20 до 45 лет, оформление официальное.", "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Сафорат хотиррасон мекунад: бе шиноснома ба кӯча баромадан мумкин не, полиса месанҷад.", "tg"),
        ("Памятка: без документов на улицу выходить нельзя, полиция проверяет.", "ru"),
    ],
)
def test_a_notice_about_carrying_papers_clean(text: str, lang: str) -> None:
    _clean("employer-controls-living", text, lang)
