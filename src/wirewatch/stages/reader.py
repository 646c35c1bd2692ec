"""Bytes to text: decoding with charset detection, binary refusal, HTML main-text extraction."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, MissingInputError
from ..settings import DEFAULT, Settings

log = logging.getLogger(__name__)

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_JSON_START = re.compile(r"\s*[\[{]\s*[\"\[{\]}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class RawDoc:
    """Decoded input: text (or HTML already reduced to its main text) and what was learnt on the way."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_path(path: str | Path, settings: Settings = DEFAULT) -> RawDoc:
    """Read one report from a file: plain text or an HTML page."""
    p = Path(path)
    if not p.exists():
        raise MissingInputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a file")
    try:
        size = p.stat().st_size
        if size > settings.max_bytes:
            raise InputError(f"{p}: too large ({size:,} bytes; the limit is {settings.max_bytes:,})")
        data = p.read_bytes()
    except OSError as exc:
        raise MissingInputError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    return read_bytes(data, name=str(p), settings=settings)


def read_bytes(data: bytes, *, name: str = "<input>", settings: Settings = DEFAULT) -> RawDoc:
    """Decode bytes and, for an HTML page, keep only its main text."""
    if len(data) > settings.max_bytes:
        raise InputError(f"{name}: too large ({len(data):,} bytes; the limit is {settings.max_bytes:,})")
    text, warnings = decode(data, name=name, settings=settings)
    if _looks_like_json(text):
        raise InputError(f"{name}: JSON data, not a report (extract reads plain text or an HTML page)")
    if looks_like_html(text, name):
        return _from_html(text, name, warnings)
    return RawDoc(text=text, warnings=warnings)


def decode(data: bytes, *, name: str = "<input>", settings: Settings = DEFAULT) -> tuple[str, list[str]]:
    """Bytes to str: BOMs, UTF-8, then charset detection; binary and empty input are refused."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: binary file ({kind}), not a text report")
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    warnings: list[str] = []
    if encoding:
        text = data.decode(encoding, errors="replace")
        if not encoding.startswith("utf-8"):
            warnings.append(f"decoded as {encoding}")
    elif b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text report")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, encoding = _detect(data, name)
            warnings.append(f"not UTF-8: decoded as {encoding}")
    text = text.lstrip("\ufeff")
    if len(_CONTROL.findall(text)) > settings.max_control_ratio * max(len(text), 1):
        raise InputError(f"{name}: binary file (control characters), not a text report")
    if not text.strip():
        raise InputError(f"{name}: empty file")
    for warning in warnings:
        log.warning("%s: %s", name, warning)
    return text, warnings


def _bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: ASCII-range characters leave NULs in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return _if_text(data, "utf-16-le")
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return _if_text(data, "utf-16-be")
    return None


def _if_text(data: bytes, encoding: str) -> str | None:
    """The guessed encoding if the bytes decode to text: whole code units, no stray halves, some spacing."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding if any(c.isspace() for c in text) else None


def _detect(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: binary file or unknown text encoding")
    return str(best), best.encoding


def _looks_like_json(text: str) -> bool:
    """A JSON object or array, valid or broken (``{"``, ``[{``): structured data, not prose ("[Reuters] ...")."""
    return bool(_JSON_START.match(text))


def looks_like_html(text: str, name: str = "") -> bool:
    """An HTML page, by its name or its first tag."""
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return bool(_HTML_START.match(text[:2000].encode("utf-8", "replace")))


def _from_html(html: str, name: str, warnings: list[str]) -> RawDoc:
    import trafilatura

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False, with_metadata=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    return RawDoc(
        text=text,
        title=doc.title or None,
        published=(doc.date or None),
        outlet=doc.sitename or None,
        url=doc.url or None,
        warnings=warnings,
    )
