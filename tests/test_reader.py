"""Bad input gets a clear error; other encodings are decoded with a warning."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.stages.reader import decode, read_bytes, read_path

REPORT = (
    "Gunmen attacked a livestock market near the town on Sunday, killing at least nine traders, "
    "the regional governor said. « Café » prices rose, said Zoé Traoré, a vendor."
)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16"])
def test_other_encodings_are_decoded_with_a_warning(encoding: str) -> None:
    text, warnings = decode(REPORT.encode(encoding))
    assert text == REPORT
    assert warnings


def test_utf16_without_bom_is_decoded() -> None:
    text, warnings = decode(REPORT.encode("utf-16-le"))
    assert text == REPORT and warnings


def test_utf8_has_no_warning() -> None:
    assert decode(REPORT.encode("utf-8")) == (REPORT, [])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"%PDF-1.7 ...", "PDF"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(wirewatch.InputError, match=reason):
        read_bytes(data, name="x")


def test_missing_path(tmp_path) -> None:
    with pytest.raises(wirewatch.MissingInputError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_non_english_is_refused() -> None:
    text = (
        "Des hommes armés ont attaqué un marché dans le nord du pays dimanche, tuant au moins neuf "
        "commerçants, selon le gouverneur de la région."
    )
    with pytest.raises(wirewatch.InputError, match="not an English text"):
        wirewatch.extract(text)


def test_html_page_main_text_without_furniture() -> None:
    html = """<html><head><title>Floods cut off delta villages</title></head><body>
    <nav>Home | World | Sport</nav><article><h1>Floods cut off delta villages</h1>
    <p>Hundreds of families fled their homes on Monday after the river burst its banks, officials said.</p>
    <p>"We lost everything," said Rahima Begum, a farmer from the village of Char Ghat. "The water came at
    night and we had no warning from anyone."</p>
    <p>The district administrator told Reuters that relief would arrive within days.</p></article>
    <div class="comments">Please let us know if you're having issues with commenting.</div>
    <footer>Copyright 2024 Daily Example. All rights reserved.</footer></body></html>"""
    article = wirewatch.extract(html)
    assert "commenting" not in article.text and "Home | World" not in article.text
    q = next(q for q in article.quotes if "lost everything" in q.text)
    assert q.speaker.name == "Rahima Begum"
    assert article.text[q.start : q.end] == q.text


@pytest.mark.parametrize("data", [b"abc\x00def", b"abc\x00defg", b"ab\x00\x00cd\x00\x00ef"])
def test_stray_nuls_are_not_taken_for_utf16(data: bytes) -> None:
    with pytest.raises(wirewatch.InputError, match="binary"):
        decode(data)
