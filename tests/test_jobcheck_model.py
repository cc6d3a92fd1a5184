"""The job-ad scanner's learned layer (bot/jobcheck/model.py, trained by bot/jobcheck/train.py).

Every labelled ad set is now training data of the model, so the figures that mean something
are the leave-one-writer-set-out cross-validation figures of bench/README.md
(``bench/offers.py --cv``); the slow test below keeps them (run with HAMROH_SLOW_TESTS=1,
about a minute). The fast tests check that the shipped model matches its training data,
that the hand-written prediction is scikit-learn's, and how the model joins the rules.
"""

from __future__ import annotations

import os

import numpy as np
import pytest

from bot.i18n import translator
from bot.jobcheck import model as M
from bot.jobcheck import render, train
from bot.jobcheck.render import explain, explain_sms
from bot.jobcheck.result import FlagHit, ScanResult
from bot.jobcheck.scanner import default_scanner, scan

slow = pytest.mark.skipif(os.environ.get("HAMROH_SLOW_TESTS") != "1", reason="slow: set HAMROH_SLOW_TESTS=1")


def test_the_shipped_model_is_current_and_never_saw_the_blind_set() -> None:
    assert train.is_current(), "data/jobcheck/model.npz is stale: run python -m bot.jobcheck.train"
    assert not any(n in str(p) for p in train.SETS.values() for n in ("holdout36",))
    m = M.shipped()
    assert m is not None and m.heads == [M.SCAM, M.NOTICE, *train.HEADS]
    assert set(train.ADDABLE) <= set(train.HEADS)
    assert all(m.bars.add[h] > 1 for h in train.HEADS if h not in train.ADDABLE)


def test_the_hand_written_prediction_is_scikit_learns() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    ads = train.load_sets(["holdout3"])["holdout3"]
    m = train.fit(ads[:80], ("vague-job",))
    vec = TfidfVectorizer(analyzer=M.ngrams, sublinear_tf=True, min_df=2, dtype=np.float32)
    x = vec.fit_transform([M.prepare(a["text"]) for a in ads[:80]])
    clf = LogisticRegression(C=M.C_REG, max_iter=5000, tol=1e-5).fit(x, [a["label"] == "scam" for a in ads[:80]])
    want = clf.predict_proba(vec.transform([M.prepare(a["text"]) for a in ads[80:]]))[:, 1]
    got = [m.proba(a["text"])[M.SCAM] for a in ads[80:]]
    assert np.allclose(got, want, atol=1e-4)


def test_the_model_drops_a_rules_flag_only_below_its_bars_and_adds_only_where_allowed() -> None:
    sc = default_scanner()
    heads = [M.SCAM, "vague-job", "upfront-fee"]
    shell = M.Model(heads=heads, vocab={}, idf=np.zeros(0), coef=np.zeros((3, 0)), intercept=np.zeros(3))
    bars = M.Bars(keep={"vague-job": 0.3, "upfront-fee": 0.1}, doubt={"vague-job": 0.5, "upfront-fee": 1.01},
                  add={"vague-job": 0.8, "upfront-fee": 1.01})
    rules = ScanResult("medium", [FlagHit("vague-job", "Работа за границей", 2.0)], ["employer-name"], score=3.0)
    text = "Работа за границей для всех, высокая зарплата, подробности в личке, пишите скорее нам в телеграм"
    # sure it is no vague ad and doubting it is a scam: dropped
    r = M.apply(sc, rules, text, shell, {M.SCAM: 0.4, "vague-job": 0.1, "upfront-fee": 0.0}, bars)
    assert r.flag_ids == []
    # the ad looks like a scam: the rules' flag stays, with the rules' evidence
    r = M.apply(sc, rules, text, shell, {M.SCAM: 0.9, "vague-job": 0.1, "upfront-fee": 0.0}, bars)
    assert r.flag_ids == ["vague-job"] and r.flags[0].evidence == "Работа за границей"
    # a flag the rules missed is added when sure, in a scam, but never makes the ad high alone
    low = ScanResult("low", [], [], score=0.0)
    r = M.apply(sc, low, text, shell, {M.SCAM: 0.9, "vague-job": 0.95, "upfront-fee": 0.99}, bars)
    assert r.flag_ids == ["vague-job"] and r.risk == "medium"  # upfront-fee is not addable (add > 1)
    r = M.apply(sc, low, text, shell, {M.SCAM: 0.3, "vague-job": 0.95, "upfront-fee": 0.0}, bars)
    assert r.flag_ids == [] and r.risk == "low"  # not in an ad the model thinks genuine
    # nor in a snippet shorter than ADD_MIN_WORDS, however sure
    short = " ".join(text.split()[: M.ADD_MIN_WORDS - 1])
    r = M.apply(sc, low, short, shell, {M.SCAM: 0.9, "vague-job": 0.99, "upfront-fee": 0.0}, bars)
    assert r.flag_ids == [] and r.risk == "low"


