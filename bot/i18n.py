"""Catalogs, locale choice and plural forms.

Translations live only in ``locales/<lang>/LC_MESSAGES/<domain>.po``. Each part
of the program owns one domain (``core``, ``knowledge``, ``jobcheck``,
``handover``, ``telegram``, ``sms``, ``web``) so that translators and
engineers can work on them side by side; at run time all domains of a language
are merged into one lookup.

The ``.po`` files are read directly with Babel (no compiled ``.mo`` files in
the repository or a build step): each catalog is compiled in memory with
``babel.messages.mofile.write_mo`` and loaded as ``babel.support.Translations``,
which gives gettext's plural handling from the catalog's ``Plural-Forms``
header (3 forms for Russian, 2 for Tajik).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
LOCALES_DIR = ROOT / "locales"
LANGUAGES: tuple[str, ...] = ("tg", "ru")
DEFAULT_LANG = "tg"

# Babel knows no Tajik plural rule; CLDR says Tajik has "one" and "other".
PLURAL_FORMS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "tg": "nplurals=2; plural=(n != 1);",
}


def N_(message: str) -> str:
    """Mark a string for extraction without translating it (translated later, per user)."""
    return message


class CatalogError(Exception):
    """A catalog failed to load; the message names the file."""


@dataclass
class Translator:
    """Translations of one language, all domains merged."""

    lang: str
    translations: Translations = field(default_factory=Translations)
    msgids: set[str] = field(default_factory=set)

    def _(self, message: str, **kwargs: object) -> str:
        text = self.translations.gettext(message) if message else message
        return text.format(**kwargs) if kwargs else text

    gettext = _

    def ngettext(self, singular: str, plural: str, n: int, **kwargs: object) -> str:
        text = self.translations.ngettext(singular, plural, n)
        return text.format(n=n, **kwargs)

    def has(self, message: str) -> bool:
        return message in self.msgids


def read_catalog(path: Path) -> Catalog:
    try:
        with path.open("rb") as fp:
            return read_po(fp, abort_invalid=True)
    except Exception as exc:  # Babel raises several kinds; one clear line is what matters
        raise CatalogError(f"{path}: catalog does not load: {exc}") from exc


def _load(lang: str, locales_dir: Path) -> Translator:
    tr = Translator(lang)
    merged: Translations | None = None
    for po in sorted((locales_dir / lang / "LC_MESSAGES").glob("*.po")):
        catalog = read_catalog(po)
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)
        buf.seek(0)
        part = Translations(fp=buf, domain=po.stem)
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
            if all(strings):  # every plural form translated
                tr.msgids.update((message.id,) if isinstance(message.id, str) else message.id)
        if merged is None:
            merged = part
        else:
            merged.merge(part)
    if merged is not None:
        tr.translations = merged
    return tr


@cache
def translator(lang: str, locales_dir: Path = LOCALES_DIR) -> Translator:
    if lang not in LANGUAGES:
        lang = DEFAULT_LANG
    return _load(lang, locales_dir)


def normalize_lang(value: str | None) -> str | None:
    """Map what a person or a deep link says to a language code we serve."""
    if not value:
        return None
    v = value.strip().lower()
    if v in ("tg", "tj", "taj", "tajik", "тоҷикӣ", "тоджики", "tojiki", "точики", "таджикский"):
        return "tg"
    if v in ("ru", "rus", "russian", "русский", "русӣ", "rusi", "russkiy", "russkij"):
        return "ru"
    return None
