"""Phone numbers in the bot's messages, for the web chat: split a text into plain
parts and numbers to dial, so the page can make each number a ``tel:`` link that
does not break across lines.

Hand-written rather than a phone-number library: the numbers are the ones in our
own contacts file and answers (a handful of formats: international ``+7 ...``,
Russian ``8-800-...``, British ``08000 ...``, and short emergency numbers such
as 112 in a contacts answer), and a library would also need the country to parse
the short ones. A case reference (``123-456``) and a date are never numbers.
"""

from __future__ import annotations

import re

# a run of digits with the separators people write in numbers
_RUN = re.compile(r"(?<![\w+/.-])(\+?\d[\d \u00a0()\-]{0,20}\d|\d)(?![\w/-])")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REF = re.compile(r"^\d{3}-\d{3}$")
SHORT_KINDS = ("contacts", "urgent")  # answers where a 2-4 digit number is a number to call


def _is_phone(run: str, kind: str, before: str) -> bool:
    digits = re.sub(r"\D", "", run)
    if _DATE.match(run) or _REF.match(run.strip()):
        return False
    if run.startswith("+"):
        return 7 <= len(digits) <= 15
    if len(digits) >= 7:
        # a long number with separators, or one written like a national number
        return bool(re.search(r"[ \u00a0()\-]", run)) or digits[0] in "08"
    if 2 <= len(digits) <= 4 and kind in SHORT_KINDS and run == digits:
        # a short emergency number in a contacts answer ("Police: 102", "call 112")
        return before.rstrip().endswith((":", "—", "-", "–")) or bool(re.search(r"\b(112|10[1-4]|0[1-4]|911|999)\b", digits))
    return False


def dial(run: str) -> str:
    """What a ``tel:`` link dials: the digits, with a leading + kept."""
    return ("+" if run.startswith("+") else "") + re.sub(r"\D", "", run)


def parts(text: str, kind: str = "text") -> list[list[str]]:
    """``[["t", text], ["tel", shown, dial], ...]``; one ``["t", text]`` when there is no number."""
    out: list[list[str]] = []
    pos = 0
    for m in _RUN.finditer(text):
        run = m.group(1).rstrip(" \u00a0(-")
        if run.count("(") != run.count(")"):
            run = run.rstrip(")")
        if not _is_phone(run, kind, text[max(0, m.start() - 3):m.start()]):
            continue
        start, end = m.start(1), m.start(1) + len(run)
        if start > pos:
            out.append(["t", text[pos:start]])
        out.append(["tel", run, dial(run)])
        pos = end
    if pos < len(text) or not out:
        out.append(["t", text[pos:]])
    return out
