"""What a file states about itself: title, authors, publication date and publisher.

Read from where each format keeps them — HTML `<meta>` tags and JSON-LD, PDF document
information, Office core properties, OpenDocument meta, EPUB Dublin Core — and normalised to

    {"title": str, "authors": [str, ...], "published": "YYYY-MM-DD" | "YYYY-MM" | "YYYY", "publisher": str}

with only the keys the file states. Placeholders are no statement ("Unknown", "admin",
"python-docx", "Microsoft Word - report.docx", a template's creation date): when in doubt a
value is left out. A PDF's /Producer and /Creator name software, so they are never the publisher
or the author. Where the file names no authors or date, a by-line in the document's own front
matter may (index/byline.py: `with_byline`).
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dragoman.index.byline import byline, clean_author, clean_value, iso_date, split_authors

log = logging.getLogger(__name__)

KEYS = ("title", "authors", "published", "publisher")
# Creation dates of the templates python-docx and python-pptx start from: no one wrote them.
_TEMPLATE_DATES = frozenset({"2013-12-23T23:15:00", "2013-01-27T09:14:16"})


def described(
    title: Any = None, authors: Iterable[Any] = (), published: Any = None, publisher: Any = None
) -> dict[str, Any]:
    """The stated values under KEYS, each cleaned; a key whose value is a placeholder is left out."""
    out: dict[str, Any] = {}
    names = list(dict.fromkeys(a for a in (clean_author(x) for x in authors) if a))
    for key, value in (("title", clean_value(title)), ("authors", names), ("published", iso_date(published))):
        if value:
            out[key] = value
    if clean_value(publisher):
        out["publisher"] = clean_value(publisher)
    return out


def with_byline(metadata: dict[str, Any], text: str, title: str = "") -> dict[str, Any]:
    """`metadata` with the authors and date of the canonical text's by-line where it has none."""
    if metadata.get("authors") and metadata.get("published"):
        return metadata
    found = byline(text, title)
    out = dict(metadata)
    if found.authors and not out.get("authors"):
        out["authors"] = list(found.authors)
    if found.published and not out.get("published"):
        out["published"] = found.published
    return out


# -- HTML ---------------------------------------------------------------------------------
# <meta name|property="..."> -> key, in order of preference (the first tag stating a key wins).
_HTML_TAGS = {
    "title": ("citation_title", "og:title", "dc.title", "dcterms.title"),
    "authors": ("citation_author", "author", "dc.creator", "dcterms.creator", "article:author"),
    "published": ("citation_publication_date", "citation_date", "article:published_time", "dc.date",
                  "dcterms.issued", "dcterms.date", "date"),
    "publisher": ("citation_journal_title", "citation_publisher", "og:site_name", "dc.publisher", "publisher"),
}  # fmt: skip
_JSON_LD = "application/ld+json"
_JSON_LD_MAX = 200_000  # characters of JSON-LD read per page (a hostile page may hold megabytes)
_ARTICLE_TYPES = ("article", "posting", "report", "book", "creativework", "chapter", "thesis", "paper")


