"""Write or update a gettext catalog from a Python dict of translations (maintainers' helper).

usage: python tools/po.py DOMAIN FILE.py   (FILE defines T = {msgid: (tg, ru)})
Existing entries are kept; entries in FILE replace them.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

PLURALS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "tg": "nplurals=2; plural=(n != 1);",
}


def update(domain: str, table: dict[str, tuple[str, str]], root: Path = Path("locales")) -> None:
    for i, lang in enumerate(("tg", "ru")):
        path = root / lang / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            with path.open("rb") as fp:
                cat = read_po(fp)
        else:
            cat = Catalog(locale=lang if lang == "ru" else None, project="Hamroh", domain=domain)
        cat.language_team = f"Hamroh {lang}"
        cat._num_plurals, cat._plural_expr = int(PLURALS[lang][9]), PLURALS[lang].split("plural=")[1].rstrip(";")
        for msgid, tr in table.items():
            if msgid in cat:
                cat.delete(msgid)  # Catalog.add keeps an existing translation
            cat.add(msgid, tr[i])
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fp:
            write_po(fp, cat, width=0, sort_output=True)
        text = path.read_text(encoding="utf-8")
        if "Language: " not in text.split("\n\n")[0]:
            text = text.replace('"MIME-Version', f'"Language: {lang}\\n"\n"MIME-Version', 1)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    update(sys.argv[1], runpy.run_path(sys.argv[2])["T"])
