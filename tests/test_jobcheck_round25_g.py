"""Issue 16, round 25 (branch r25g): notices and genuine ads read as offers (holdout24's genuine misses).

Made-up texts written for this file (never copied from a labelled set), in Russian and Tajik, Cyrillic and
Latin letters. The ideas:

- every flag a notice may quote (``QUOTED_FLAGS``, the tourist visa among them) leaves a text a notice;
- a state fee paid at a bank to the official or state account ("по официальным реквизитам", "ба ҳисоби давлатӣ")
  is no recruiter fee (nor is "пули давлатро ба ҳисоби давлат мепардозӣ" money handed over), while money to a coordinator's card or a company's fee "through a bank, with a receipt" is;
- advice on what to do before paying anyone ("Пеш аз ҳар пул додан ба хадамот биёед"), paying a go-between called
  pointless ("бессмысленно", "бефоида"), a quoted demand called a lie ("..., дурӯғ аст", "тот врёт") deny the fee;
  "waiting is pointless, pay 500$" and a lie denied in one sentence, the fee asked in the next, do not;
- signs of a notice beyond its words: who speaks (a mahalla or jamoat head, a district authority, a civic body), whom it addresses ("Уважаемые граждане", "Ҳамдеҳаҳо"), one who went and paid nobody ("ба ягон кас пул надодам"), a verdict, "paying is
  pointless"; a text so addressed that hires ("набираем", "пишите в Telegram") stays an offer;
- the spoken "ҳич", "hich" is a "not", like "ҳеҷ";
- the wage "not held" ("зарплату не держим до конца сезона", "нигоҳ намедорем") is no wage withheld;
- free to go where one likes ("ходишь куда хочешь") is no vague job;
- the first number of a range of time ("oformlenie 4–6 mesyatsev", "2-3 недели") is no amount of money.
"""

from __future__ import annotations

from bot.jobcheck.cues import tokenize
from bot.jobcheck.result import FlagHit
from bot.jobcheck.scanner import default_scanner
from tests.jobcheck_rules import found_and_clean

FOUND = [
    # a scam in official dress: the fee stays
    ("upfront-fee", "Министерство набирает на работу в Корею! Регистрационный взнос 700 сомони оплатите на карту "
     "координатора. Тел +992 00 000 00 09", "ru"),
    ("upfront-fee", "Вазорат иттилоъ медиҳад: барои сабти ном 700 сомонӣ ба корти шахсии намояндаи мо гузаронед. "
     "+992 00 000 00 08", "tg"),
    ("upfront-fee", "Оформление визы 500$, оплата через банк, квитанцию выдаём. Пишите в Telegram @primer_visa", "ru"),
    # "pointless" said of the queue, not of paying
    ("upfront-fee", "Пример, бригадир: ждать очереди бесполезно, надо платить 500$ сразу и едешь через неделю. "
     "+992 00 000 00 07", "ru"),
    ("upfront-fee", "Навбат истодан бефоида, 500$ пардохт кунед ва ҳафтаи оянда меравед. +992 00 000 00 06", "tg"),
    # a lie denied, then the fee asked
    ("upfront-fee", "Мегӯянд, ки мо пул мегирем — дурӯғ аст! Танҳо 200$ барои ҳуҷҷат пешакӣ пардохт мекунед. "
     "Тел +992 00 000 00 05", "tg"),
    ("upfront-fee", "Кто говорит, что без денег уедешь — врёт. Оплата 500$ за визу вперёд. Тел +992 00 000 00 04", "ru"),
    # "before the flight pay", no advice before paying
    ("upfront-fee", "Пеш аз парвоз 300$ пардохт кунед, баъд ба офис биёед. +992 00 000 00 03", "tg"),
    ("upfront-fee", "Перед вылетом оплатите 300$ за билет, потом приходите в центр на инструктаж. +992 00 000 00 02", "ru"),
    # a price, then a range of time
    ("upfront-fee", "Oformlenie 1500$, srok 2-3 mesyatsa, pishite v lichku @primer_viza", "ru"),
    ("upfront-fee", "Виза 800, готова за 2–3 недели, оплата вперёд. Тел +992 00 000 00 02", "ru"),
    # the spoken "ҳич" denies only its own words
    ("upfront-fee", "Bacho, Moskva stroyka, hich dogovor ne, zalog 5000 naqd ba brigadir. +7 900 000-00-62", "tg"),
    ("upfront-fee", "Ба склад коргар лозим, ҳич чиз лозим не, фақат залог 3000 сомонӣ нақд. +992 00 000 00 63", "tg"),
    # the wage held, said without a "not"
    ("debt-or-wage-withholding", "Пример-бригада, Сочи. Зарплату держим до конца сезона, чтобы не сбежали. "
     "Тел. +7 900 000-00-73", "ru"),
    ("debt-or-wage-withholding", "Маошро то охири мавсим нигоҳ медорем, баъд якбора медиҳем. Тел +7 900 000-00-74", "tg"),
    # "wherever you like" said of the work
    ("vague-job", "Работа в Москве, пойдёшь куда хочешь, всё решим на месте, пиши в личку @primer_rabota", "ru"),
    # money to a person, no state
    ("upfront-fee", "Ба Маскав кор ҳаст. Барои ҳуҷҷатҳо 500 доллар пулро ба ман нақд медиҳӣ, ман ба бригадир мерасонам. "
     "+992 00 000 00 93", "tg"),
    # "I paid nobody", then a price
    ("upfront-fee", "Я никому не платил, и вы не переплачивайте! Виза в Польшу всего 300$, пишите в Telegram @primer_pl", "ru"),
    # addressed like a notice, or spoken by a local head, but hiring
    ("messenger-only-contact", "Раиси маҳалла Намуна: бачаҳо, ба Маскав кор ҳаст, маош 9000$ дар як моҳ, ба лички нависед "
     "@primer_mahalla", "tg"),
    ("messenger-only-contact", "Ҳамдеҳаҳо, кор ҳаст дар Маскав, маош 5000$ дар як моҳ, ба лички нависед @primer_kor", "tg"),
    ("unverifiable-employer", "Уважаемые соотечественники! Набираем на стройку в Москве, зарплата 300 000 в месяц, "
     "пишите в Telegram @primer_stroy", "ru"),
]

