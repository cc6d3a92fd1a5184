"""Load articles (metadata + per-language text) into immutable objects.

Articles are data edited by content staff (see ``docs/content.md``): metadata in
``data/articles/<id>.yaml``, text per language in
``locales/<lang>/articles/<id>.yaml``. Loading never raises on a bad file: it
collects every problem with the file it is in, so ``python -m bot check`` can
list them all at once, and the running bot can still serve the articles that
are sound.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bot import config

SETTINGS = (
    config.Setting(
        "CONTENT_REVIEW_DAYS",
        "180",
        "Days after which a volatile article (a fee, deadline, law or programme) counts as due for review: `python -m bot check`, the "
        "start-up log and the supervisors' statistics page in the console warn, and `python -m bot content review` marks it.",
        int,
    ),
)

ROOT = Path(__file__).resolve().parent.parent.parent
LANGUAGES: tuple[str, ...] = ("tg", "ru")
THEMES: tuple[str, ...] = ("red-flags", "official-channels", "russia", "kazakhstan", "rights-and-help")
COUNTRIES: tuple[str, ...] = ("ru", "kz", "kr", "gb", "other")
SMS_MAX = 134  # two UCS-2 segments of 67 characters: Cyrillic SMS cost one segment per 67-70
SOURCE_FIELDS = ("publisher", "title", "url", "document", "checked")
MAX_SOURCE_FIELD = 500  # a source field longer than this is a mistake, not a citation


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: a publisher and a URL or a document, and the day it was read.

    ``document`` names a text that has no stable URL (a law with its number and
    date, a printed report); ``checked`` is the date the source itself was read,
    not the day the article was written.
    """

    publisher: str
    title: str = ""
    url: str = ""
    document: str = ""
    checked: dt.date | None = None

    def cite(self) -> str:
        """One line for people: publisher, title, document or URL, and the date read."""
        parts = [self.publisher]
        if self.title:
            parts.append(self.title)
        if self.document:
            parts.append(self.document)
        if self.url:
            parts.append(self.url)
        if self.checked:
            parts.append(f"read {self.checked.isoformat()}")
        return ", ".join(parts)


@dataclass(frozen=True)
class ArticleText:
    """One language's version of an article."""

    title: str
    text: str
    sms: str
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """An article with its language-neutral metadata and its texts by language."""

    id: str
    theme: str
    countries: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    offer_check: bool = False
    volatile: bool = False
    checked: dt.date | None = None
    sources: tuple[Source, ...] = ()
    verify: bool = False
    texts: Mapping[str, ArticleText] = field(default_factory=lambda: MappingProxyType({}))

    def text_for(self, lang: str) -> ArticleText | None:
        """The text in ``lang``, or in the other language when it is missing (better than nothing)."""
        if lang in self.texts:
            return self.texts[lang]
        for other in LANGUAGES:
            if other in self.texts:
                return self.texts[other]
        return None


@dataclass(frozen=True)
class Library:
    """All articles, in taxonomy order, plus the problems met while loading."""

    articles: Mapping[str, Article]
    taxonomy: tuple[str, ...]
    problems: tuple[str, ...] = ()

    def get(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def by_theme(self, theme: str) -> list[Article]:
        return [a for a in self.articles.values() if a.theme == theme]

    def by_country(self, country: str) -> list[Article]:
        return [a for a in self.articles.values() if country in a.countries]

    def overdue(self, today: dt.date, review_days: int) -> list[Article]:
        """Volatile articles whose oldest source was read more than ``review_days`` ago."""
        return [a for a in self.articles.values() if a.volatile and a.checked is not None and (today - a.checked).days > review_days]


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _read_yaml(path: Path, root: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        problems.append(f"{_rel(path, root)}: does not load: {str(exc).splitlines()[0]}")
        return None
    if not isinstance(data, dict):
        problems.append(f"{_rel(path, root)}: must be a mapping of fields")
        return None
    return data


def _str_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if v is not None and str(v).strip())
    return ()


def load_taxonomy(root: Path = ROOT) -> tuple[tuple[str, ...], list[str]]:
    """Article ids from ``data/taxonomy.yaml`` in their order."""
    problems: list[str] = []
    data = _read_yaml(root / "data" / "taxonomy.yaml", root, problems)
    if data is None:
        return (), problems
    arts = data.get("articles") or {}
    if not isinstance(arts, dict):
        problems.append("data/taxonomy.yaml: 'articles' must be a mapping of id to description")
        return (), problems
    return tuple(str(k) for k in arts), problems


def _load_text(path: Path, root: Path, problems: list[str]) -> ArticleText | None:
    data = _read_yaml(path, root, problems)
    if data is None:
        return None
    where = _rel(path, root)
    fields = {}
    for name in ("title", "text", "sms"):
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}: '{name}' is missing or empty")
            value = ""
        fields[name] = value.strip()
    if len(fields["sms"]) > SMS_MAX:
        problems.append(f"{where}: sms is {len(fields['sms'])} characters, at most {SMS_MAX}")
    keywords = _str_list(data.get("keywords"))
    examples = _str_list(data.get("examples"))
    if not keywords:
        problems.append(f"{where}: no keywords (the question matcher needs them)")
    if not examples:
        problems.append(f"{where}: no examples (the question matcher needs them)")
    return ArticleText(fields["title"], fields["text"], fields["sms"], keywords, examples)


