"""``python -m bot check-offer --image FILE``: the chat's picture path on a file (content staff, tests)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot import config


def check_image(args: argparse.Namespace) -> int:
    from bot.jobcheck.scanner import scan
    from bot.pictures import PictureError, availability, read_sync
    from bot.pictures.flow import joined

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
        from bot.i18n import translator
        from bot.jobcheck.render import explain

        print(explain(result, translator(args.lang)))
    else:
        from bot.jobcheck.cli import _human

        print("text read from the picture:\n" + (reading.text or "(none)") + "\n")
        print(_human(result))
    return 0
