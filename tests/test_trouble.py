"""The "person in trouble now" recogniser on its development examples (the rules in
bot/trouble.py were written from these; the held-out set is bench/trouble_heldout.yaml)."""

from __future__ import annotations

import pytest

from bot.trouble import recognise

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
    from bot import trouble

    texts = [t for t, _ in URGENT] + NOT_URGENT + DEV_URGENT + DEV_NOT_URGENT
    for text in texts:
        sentences, _ = trouble._sentences(text)
        got = [(h.kind, h.sentence, h.start) for h in trouble._hits(sentences)]
        assert got == [(h.kind, h.sentence, h.start) for h in trouble._hits(sentences, anchored=False)], text


def test_bounded_and_empty() -> None:
    assert not recognise("").urgent
    assert recognise("избили меня " + "а" * 100_000).urgent  # long input read only in part, quickly
