"""Issue 16: the job-ad scanner reads negation, fee wording, vague ads and Latin-script ads.

The ads here are short made-up examples (fictional companies "Пример", "Намуна");
the development set (tests/data/ads.jsonl) keeps the floor as a whole.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from bot.jobcheck.scanner import default_scanner, scan

ROOT = Path(__file__).resolve().parent.parent
ADDRESS = "ООО «Пример Склад», г. Тула, ул. Заводская, 3. Тел. +7 487 000 00 00. Трудовой договор. "
ADDRESS_TG = "ҶДММ «Намуна Анбор», ш. Тула, кӯчаи Заводская, 3. Тел. +7 487 000 00 00. Шартномаи меҳнатӣ. "
ADDRESS_LAT = "OOO «Primer Sklad», Tula, ul. Zavodskaya, 3. Tel. +7 487 000 00 00. Trudovoi dogovor. "


def ids(text: str, lang: str = "ru") -> set[str]:
    return set(scan(text, lang).flag_ids)


@pytest.mark.parametrize(
    "text, lang",
    [
        (ADDRESS + "Мы не берём денег с работников за оформление и визу.", "ru"),
        (ADDRESS + "Трудоустройство бесплатно для соискателя, без предоплат.", "ru"),
        (ADDRESS + "Оплату визы и билета берёт на себя работодатель.", "ru"),
        (ADDRESS + "Если кто-то требует оплату от нашего имени — это мошенники.", "ru"),
        (ADDRESS_TG + "Аз коргар барои ҳуҷҷатҳо пул гирифта намешавад.", "tg"),
        (ADDRESS_TG + "Хизматрасонии мо ройгон аст, пешпардохт намегирем.", "tg"),
        (ADDRESS_LAT + "Za oformlenie nichego ne platite, deneg s rabotnikov ne berem.", "ru"),
        (ADDRESS_LAT + "Az shumo hech pul namegirem, hujjatho roygon.", "tg"),
        # the denial stands anywhere in the sentence, not only next to the fee word
        (ADDRESS + "Никаких взносов, залогов и комиссий.", "ru"),
        (ADDRESS_TG + "Гарав, пешпардохт ва ҳаққи хизмат нест.", "tg"),
        (ADDRESS + "Деньги за визу, билет или «место в списке» у вас никто не вправе требовать.", "ru"),
    ],
)
def test_a_denied_fee_is_a_good_sign_not_a_flag(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert "upfront-fee" not in r.flag_ids, r.flags
    assert r.risk == "low"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Чтобы попасть в список на выезд, нужно сдать 1500 сомони.", "ru"),  # for the list
        ("Место в очереди — 300$, кто оплатил раньше, тот едет первым.", "ru"),  # for the queue
        ("Za vizu nado otdat 400 evro.", "ru"),  # for the visa, Latin letters
        ("Оформление через нашего представителя в районе, ему передаёте 2000 сомони.", "ru"),  # representative
        ("Барои дохил шудан ба рӯйхат 1200 сомонӣ ба намояндаи мо супоред.", "tg"),
        ("Baroi navbat 500 somoni pardokht mekuned.", "tg"),
        ("Ba namoyandai mo dar nohiyaaton 1000 somoni medihed.", "tg"),
        ("Барои раводид 600 евро ба намояндаи ширкат медиҳед.", "tg"),
    ],
)
def test_money_for_a_list_queue_visa_or_representative_is_an_upfront_fee(text: str, lang: str) -> None:
    assert "upfront-fee" in ids(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Работа за границей! Высокая зарплата, жильё есть. Подробности в личных сообщениях.", "ru"),
        ("Кор дар хориҷа, маоши баланд! Тафсилот дар паёмҳои шахсӣ. Нависед.", "tg"),
        ("Rabota za granicei, horoshaya zarplata, vse podrobnosti v lichku.", "ru"),
        ("Kor dar xorija, maoshi baland. Tafsilot dar shaxsi, navised.", "tg"),
    ],
)
def test_a_vague_ad_with_details_in_private_is_vague_unverifiable_and_at_least_medium(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert {"vague-job", "unverifiable-employer"} <= set(r.flag_ids), r.flags
    assert r.risk in ("medium", "high")


@pytest.mark.parametrize(
    "text, lang, flag",
    [
        (ADDRESS_LAT + "Pasport ne zabiraem, on u vas.", "ru", "passport-retention"),
        (ADDRESS_LAT + "Za obshchezhitie iz zarplaty ne vychitaem, vyhod svobodnyi.", "ru", "employer-controls-living"),
        (ADDRESS_TG + "Шиносномаи шуморо намегирем, он дар дасти худатон.", "tg", "passport-retention"),
    ],
)
def test_a_denied_passport_or_living_rule_raises_nothing(text: str, lang: str, flag: str) -> None:
    r = scan(text, lang)
    assert flag not in r.flag_ids and r.risk == "low", r.flags


def test_a_fee_the_ad_also_denies_stays_as_evidence_but_not_high_on_its_own() -> None:
    text = ADDRESS + "Без предоплаты! Оплата визы 300$ при подписании."
    r = default_scanner().scan_rules(text, "ru")
    assert "upfront-fee" in r.flag_ids  # the rules keep it: the person still sees it ...
    assert r.risk == "medium"  # ... but the denial keeps it from making the ad high
    # Rules + model: round 20's model dropped this fee (probability 0.35 under its keep bar 0.4)
    # and the ad was low. Since round 21 a fee the rules read on a sum is never dropped by the
    # model, whose n-grams cannot read the sum (``model.priced``).
    r = scan(text, "ru")
    assert "upfront-fee" in r.flag_ids and r.risk == "medium"


def test_money_taken_back_later_is_not_a_denial() -> None:
    r = scan("Проезд за счёт работодателя с последующим удержанием из зарплаты.", "ru")
    assert "debt-or-wage-withholding" in r.flag_ids


def test_a_named_company_with_an_address_is_not_unverifiable() -> None:
    r = scan(ADDRESS + "Грузчики, 70 000 руб. Подробности по телефону.", "ru")
    assert not {"vague-job", "unverifiable-employer"} & set(r.flag_ids)


@pytest.mark.parametrize(
    "cyr, lat, lang",
    [
        (
            "Работа в Корее без экзамена, виза за 10 дней. Оплата услуг 1200$ заранее. Пишите в личку.",
            "Rabota v Koree bez ekzamena, viza za 10 dnei. Oplata uslug 1200$ zaranee. Pishite v lichku.",
            "ru",
        ),
        (
            "Кор дар Русия. Шиносномаро ба бригадир месупоред. Барои ҳуҷҷатҳо 1500 сомонӣ пешакӣ. Шартнома лозим нест.",
            "Kor dar Rusiya. Shinosnomaro ba brigadir mesupored. Baroi hujjatho 1500 somoni peshaki. Shartnoma lozim nest.",
            "tg",
        ),
        (
            "Кор 14 соат дар рӯз, рӯзи истироҳат нест. Барои хобгоҳ ва хӯрок аз маош тарҳ мекунем.",
            "Kor 14 soat dar ruz, ruzi istirohat nest. Baroi xobgoh va xurok az maosh tarh mekunem.",
            "tg",
        ),
    ],
)
def test_latin_letters_get_the_same_flags_as_cyrillic(cyr: str, lat: str, lang: str) -> None:
    a, b = scan(cyr, lang), scan(lat, lang)
    assert a.flag_ids and set(a.flag_ids) == set(b.flag_ids)
    assert a.risk == b.risk


@pytest.mark.parametrize(
    "text, lang",
    [
        (ADDRESS + "Проживание в общежитии на территории, выход за территорию только с разрешения бригадира.", "ru"),
        (ADDRESS + "Жить только в нашем общежитии, за него удерживается 15 000 из зарплаты.", "ru"),
        (ADDRESS_TG + "Хобгоҳ дар ҳудуди корхона, баромадан бе иҷозати сардор манъ аст.", "tg"),
        (ADDRESS_LAT + "Za obshezhitie i pitanie uderzhivaem iz zarplaty 25 000. Vyhod s territorii zapreshen.", "ru"),
    ],
)
def test_employer_controls_living_is_found_and_at_least_medium(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert "employer-controls-living" in r.flag_ids
    assert r.risk in ("medium", "high")


# -- the development sets keep the floor (figures in bench/README.md) ----------------------------------


def _bench(path: Path, rules_only: bool = False) -> dict:
    sys.path.insert(0, str(ROOT))
    from bench.offers import evaluate, load
    from bot.jobcheck.scanner import default_scanner

    sc = default_scanner()
    sc.model = None if rules_only else False
    try:
        return evaluate(load(path))
    finally:
        sc.model = False


@pytest.mark.parametrize("name", ["ads.jsonl", "ads_holdout.jsonl"])
def test_dev_ad_sets_keep_the_floor(name: str) -> None:
    # Since round 5 every ad set is training data of the learned layer: on them the scanner
    # with the model measures nothing (the honest figures are the cross-validation ones,
    # tests/test_jobcheck_model.py). The rules alone keep their floor here: a change of a
    # rule that loses what it found is still caught.
    res = _bench(ROOT / "tests" / "data" / name, rules_only=True)
    # third round of issue 16: dev set (518 ads) 100 % accuracy, lowest flag recall 100 %,
    # 0.1 % wrong flags; issue 4's 24 ads 100 %, 100 %, 0 %
    # fourth round (branch i16s2): dev set (594 ads) 100 %, lowest flag recall 100 %, 0.1 % wrong
    assert res["accuracy"] >= 0.995
    assert res["genuine_rated_high"] == 0
    assert res["min_flag_recall"] >= 0.98, {k: v for k, v in res["per_flag"].items() if v["recall"] < 0.98}
    assert res["wrong_flags"] <= 0.005


def test_dev_ad_set_has_the_hard_kinds() -> None:
    ads = [json.loads(x) for x in (ROOT / "tests" / "data" / "ads.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    kinds = {a.get("kind") for a in ads}
    assert {"fee-denied", "fee-list", "fee-queue", "fee-visa", "fee-representative", "vague", "latin", "controls-living"} <= kinds
    assert sum(a["script"] == "latn" for a in ads) >= 30


# -- second round of issue 16 ------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример», г. Подольск, ул. Складская, 14. Кладовщики, 85 000 руб. Внимание: от нашего имени действуют мошенники, которые просят деньги за бронь места. Тел. +7 495 000 00 21.", "ru"),
    ("ҶДММ «Намуна», ш. Душанбе, кӯчаи Айнӣ, 40. Гачкорон, 90 000 рубл. Баъзе одамон аз номи ширкати мо барои ҷой пул ҷамъ мекунанд, онҳо фиребгаранд. Тел. +992 37 000 00 21.", "tg"),
])
def test_an_employer_warning_about_impostors_is_not_a_fee(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert "upfront-fee" not in r.flag_ids
    assert r.risk == "low"


@pytest.mark.parametrize(("text", "lang"), [
    ("Primer Bau GmbH, Германия, Мюнхен, Industriestraße 12. Бетонщики с опытом. Оплата 16 евро в час, 40 часов в неделю. Тел. +49 89 000 00 26.", "ru"),
    ("ООО «Пример», г. Сургут, ул. Промышленная, 8. Вахта 60/30. За вахту 60 дней выплачиваем 260 000 руб. Тел. +7 3462 00 00 25.", "ru"),
    ("Primer Farms Ltd, Великобритания, Orchard Lane 4. Оплата 12,21 фунта в час. Тел. +44 1622 000 031.", "ru"),
])
def test_realistic_pay_per_hour_or_per_rotation_is_not_flagged(text: str, lang: str) -> None:
    ids = scan(text, lang).flag_ids
    assert "unrealistic-pay" not in ids
    assert "excessive-hours" not in ids


def test_pay_far_above_normal_in_poland_is_still_flagged() -> None:
    ids = scan("Работа в Польше на складе! Зарплата от 3500$ в месяц, опыт не нужен.", "ru").flag_ids
    assert "unrealistic-pay" in ids


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Рабочие на мясокомбинат, 95 000 руб. По приезде документы собираем у всех, вернём когда закончите.", "ru", "passport-retention"),
    ("Ba Maskav korgaron darkor. Badi rasidan shinosnoma va hujjathoyatonro brigadir jam mekunad.", "tg", "passport-retention"),
    ("Стройка, 100 000 руб. Дорогу и оформление оплачиваем мы, потом эти расходы вычитаем из первых трёх зарплат.", "ru", "debt-or-wage-withholding"),
    ("Ба Дубай фаррошҳо. Ҳама дар хонаи корфармо зиндагӣ мекунанд, бе иҷозати роҳбар берун рафтан мумкин нест.", "tg", "employer-controls-living"),
])
def test_second_round_phrasings_are_found(text: str, lang: str, flag: str) -> None:
    assert flag in scan(text, lang).flag_ids


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример», г. Тула, ул. Заводская, 17. Фасовщики, 65 000 руб. Не верьте объявлениям, где обещают 5 000 долларов в месяц без опыта — это обман. Тел. +7 487 000 00 41.", "ru"),
    ("ҶДММ «Намуна», ш. Душанбе, кӯчаи Шотемур, 3. Ба Русия, бастабандон, 65 000 рубл. Ба эълонҳое, ки бе таҷриба 5000 доллар дар як моҳ ваъда медиҳанд, бовар накунед. Тел. +992 37 000 00 43.", "tg"),
])
def test_pay_in_a_warning_sentence_is_not_the_ads_pay(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert "unrealistic-pay" not in r.flag_ids
    assert r.risk == "low"


def test_the_same_pay_offered_is_still_flagged() -> None:
    ids = scan("Работа в России без опыта, обещаем 5 000 долларов в месяц. Пишите @primer_job_x", "ru").flag_ids
    assert "unrealistic-pay" in ids


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Ba parrandaparvari korgaron lozim. Baroi bekhatarii khudaton pasporthoro to okhiri shartnoma dar ma'muriyat nigoh medorem.", "tg", "passport-retention"),
    ("Кор дар анбори Питер. Чиптаро мо мехарем, пулашро баъд аз маошатон мебурем.", "tg", "debt-or-wage-withholding"),
    ("Теплицы, 70 000 руб. Живут все только в нашем общежитии, выезд в город по субботам с бригадиром.", "ru", "employer-controls-living"),
    ("Барои кор дар хориҷа ҷавонон лозим, маоши хуб. Кишвар ва корро дар паёми шахсӣ мегӯем.", "tg", "vague-job"),
])
def test_third_batch_phrasings_are_found(text: str, lang: str, flag: str) -> None:
    assert flag in scan(text, lang).flag_ids


# -- third round of issue 16: what is missing, sentence rules, negation scope --------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Требуются грузчики на склад, 70 000 руб. Звоните +7 900 000 00 01.", "ru"),  # no employer named at all
    ("Ба анбор борбардор лозим, 3000 сомонӣ. Тел. +992 900 00 00 02.", "tg"),
    ("Crupnaya kompaniya ishet gruzchikov na sklad, 70 000 rub. Tel +7 900 000 00 03", "ru"),
])
def test_an_ad_that_names_no_employer_is_unverifiable_and_at_least_medium(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert "unverifiable-employer" in r.flag_ids and "vague-job" not in r.flag_ids, r.flags  # the work is said
    assert r.risk in ("medium", "high")


@pytest.mark.parametrize(("text", "lang"), [
    ("Kafe Navruz (g. Tver) ishet povara, 80 000 rub. +7 900 000 00 04", "ru"),  # a capital after an organisation word
    ("Primer-Savdo dar sh. Xujand furushanda lozim, 2500 somoni. +992 900 00 00 05", "tg"),  # two capitals joined
    ("Склад «Пример Восток», Ногинск. Комплектовщики, 70 000 ₽. +7 900 000 00 06", "ru"),  # a quoted name
    ("JDMM Namuna-Bino, Dushanbe. Bannokon ba Rossiya, 95 000 rubl. +992 900 00 00 07", "tg"),  # a Latin legal form
])
def test_an_employer_named_in_the_ways_ads_name_it_is_not_unverifiable(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert not {"unverifiable-employer", "vague-job"} & set(r.flag_ids), r.flags
    assert r.risk == "low"


def test_a_city_after_an_organisation_word_is_no_name() -> None:
    assert "unverifiable-employer" in scan("Ба заводи Калуга одам мегирем, 90 000 рубл. Тел +7 900 000 00 08.", "tg").flag_ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Есть работа. Хорошие деньги. Мужчины и женщины. Звоните +7 900 000 00 09.", "ru"),
    ("Kor dar Avrupo, maoshi xub! Tel +992 900 00 00 10", "tg"),
])
def test_an_ad_that_says_no_work_and_no_employer_is_vague(text: str, lang: str) -> None:
    assert {"vague-job", "unverifiable-employer"} <= set(scan(text, lang).flag_ids)


def test_a_notice_that_only_warns_is_not_an_offer() -> None:
    r = scan("Внимание, мошенники! В соцсетях предлагают «места в списке» за 1 000 сомони. Запись бесплатная. Не отдавайте деньги посредникам.", "ru")
    assert r.risk == "low", r.flags


@pytest.mark.parametrize(("text", "lang"), [
    ("Помогаем с выездом. Медкомиссия у нашего врача — 900 сомони. Тел. +992 900 00 00 11.", "ru"),
    ("Muoinai tibbiro dar duxturi mo guzared - 700 somoni. Tel +992 900 00 00 12", "tg"),
    ("Документы сдаёте нашему координатору в районе вместе с оплатой 1 500 сомони. Тел. +992 900 00 00 13.", "ru"),
    ("KOR DAR KOREYA bez imtihon baroi navbat 600 dollar. Tel +992 900 00 00 14", "tg"),  # "bez" negates the exam only
    ("Стройка, 130 000 ₽. Без предоплаты не работаем: 300 $ за приглашение. +7 900 000 00 15", "ru"),  # a double "no"
])
def test_money_beside_what_a_recruiter_sells_is_a_fee(text: str, lang: str) -> None:
    assert "upfront-fee" in scan(text, lang).flag_ids


@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("Зарплата 70 000 ₽ минус жильё и питание. Тел. +7 900 000 00 16.", "ru", "employer-controls-living"),
    ("Baroi xobgoh va xurok 15 000 meburem. Tel +7 900 000 00 17", "tg", "employer-controls-living"),
    ("Жильё на территории, выход в город по разрешению. Тел. +7 900 000 00 18.", "ru", "employer-controls-living"),
    ("Билет покупаем мы, потом вычтем из зарплаты. Тел. +7 900 000 00 19.", "ru", "debt-or-wage-withholding"),
    ("Маош баъди 3 моҳ. Тел. +7 900 000 00 20.", "tg", "debt-or-wage-withholding"),
    ("Шиноснома ва 500 доллари пешакиро ба мо месупоред. Тел. +992 900 00 00 21.", "tg", "passport-retention"),
    ("Работа с 6 до 22, 90 000 ₽. Тел. +7 900 000 00 22.", "ru", "excessive-hours"),
    ("Запись в список до пятницы. Тел. +992 900 00 00 23.", "ru", "pressure-urgency"),
    ("Помогаем девушкам выйти замуж в Турции. Тел. +90 000 000 00 24.", "ru", "sexual-exploitation-risk"),
    ("Квитанции не выдаются, оплата представителю. Тел. +992 900 00 00 25.", "ru", "cash-no-receipt"),
])
def test_concepts_met_in_one_sentence_raise_the_flag(text: str, lang: str, flag: str) -> None:
    assert flag in scan(text, lang).flag_ids


@pytest.mark.parametrize(("text", "lang", "flag"), [
    (ADDRESS + "Зарплата ежемесячно, не в конце вахты.", "ru", "debt-or-wage-withholding"),
    (ADDRESS + "Зарплата на карту, без задержек и удержаний за дорогу.", "ru", "debt-or-wage-withholding"),
    (ADDRESS_TG + "Роҳкиро корхона медиҳад ва аз маош НАМЕБУРАД.", "tg", "debt-or-wage-withholding"),
    (ADDRESS_TG + "Ҷарима ва тарҳ аз маош нест.", "tg", "employer-controls-living"),
    (ADDRESS_LAT + "Na garav, na puli xona, na tarh baroi roh.", "tg", "upfront-fee"),
    (ADDRESS_LAT + "Shinosnoma pesh shumo memonad.", "tg", "passport-retention"),
])
def test_a_denial_beside_the_concepts_clears_the_flag(text: str, lang: str, flag: str) -> None:
    r = scan(text, lang)
    assert flag not in r.flag_ids and r.risk == "low", r.flags


@pytest.mark.parametrize(("text", "lang", "has"), [
    ("Kor dar xorija. Aksatonro ba WhatsApp firisted.", "tg", True),  # no phone, no address
    ("Rabota na sklade, 70 000. Pishite v vatsap +7 900 000 00 26", "ru", False),  # a number to call
])
def test_messenger_only_is_what_is_left_when_there_is_no_phone_and_no_address(text: str, lang: str, has: bool) -> None:
    assert ("messenger-only-contact" in scan(text, lang).flag_ids) is has


def test_the_latin_sch_typed_for_cyrillic_sch_folds_alike() -> None:
    assert scan(ADDRESS_LAT + "Bilet i vizu oplachivaem za schet rabotodatelya.", "ru").risk == "low"


def test_pay_for_an_unnamed_country_is_compared_with_what_such_work_pays_anywhere() -> None:
    assert "unrealistic-pay" in scan("Кор дар хориҷа, музди баланд аз 2500$. Тел. +992 900 00 00 27.", "tg").flag_ids
    assert "unrealistic-pay" not in scan("Кор дар хориҷа, музд 1200$. Тел. +992 900 00 00 28.", "tg").flag_ids


def test_an_ad_dense_with_concepts_is_still_scanned_fast() -> None:
    import time

    text = "жильё вычитаем билет долг паспорт сдаёте бригадиру виза 500$ с 6 до 22 " * 400
    scan("x", "ru")
    t0 = time.perf_counter()
    scan(text, "ru")
    assert time.perf_counter() - t0 < 2.0  # about 0.2 s on a shared 2-core machine


@pytest.mark.parametrize(("text", "lang"), [("Привет", "ru"), ("Салом, чӣ хел шумо?", "tg"), ("spasibo bolshoe", "ru")])
def test_a_text_that_offers_no_work_lacks_nothing(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert r.flag_ids == [] and r.risk == "low"