def test_the_model_never_adds_unrealistic_pay_where_the_pay_table_judged_the_pay() -> None:
    """The pay table is a sourced figure; n-grams cannot read numbers. Where the table found a
    stated pay and judged it ordinary, the model may not call it unrealistic; where no pay is
    stated ("big money"), it may."""
    sc = default_scanner()
    shell = M.Model(heads=[M.SCAM, "unrealistic-pay"], vocab={}, idf=np.zeros(0), coef=np.zeros((2, 0)), intercept=np.zeros(2))
    bars = M.Bars(keep={"unrealistic-pay": 0.05}, doubt={"unrealistic-pay": 1.01}, add={"unrealistic-pay": 0.9})
    probs = {M.SCAM: 0.95, "unrealistic-pay": 0.99}
    stated = "Работа в Корее на заводе, зарплата 2 300 000 вон в месяц, жильё есть, пишите в личку, места есть"
    r = M.apply(sc, sc.scan_rules(stated), stated, shell, probs, bars)
    assert "unrealistic-pay" not in r.flag_ids
    unstated = "Работа в Корее на заводе, зарплата очень большая, за сезон купите машину, пишите в личку, места есть"
    r = M.apply(sc, sc.scan_rules(unstated), unstated, shell, probs, bars)
    assert "unrealistic-pay" in r.flag_ids


def test_a_critical_flag_the_rules_found_stays_in_an_ad_the_model_is_sure_is_a_scam() -> None:
    """The flag's own classifier may not know a wording ("Шиносномаро ба мо медиҳед" scored
    0.04); in an ad the model is sure is a scam, the rules' critical flag is not dropped."""
    sc = default_scanner()
    shell = M.Model(heads=[M.SCAM, "passport-retention"], vocab={}, idf=np.zeros(0), coef=np.zeros((2, 0)), intercept=np.zeros(2))
    bars = M.Bars(keep={"passport-retention": 0.05}, doubt={"passport-retention": 1.01}, add={"passport-retention": 1.01})
    text = "Ба Россия коргарон лозим, шиносномаро ба мо медиҳед, мо ҳама корҳоро мекунем, танҳо дар Telegram"
    rules = ScanResult("high", [FlagHit("passport-retention", "шиносномаро ба мо медиҳед", 10.0, True)], [], score=10.0)
    sure = M.apply(sc, rules, text, shell, {M.SCAM: M.KEEP_CRITICAL_SCAM, "passport-retention": 0.01}, bars)
    assert sure.flag_ids == ["passport-retention"] and sure.risk == "high"
    unsure = M.apply(sc, rules, text, shell, {M.SCAM: 0.6, "passport-retention": 0.01}, bars)
    assert unsure.flag_ids == []
    # a flag that is not critical is still judged by its own bar
    soft = ScanResult("medium", [FlagHit("passport-retention", "шиносномаро ба мо медиҳед", 2.0, False)], [], score=2.0)
    assert M.apply(sc, soft, text, shell, {M.SCAM: 0.99, "passport-retention": 0.01}, bars).flag_ids == []


