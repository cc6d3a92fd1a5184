"""The SMS channel's own words (STOP, START, HELP, MORE, LAT, KIR in every language the
line reads), its fixed notices, and the local day its daily limits count in."""

from __future__ import annotations

import time

from bot.engine.text import fold
from bot.i18n import LANGUAGES, N_

# Channel words, compared after folding case, punctuation and script (bot.engine.text.fold).
# The language a word is in picks the language of the answer when the person has none yet.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "stop": {
        "tg": ("ист", "ist"),
        "ru": ("стоп",),
        # Twilio's own opt-out words (they arrive with OptOutType=STOP when Twilio handles them)
        "en": ("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout"),
    },
    "start": {"ru": ("старт",), "en": ("start", "unstop")},
    "help": {"tg": ("маълумот", "malumot", "ma'lumot"), "ru": ("справка", "spravka"), "en": ("help", "info")},
    "more": {"tg": ("давом", "davom"), "ru": ("далее", "dalee", "ещё", "еще"), "en": ("more",)},
    "lat": {"tg": ("лотинӣ", "lotini"), "ru": ("латиница", "latinitsa"), "en": ("lat", "latin")},
    "kir": {"tg": ("кир", "кириллӣ", "kirilli"), "ru": ("кириллица", "kirillitsa"), "en": ("kir", "cyr", "kiril")},
}
_WORD: dict[str, tuple[str, str | None]] = {}
for _kind, _by_lang in WORDS.items():
    for _lang, _words in _by_lang.items():
        for _w in _words:
            _WORD.setdefault(fold(_w), (_kind, _lang if _lang in LANGUAGES else None))

TEXTS = {
    "stop": N_("You will get no more messages from Hamroh. To start again, send START."),
    "start": N_("Welcome back to Hamroh. Send MENU for the main menu, or type your question."),
    "help": N_("Hamroh is a free, confidential helper for people who work abroad. Send MENU for the menu, SOS if you are in danger, "
               "LAT for Latin letters (cheaper SMS), STOP to stop messages."),
    "lat": N_("Latin letters are on: each SMS is cheaper. Send KIR to go back to Cyrillic."),
    "kir": N_("Cyrillic letters are on. Send LAT for Latin letters: each SMS is cheaper."),
    "no_more": N_("That was all. Send MENU for the main menu."),
    "cap": N_("You have reached today's limit of messages from Hamroh. We will answer again tomorrow. If you are in danger, send SOS."),
    "rate": N_("You are sending messages very fast. Please wait a minute, then write again."),
}
CONTACTS_TITLE = N_("Emergency contacts")
DELIVERY_NOTE = N_("SMS delivery failed ({status}, error {code}).")


def dushanbe_day(now: float) -> str:
    """The calendar day in Tajikistan (UTC+5, no daylight saving): daily limits reset at local midnight."""
    return time.strftime("%Y%m%d", time.gmtime(now + 5 * 3600))


def classify(text: str) -> tuple[str, str | None] | None:
    """(kind, language) when the whole message is a channel word, else None."""
    f = fold(text)
    return _WORD.get(f) if f and len(f) <= 20 else None
