"""The "person in trouble now" recogniser on its development examples (the rules in
bot/trouble/rules.py were written from these; the held-out set is bench/trouble_heldout.yaml),
and its learned half (bot/trouble/model.py): the shipped model matches its training data,
its hand-written prediction matches scikit-learn's, and the cross-validated figures (each
writer set left out in turn) stay above a floor. The lists below are also training data
(``bot/trouble/data.py`` parses them): keep them literal lists of strings (URGENT: pairs)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.trouble import Trouble, recognise

URGENT = [
    ("корфармо шиносномаамро гирифт", "high"),
    ("Работодатель забрал мой паспорт и не отдаёт", "high"),
    ("rabotodatel zabral moy pasport", "high"),
    ("нас заперли на складе и не выпускают", "urgent"),
    ("маро мезананд, ёрдам диҳед", "urgent"),
    ("бригадир избил меня вчера", "urgent"),
    ("хозяин угрожает мне если уйду", "high"),
    ("бародарам дар Русия бедарак шуд, ду моҳ хабар нест", "high"),
    ("брат пропал в Москве, связи нет неделю", "high"),
    ("маош намедиҳанд ва таҳдид мекунанд", "high"),
    ("нас заставляют работать без денег", "urgent"),
    ("шиносномаамро намедиҳанд, рафтан намемонанд", "urgent"),
    ("maro majbur mekunand kor kunam", "urgent"),
    # added after the first held-out run (general forms it had missed; new sentences)
    ("документы забрали на складе и не возвращают", "high"),
    ("иҷозат намедиҳанд, ки берун равам", "urgent"),
    ("денег нет, не можем уехать, хозяин не пускает", "urgent"),
    ("брата держат на ферме под Астраханью", "urgent"),
]
NOT_URGENT = [
    "может ли работодатель забрать паспорт?",
    "оё корфармо ҳуқуқ дорад шиносномаро нигоҳ дорад?",
    "can an employer keep my passport?",
    "что делать если потерял паспорт",
    "сколько стоит патент в Москве",
    "мне не платят зарплату два месяца",
    "агар корфармо шиносномаро гирад чӣ кор кунам?",
    "как избежать рабства за границей",
    "чӣ тавр патент гирам",
    "корро дар Корея чӣ тавр ёбам",
]



# -- second round (branch i12t): development examples written to cover kinds of failure, not
# lines of the held-out sets: every harm in both languages and both scripts, code-switched
# Tajik-Russian, told indirectly, without the word "help"; and hard negatives (rules
# questions with harm words, imagined cases, cases that are over or happened to someone
# else long ago, hearsay, negated harm, the same stems in harmless senses).
DEV_URGENT = [
    # Russian, Cyrillic
    "хозяин забрал паспорта у всей бригады и держит у себя в машине",
    "паспорт у прораба уже третий месяц, на просьбы вернуть отвечает матом",
    "загранпаспорт отобрали в аэропорту люди которые нас встречали",
    "документы не отдают пока не отработаем долг за дорогу",
    "удерживают мой паспорт, говорят верну когда захочу",
    "начальник изъял документы и не возвращает",
    "нас держат взаперти в цеху",
    "мы под замком, окна с решётками",
    "выходить за ворота запрещают, охрана смотрит",
    "не пускают домой уже второй месяц",
    "меня не отпускают с работы, говорят должен им",
    "охранник ударил меня палкой по голове",
    "меня избивают если не выполняю норму",
    "нас бьют и не кормят",
    "мастер постоянно пинает и бьёт ребят",
    "хозяин издевается над нами, вчера сломал мне палец",
    "угрожают что сдадут в миграционную службу если уйдём",
    "мне звонят и говорят что убьют если не верну деньги",
    "хозяин грозится выкинуть нас и не отдать документы",
    "вербовщик шантажирует меня фотографиями",
    "заставляют работать ночью без выходных",
    "принуждают заниматься тем чем я не хочу, забрали телефон",
    "нас продали как скот на другую стройку",
    "муж поехал в Турцию, уже две недели ни слуху ни духу",
    "сын не отвечает на звонки уже пять дней, телефон выключен",
    "племянник пропал без вести в Казахстане",
    "не можем найти отца, он работал в Сургуте и перестал звонить",
    "зарплату не платят и говорят кто пикнет тот пожалеет",
    "денег не дают, а кто просит, того бьют",
    # Russian, Latin letters
    "pasport zabral brigadir, ne otdaet uzhe nedelyu",
    "dokumenty u hozyaina, govorit otdam posle sezona",
    "nas zakryvayut na noch v barake",
    "ne vypuskayut iz obshagi",
    "menya izbil master, golova bolit",
    "b'yut nas kazhdyj vecher",
    "ugrozhayut deportaciey esli pozhaluemsya",
    "zastavlyayut rabotat besplatno i ne otpuskayut",
    "brat ne vyhodit na svyaz uzhe mesyac",
    "sestra propala v Turcii",
    "derzhat v podvale, telefon otobrali",
    "uyti ne dayut, dolg govoryat",
    # Tajik, Cyrillic
    "хоҷаин шиносномаҳои моро гирифта, намедиҳад",
    "паспорти маро корфармо нигоҳ медорад ва пас намедиҳад",
    "ҳуҷҷатҳоямро гирифтанд ва мегӯянд баъди кор медиҳем",
    "шиносномаамро бригадир пинҳон кард",
    "моро дар хобгоҳ маҳкам карданд",
    "дарро қулф карда рафтанд, мо дар дохил",
    "аз ин ҷо рафтан намемонанд",
    "маро ба хона намегузоранд",
    "берун баромадан манъ аст, посбон ҳаст",
    "бригадир маро бо чӯб зад",
    "ҳар шаб моро мезананд",
    "писари хоҷаин маро латукӯб кард",
    "корфармо мегӯяд, ки маро мекушад",
    "маро метарсонанд, ки ба полис медиҳанд",
    "маҷбурам мекунанд бе истироҳат кор кунам",
    "моро фурӯхтанд ба хоҷаини дигар",
    "бародарам дар Маскав гум шуд, як моҳ боз хабар нест",
    "шавҳарам аз Қазоқистон ягон хабар намедиҳад, телефонаш хомӯш",
    "писарамро ёфта наметавонем, дар Русия буд",
    "маош намедиҳанд ва агар пурсем мезананд",
    # Tajik, Latin letters
    "xojain shinosnomamro girift",
    "pasportamro korfarmo nigoh doshtaast",
    "hujjathoyamro namedihand",
    "moro qulf kardand dar xona",
    "berun barom nametavonam, dar basta ast, kalid dar dasti xojain",
    "ba xona raftan namemonand",
    "brigadir maro zad",
    "moro har ruz mezanand",
    "tahdid mekunad ki mekushad",
    "majbur mekunand kor kunem",
    "barodaram gum shud, telefonash xomush",
    "pisaram bedarak shud dar Rusiya",
    # code-switched Tajik-Russian
    "бригадир паспортамро забрал",
    "хозяин маро бьёт",
    "моро закрыли в подвале",
    "документҳоямро не отдают",
    "нас не выпускают, ҳоло дар хобгоҳ ҳастем",
    "pasportamro zabrali, ne otdayut",
    "maro izbili, hozir bemorxonaam",
    "brat propal, telefonash vyklyuchen",
    "hozyain ugrozhaet, ki deport mekunam",
    "shinosnomaamro otobrali",
    # English
    "the boss took our passports",
    "we are locked in the warehouse",
    "my husband is missing in russia",
    "they beat us every day",
    # told indirectly
    "дверь снаружи на замке, мы внутри уже сутки",
    "нас привезли сюда ночью, забрали телефоны и паспорта",
    "пишу пока никто не видит, нас тут держат",
    "не могу говорить, хозяин рядом, паспорта нет на руках",
    "намедонам куҷо ҳастам, маро бо мошин оварданд ва телефонро гирифтанд",
    "пинҳонӣ менависам, моро аз хона берун намемонанд",
    "ключи у хозяина, выйти нельзя",
    "калид дар дасти хоҷаин, баромада наметавонем",
    "он сказал: уйдёшь — пожалеешь. Я боюсь",
    "гуфт агар гурезӣ, пушаймон мешавӣ",
]
DEV_NOT_URGENT = [
    # rules questions with harm words
    "может ли работодатель не отдавать паспорт при увольнении?",
    "имеет ли право хозяин закрывать рабочих на ночь",
    "законно ли удержание документов работодателем",
    "разрешено ли бригадиру бить рабочих",
    "вправе ли полиция изъять паспорт",
    "должен ли я отдавать паспорт работодателю",
    "можно ли отдать паспорт на хранение начальнику",
    "оё корфармо ҳақ дорад шиносномаамро гирад?",
    "оё бригадир метавонад маро назди худ нигоҳ дорад?",
    "мумкин аст, ки хоҷаин ҳуҷҷатҳоро гирифта монад?",
    "корфармо шиносномаро гирифта метавонад?",
    "oyo korfarmo maoshro nigoh doshta metavonad",
    "mozhet li hozyain zabrat pasport",
    "imeet li pravo rabotodatel derzhat dokumenty",
    "is it legal for my boss to take my passport?",
    "can they lock us in at night?",
    "что грозит за избиение работника",
    # imagined cases
    "если начальник заберёт паспорт, что мне делать",
    "что будет если хозяин не отдаст документы",
    "а если меня побьют на работе, куда идти",
    "в случае угроз от работодателя куда звонить?",
    "агар хоҷаин маро занад, ба куҷо равам?",
    "агар шиносномаро гирифта пас надиҳанд, чӣ кор кунам",
    "agar maro qulf kunand chi kor kunam",
    "esli pasport ne otdayut chto delat",
    "если брат пропадёт в России, как его искать?",
    "если вдруг нас закроют, как позвонить в полицию?",
    # over, or someone else long ago
    "в 2019 году меня держали на ферме, теперь я дома, хочу снова поехать",
    "когда-то бригадир отбирал паспорта, сейчас другой бригадир",
    "давно было: избили на стройке, сейчас здоров, нужен совет по патенту",
    "паспорт уже вернули, спасибо большое",
    "брат нашёлся, всё хорошо",
    "нас отпустили, мы уже дома",
    "чанд сол пеш маро дар Русия заданд, ҳоло дар Тоҷикистон ҳастам",
    "шиносномаамро пас доданд, ташаккур",
    "бародарам ёфт шуд, раҳмат",
    "pasport vernuli, vse normalno",
    "soli guzashta barodaram gum shuda bud, alhol hamai mo xub",
    "у соседа лет пять назад сын пропал в России, его так и не нашли",
    "падарам дар ҷавонӣ дар Русия кор мекард, ӯро як бор заданд",
    # hearsay and the world at large
    "говорят, в Москве мигрантов часто избивают",
    "по телевизору показали как людей держат в рабстве",
    "многих заставляют работать бесплатно, почему никто не помогает?",
    "мегӯянд, ки дар Дубай шиносномаро мегиранд",
    "одамонро дар Русия маҷбур мекунанд бепул кор кунанд?",
    "slyshal chto v Koree zabirayut pasporta",
    "how do traffickers control people?",
    # harm denied
    "паспорт у меня, никто не забирал",
    "нас не бьют, но кормят плохо",
    "меня никто не держит, хочу просто уехать",
    "шиносномаам дар дасти худам аст",
    "касе маро таҳдид намекунад",
    "nikto ne ugrozhaet, prosto vopros",
    # the same stems in harmless senses, and troubles that are not danger now
    "как забрать посылку на почте",
    "нужно забрать паспорт из визового центра, какие часы работы",
    "шиносномаи навро аз почта гирифтам",
    "хочу закрыть патент и уехать домой",
    "мне закрыли въезд в Россию, как узнать на сколько",
    "магазин закрыт, где купить сим карту",
    "сарҳад баста шуд, кай мекушояд?",
    "связи нет в деревне, интернет плохой",
    "банк не отвечает на звонки, как перевести деньги",
    "ба модарам занг задам, гуфт ҳама хуб",
    "хочу вернуть билет",
    "зарплата маленькая, где найти лучше",
    "мне не выплатили аванс, это нормально?",
    "maosh kam, kujo shikoyat kunam",
    "я не могу выйти на работу, заболел, что делать",
    "не могу уехать в отпуск, начальник не отпускает",
    "не знаю где я могу получить патент",
    "режим работы консульства в Екатеринбурге",
    "шиносномаам гум шуд, чӣ кор кунам",
    "телефон пропал в метро, там были фото документов",
    "билет купил, а рейс отменили, что делать",
    "ҳуҷҷатҳоро барои виза чӣ тавр ҷамъ кунам",
]

# second batch (written and run once before any rule was changed for it)
DEV_URGENT += [
    "Здравствуйте. Я работаю на овощной базе в Подмосковье. Хозяин с первого дня забрал у нас паспорта и до сих пор не отдаёт. Что делать?",
    "ассалому алейкум, мо 6 нафар дар Краснодар дар сехи нон кор мекунем, хоҷаин шиносномаҳоро гирифтааст, маош намедиҳад",
    "ПОМОГИТЕ НАС ЗАКРЫЛИ",
    "muzh zvonil s chuzhogo nomera, skazal ego derzhat v kakom-to dome pod Tuloy",
    "brigadir skazal esli kto ubezhit, najdut i slomayut nogi",
    "Бародарам аз Екатеринбург занг зад, гуфт ки онҳоро мезананд ва пул намедиҳанд",
    "писарам се ҳафта шуд ки занг намезанад, рақамаш хомӯш",
    "Моро дар як хонаи танг нигоҳ медоранд, хӯрок кам, берун рафтан мумкин нест",
    "bratishka propal v Pitere, uzhe 10 dney ne beret trubku",
    "Мне угрожают ножом, требуют отдать все деньги",
    "менеджер агентства в Дубае забрал паспорт и говорит, что я должна отработать 5000 долларов",
    "hozyain ne otpuskaet domoy, govorit snachala vernesh dolg",
    "корфармо гуфт агар ба кас гӯӣ туро мекушам",
    "Dar Moskva moro dar podval mondand, telefonhoro giriftand",
    "Имрӯз бригадир ба ман корд нишон дод ва гуфт, ки мекушад",
    "doch zvonit plachet, govorit ee ne vypuskayut iz doma gde ona rabotaet",
    "нас тут 20 человек, кормят раз в день, за ворота не выпускают",
    "Хочу уйти, но хозяин говорит что без денег за дорогу не отпустит",
    "ҳуҷҷатҳоро дар идора гузошта, ба мо намедиҳанд",
    "mne skazali chto esli ya ujdu, to moyu sestru ubyut",
    "Я в чужой квартире, меня не выпускают, телефон почти сел",
    "бригадир мне руку сломал вчера",
    "мы хотим уйти а они говорят уйдёте без документов и без денег",
    "korfarmo pasportamro dar seyf nigoh medorad",
    "Дустам дар анбор кор мекард, ҳоло ду рӯз аст дарак нест",
    "Ассалому алайкум. Ман 19 сола духтар, дар Истамбул ҳастам, маро маҷбур мекунанд бо мардон бошам",
    "nas b'yut palkami esli malo sdelaem",
    "Ne mogu pozvonit' rodnym, telefon zabrali, dver' zakryvayut",
    "паспорта наши лежат у коменданта общежития, он их не возвращает уже месяц",
    "Хозяин кричит, бросается с кулаками, вчера ударил бутылкой",
    "Shinosnomam dar dasti korfarmo, 2 mohi boz pas namedihad",
    "maoshamro namedihand, meguyand agar shikoyat kuni deportatsiya mekunem",
    "муж работает в Якутии, уже 3 месяца нет ни денег ни звонков",
    "вчера полицейские избили моего брата в отделе и не отпускают",
    "Хоҷаин моро таҳқир мекунад ва мезанад",
    "we can't leave the farm, the owner has our passports",
]
DEV_NOT_URGENT += [
    "Здравствуйте, подскажите, работодатель может удерживать паспорт если я должен ему деньги?",
    "Агар корфармо маошро сари вақт надиҳад, ба куҷо шикоят кунам?",
    "бригадир говорит что паспорт надо сдать ему на хранение, это законно?",
    "в прошлом году брат попал в рабство в Казахстане, сейчас он дома, как подать в суд?",
    "Соли 2020 дар Русия моро як ҳафта қулф карда буданд",
    "шунидам, ки дар Қазоқистон шиносномаи муҳоҷиронро мегиранд",
    "мой друг рассказывал, что в 2015 его избили скинхеды",
    "Как освободить человека из трудового рабства?",
    "Какие документы забирает работодатель при приёме на работу?",
    "Бародарам ба Русия рафт, чӣ тавр бо ӯ тамос гирам?",
    "пишут что в Турции мигрантов держат в подвалах, правда ли?",
    "Мой паспорт у меня на руках, работодатель просил его отдать, я не отдал. Правильно?",
    "Хоҷаин шиносномаамро барои бақайдгирӣ гирифт, баъд аз се рӯз пас дод",
    "как найти пропавшего человека в России",
    "zapret na v'ezd kak snyat",
    "Что делать если у знакомого отобрали паспорт в полиции?",
    "Дар кор бригадир доим дод мезанад, аммо маош медиҳад",
    "сегодня на работе ударился головой, куда идти в больницу",
    "Маро аз кор ронданд, ҳуҷҷатҳоямро доданд, акнун чӣ кор кунам?",
    "Можно ли уехать домой если у меня долг перед работодателем?",
    "i want to know if my employer can keep my passport",
    "mne zakryli v'ezd na 5 let, eto nadolgo?",
    "Раньше у меня хозяин держал паспорт. Сейчас всё нормально, работаю в другом месте.",
    "My friend was beaten last year in Moscow, can he still get compensation?",
    "Модарам пурсид, ки оё маро дар Русия мезананд",
    "brat uzhe vernulsya domoy, spasibo za pomosh",
    "как вернуть депозит, хозяин квартиры не отдаёт залог",
    "оё корфармо ҳақ дорад паспортамро держать?",
]
# third batch (written and run once before any rule was changed for it): Latin spellings
# people use ("z" for ж, "x" for х, "ja"), capitals, several sentences
DEV_URGENT += [
    "ja v podvale, nas derzat uze nedelyu",
    "korfarmo pasportama girift",
    "mana 2 mox ast ki barodaram darak nest",
    "nas zaperli v vagonchike bez sveta",
    "ХОЗЯИН ИЗБИЛ ПОМОГИТЕ",
    "on menya bet kazhdyj den",
    "menya ne vipuskayut iz komnati",
    "хозяйка запирает меня когда уходит",
    "brigadir grozit chto esli pojaluemsya to uvolit i ne otdast dokumenty",
    "Дар Дубай кор мекунам, соҳибам шиносномаамро гирифта, ба берун баромадан намемонад",
    "xoxaram dar Turkiya, telefonash 2 hafta boz xomush",
    "pasportim u xozyaina, ne otdayot",
    "моро дар бино бастаанд, калид дар дасти хоҷаин",
    "нас вывезли в степь и сказали работать бесплатно пока не отработаем",
    "dukhtaram dar Dubai, meguyad ki pasportasha giriftand va kor mefarmoyand",
    "мужа держат на стройке в Сочи, не платят, паспорт забрали",
    "бародарамро дар Маскав заданд, дар беморхона аст, ҳоло намедонам чӣ кор кунам",
    "Dorogie, syn mne pishet chto ego zastavlyayut rabotat' po 18 chasov i ne dayut est'",
    "мы на ферме под Оренбургом, хозяин отобрал телефоны, связаться ни с кем не можем",
    "hujjathoi barodaramro girifta, khudash dar hamon jo ast, berun rafta nametavonad",
    "Я в Стамбуле, агент забрал паспорт и говорит должна 3000$",
    "bratan zvonil ves izbityj, govorit ne otpuskayut s obekta",
    "Нас 15 человек держат в ангаре, есть охрана",
    "Сестрамро дар Туркия фурӯхтаанд, ҳоло бо ӯ алоқа нест",
]
DEV_NOT_URGENT += [
    "Это нормально, что работодатель хранит паспорта у себя?",
    "Нормально ли, когда хозяин закрывает общежитие на ночь?",
    "Дуруст аст, ки корфармо шиносномаро нигоҳ медорад?",
    "Чаро корфармоён шиносномаро мегиранд?",
    "mojno li uehat esli hozyain ne otdaet pasport",
    "agar korfarmo maro zanad chi kor kunam",
    "esli brigadir b'et, kuda zvonit'?",
    "Два года назад в Москве меня ограбили и избили, теперь я боюсь ехать снова. Что посоветуете?",
    "5 сол пеш бародарам дар Русия гум шуда буд, баъд ёфт шуд",
    "Моего дядю в 90-х держали в рабстве в Чечне",
    "по новостям передают что в Якутии нашли мигрантов которых держали в рабстве",
    "Хочу подать жалобу на бывшего работодателя, он не платил зарплату и угрожал",
    "Я читал что в Корее паспорта не забирают, это так?",
    "nikto menya ne derzhit, prosto sprashivayu pro prava",
    "меня не держат, просто хочу сменить работу",
    "Как помочь брату, которого в прошлом месяце избили в Москве? Он уже дома",
    "brat skazal chto ego chut ne ubili no eto bylo davno",
    "Бригадир сказал, что если опоздаю, оштрафует. Это законно?",
    "Мумкин аст, ки ба ман кӯмак кунед, ҳуҷҷатҳоямро гум кардам",
    "can police take my passport on the street in Russia?",
    "My employer keeps asking for my passport copy, is that ok?",
    "хозяин квартиры держит залог и не отдаёт",
    "Бародарам аз Русия баргашт, ҳама хуб",
    "sestra bila v rabstve v Dubae tri goda nazad, teper doma",
    "оё дар Русия одамонро ба зӯр кор мефармоянд?",
    "Как понять что тебя хотят продать в рабство?",
    "Здравствуйте! Хочу поехать в Корею. Правда ли что там забирают паспорт?",
    "Дирӯз ба ман гуфтанд, ки дар Маскав бародарамро ёфтанд, ҳоло бо ӯ гап задам",
]
# fourth batch (run once before any rule was changed for it): the kinds the brief names for
# the blind set, more of each
DEV_URGENT += [
    "Хозяин сказал, что пока не отработаем билеты, домой не поедем",
    "Мы живём в вагончике, выходить можно только с бригадиром",
    "Телефон дают на 5 минут в день, при хозяине",
    "паспорта лежат в сейфе у начальника, ключ только у него",
    "Сказали, если позвоню родным, будет хуже",
    "Гуфтанд, агар ба касе гӯем, бад мешавад",
    "Хоҷаин мегӯяд, то қарзро напардозем, рафтан намешавад",
    "Ключи от вагончика у охранника, нас выпускают только на работу",
    "Нас 10 человек в одной комнате, документов ни у кого нет, все у хозяина",
    "Мо дар саҳро кор мекунем, ҳуҷҷатҳо пеши хоҷаин, ҳеҷ ҷо рафта наметавонем",
    "nas zastavlyayut rabotat po 20 chasov",
    "shinosnomaho dar dasti brigadir, moro namegzorand ba xona ravem",
    "menya derzhat v kvartire, ne vipuskayut",
    "barodaram 1 mox shud darak nest",
    "Хоҷаин паспорти маро не отдаёт",
    "Бригадир грозит, ки депорт мекунад",
    "Моро в подвале нигоҳ медоранд",
    "nas bez pasporta ostavili, hozyain namedihad",
    "зарплата намедиҳанд, угроза мекунанд",
    "Здравствуйте! Я из Худжанда. Работаю в Казани на стройке. Нам не платят 3 месяца. Вчера бригадир сказал, кто будет жаловаться, того закопает.",
    "Меня не били, но паспорт забрали",
    "shavharam 2 hafta boz zang namezanad",
]
DEV_NOT_URGENT += [
    "Работодатель имеет право забирать паспорт?",
    "Разве можно отбирать документы у работника?",
    "Бригадир может меня уволить если я не отдам паспорт?",
    "Законно ли не выпускать рабочих с территории?",
    "Что говорит закон, когда хозяин не отдаёт паспорт?",
    "Оё корфармо метавонад маро маҷбур кунад, ки рӯзҳои истироҳат кор кунам?",
    "Тибқи қонун корфармо шиносномаро нигоҳ дошта метавонад?",
    "Полиция имеет право избивать задержанных?",
    "Если хозяин бьёт, можно ли уйти не отработав?",
    "korfarmo metavonad hujjathoyamro nigoh dorad?",
    "imeet li pravo hozyain ne vipuskat' nas s raboty?",
    "оё хозяин имеет право паспортамро забрать?",
    "Когда я работал в Питере, бригадир отбирал у всех паспорта",
    "Вдруг меня заставят работать без выходных, что тогда?",
    "Если поеду в Дубай и там заберут паспорт, кто поможет?",
    "Боюсь, что хозяин заберёт паспорт",
    "soli guzashta maro dar Moskva zadand, hozir hama xub",
    "Прошлым летом нас держали на ферме без денег, но мы сбежали. Сейчас хотим подать в суд",
    "Се сол пеш дар Қазоқистон маро маҷбур ба кор карданд",
    "Мой дед рассказывал, как его в молодости держали в плену",
    "У земляка давно забрали паспорт, он так и не вернул",
    "Як вақт ҳамсояамонро дар Русия заданд",
    "Дустам пештар мегуфт, ки корфармояш шиносномаашро гирифта буд",
    "Не платят зарплату уже 2 месяца, что делать?",
    "Паспорт потерял, помогите восстановить",
    "Муж уехал в Россию, не звонит, наверное занят. Как позвонить дешевле?",
    "Шавҳарам дар Русия кор мекунад, кам занг мезанад, пулро чӣ тавр фиристад?",
]
# fifth batch (run once before any rule was changed for it)
DEV_URGENT += [
    "Salom, man dar Sankt-Peterburg. Korfarmo hujjathoi hamai moro girift, 4 mox ast ki pas namedihad",
    "brigadir nas vsex zakryl v bytovke, govorit do utra",
    "Сейчас сижу в туалете и пишу, хозяин отобрал паспорт и бьёт жену",
    "duxtaram dar Dubay kor mekard, hozir meguyad ki vayro namemonand ba hona bargardad",
    "Муж позвонил ночью, плакал, сказал что их избивают и не кормят",
    "наш бригадир угрожает ножом, говорит кто уйдет тот не доедет до дома",
    "Ман дар Туркия ҳастам, агентӣ паспортамро гирифт ва гуфт қарзатро пардоз",
    "Zdravstvujte, moj brat v Novosibirske, ego ne vypuskayut s zavoda uzhe 2 nedeli, telefon u nego otobrali",
    "Ҳоло дар хонаи хоҷаин ҳастам, дарро аз берун қулф кард",
    "Писарам дар Маскав аст, 3 рӯз боз телефонаш хомӯш, корфармо ҳам намедонад куҷост",
    "on vzyal moj pasport i skazal chto vernet kogda zaplachu",
    "Хозяйка кричит и бьёт меня по лицу, я не знаю что делать",
    "ба мо гуфтанд, ки агар гурезем, моро меёбанд ва мекушанд",
    "Бародарамро дар Қазоқистон ба ягон ҷо бурданд ва дигар хабар нест",
    "nas obmanuli, privezli v Kazan, pasporta zabrali, rabotaem bez deneg",
    "Я не могу выйти из дома, хозяин забрал ключи и телефон",
    "корфармо гуфт, ки агар шикоят кунам, ба миграционка месупорад",
    "Mani dar xona qamab mondand",
    "нас тут держат как рабов",
    "Хоҷаин маро таҳдид кард, ки агар ба хона равам, оиламро азоб медиҳад",
    "zhena ne vyxodit na svyaz s 5 noyabrya, ona v Stambule",
    "Работаю в Москве, начальник не отдаёт паспорт и говорит, если уйду — найдёт",
    "бригадир маро зад ва гуфт боз мезанам",
    "Помогите пожалуйста, меня продали в Турцию",
    "telefonamro girifta, duxtaramro nameguzorand ki bo man gap zanad",
    "Мы в Казахстане на бахче, хозяин не отпускает, говорит отработайте долг",
    "мужа избили и бросили на улице, он сейчас в больнице, документов нет",
    "hujjathoyam dar nazdi sohibkor, ba man namedihad, hozir kor namekunam, pul nest",
    "Агентство в Дубае удерживает мою сестру, паспорт у них",
]
DEV_NOT_URGENT += [
    "Скажите, работодатель вправе оставить у себя мой паспорт на время работы?",
    "оё бригадир ҳақ дорад маро занад, агар дер оям?",
    "mozhno li zhalovatsya esli hozyain b'yot rabochih",
    "Агар паспортамро гиранд, ба кадом рақам занг занам?",
    "Может ли агентство забрать паспорт за долг?",
    "Dar soli 2019 maro dar Rossiya 3 ruz dar podval nigoh doshtand",
    "Раньше работал в Сургуте, там не платили и угрожали, сейчас уже дома",
    "Брат 3 года назад пропал в Москве, мы его нашли, он живой",
    "Хочу узнать, как помочь людям, которых держат в рабстве",
    "Зарплату задерживают, но в целом нормально",
    "шиносномаамро дар почта гум кардам",
    "Бригадир забрал наши паспорта на регистрацию и вернул на следующий день",
    "Можно ли в Корее работать без паспорта на руках?",
    "Ба ман гуфтанд, ки дар Русия муҳоҷиронро мезананд, рост аст?",
    "Dustam guft ki yak vaqt dar Qazoqiston uro majbur kor kunonidand",
    "Моего брата обманули с работой, деньги не заплатили, как вернуть?",
    "Что делать если тебя бьют на работе?",
    "Оё дар Корея корфармоён шиносномаро мегиранд?",
    "kto-nibud znaet, zakryvayut li rabochih na noch v teplicax?",
    "Хочу поехать в Россию, но боюсь, что там бьют мигрантов",
    "Какой штраф для работодателя, если он забрал паспорт?",
    "Shinosnomai navamro giriftam, rahmat",
    "bratan, ya uje doma, vse normalno",
    "Ман ба Русия рафтанӣ ҳастам, шиносномаро дар куҷо нигоҳ дорам?",
    "Tell me, is it legal for employer to hold passports in UAE?",
    "Бародарам дар Русия кор мекунад, аз ӯ хабар гирифтан мехоҳам",
    "Где найти брата, если он уехал в Москву и сменил номер?",
    "Паспортро ба корфармо додам, ӯ гуфт баъд аз бақайдгирӣ пас медиҳад",
    "был случай, бригадир ударил рабочего, но его уволили",
]
# sixth batch (run once before any rule was changed for it): plain statements like a
# hotline would get, one of each kind per language and script
DEV_URGENT += [
    "работодатель спрятал мой паспорт и говорит что потерял",
    "нас не отпускают домой уже полгода",
    "меня бьёт муж хозяйки",
    "хозяин сказал что если пойду в полицию, он убьёт меня",
    "дочь уехала в Эмираты, уже три недели не звонит",
    "нас заставляют жить на складе и работать без оплаты",
    "pasporta u nas zabrali eshe v aeroportu",
    "menya ne otpuskayut s fermy",
    "syn skazal chto ego bili palkoy",
    "muzh propal, telefon ne dostupen uzhe nedelyu",
    "корфармо шиносномаи маро пинҳон кардааст",
    "моро ба хона рафтан намемонанд",
    "хоҷаин ҳар рӯз маро дашном медиҳад ва мезанад",
    "бригадир гуфт, ки агар кор накунем, моро мекушад",
    "бародарам се моҳ боз бедарак аст",
    "duxtaramro dar Dubai majburan kor mekunonand",
    "shinosnomamro gereftand",
    "moro dar bino qulf karda mondand",
    "хозяин паспорти моро забрал, не отдаёт",
    "бригадир маро ударил, ҳоло дар беморхона",
]
DEV_NOT_URGENT += [
    "может ли работодатель не отпускать в отпуск?",
    "что делать если работодатель угрожает увольнением",
    "законно ли работать без выходных",
    "в прошлом месяце меня обманули с зарплатой",
    "два года назад бригадир забрал мой паспорт, но потом отдал",
    "mozhet li policiya zabrat pasport?",
    "esli menya izob'yut, kuda zvonit?",
    "skolko stoit bilet v Dushanbe",
    "оё корфармо метавонад маро аз кор ронад?",
    "агар маош надиҳанд, чӣ кор кунам?",
    "соли гузашта бародарам дар Русия гум шуда буд, ёфт шуд",
    "барои гирифтани патент чӣ ҳуҷҷатҳо лозим?",
    "чӣ тавр аз одамфурӯшон эмин бошем",
    "oyo korfarmo pasportro nigoh doshta metavonad?",
    "agar maro zanand ba kujo zang zanam",
    "patentro chi tavr giram",
    "hujjathoi lozimi Koreya kadomand?",
]
# seventh batch (run once before any rule was changed for it): long messages, code-switching
DEV_URGENT += [
    "Ассалому алайкум. Ман Шавкат, 34 сола. Мо 12 нафар дар шаҳри Воронеж дар сохтмон кор мекунем. Бригадир ҳамаи шиносномаҳоро ҷамъ кард, мегӯяд баъди тамом шудани объект медиҳам. Се моҳ шуд маош ҳам нест. Ба куҷо муроҷиат кунем?",
    "Здравствуйте, пишу за сестру. Она в Анталии, работает в отеле. Хозяин забрал у неё паспорт и телефон, разрешает звонить раз в неделю. Она боится.",
    "bratishka moi v Yakutske, rabotodatel' skazal chto ne otpustit poka ne otrabotaet 200 tysyach",
    "Мо дар Қазоқистон дар хоҷагии хоҷаин ҳастем. Моро намегузоранд ба шаҳр равем, телефонҳоро ҳар шаб мегиранд",
    "nas 8 chelovek, zhivem v kontejnere na stroyke, vorota zakryvayut na noch, ohrana s dubinkami",
    "Хоҷаин шабу рӯз кор мефармояд, агар хоб равем об мепошад ва мезанад",
    "Муж пишет что его держат в подвале в Подольске и требуют выкуп",
    "Man hozir dar Moskva, korfarmo pasportamro dodan namexohad, meguyad qarzdori",
    "отец в Новосибирске, говорит бригадир отобрал документы, угрожает если уйдут",
    "Хоҳарам аз Дубай занг зад, гуфт ки вайро дар хона бандӣ кардаанд",
    "ya v Stambule, agentstvo zabralo pasport, dolzhna 4000 dollarov, ne vypuskayut",
    "Сын звонил с чужого номера, сказал что его продали, потом связь оборвалась",
    "dar Krasnodar moro dar yak otaq mondand, berun baromadan namemonand",
    "бригадир сказал: кто уйдёт — найдём и сломаем ноги",
]
DEV_NOT_URGENT += [
    "Здравствуйте. Год назад я работал в Туле, там бригадир забирал у всех паспорта. Сейчас я в Москве, работаю официально. Подскажите, как оформить патент?",
    "Салом. Бародарам ба Русия рафтанӣ аст. Мо метарсем, ки он ҷо шиносномаашро гиранд. Чӣ маслиҳат медиҳед?",
    "Скажите пожалуйста, если работодатель держит паспорт у себя, это считается торговлей людьми?",
    "Моего друга в прошлом году избили, он подал заявление, но ничего не сделали. Куда ещё можно обратиться?",
    "Корфармо ҳуҷҷатҳоямро барои қайд гирифт ва дирӯз баргардонд",
    "Ман дар Маскав кор мекунам, ҳама чиз хуб, фақат мехоҳам бидонам, оё корфармо метавонад шиносномаамро нигоҳ дорад",
    "ya slyshal chto v Dubae u devushek otbirayut pasporta i zastavlyayut rabotat. Eto pravda?",
    "Что делать, если хозяин квартиры не возвращает залог и угрожает выселить?",
    "Na proshloy rabote menya obmanuli, ne zaplatili za 2 mesyaca. Seychas rabotayu v drugom meste",
    "Бародарамро соли 2018 дар Русия дастгир карданд, ҳоло озод аст",
    "Как не допустить, чтобы работодатель забрал паспорт?",
    "Работодатель хочет забрать паспорт на регистрацию, отдавать?",
    "Raz v mesyac brigadir zabiraet pasporta dlya proverki i vozvrashaet",
    "Dustam dar Rusiya 2 sol boz kor mekunad, hech mushkil nest",
    "оё дуруст аст, ки дар Туркия шиносномаро мегиранд?",
]
# words for the same harms that the batches above did not use (a sweep of synonyms)
DEV_URGENT += [
    "меня колотят каждый день", "бригадир отлупил меня", "хозяин душил меня", "бригадир распускает руки",
    "хозяин поднимает на нас руку", "меня ранили ножом на работе", "брата похитили в Москве",
    "нас караулят днём и ночью", "мы у них в плену", "сестру силой увезли в другой город",
    "хозяин сказал что посадит нас если уйдём", "он говорит что урою", "мы в долговой кабале у хозяина",
    "нас перепродали другому бригадиру", "паспорт сдали бригадиру и не можем забрать",
    "хозяин не даёт забрать паспорт", "брат потерялся в Москве, уже неделю ищем", "маро бо корд захмӣ карданд",
    "бародарамро рабудаанд", "моро гаравгон гирифтаанд", "хоҷаин гуфт зиндон мекунам", "kolotyat nas",
    "brata pohitili", "bratamro rabudand", "хозяин трогает меня, я боюсь", "шиносномаамро гирифта наметавонем",
]
DEV_NOT_URGENT += [
    "нас посадили на самолёт до Душанбе, спасибо", "я ищу работу для брата в Москве", "в душе нет горячей воды",
    "плёнку для окон где купить", "когда-то брата похитили, но его давно отпустили",
    # the same stems in other senses (a sweep)
    "Забрал паспорт из ФМС, там ошибка в фамилии", "Нас закрыли на карантин в общежитии",
    "Держите меня в курсе, пожалуйста", "у брата пропал телефон в метро",
    "Сын пропадает на работе до ночи, как ему помочь с патентом", "Угрожает ли мне депортация, если просрочен патент?",
    "Что мне грозит за просроченную регистрацию?", "Мне угрожает депортация?", "Держат ли в России паспорт у работодателя?",
    "Не можем уехать из-за закрытой границы", "Хозяин квартиры не пускает в квартиру без оплаты",
    "Меня не отпускают с работы пораньше", "Маро ба рухсатӣ намегузоранд", "Корфармо маошро нигоҳ дошт, ба куҷо шикоят кунам",
    "Бародарам шиносномаашро аз консулгарӣ гирифт", "can I take my passport from the embassy on Sunday?",
    "Бригадир держит слово, зарплату платит вовремя", "брат не берёт трубку, наверное спит",
]
# eighth batch (written after the rules above, run once before any rule was changed for it)
DEV_URGENT += [
    "бригадир отнял у нас паспорта и говорит, что отдаст только в Душанбе",
    "Мы с братом на ферме под Волгоградом, хозяин не даёт нам уйти и не платит",
    "вчера ночью пьяный хозяин избил моего мужа, сейчас угрожает и мне",
    "pishu s telefona podrugi, menya derzhat v kvartire, pasport zabrali",
    "sestra v Dubae, ne otvechaet tretiy den, poslednee soobshenie bylo 'pomogi'",
    "kak mne uyti ot hozyaina, on zabral dokumenty i ugrozhaet",
    "корфармо маро ба хона рафтан намемонад, шиносномаам дар дасти ӯ",
    "писарамро дар Русия маҷбуран дар сохтмон кор мефармоянд, пул намедиҳанд",
    "имрӯз бригадир ба рӯи ман зад, ҳоло ҳам метарсам",
    "духтарам аз Истанбул хабар намедиҳад, як моҳ шуд",
    "man dar Qazonam, korfarmo hujjathoyamro girift va meguyad agar ravi ba politsiya mesuporam",
    "moro dar sexi kor qulf mekunand shab",
    "barodaram dar Moskva gum shud, 10 ruz ast telefonash xomush",
    "xojain zad, lab-u dahonam xun shud",
    "хозяин паспортамро не отдаёт, мегӯяд аввал қарзро деҳ",
    "нас бьют, моро дар подвал нигоҳ медоранд",
    "bratam zvonil, skazal ki onro zadand i telefonashro girifta",
    "Мени брат пропал в Казани, ду ҳафта хабар нест",
    "we are 6 women, the agency took our passports and we cannot go out",
    "Нам запретили выходить из общежития, охранник стоит у двери",
]
DEV_NOT_URGENT += [
    "работодатель может удерживать зарплату за порчу инструмента?",
    "если бригадир заберёт паспорт на проверку, он обязан вернуть?",
    "в 2017 году я был в трудовом рабстве в Подмосковье, хочу рассказать свою историю",
    "как защитить брата от вербовщиков, он хочет ехать в Дубай",
    "oyo korfarmo metavonad pasportamro girad, agar qarzdor boshad?",
    "шунидам, ки дар Қазон муҳоҷиронро дар таҳхона нигоҳ медоранд, рост аст?",
    "пештар хоҷаин моро мезад, ҳоло кори дигар дорам",
    "агар корфармо таҳдид кунад, ба куҷо занг занам?",
    "gde nayti rabotu bez posrednikov",
    "mojno li rabotat esli pasport u rabotodatelya na registracii",
    "брат нашёлся, был в больнице, спасибо вам",
    "Паспорт забрали в полиции на проверку и сразу вернули",
    "Ташаккур, шиносномаамро пас гирифтам",
    "Хочу узнать про права мигрантов, если их держат без документов",
    "Корфармоён шиносномаро нигоҳ медоранд — ин қонунист?",
    "Can my employer threaten to deport me if I complain?",
    "Муж работает в Корее, звонит редко, как ему отправить посылку?",
    "Раньше меня заставляли работать бесплатно, сейчас всё хорошо",
    "Ба бародарам дар Русия чӣ тавр кӯмак кунам, ки ҳуҷҷат гирад?",
    "nashego soseda v proshlom godu izbili v metro, on do six por boitsya",
]

@pytest.mark.parametrize("text", DEV_URGENT)
def test_dev_urgent(text: str) -> None:
    t = recognise(text)
    assert t.urgent, (text, t)


@pytest.mark.parametrize("text", DEV_NOT_URGENT)
def test_dev_not_urgent(text: str) -> None:
    assert not recognise(text).urgent, (text, recognise(text))


@pytest.mark.parametrize("text,priority", URGENT)
def test_urgent(text: str, priority: str) -> None:
    t = recognise(text)
    assert t.urgent, (text, t)
    assert t.priority == priority, (text, t)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_not_urgent(text: str) -> None:
    assert not recognise(text).urgent, (text, recognise(text))


def test_anchors_let_every_harm_through() -> None:
    """A sentence skips a kind's patterns when none of its anchors is there: on every
    example, that must not change which harms are found."""
    from bot.trouble import rules as trouble

    texts = [t for t, _ in URGENT] + NOT_URGENT + DEV_URGENT + DEV_NOT_URGENT
    for text in texts:
        sentences, _ = trouble._sentences(text)
        got = [(h.kind, h.sentence, h.start) for h in trouble._hits(sentences)]
        assert got == [(h.kind, h.sentence, h.start) for h in trouble._hits(sentences, anchored=False)], text


def test_bounded_and_empty() -> None:
    assert not recognise("").urgent
    assert recognise("избили меня " + "а" * 100_000).urgent  # long input read only in part, quickly


# -- the learned half (bot/trouble/model.py) ---------------------------------------------------
CV_FLOOR = 0.90  # precision and recall on every left-out writer set (the target of issue 12)


def test_shipped_model_matches_its_training_data() -> None:
    """data/trouble/model.npz was trained on the statements as they are now (run
    ``python -m bot.trouble.train`` after changing any set, the spelling or the settings)."""
    from bot.trouble import model, train

    shipped = model.load()
    assert shipped is not None, "data/trouble/model.npz missing or of other settings: python -m bot.trouble.train"
    assert train.is_current(), "data/trouble/model.npz is stale: python -m bot.trouble.train"
    assert 0.0 <= shipped.keep < 0.5 <= shipped.add <= 1.0


def test_training_sets_are_read_not_copied() -> None:
    from bot.trouble.data import CV_SETS, SETS, load_sets

    sets = load_sets()
    assert set(CV_SETS) <= set(sets)
    dev = sets["dev"]
    assert len(dev) == len(URGENT) + len(NOT_URGENT) + len(DEV_URGENT) + len(DEV_NOT_URGENT)
    assert sum(s.urgent for s in dev) == len(URGENT) + len(DEV_URGENT)
    texts = [s.text for ss in sets.values() for s in ss]
    assert not any("holdout4" in str(p) for p in SETS.values())  # the blind set for the final figures
    assert len(texts) > 1000


def test_handwritten_prediction_matches_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from bot.trouble import model, train
    from bot.trouble.data import load_sets

    statements = load_sets(("check", "heldout"))
    flat = [s for ss in statements.values() for s in ss]
    m = train.fit(flat)
    vec = TfidfVectorizer(analyzer=model.ngrams, sublinear_tf=True, dtype=np.float32)
    clf = LogisticRegression(C=model.C_REG, max_iter=5000, tol=1e-6)
    clf.fit(vec.fit_transform([model.prepare(s.text) for s in flat]), [s.urgent for s in flat])
    probe = [t for t, _ in URGENT] + NOT_URGENT + ["", "zzzz qqqq", "избили меня " + "а" * 5000]
    want = clf.predict_proba(vec.transform([model.prepare(t) for t in probe]))[:, 1]
    got = [m.proba(t) for t in probe]
    assert np.allclose(got, want, atol=1e-4), list(zip(probe, got, want, strict=False))


@pytest.mark.slow
def test_cross_validated_figures_stay_above_the_floor() -> None:
    """Each writer set left out in turn, the model trained on the others, the rules and the
    model joined with the shipped bars: precision and recall at least ``CV_FLOOR`` on every
    set (figures in bench/README.md; ``bench/trouble_bench.py --cv`` prints them per cell)."""
    from bot.trouble import model, train

    shipped = model.load()
    assert shipped is not None
    figures = train.figures(train.cross_validate(), shipped.keep, shipped.add)
    low = {k: v for k, v in figures.items() if min(v) < CV_FLOOR}
    assert not low, figures


def test_the_combination_keeps_the_interface() -> None:
    """Kinds and priority from the rules; a message only the model finds urgent is "other",
    high priority, unless the rules see violence, confinement or forced work named in it;
    without the model the rules decide alone."""
    from bot.trouble import decide, model, recognise_rules

    shipped = model.load()
    assert shipped is not None
    everything = model.Model(shipped.vocab, shipped.idf, shipped.coef, shipped.intercept, keep=0.0, add=0.0)
    nothing = model.Model(shipped.vocab, shipped.idf, shipped.coef, shipped.intercept, keep=1.01, add=1.01)
    assert decide("сколько стоит патент в Москве", everything) == Trouble(True, ("other",), "high")
    t = decide("в прошлом году бригадир избил меня", everything)  # the rules: over; the (forced) model: urgent
    assert t.urgent and t.kinds == ("violence",) and t.priority == "urgent"
    assert decide("нас заперли на складе и не выпускают", everything) == recognise_rules("нас заперли на складе и не выпускают")
    vetoed = decide("нас заперли на складе и не выпускают", nothing)
    assert not vetoed.urgent and vetoed.kinds == ("confinement",)
    for text in ("маро мезананд, ёрдам диҳед", "может ли работодатель забрать паспорт?", ""):
        assert decide(text, None) == recognise_rules(text)
    assert recognise("") == Trouble(False)
