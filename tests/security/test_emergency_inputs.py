"""Hostile input to the emergency path: the recogniser, the channel's country, the commands."""

from __future__ import annotations

import pytest

from bot.engine.model import Inbound, State
from bot.engine.runner import Engine
from bot.trouble import recognise


def test_recogniser_reads_a_bounded_part_of_any_input() -> None:
    # patterns with '.*' between two stems: input is cut to MAX_CHARS before matching
    hostile = ["паспорт " * 50_000, "a" * 1_000_000, "\u202e\u200b" * 10_000 + "избили меня", "ё" * 200_000 + " забрали паспорт"]
    for text in hostile:
        recognise(text)  # returns (bounded work), whatever the verdict
    assert recognise("x" * 50_000 + " меня избили").urgent  # the end of a long message is read


@pytest.mark.slow
def test_a_forged_country_from_a_channel_is_ignored(engine: Engine) -> None:
    for bad in ("../../etc", "RU", "zz", "", None, {"x": 1}, "ru\nkz"):
        res = engine.step(State(lang="ru"), Inbound(channel="web", user="web:x", text="SOS", data={"country": bad}))
        assert "country" not in res.state.data or res.state.data["country"] in ("other",), bad


def test_forged_option_cannot_set_an_arbitrary_country(engine: Engine) -> None:
    res = engine.step(State(lang="ru"), Inbound(channel="tg", user="tg:x", text="SOS"))
    for forged in (f"{res.state.node}.99", "zzzz.1", "0000.0'); DROP"):
        r = engine.step(res.state, Inbound(channel="tg", user="tg:x", option=forged))
        assert r.state.data.get("country") in (None, "ru", "kz", "tj", "kr", "gb", "tr", "ae", "other")