def test_a_money_flag_the_rules_read_on_a_sum_is_never_dropped_by_the_model() -> None:
    """The model's n-grams cannot read a sum: a fee or a pay the rules read on an amount with
    its currency stays, however low the flag's probability; the same words without a sum are
    judged by the flag's bar."""
    sc = default_scanner()
    heads = [M.SCAM, "upfront-fee", "unrealistic-pay", "excessive-hours"]
    shell = M.Model(heads=heads, vocab={}, idf=np.zeros(0), coef=np.zeros((4, 0)), intercept=np.zeros(4))
    bars = M.Bars(keep=dict.fromkeys(heads[1:], 0.5), doubt=dict.fromkeys(heads[1:], 1.01))
    probs = {M.SCAM: 0.3, **dict.fromkeys(heads[1:], 0.05)}
    text = "ООО «Строй-0», г. Москва, ул. Лесная, д. 0. Разнорабочие на объект, оформление по договору, звоните"
    cases = [
        (FlagHit("upfront-fee", "Оплата визы 300$", 3.0, False), True),
        (FlagHit("upfront-fee", "анкета — 300 сомонӣ", 10.0, True), True),
        (FlagHit("unrealistic-pay", "12 ҳазор рубл", 2.0, False), True),
        (FlagHit("upfront-fee", "оплата за оформление", 3.0, False), False),  # no sum: the bar judges
        (FlagHit("unrealistic-pay", "большие деньги без опыта", 2.0, False), False),
        (FlagHit("excessive-hours", "12 часов 300 рублей", 2.0, False), False),  # not a money flag
    ]
    for hit, kept in cases:
        rules = ScanResult("medium", [hit], [], score=hit.weight)
        assert (hit.id in M.apply(sc, rules, text, shell, probs, bars).flag_ids) == kept, hit


def test_the_verdict_is_capped_only_when_the_model_is_sure_and_no_critical_flag_stays() -> None:
    bars = M.Bars(cap_medium=0.2, cap_low=0.1)
    assert M.verdict("high", 0.05, bars) == "low"
    assert M.verdict("high", 0.05, bars, grave=True) == "medium"  # a fee or a kept passport stays: never low
    assert M.verdict("high", 0.15, bars) == "medium"
    assert M.verdict("high", 0.5, bars) == "high"
    assert M.verdict("low", 0.99, bars) == "low"  # raise_at defaults to never


def test_a_sure_notice_is_low_with_no_flag_and_both_classifiers_must_agree() -> None:
    """An ad the notice head is sure of (at ``notice_at``) that the scam head is not sure is a scam
    (``NOTICE_SCAM_MAX``) keeps no flag and is low; either classifier alone changes nothing. The bar
    survives the file."""
    sc = default_scanner()
    heads = [M.SCAM, M.NOTICE, "upfront-fee"]
    shell = M.Model(heads=heads, vocab={}, idf=np.zeros(0), coef=np.zeros((3, 0)), intercept=np.zeros(3))
    bars = M.Bars(keep={"upfront-fee": 0.0}, doubt={"upfront-fee": 1.01}, notice_at=0.7)
    assert M.Bars.from_array(bars.as_array(heads), heads).notice_at == 0.7
    fee = FlagHit("upfront-fee", "за 1500 долларов", 10.0, True)
    rules = ScanResult("high", [fee], ["employer-name"], score=10.0)
    text = "Уважаемые граждане! Если вам предлагают работу за 1500 долларов без экзамена, это обман, не платите"
    notice = M.apply(sc, rules, text, shell, {M.SCAM: 0.2, M.NOTICE: 0.9, "upfront-fee": 0.9}, bars)
    assert (notice.risk, notice.flag_ids, notice.missing) == ("low", [], ["employer-name"])
    for p_scam, p_notice in ((0.85, 0.9), (0.2, 0.6)):
        r = M.apply(sc, rules, text, shell, {M.SCAM: p_scam, M.NOTICE: p_notice, "upfront-fee": 0.9}, bars)
        assert (r.risk, r.flag_ids) == ("high", ["upfront-fee"]), (p_scam, p_notice)


