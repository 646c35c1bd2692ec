"""Inputs to reports: files and folders of text, HTML, JSON lines, RSS/Atom feeds, WARC archives and zips.

Each input becomes one or more ``Item`` in a stable order (folders sorted, archive members in order), and a
bad input becomes an ``Item`` with its reason instead of an exception: one bad file never stops a corpus.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from ..settings import DEFAULT, Settings

_FEEDS = (".rss", ".atom", ".xml")
_ZIP_DEPTH = 2  # a zip inside a zip is read; deeper nesting is refused
_ZIP_RATIO = 200  # uncompressed / compressed beyond this is a zip bomb, not a report


@dataclass
class Item:
    """One report to ingest (``data`` or ``text``), or the reason it cannot be (``error``)."""

    name: str
    data: bytes | None = None
    text: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def files_under(paths: list[str | Path]) -> list[str]:
    """The files the given paths name, folders walked in name order (hidden files left out)."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found += [str(c) for c in sorted(path.rglob("*")) if c.is_file() and not c.name.startswith(".")]
        else:
            found.append(str(path))
    return found


def items(paths: list[str | Path], settings: Settings = DEFAULT) -> Iterator[Item]:
    """Every report under the given files and folders."""
    for name in files_under(paths):
        if not Path(name).exists():
            yield Item(name, error="no such file or folder")
        else:
            yield from _file(Path(name), settings)


def _file(path: Path, settings: Settings) -> Iterator[Item]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_archive_bytes:
            yield Item(name, error=f"too large ({size:,} bytes; the limit is {settings.max_archive_bytes:,})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Item(name, error=f"cannot be read ({exc.strerror or exc})")
        return
    yield from _bytes(name, data, settings, depth=0)


def _bytes(name: str, data: bytes, settings: Settings, depth: int) -> Iterator[Item]:
    lower = name.lower()
    if lower.endswith(".zip") or (data[:4] == b"PK\x03\x04" and not lower.endswith((".txt", ".html"))):
        yield from _zip(name, data, settings, depth)
    elif lower.endswith((".warc", ".warc.gz")):
        yield from _warc(name, data, settings)
    elif lower.endswith((".jsonl", ".ndjson")):
        yield from _jsonl(name, data)
    elif lower.endswith(_FEEDS) or _looks_like_feed(data):
        yield from _feed(name, data)
    elif len(data) > settings.max_bytes:
        yield Item(name, error=f"too large ({len(data):,} bytes; the limit is {settings.max_bytes:,})")
    else:
        yield Item(name, data=data)


def _zip(name: str, data: bytes, settings: Settings, depth: int) -> Iterator[Item]:
    if depth >= _ZIP_DEPTH:
        yield Item(name, error=f"zip nested deeper than {_ZIP_DEPTH} levels")
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield Item(name, error=f"broken zip archive ({exc})")
        return
    for member in members:
        inner = f"{name}!{member.filename}"
        if member.file_size > settings.max_archive_bytes:
            yield Item(inner, error=f"too large unpacked ({member.file_size:,} bytes)")
            continue
        if member.compress_size and member.file_size / member.compress_size > _ZIP_RATIO:
            yield Item(inner, error=f"refused: compressed {member.file_size // member.compress_size}:1, a zip bomb")
            continue
        try:
            content = archive.read(member)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            yield Item(inner, error=f"cannot be unpacked ({exc})")
            continue
        yield from _bytes(inner, content, settings, depth + 1)


def _jsonl(name: str, data: bytes) -> Iterator[Item]:
    """One article an object with ``text`` and optional ``title``, ``url``, ``outlet``, ``published``; a broken
    line loses only itself."""
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(where, error=f"broken JSON line ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Item(where, error='a JSON line without a "text" string')
            continue
        meta = {k: str(record[k]) for k in ("title", "url", "outlet", "published") if record.get(k)}
        yield Item(where, text=record["text"], meta=meta)


def _looks_like_feed(data: bytes) -> bool:
    head = data[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in data[:2000].lower() or b"<feed" in data[:2000].lower())


def _feed(name: str, data: bytes) -> Iterator[Item]:
    """RSS 2.0 and Atom: each entry's content (or summary) as an HTML report, with its title, link and date."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        yield Item(name, error=f"broken feed ({exc})")
        return
    entries = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if not entries:
        yield Item(name, error="a feed without items")
    for number, entry in enumerate(entries, start=1):
        fields = {_local(child.tag): child for child in entry}
        body = _text(fields.get("encoded")) or _text(fields.get("content")) or _text(fields.get("description"))
        body = body or _text(fields.get("summary"))
        link = fields.get("link")
        url = (link.get("href") or link.text or "").strip() if link is not None else ""
        meta = {"title": _text(fields.get("title")), "url": url}
        meta["published"] = (
            _text(fields.get("pubDate")) or _text(fields.get("published")) or _text(fields.get("updated"))
        )
        meta = {k: v for k, v in meta.items() if v}
        where = f"{name}#{number}"
        if not body:
            yield Item(where, error="a feed entry without content")
            continue
        html = body if "<" in body else f"<html><body><p>{body}</p></body></html>"
        yield Item(where, data=html.encode("utf-8"), meta=meta)


def _warc(name: str, data: bytes, settings: Settings) -> Iterator[Item]:
    """The HTML responses of a web archive; a truncated archive keeps what came before the cut."""
    from warcio.archiveiterator import ArchiveIterator

    stream = io.BytesIO(gzip.decompress(data) if data[:2] == b"\x1f\x8b" and not name.endswith(".warc.gz") else data)
    number = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if content_type and "html" not in content_type:
                continue
            number += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            body = record.content_stream().read(settings.max_bytes + 1)
            yield Item(f"{name}#{number}", data=body, meta={"url": uri} if uri else {})
    except Exception as exc:  # warcio raises plain exceptions on a cut archive; what came before is kept
        yield Item(f"{name}#{number + 1}", error=f"truncated or broken WARC ({type(exc).__name__}: {exc})")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(element: ElementTree.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""
