"""The registry of licensed agencies on a real Redis protocol (embedded Valkey from conftest)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.jobcheck import agencies as registry
from bot.storage import Storage

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "agencies.example.csv"
TODAY = date(2026, 11, 28)

GOOD = """name,licence,valid_until,address,phone
Намуна Кор Агентӣ (EXAMPLE),EX-0001,2030-12-31,"Example street 1, Dushanbe",
Агентство Пример Труд (EXAMPLE),EX-0003,2024-03-31,Example street 3,
Fictional Safar Example Agency,EX-0004,31.01.2031,Example avenue 4,
"""


async def test_import_then_lookup_by_licence_and_name(storage: Storage) -> None:
    agencies = registry.parse_csv(GOOD, "good.csv")
    assert await registry.import_agencies(storage, agencies, "good.csv") == 3
    found = await registry.lookup(storage, "EX-0001", TODAY)
    assert (found.status, found.valid_until, found.exact) == ("valid", "2030-12-31", True)
    assert (await registry.lookup(storage, "ex 0004", TODAY)).name == "Fictional Safar Example Agency"
    assert (await registry.lookup(storage, "лицензия № 0001", TODAY)).licence == "EX-0001"
    # small spelling differences and the other script
    for q in ("Намуна кор агенти", "namuna kor agenti", "Namuna Kor", "Намуна Кор Агентии"):
        r = await registry.lookup(storage, q, TODAY)
        assert r.status == "valid" and r.licence == "EX-0001", q
    r = await registry.lookup(storage, "Fictional Safar Exmple", TODAY)
    assert r.licence == "EX-0004"


async def test_expired_licence(storage: Storage) -> None:
    await registry.import_agencies(storage, registry.parse_csv(GOOD, "good.csv"), "good.csv")
    r = await registry.lookup(storage, "Пример Труд", TODAY)
    assert (r.status, r.valid_until) == ("expired", "2024-03-31")
    r = await registry.lookup(storage, "EX-0003", TODAY)
    assert r.status == "expired"


async def test_not_found_and_empty_registry(storage: Storage) -> None:
    r = await registry.lookup(storage, "Anything", TODAY)
    assert r.status == "not_found" and r.empty_registry
    await registry.import_agencies(storage, registry.parse_csv(GOOD, "good.csv"), "good.csv")
    for q in ("Бехатар Роҳ", "EX-9999", "зз"):
        r = await registry.lookup(storage, q, TODAY)
        assert r.status == "not_found" and not r.empty_registry, q


def test_a_bad_row_is_reported_with_its_line_number() -> None:
    bad = "# comment line\nname,licence,valid_until\nA,1,2030-01-01\n,2,2030-01-01\nB,1,2030-13-01\nC,3\n"
    with pytest.raises(registry.RegistryError) as exc:
        registry.parse_csv(bad, "bad.csv")
    problems = exc.value.problems
    assert "bad.csv:4: empty name" in problems
    assert "bad.csv:5: licence 1 already on line 3" in problems
    assert any(p.startswith("bad.csv:5: valid_until") for p in problems)
    assert "bad.csv:6: 2 fields, expected 3" in problems


async def test_a_file_with_a_bad_row_changes_nothing(storage: Storage, tmp_path: Path) -> None:
    await registry.import_agencies(storage, registry.parse_csv(GOOD, "good.csv"), "good.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,licence,valid_until\nNew Agency,N-1,2030-01-01\nBroken,N-2,not a date\n", encoding="utf-8")
    with pytest.raises(registry.RegistryError):
        await registry.import_file(storage, bad)
    names = {a.name for a in await registry.load_all(storage)}
    assert "Fictional Safar Example Agency" in names and "New Agency" not in names
    assert await storage.redis.keys(storage.keys.agencies_tmp("*")) == []


async def test_a_new_import_replaces_the_old_list(storage: Storage) -> None:
    await registry.import_agencies(storage, registry.parse_csv(GOOD, "good.csv"), "good.csv")
    await registry.import_agencies(storage, registry.parse_csv("name,licence,valid_until\nOnly One,X-1,2030-01-01\n"), "new.csv")
    assert [a.name for a in await registry.load_all(storage)] == ["Only One"]
    assert (await registry.lookup(storage, "EX-0001", TODAY)).status == "not_found"


def test_the_example_file_says_it_is_example_data_and_loads() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "EXAMPLE DATA - NOT THE OFFICIAL LIST" in text.splitlines()[0]
    agencies = registry.parse_csv(text, str(EXAMPLE))
    assert len(agencies) >= 3 and all("EXAMPLE" in a.name.upper() or "FICTIONAL" in a.name.upper() for a in agencies)


@pytest.mark.slow
def test_cli_import_rejects_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,licence,valid_until\nA,1,yesterday\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "bot", "agencies", "import", str(bad)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 1
    assert f"{bad}:2: valid_until" in out.stderr and "nothing imported" in out.stderr


@pytest.mark.slow
def test_cli_dry_run_of_the_example() -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "agencies", "import", "--dry-run", str(EXAMPLE)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0 and "dry run" in out.stdout