# made up for this test (never copied from a labelled set): notices that quote the offers they warn
# of, and scams in official dress
NOTICES = [
    ("Уважаемые граждане! Министерство труда, миграции и занятости населения напоминает: направление на работу "
     "за рубеж бесплатное. Если вам в мессенджере предлагают работу в Корее без экзамена за 1500 долларов — это "
     "мошенничество. Не отдавайте паспорт посредникам. Проверить лицензию агентства можно на официальном сайте.", "ru"),
    ("Шаҳрвандони азиз! Хадамоти муҳоҷират хотиррасон мекунад: барои ба кор фиристодан ба хориҷа ҳеҷ кас набояд аз "
     "шумо пул гирад. Агар ба шумо гӯянд, ки бо визаи сайёҳӣ равед ва дар он ҷо кор кунед, бовар накунед. Паспорти "
     "худро ба миёнаравҳо надиҳед.", "tg"),
    ("Diqqat hamvatanon! Dar kanalho e'lon mekunand ki Angliya ba kori mavsimi bo 2000 dollar mebarand. In firib ast. "
     "Kori mavsimi dar Britoniyo faqat tavassuti operatorhoi rasmi, pul az korgar girifta nameshavad. Pul nadihed.", "tg"),
]
DRESSED = [
    ("Министерство труда объявляет дополнительный набор в Корею по программе EPS без экзамена! Осталось 10 мест. "
     "Оплата за внесение в список 800$ на карту координатора Пример. Пишите в телеграм @primer_eps_xx", "ru"),
    ("ВНИМАНИЕ! Официальное агентство Пример предупреждает: остерегайтесь мошенников. Мы настоящие. Работа в Польше "
     "на складе, 4000 злотых. Предоплата за визу 500$ на карту менеджера, места ограничены, пишите в личку.", "ru"),
    ("Эълон аз номи Вазорати меҳнат: ба Русия бо оргнабор кор ҳаст. Барои ба рӯйхат дохил шудан 2000 сомонӣ ба "
     "намояндаи мо дар ноҳия супоред. Ҷой кам аст, то ҷумъа.", "tg"),
]


@pytest.mark.parametrize(("text", "lang"), NOTICES)
def test_the_shipped_model_reads_a_notice_as_one(text: str, lang: str) -> None:
    """... and says so, in the person's language, in chat and in one short SMS."""
    r = scan(text, lang)
    assert (r.risk, r.flag_ids, r.notice) == ("low", [], True)
    tr = translator(lang)
    chat, sms = explain(r, tr), explain_sms(r, tr)
    assert chat.startswith(tr._(render.NOTICE_HEADLINE)) and tr._(render.NOTICE_HEADLINE) != render.NOTICE_HEADLINE
    assert sms.startswith(tr._(render.NOTICE_SMS)) and len(sms) <= render.SMS_LIMIT
    assert tr._(render.RISK_HEADLINE["low"]) not in chat  # no "no clear warning signs" about a warning


@pytest.mark.parametrize(("text", "lang"), DRESSED)
def test_a_scam_in_official_dress_stays_high_with_its_fee(text: str, lang: str) -> None:
    r = scan(text, lang)
    assert r.risk == "high" and "upfront-fee" in r.flag_ids and not r.notice, (r.risk, r.flag_ids)


@pytest.mark.parametrize("text", ["Привет", "Салом, чӣ хел шумо?", "spasibo bolshoe", "Приведи друга"])
def test_short_text_is_left_to_the_rules(text: str) -> None:
    sc = default_scanner()
    assert scan(text, "ru").as_dict() == sc.scan_rules(text, "ru").as_dict()