class HeadMeta:
    """Collects a page's `<meta>` tags and JSON-LD scripts while the HTML reader parses it."""

    def __init__(self) -> None:
        self.tags: dict[str, list[str]] = {}
        self.json_ld: list[str] = []
        self._script: list[str] | None = None
        self._size = 0

    def start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            found = {k.lower(): v for k, v in attrs if v is not None}
            name = (found.get("name") or found.get("property") or "").strip().lower()
            if name and "content" in found and len(self.tags.get(name, ())) < 50:
                self.tags.setdefault(name, []).append(found["content"])
        elif tag == "script" and any(k == "type" and (v or "").strip().lower() == _JSON_LD for k, v in attrs):
            self._script = []

    def data(self, data: str) -> None:
        if self._script is not None and self._size < _JSON_LD_MAX:
            self._script.append(data)
            self._size += len(data)

    def end(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.json_ld.append("".join(self._script))
            self._script = None

    def metadata(self) -> dict[str, Any]:
        ld = _json_ld_article(self.json_ld)
        first = {key: next((v for t in tags for v in self.tags.get(t, ()) if clean_value(v)), None)
                 for key, tags in _HTML_TAGS.items()}  # fmt: skip
        authors: list[str] = []
        for tag in _HTML_TAGS["authors"]:  # all the tags of the first kind that names any author
            authors = [_first_last(a) if tag == "citation_author" else a for a in self.tags.get(tag, ())]
            authors = [a for v in authors for a in split_authors(v)]
            if authors:
                break
        return described(
            first["title"] or ld.get("headline"),
            authors or ld.get("authors", []),
            first["published"] or ld.get("published"),
            first["publisher"] or ld.get("publisher"),
        )


def _first_last(name: str) -> str:
    """Highwire's "Last, First" as "First Last"."""
    parts = [p.strip() for p in name.split(",")]
    return f"{parts[1]} {parts[0]}" if len(parts) == 2 and all(parts) else name


def _json_ld_article(blocks: list[str]) -> dict[str, Any]:
    """headline, authors, published, publisher of the first article-like JSON-LD object (else
    of the first object stating any of them)."""
    found: list[dict[str, Any]] = []
    for block in blocks:
        try:
            data = json.loads(block)
        except (ValueError, RecursionError):
            continue
        found += [o for o in _objects(data) if o.get("headline") or o.get("author") or o.get("datePublished")]
    if not found:
        return {}
    best = next((o for o in found if any(t in _types(o) for t in _ARTICLE_TYPES)), found[0])
    return {
        "headline": best.get("headline") if isinstance(best.get("headline"), str) else None,
        "authors": [n for a in _listed(best.get("author")) for n in split_authors(_name(a))],
        "published": best.get("datePublished"),
        "publisher": next((_name(p) for p in _listed(best.get("publisher")) if _name(p)), None),
    }


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD document: itself, the items of a list, those of an @graph."""
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            yield item
            yield from (g for g in _listed(item.get("@graph")) if isinstance(g, dict))


def _types(o: dict[str, Any]) -> str:
    return " ".join(t for t in _listed(o.get("@type")) if isinstance(t, str)).lower()


def _listed(value: Any) -> list[Any]:
    return value[:50] if isinstance(value, list) else [] if value is None else [value]


def _name(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else ""


# -- PDF, Office, OpenDocument, EPUB ------------------------------------------------------
def _guarded(read: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """Damaged metadata is no statement: it never costs the document its text."""

    @functools.wraps(read)
    def guarded(*args: Any) -> dict[str, Any]:
        try:
            return read(*args)
        except Exception as exc:  # each library raises its own types on damaged properties
            log.debug("metadata not read (%s: %s)", type(exc).__name__, exc)
            return {}

    return guarded


@_guarded
def pdf(reader: Any) -> dict[str, Any]:
    """From a PDF's document information (a pypdf reader's `metadata`): /Title, /Author and
    /CreationDate (else /ModDate). /Producer and /Creator name software, not people."""
    info = _safe(lambda: reader.metadata)
    if info is None:
        return {}
    title, author, created, modified = (
        _text(_safe(lambda name=name: getattr(info, name)))
        for name in ("title", "author", "creation_date_raw", "modification_date_raw")
    )
    return described(title, split_authors(author), iso_date(created) or iso_date(modified))


@_guarded
def core(title: Any, author: Any, created: Any) -> dict[str, Any]:
    """From a Word document's core properties: title, author (dc:creator), created."""
    if hasattr(created, "isoformat") and created.isoformat()[:19] in _TEMPLATE_DATES:
        created = None
    return described(title, split_authors(author), created)


@_guarded
def odt(document: Any) -> dict[str, Any]:
    """From an OpenDocument's meta.xml: dc:title, meta:initial-creator (else dc:creator, who last
    saved it) and meta:creation-date."""
    from odf import dc, meta, teletype

    def first(kind: Any) -> str:
        found = document.meta.getElementsByType(kind)
        return teletype.extractText(found[0]) if found else ""

    author = first(meta.InitialCreator) or first(dc.Creator)
    return described(first(dc.Title), split_authors(author), first(meta.CreationDate))


@_guarded
def epub(book: Any) -> dict[str, Any]:
    """From an EPUB's Dublin Core: dc:title, dc:creator (each), dc:date (the publication event's
    if several are given), dc:publisher."""

    def values(name: str) -> list[tuple[str, dict[str, str]]]:
        return [(v, a or {}) for v, a in book.get_metadata("DC", name) if isinstance(v, str)]

    dates = values("date")
    event = lambda attrs: next((v for k, v in attrs.items() if k.endswith("event")), "")
    published = next((v for v, a in dates if event(a) in ("", "publication", "original-publication")), None)
    titles, publishers = values("title"), values("publisher")
    return described(
        titles[0][0] if titles else None,
        [n for v, _ in values("creator") for n in split_authors(v)],
        published,
        publishers[0][0] if publishers else None,
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _safe(read: Any) -> Any:
    try:
        return read()
    except Exception:  # a damaged entry: as if the file did not state it
        return None
