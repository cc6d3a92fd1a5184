"""Round 33 (branch r33p): pay read against the wages of the countries offers now name instead of Russia.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример", "Намуна",
"Primer"), in Russian and Tajik, Cyrillic and Latin letters:

- Belarus and Georgia (`pay.yaml` country `cis_low`): a factory in Minsk or a building site in Batumi at 2,500-3,000 USD a
  month, no experience asked, is far above their wages (Belstat, Geostat); their ordinary offers (2,400 BYN, 1,100 USD for a
  mason) stay clean, and "бел. рублей" is the Belarusian rouble, not dollars;
- Uzbekistan and Kyrgyzstan (`uz_kg`, read only when no other country is named): 3,000 USD in a Tashkent salon is; an agency
  with its office in Bishkek that sends people to Poland is read against Poland, and a Moscow ad that welcomes citizens of
  Uzbekistan against Russia;
- South-East Asia (`sea`): "operators" and "IT" in Cambodia, Myanmar or Thailand at 1,500-3,000 USD a month with no experience
  (the bait of the fraud compounds) are far above what work pays there; a hotel's 700 USD in Phuket is not.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PAY = "unrealistic-pay"

FOUND = [
    (PAY, "Беларусь, Минск. Мебельная фабрика, сборщики мебели, 2800$ в месяц, жильё даём.", "ru"),
    (PAY, "Belarus, Gomel, zavod, rabochie na liniyu, zarplata 2700 dollarov v mesyac.", "ru"),
    (PAY, "Дар Минск заводи калон коргар лозим, маош 3000$ дар як моҳ, хӯрок аз ҳисоби завод.", "tg"),
    (PAY, "Грузия, Батуми: стройка отеля, бетонщики и арматурщики, 2600 долларов в месяц.", "ru"),
    (PAY, "Gruziya, Tbilisi, stroyka, kamenshiki, 2800$ v mesyac, zhile besplatno.", "ru"),
    (PAY, "Тошкент, салон «Намуна», духтарон лозим, маош 3000$ дар як моҳ.", "tg"),
    (PAY, "Камбоджа, компания ищет операторов чата, 2500$ в месяц, билет бесплатно.", "ru"),
    (PAY, "Kamboja, IT kompaniya operator lozim, tajriba lozim nest, maosh 2500$ har moh, chipta roygon.", "tg"),
    (PAY, "Мьянма, колл-центр, работа за компьютером без опыта, 1300$ в месяц плюс бонусы.", "ru"),
    (PAY, "Таиланд, Бангкок: менеджеры онлайн-продаж без опыта, 3000 долларов в месяц, перелёт за счёт компании.", "ru"),
]

CLEAN = [
    (PAY, "Минск, ОАО «Пример» (ул. Примерная 1), каменщики, 2400 бел. рублей в месяц, официально по договору.", "ru"),
    (PAY, "Minsk, OAO «Primer» (ul. Primernaya 1), montazhniki, zp 2600-3000 bel rublei, ofitsialno.", "ru"),
    (PAY, "Грузия, Батуми, ООО «Пример» (ул. Примерная 1): каменщики с опытом от 3 лет, 1100 долларов в месяц.", "ru"),
    (PAY, "«Пример» (Бишкек, ул. Примерная 1) набирает на сбор клубники в Польшу, 30 злотых в час брутто, договор.", "ru"),
    (PAY, "Москва, склад «Пример» (ул. Примерная 1). Граждане Узбекистана и Кыргызстана, комплектовщики, 90 000 руб. в месяц.", "ru"),
    (PAY, "Таиланд, Пхукет, отель «Пример» (Примерная 1): горничные, 700 долларов в месяц, рабочая виза и договор.", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
