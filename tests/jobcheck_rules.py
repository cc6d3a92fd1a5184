"""The job-ad scanner's rules alone, for the tests of each round's wordings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from bot.jobcheck.scanner import default_scanner


def ids(text: str, lang: str = "ru") -> set[str]:
    """The flags the rules (without the learned layer) raise on ``text``."""
    return set(default_scanner().scan_rules(text, lang).flag_ids)


def risk(text: str, lang: str = "ru") -> str:
    """The risk the scanner as shipped (rules + learned layer) gives ``text``."""
    return default_scanner().scan(text, lang).risk


Case = tuple[str, str, str]  # (flag, text, lang)


def found_and_clean(found: Sequence[Case], clean: Sequence[Case]) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a round's file of wordings: every idea in ``found`` raises its flag, every
    fair term in ``clean`` does not (``test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)``)."""

    @pytest.mark.parametrize(("flag", "text", "lang"), found)
    def test_idea_found(flag: str, text: str, lang: str) -> None:
        assert flag in ids(text, lang), text

    @pytest.mark.parametrize(("flag", "text", "lang"), clean)
    def test_fair_term_clean(flag: str, text: str, lang: str) -> None:
        assert flag not in ids(text, lang), text

    return test_idea_found, test_fair_term_clean