def test_the_learned_layer_stays_fast() -> None:
    import time

    ads = train.load_sets(["holdout3"])["holdout3"]
    sc = default_scanner()
    sc.scan("x", "ru")
    times = []
    for a in ads:
        t0 = time.perf_counter()
        sc.scan(a["text"], a["lang"])
        times.append(time.perf_counter() - t0)
    assert sorted(times)[len(times) // 2] < 0.02  # about 1.3 ms on a shared 2-core machine


# the cross-validation figures of bench/README.md (round 18 of issue 16), rules + model, per
# left-out set: (accuracy, genuine rated high, wrongly reported flags). Round 5's were dev 0.2 %
# wrong, holdout4 94.2 % / 5 / 9.3 %; round 6 (i16s4) holdout4 97.5 % / 2 / 7.0 %; holdout5 joined
# in round 6, holdout6 in round 7 (its blind figure: 98.4 % / 0 / 2.8 %), holdout7 in round 8
# (blind 97.7 % / 2 / 3.3 %), holdout8 in round 9 (blind 99.2 % / 0 / 0.4 %, flag recall 76.5 %),
# holdout9 in round 10 (blind 96.9 % / 0 / 3.8 %, flag recall 78.2 %), holdout10 in round 11
# (blind 98.4 % / 1 / 4.2 %, flag recall 77.2 %), holdout11 in round 12 (blind 97.2 % / 0 / 4.2 %,
# flag recall 92.4 %), holdout12 in round 13 (blind 100 % / 0 / 6.8 %, flag recall 86.7 %), holdout13 in round 14 (blind 99.3 % / 0 / 2.9 %, flag recall 85.6 %),
# holdout14 after round 14 (blind 97.9 % / 2 / 4.2 %, flag recall 91.1 %), holdout15 in round 16 (blind
# 100 % / 0 / 1.8 %, flag recall 86.4 %), holdout16 after round 16 (blind 95.1 % / 3 / 5.8 %, flag
# recall 91.1 %; then read to mend its misses and genuine ads rated high). Round 16 lets the model add every head where it rarely
# would on a left-out ad without the flag: on sets whose rules were fitted, what it adds is mostly
# counted wrong, so wrong flags rose there (holdout 2.4 -> 5.3 %, dev 0.4 -> 1.1 %). Rounds 11 to 14 wrote rules
# from the misses of holdout8 to holdout13, and mended holdout14's genuine ads rated high (and
# of the training-only writers 1-3), so those figures are fit figures, not measures of new writers.
# Round 19 retired holdout17 (blind 98.6 % / 0 / 3.0 %, flag recall 95.7 %) and holdout18 (blind
# 97.9 % / 0 / 3.3 %, flag recall 92.0 %) into training and wrote rules from their misses; the
# model learning from them raised wrong flags on dev (1.1 -> 1.3 %) and holdout4 (4.4 -> 4.9 %).
# Round 20 retired holdout19 (blind 100 % / 0 / 2.1 %, flag recall 94.9 %) the same way. Round 29 retired
# holdout29 (blind 97.9 % / 5 / 4.4 %, flag recall 93.0 %) and mended its misses; the retrained model's
# additions raised wrong flags on holdout (3.6 -> 4.7 %) and holdout4 (4.9 -> 5.3 %), where the rules did not change.
# Round 30 retired holdout30 (blind 98.6 % / 2 / 2.8 %, flag recall 94.5 %) and mended its misses: rules + model
# 99.3-100 % on every set, no genuine ad high on any (holdout25 had one), wrong flags 0.3-5.3 %.
# Round 31 retired holdout31 (blind 97.9 % / 5 / 4.4 %, flag recall 95.6 %) and mended its misses: rules + model
# 99.3-100 % on every set, no genuine ad high on any, wrong flags 0-6.4 % (holdout 4.2 -> 6.4 %: the retrained
# model adds flags its writer did not give, while the rules' own wrong flags there stay at 2.4 %).
# Round 32 retired holdout32 (blind 95.5 % / 7 / 10.3 %, flag recall 92.9 %) and mended its misses: rules + model
# 99.0-100 % on every set, no genuine ad high but on holdout32 (2: its writers disagree with the rest on notices),
# wrong flags 0.3-7.0 % (holdout32 7.0 %, from 10.3 % blind).
# Round 33 retired holdout33 (blind 95.5 % / 5 / 8.5 %, flag recall 91.7 %) and mended its misses: rules + model
# 99.3-100 % on every set, no genuine ad high on any, wrong flags 0-6.2 % (holdout32 7.0 -> 6.2 %, holdout33 3.3 %).
# Round 34 retired holdout34 (blind 97.9 % / 6 / 7.7 %, flag recall 91.3 %) and mended its misses: rules + model
# 99.3-100 % on every set, no genuine ad high on any, wrong flags 0-6.2 % (holdout34 4.9 %).
# Round 35 retired holdout35 (blind 93.8 % / 13 / 8.8 %, flag recall 91.7 %) and holdout35n (blind notices, 67.7 % / 25 / 68.4 %)
# and joined notices35; the figures now replay what each fold's model said of the flagged sentences (``train.Replayed``), the
# paths ``model.apply`` takes when a text reads as a notice, which the figures before could not follow (they cleared every
# notice above the bar): rules + model 96.2-100 % on every set but the two notice sets (holdout35n 80.2 %, notices35 81.7 %),
# genuine high 0 but on holdout32 (1), holdout35 (5) and the notice sets (11, 20).
CV_FLOOR = {
    "ads_holdout": (1.0, 0, 0.0),
    "dev": (0.996, 0, 0.016),
    "holdout": (1.0, 0, 0.064),
    "holdout2": (1.0, 0, 0.008),
    "holdout3": (1.0, 0, 0.031),
    "holdout4": (1.0, 0, 0.053),
    "holdout5": (1.0, 0, 0.01),
    "holdout6": (1.0, 0, 0.014),
    "holdout7": (1.0, 0, 0.0),
    "holdout8": (1.0, 0, 0.003),
    "holdout9": (1.0, 0, 0.003),
    "holdout10": (1.0, 0, 0.017),
    "holdout11": (0.993, 0, 0.024),
    "holdout12": (1.0, 0, 0.045),
    "holdout13": (1.0, 0, 0.008),
    "holdout14": (1.0, 0, 0.008),
    "holdout15": (1.0, 0, 0.008),
    "holdout16": (1.0, 0, 0.015),
    "holdout17": (1.0, 0, 0.008),
    "holdout18": (1.0, 0, 0.008),
    "holdout19": (1.0, 0, 0.015),
    "holdout20": (1.0, 0, 0.007),
    "holdout21": (1.0, 0, 0.01),
    "holdout22": (0.997, 0, 0.017),
    "holdout23": (1.0, 0, 0.023),
    "holdout24": (1.0, 0, 0.016),
    "holdout25": (1.0, 0, 0.017),
    "holdout26": (1.0, 0, 0.008),
    "holdout27": (1.0, 0, 0.016),
    "holdout28": (0.997, 0, 0.03),
    "holdout29": (1.0, 0, 0.008),
    "holdout30": (1.0, 0, 0.009),
    "holdout31": (0.997, 0, 0.019),
    "holdout32": (0.976, 1, 0.072),
    "holdout33": (0.997, 0, 0.033),
    "holdout34": (0.99, 0, 0.053),
    "holdout35": (0.962, 5, 0.06),
    "holdout35n": (0.802, 11, 0.571),
    "notices35": (0.817, 20, 0.472),
}


@slow
@pytest.mark.timeout(1200)  # one fold per writer set (39) of 16 classifiers: about 5 minutes on 2 cores, more beside other work
def test_cross_validation_keeps_the_recorded_figures() -> None:
    m = M.shipped()
    assert m is not None
    fig = train.figures(train.cross_validate(), m.bars, tuple(m.flag_heads))
    for name, (acc, high, wrong) in CV_FLOOR.items():
        v = fig[name]
        assert v["accuracy"] >= acc - 0.009, (name, v["accuracy"])  # one ad of 120
        assert v["genuine_high"] <= high, (name, v["genuine_high"])
        assert v["wrong_flags"] <= wrong + 0.005, (name, v["wrong_flags"])


def test_cross_validation_figures_read_a_notice_like_ads_flagged_sentences_as_the_shipped_model_does() -> None:
    """Round 35: ``train.judge`` keeps what a fold's model said of the sentences that carry the rules' flags, and
    ``train.applied`` answers ``model.apply`` from them (``Replayed``). A text the notice head is sure of whose
    demand reads as a scam on its own keeps its flags (as with the shipped model), and one whose flagged sentences
    read as a notice too is cleared; before, the figures could not read the sentences and cleared both."""
    sc = default_scanner()
    text = ("Осторожно, мошенники! Мы официальное агентство. Оформление визы 500$ предоплата на карту, "
            "паспорт оставляете у координатора до выезда.")
    rules = sc.scan_rules(text, "ru")
    assert {"upfront-fee", "passport-retention"} <= set(rules.flag_ids)
    heads = [M.SCAM, M.NOTICE, *train.HEADS]
    probs = dict.fromkeys(heads, 0.5) | {M.SCAM: 0.2, M.NOTICE: 0.99}
    bars = M.Bars(notice_at=0.9)

    class Fold:  # what a fold's model says of a text: the whole, and the pieces ``apply`` may read
        def __init__(self, piece: dict[str, float]) -> None:
            self.piece = piece

        def proba(self, t: str) -> dict[str, float]:
            return probs if t == text else self.piece

    demand = dict.fromkeys(heads, 0.5) | {M.SCAM: 0.95, M.NOTICE: 0.1}
    kept = train.applied(sc, train.judge(sc, Fold(demand), {"text": text, "lang": "ru"}), bars)  # type: ignore[arg-type]
    assert not kept.notice and {"upfront-fee", "passport-retention"} <= set(kept.flag_ids) and kept.risk == "high"
    told = dict.fromkeys(heads, 0.5) | {M.SCAM: 0.1, M.NOTICE: 0.97}
    cleared = train.applied(sc, train.judge(sc, Fold(told), {"text": text, "lang": "ru"}), bars)  # type: ignore[arg-type]
    assert cleared.notice and cleared.risk == "low" and cleared.flag_ids == []
