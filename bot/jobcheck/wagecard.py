"""A wage paid to a card is no cash without a receipt (round 33, branch r33g), for ``Scanner._flag`` through ``ClauseReach``.

``cash-no-receipt`` reads "на карту" as money sent to a private card, and its ``except`` list clears the card when a wage word
stands in the card's own clause ("зарплата на карту"). Genuine ads also write the card in a clause of its own after the wage or
its terms: "Заработная плата 2 раза в месяц, только безналичным путём, на карточку", "5/2 по 8 часов, 50 тыс на карту,
официально", "Маош ҳар моҳ, ба корт". The card is the wage's when its sentence names the wage, a cashless way or an official
payment (concept ``c33g_card_wage`` of ``data/jobcheck/scanner.yaml``) and the card's own clause names nothing sold (concepts
``fee_word``, ``fee_object``, ``fee_object2``): "Зарплата хорошая, за оформление 3000 на карту" stays a fee sent to a card.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.jobcheck.cues import Folded

_CARD = re.compile(r" (?:kart|kort|kartochk)[a-z]* ")  # folded words of a bank card ("карту", "карточку", "корт", "kartu")
_FEE_CONCEPTS = ("fee_word", "fee_object", "fee_object2")
WAGE_CONCEPT = "c33g_card_wage"


def wage_to_card(concepts: dict[str, re.Pattern[str] | None], f: Folded, a: int, b: int) -> bool:
    """Whether the card named by tokens a..b of ``f`` is where the wage goes (see the module's docstring)."""
    wage = concepts.get(WAGE_CONCEPT)
    if wage is None or _CARD.search(f.span_text(a, b)) is None:
        return False
    if wage.search(f.span_text(*f.sentence(a, b))) is None:
        return False
    clause = f.span_text(*f.clause(a, b))
    return not any((rx := concepts.get(c)) is not None and rx.search(clause) for c in _FEE_CONCEPTS)


# flag -> what clears a cue of that flag from the cue's sentence, beyond the flag's own ``except`` list (which reads the clause
# only); ``ClauseReach._cleared`` asks it for every flag, so that the scanner's shared loop names none
SENTENCE_CLEARS: dict[str, Callable[[dict[str, re.Pattern[str] | None], Folded, int, int], bool]] = {"cash-no-receipt": wage_to_card}