def _date(value: Any, what: str, problems: list[str]) -> dt.date | None:
    """An ISO date from YAML (which may already have parsed it), or None with a problem noted."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        problems.append(f"{what} '{value}' is not an ISO date (YYYY-MM-DD)")
        return None


def _load_sources(raw: Any, where: str, problems: list[str]) -> tuple[Source, ...]:
    """Sources as mappings: publisher, url or document, checked (the day the source was read).

    A plain string is refused: "Russia: ... (verify)" named no one and could not be
    checked, which is exactly what this format is for.
    """
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(f"{where}: 'sources' must be a list")
        return ()
    out: list[Source] = []
    for i, item in enumerate(raw, 1):
        at = f"{where}: source {i}"
        if not isinstance(item, dict):
            problems.append(f"{at} must be a mapping with publisher, url or document, and checked (not a plain text)")
            continue
        unknown = sorted(str(k) for k in item if k not in SOURCE_FIELDS)
        if unknown:
            problems.append(f"{at}: unknown field(s) {', '.join(unknown)}")
        fields = {}
        for name in ("publisher", "title", "url", "document"):
            value = item.get(name)
            text = "" if value is None else str(value).strip()
            if len(text) > MAX_SOURCE_FIELD:
                problems.append(f"{at}: {name} is longer than {MAX_SOURCE_FIELD} characters")
                text = text[:MAX_SOURCE_FIELD]
            fields[name] = text
        ok = True
        if not fields["publisher"]:
            problems.append(f"{at} names no publisher")
            ok = False
        if not fields["url"] and not fields["document"]:
            problems.append(f"{at} has neither a url nor a document")
            ok = False
        if fields["url"] and not fields["url"].startswith(("https://", "http://")):
            problems.append(f"{at}: url '{fields['url'][:80]}' must start with https:// or http://")
            ok = False
        checked = _date(item.get("checked"), f"{at}: checked", problems)
        if item.get("checked") is None:
            problems.append(f"{at} has no checked date (the day the source was read)")
            ok = False
        if ok:
            out.append(Source(checked=checked, **fields))
    return tuple(out)


def _load_meta(article_id: str, path: Path, root: Path, problems: list[str]) -> dict[str, Any] | None:
    data = _read_yaml(path, root, problems)
    if data is None:
        return None
    where = _rel(path, root)
    if str(data.get("id", article_id)) != article_id:
        problems.append(f"{where}: id '{data.get('id')}' differs from the file name")
    theme = data.get("theme")
    if theme not in THEMES:
        problems.append(f"{where}: theme '{theme}' is not one of {', '.join(THEMES)}")
    countries = _str_list(data.get("countries"))
    for c in countries:
        if c not in COUNTRIES:
            problems.append(f"{where}: country '{c}' is not one of {', '.join(COUNTRIES)}")
    sources = _load_sources(data.get("sources"), where, problems)
    if not sources:
        problems.append(f"{where}: no sources")
    # The article is as fresh as its oldest source: each source carries the day it
    # was read. An article-level `checked:` is only a fallback for old files.
    dated = [src.checked for src in sources if src.checked is not None]
    checked = min(dated) if dated else _date(data.get("checked"), f"{where}: checked", problems)
    if checked is None and data.get("checked") is None:
        problems.append(f"{where}: no checked date")
    return {
        "theme": theme if theme in THEMES else "",
        "countries": tuple(c for c in countries if c in COUNTRIES),
        "related": _str_list(data.get("related")),
        "offer_check": bool(data.get("offer_check", False)),
        "volatile": bool(data.get("volatile", False)),
        "checked": checked,
        "sources": sources,
        "verify": bool(data.get("verify", False)),
    }


def load_library(root: Path = ROOT) -> Library:
    """Read every article under ``root``; problems are collected, never raised."""
    taxonomy, problems = load_taxonomy(root)
    meta_dir = root / "data" / "articles"
    ids = list(taxonomy)
    extra = sorted(p.stem for p in meta_dir.glob("*.yaml") if p.stem not in taxonomy) if meta_dir.exists() else []
    ids.extend(extra)
    articles: dict[str, Article] = {}
    for article_id in ids:
        meta_path = meta_dir / f"{article_id}.yaml"
        meta = None
        if meta_path.exists():
            meta = _load_meta(article_id, meta_path, root, problems)
        else:
            problems.append(f"{_rel(meta_path, root)}: missing (article '{article_id}' is in the taxonomy)")
        texts: dict[str, ArticleText] = {}
        for lang in LANGUAGES:
            path = root / "locales" / lang / "articles" / f"{article_id}.yaml"
            if not path.exists():
                problems.append(f"{_rel(path, root)}: missing ('{article_id}' has no {lang} text)")
                continue
            text = _load_text(path, root, problems)
            if text is not None:
                texts[lang] = text
        if meta is None or not texts:
            continue
        articles[article_id] = Article(id=article_id, texts=MappingProxyType(texts), **meta)
    # Related ids must point at articles that exist.
    for art in articles.values():
        for rid in art.related:
            if rid not in articles and rid not in taxonomy:
                problems.append(f"data/articles/{art.id}.yaml: related '{rid}' is no article")
    return Library(MappingProxyType(articles), taxonomy, tuple(problems))
