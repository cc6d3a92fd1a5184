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

ROOT = Path(__file__).resolve().parent.parent.parent
LANGUAGES: tuple[str, ...] = ("tg", "ru")
THEMES: tuple[str, ...] = ("red-flags", "official-channels", "russia", "kazakhstan", "rights-and-help")
COUNTRIES: tuple[str, ...] = ("ru", "kz", "kr", "gb", "other")
SMS_MAX = 134  # two UCS-2 segments of 67 characters: Cyrillic SMS cost one segment per 67-70


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
    sources: tuple[str, ...] = ()
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
    sources = _str_list(data.get("sources"))
    if not sources:
        problems.append(f"{where}: no sources")
    checked = data.get("checked")
    if isinstance(checked, str):
        try:
            checked = dt.date.fromisoformat(checked)
        except ValueError:
            problems.append(f"{where}: checked '{checked}' is not an ISO date (YYYY-MM-DD)")
            checked = None
    if isinstance(checked, dt.datetime):
        checked = checked.date()
    if not isinstance(checked, dt.date):
        if data.get("checked") is None:
            problems.append(f"{where}: no checked date")
        checked = None
    return {
        "theme": theme if theme in THEMES else "",
        "countries": tuple(c for c in countries if c in COUNTRIES),
        "related": _str_list(data.get("related")),
        "offer_check": bool(data.get("offer_check", False)),
        "volatile": bool(data.get("volatile", False)),
        "checked": checked,
        "sources": sources,
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
