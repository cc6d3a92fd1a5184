"""Command line of the job check: ``check-offer`` and ``agencies import``.

``python -m bot check-offer --lang ru|tg [--json] [FILE or stdin]`` scans one ad;
``--batch`` reads JSON lines {"lang": ..., "text": ...} from standard input and
prints one result line per ad, so staff can test a whole collection at once.
``python -m bot agencies import FILE.csv`` replaces the registry of licensed
agencies (all rows validated first; nothing is written when any row is bad).

Registered on ``python -m bot`` by ``bot/__main__.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot import config
from bot.i18n import translator
from bot.jobcheck.render import explain
from bot.jobcheck.scanner import ScanResult, scan
from bot.pictures import PictureError, availability, read_sync
from bot.pictures.flow import joined

if TYPE_CHECKING:
    from bot.jobcheck.agencies import Lookup
    from bot.storage import Storage

T = TypeVar("T")


def add_arguments(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``check-offer`` and ``agencies`` on the program's argument parser."""
    p = subparsers.add_parser("check-offer", help="scan a job ad for red flags (FILE or stdin)")
    p.add_argument("--lang", choices=("ru", "tg"), default="ru", help="language of the explanation (the ad may be in either)")
    p.add_argument("--json", action="store_true", help='print {"risk": ..., "flags": [{"id", "evidence"}], "missing": [...]}')
    p.add_argument("--batch", action="store_true",
                   help='read JSON lines {"lang": ..., "text": ...} from stdin, print one JSON result per line')
    p.add_argument("--explain", action="store_true", help="print the plain-language explanation a person would get")
    p.add_argument("--image", metavar="FILE",
                   help='read the ad from a picture (JPEG, PNG, WebP) with OCR, as the chat does; --json adds "ocr_text"')
    p.add_argument("file", nargs="?", help="file with the ad text (default: stdin)")
    p.set_defaults(func=cmd_check_offer)

    p = subparsers.add_parser("agencies", help="registry of licensed employment agencies")
    sub = p.add_subparsers(dest="agencies_command", required=True)
    imp = sub.add_parser("import", help="replace the registry with a CSV file (name, licence, valid_until, address, phone)")
    imp.add_argument("csv", help="the CSV file")
    imp.add_argument("--dry-run", action="store_true", help="validate the file only")
    look = sub.add_parser("lookup", help="look an agency up by name or licence number")
    look.add_argument("query", nargs="+")
    p.set_defaults(func=cmd_agencies)


def _human(result: ScanResult) -> str:
    lines = [f"risk: {result.risk}  (score {result.score:g})"]
    for f in result.flags:
        lines.append(f"  flag {f.id}: {f.evidence}")
    for fid, ev in result.good:
        lines.append(f"  good sign ({fid}): {ev}")
    if result.missing:
        lines.append(f"  missing: {', '.join(result.missing)}")
    return "\n".join(lines)


def cmd_check_offer(args: argparse.Namespace) -> int:
    """Scan one ad (or many with --batch). Exit 0; 2 for unreadable input; 3 when pictures
    cannot be read on this machine (Tesseract or a language pack missing)."""
    if args.image:
        return check_image(args)
    if args.batch:
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text, lang = str(item["text"]), str(item.get("lang") or args.lang)
            except (ValueError, KeyError, TypeError) as exc:
                print(json.dumps({"error": f"line {n}: {exc.__class__.__name__}: not a JSON object with 'text'"}), flush=True)
                continue
            print(scan(text, lang).to_json(), flush=True)
        return 0
    try:
        text = Path(args.file).read_text(encoding="utf-8") if args.file and args.file != "-" else sys.stdin.read()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    result = scan(text, args.lang)
    if args.json:
        print(result.to_json())
    elif args.explain:
        print(explain(result, translator(args.lang)))
    else:
        print(_human(result))
    return 0


async def _with_storage(fn: Callable[[Storage], Awaitable[T]]) -> T:
    from bot.storage import Storage

    storage = await Storage.open()
    try:
        return await fn(storage)
    finally:
        await storage.close()


def cmd_agencies(args: argparse.Namespace) -> int:
    """``agencies import`` (exit 1 with every bad line listed) and ``agencies lookup``."""
    from bot.jobcheck import agencies as registry
    from bot.storage import StorageError

    if args.agencies_command == "import":
        path = Path(args.csv)
        try:
            agencies = registry.parse_csv(path.read_text(encoding="utf-8-sig"), str(path))
        except OSError as exc:
            print(f"error: cannot read {path}: {exc}", file=sys.stderr)
            return 2
        except registry.RegistryError as exc:
            for p in exc.problems:
                print(p, file=sys.stderr)
            print(f"nothing imported: {len(exc.problems)} problem(s)", file=sys.stderr)
            return 1
        if args.dry_run:
            print(f"ok: {len(agencies)} agencies (dry run, nothing imported)")
            return 0

        async def run(storage: Storage) -> int:
            return await registry.import_agencies(storage, agencies, str(path))

        try:
            count = asyncio.run(_with_storage(run))
        except StorageError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"imported {count} agencies from {path.name} (the previous list was replaced)")
        return 0

    query = " ".join(args.query)

    async def run_lookup(storage: Storage) -> Lookup:
        return await registry.lookup(storage, query)

    try:
        found = asyncio.run(_with_storage(run_lookup))
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(found.__dict__, ensure_ascii=False))
    return 0


def check_image(args: argparse.Namespace) -> int:
    """The chat's picture path on a file (content staff, tests)."""
    problem = availability()
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 3
    path = Path(args.image)
    try:
        size = path.stat().st_size
        if size > int(config.get("PICTURE_MAX_BYTES")):  # refused before it is read, as in the chat
            raise PictureError("too_large")
        data = path.read_bytes()
        reading = read_sync(data)
    except OSError as exc:
        print(f"error: cannot read {args.image}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except PictureError as exc:
        print(f"error: {args.image}: picture not read ({exc.reason})", file=sys.stderr)
        return 2
    text = joined("", reading.text)
    result = scan(text, args.lang)
    if args.json:
        out = json.loads(result.to_json())
        out["ocr_text"] = reading.text
        print(json.dumps(out, ensure_ascii=False))
    elif args.explain:
        print(explain(result, translator(args.lang)))
    else:
        print("text read from the picture:\n" + (reading.text or "(none)") + "\n")
        print(_human(result))
    return 0
