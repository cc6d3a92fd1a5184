"""The job-ad scanner's rules alone, for the tests of each round's wordings."""

from __future__ import annotations

from bot.jobcheck.scanner import default_scanner


def ids(text: str, lang: str = "ru") -> set[str]:
    """The flags the rules (without the learned layer) raise on ``text``."""
    return set(default_scanner().scan_rules(text, lang).flag_ids)


def risk(text: str, lang: str = "ru") -> str:
    """The risk the scanner as shipped (rules + learned layer) gives ``text``."""
    return default_scanner().scan(text, lang).risk
