"""Round 35 (branch r35n2): a Tajik prohibitive on the money carried by "and" to a later verb.

Short made-up ads written for this file (fictional name "Намуна"), Tajik in Cyrillic and Latin letters: "пул надиҳед ва
эълонро ба мо фиристед" forbids paying and sends the ad on, so the later "фиристед" is not a demand to pay; the attacker's side,
money named again after the "and" ("пул надиҳед ва пулро ба мо фиристед"), stays an upfront fee.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids, risk

REFUSED = [
    "Огоҳ бошед! Ба ягон миёнарав пул надиҳед ва эълонро ба мо фиристед.",
    "Ogoh boshed! Ba yagon miyonarav pul nadihed va e'lonro ba mo firisted.",
]
ASKED = [
    "Ба дигарон пул надиҳед ва пулро ба мо фиристед. Кор дар Маскав, ширкати Намуна.",
    "Ba digaron pul nadihed va pulro ba mo firisted. Kor dar Maskav, shirkati Namuna.",
]


@pytest.mark.parametrize("ad", REFUSED)
def test_money_refused_then_another_verb_is_no_fee(ad: str) -> None:
    assert "upfront-fee" not in ids(ad, "tg")
    assert risk(ad, "tg") != "high"


@pytest.mark.parametrize("ad", ASKED)
def test_money_named_again_after_the_and_is_a_fee(ad: str) -> None:
    # the flag is kept; the risk of this shape is low already at main's head (the notice reading of "пул надиҳед" lowers a
    # critical flag, round 35 n2 left it open), so only the flag is asserted here
    assert "upfront-fee" in ids(ad, "tg")
