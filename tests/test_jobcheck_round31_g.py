"""Issue 16, round 31 (branch r31g): genuine ads that rated high or medium, and wrong flags, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea keeps a genuine ad clean, and
the scam's flag next to it is still found:

- passport-retention: the passport only shown, in every person of the Tajik "нишон додан" ("шиносномаро нишон медиҳӣ",
  "nishon medihi", "нишон медиҳанд"), not only "нишон медиҳед"; a passport handed to the foreman is still found;
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PASSPORT = "passport-retention"

FOUND = [
    # the passport handed in, still found
    (PASSPORT, "Бригадаи Намуна, Тошкент. Шиносномаро ба бригадир медиҳӣ, баъди мавсим мегирӣ. Тел +992 00 000 00 00", "tg"),
    (PASSPORT, "Brigadai Namuna. Shinosnomaro ba brigadir medihi, bad az mavsim megiri. Tel +992 00 000 00 00", "tg"),
]

CLEAN = [
    # the passport only shown, in every person
    (PASSPORT, "ТОО «Намуна», Шымкент, кӯчаи Намуна 0. Ба кадровик шиносномаро нишон медиҳӣ, ба дастат бармегардонад. Тел +7 700 000 00 00",
     "tg"),
    (PASSPORT, "TOO «Namuna», Shymkent. Ba kadrovik shinosnomaro nishon medihi, ba dastat barmegardonad. Tel +7 700 000 00 00", "tg"),
    (PASSPORT, "ТОО «Намуна», Шымкент. Коргарон шиносномаро ба кадровик нишон медиҳанд ва мебаранд. Тел +7 700 000 00 00", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