CLEAN = [
    # a state fee at a bank
    ("upfront-fee", "Информация для граждан о тестировании на работу в Корею. Сбор за тест оплачивается в банке по "
     "официальным реквизитам, квитанция остаётся у вас. Посредники, обещающие место без теста, — мошенники.", "ru"),
    ("upfront-fee", "Барои имтиҳони забон боҷро тавассути бонк ба ҳисоби давлатӣ мепардозед ва квитансия мегиред. "
     "Ба миёнаравҳо пул надиҳед.", "tg"),
    ("upfront-fee", "Pamyatka: registracionnyy sbor oplachivaetsya cherez bank po oficialnym rekvizitam, kvitanciyu "
     "sohranyayte. Nikomu ne platite za mesto v spiske.", "ru"),
    # the state's money to the state's account
    ("upfront-fee", "Ҷиян, ба заводи «Намуна-0», Омск, кӯчаи Намуна 0, тел. +7 900 000-00-91 коргар мегиранд, 80 ҳазор, "
     "шартнома аз рӯзи аввал. Патентро худат мекунӣ, пули давлатро ба ҳисоби давлат мепардозӣ, ба ягон кас пул намедиҳӣ.", "tg"),
    ("upfront-fee", "Patentro xudat mekuni, puli davlatro ba hisobi davlat mepardozi, ba yagon kas pul namedihi. Zavod "
     "«Namuna-0», Omsk, tel +7 900 000-00-92, shartnoma az ruzi avval.", "tg"),
    # paying a go-between is pointless
    ("upfront-fee", "Друзья, платить посреднику за «гарантию» места бессмысленно: решение принимает только "
     "консульство. Проверяйте лицензию агентства.", "ru"),
    ("upfront-fee", "Perviy raz slyshite? Platit posredniku za vizu bespolezno, reshaet konsulstvo. Proverte "
     "agentstvo v reestre.", "ru"),
    ("unverifiable-employer", "Ҳамдеҳаҳо, пул додан ба миёнаравҳо бефоида аст, раводидро танҳо сафорат медиҳад.", "tg"),
    # a quoted demand called a lie
    ("upfront-fee", "Ман Намуна, аз Корея. Ҳар кӣ гуфт пул деҳ ман туро ба Корея мебарам, дурӯғ аст. Ман ба Хадамот "
     "рафтам.", "tg"),
    ("vague-job", "Я Пример, работаю в Корее. Кто говорит «дай 2000$ и я тебя устрою», тот врёт. Всё через центр "
     "занятости.", "ru"),
    # advice before paying
    ("upfront-fee", "Pesh az har pul dodan ba khadamoti muhojirat biyoed, onjo mefahmed. Pulatonro ba kase nadihed.", "tg"),
    ("upfront-fee", "Прежде чем платить кому-то за работу за границей, позвоните на горячую линию службы миграции.", "ru"),
    # a range of time after the paperwork is no price ("oformlenie 4–6 mesyatsev")
    ("upfront-fee", "OOO «Primer Logistik», Berlin. Voditeli CE, 2 800 € brutto. Rabochaya viza, oformlenie 4–6 mesyatsev, "
     "dogovor do vyezda. Tel +49 000 000 00 00", "ru"),
    ("upfront-fee", "ООО «Пример-Транс», Варшава, ул. Примерная 0. Водители, 2 500 € нетто. Оформление 3-5 месяцев, "
     "рабочую визу оформляет работодатель. Тел +48 000 000 000", "ru"),
    # the spoken "ҳич", "hich" (none) is a "not" ("Hich zalog, hich pul ne")
    ("upfront-fee", "Sexi «Namuna-0», Chelyabinsk, kuchai Primernaya 0, tel +7 900 000-00-61. Korgar, 75 hazor, shartnoma "
     "az ruzi avval. Hich zalog, hich pul baroi dokument ne.", "tg"),
    # the wage not held ("не держим", "не задерживаем", "нигоҳ намедорем")
    ("debt-or-wage-withholding", "ООО «ПримерСтрой», г. Пермь, ул. Примерная 0. Дорожные рабочие, 70 тыс. руб. Зарплату не "
     "задерживаем до конца вахты — платим два раза в месяц. Тел. +7 900 000-00-71", "ru"),
    ("debt-or-wage-withholding", "Ширкати «Намуна», Маскав, кӯчаи Намуна 0. Коргар, 80 ҳазор. Маошро то охири мавсим нигоҳ "
     "намедорем, ҳар моҳ медиҳем. Тел +7 900 000-00-72", "tg"),
    ("debt-or-wage-withholding", "Shirkati «Namuna», Moskva. Korgar, 80 hazor. Maoshro to oxiri mavsim nigoh namedorem, "
     "har moh medihem. Tel +7 900 000-00-75", "tg"),
    # free to go where one likes after work
    ("vague-job", "OOO «PrimerStroy», g. Perm, ul. Primernaya 0. Montazhniki, 4 000 rub/smena. Obshchezhitie besplatno, "
     "khodish kuda khochesh. Trudovoy dogovor. Zvonite +7 900 000-00-81", "ru"),
    ("vague-job", "ООО «ПримерСтрой», г. Пермь, ул. Примерная 0. Монтажники, 4 000 руб/смена. Общежитие рядом, после смены "
     "гуляйте где хотите. Договор. +7 900 000-00-82", "ru"),
    # a local authority speaks ("раиси маҳалла", "raisi jamoat"); "ин рост нест"
    ("messenger-only-contact", "(паёми овозӣ) Ассалому алайкум, ман раиси маҳалла Намуна. Дар телеграм эълонҳо ҳастанд ки ба "
     "Англия ба ферма мебаранд. Ман ба хадамот рафтам, гуфтанд ин рост нест. Аввал ба хадамот биёед.", "tg"),
    ("unverifiable-employer", "(golosovoi) salom, man raisi jamoat Namuna. Dar Telegram kanal hast ki Koreya kor medihand. "
     "In rost nest, faqat tavassuti xadamoti muhojirat.", "tg"),
    # one who went tells he paid nobody
    ("unverifiable-employer", "Я Пример, третий год в Корее на заводе. Многие спрашивают, как я уехал: никому ни копейки не "
     "платил, сдал экзамен через центр занятости, контракт пришёл до вылета. Вопросы — в комментариях под постом.", "ru"),
    ("unverifiable-employer", "Ya Primer, tretiy god v Koree na zavode. Kak uehal? Nikomu ne platil, sdal ekzamen cherez "
     "centr zanyatosti, kontrakt do vyleta.", "ru"),
    ("unverifiable-employer", "Ман Намуна, аз Корея. Ба ягон кас пул надодам, имтиҳонро дар маркази давлатӣ супоридам.", "tg"),
    # a notice addressed to citizens
    ("unverifiable-employer", "Уважаемые граждане! Работа в Европе по туристической визе запрещена. Разрешение на "
     "работу оформляет работодатель.", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)


def test_quoted_flags_leave_a_notice() -> None:
    """A notice that quotes a tourist visa (critical) is still a notice; a fee it asks (critical) makes it none."""
    scanner = default_scanner()
    text = tokenize("Консульство напоминает гражданам: работа по туристической визе запрещена, не платите посредникам.")
    visa = FlagHit("tourist-visa", "туристической визе", 10.0, True)
    fee = FlagHit("upfront-fee", "500$", 10.0, True)
    assert scanner._is_notice(text, [visa])
    assert not scanner._is_notice(text, [visa, fee])
