"""Articles as a person reads them: Markdown, quotes grouped by speaker with their relay chains."""

from __future__ import annotations

from collections import defaultdict

from .models import Article, Quote, Speaker

_KIND = {"direct": "", "partial": "partial", "indirect": "reported", "block": "block"}


def speaker_label(speaker: Speaker) -> str:
    """ "Mustafa Bali (spokesman for the SDF)", or the words the report used for a nameless source."""
    if speaker.name:
        extra = speaker.affiliation if speaker.affiliation and speaker.affiliation != speaker.name else None
        return f"{speaker.name} ({extra})" if extra else speaker.name
    if speaker.mention:
        return f"unnamed: {speaker.mention}"
    return "unknown speaker"


def article_markdown(article: Article) -> str:
    """One article: title, then who said what."""
    lines = [f"# {article.title or 'Untitled report'}", ""]
    facts = [f"published {article.published}" if article.published else "publication date unknown"]
    if article.outlet:
        facts.append(f"outlet {article.outlet}")
    lines += [", ".join(facts) + f"; {len(article.quotes)} quotations", ""]
    for warning in article.warnings:
        lines.append(f"> warning: {warning}")
    lines += quotes_markdown(article.quotes)
    return "\n".join(lines).rstrip() + "\n"


def quotes_markdown(quotes: list[Quote]) -> list[str]:
    by_speaker: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        by_speaker[speaker_label(quote.speaker)].append(quote)
    lines = ["## Who said what", ""]
    for label, said in by_speaker.items():
        speaker = said[0].speaker
        role = f" — {speaker.role}" if speaker.role and speaker.name else ""
        lines += [f"### {label}{role}", ""]
        for quote in said:
            kind = _KIND[quote.kind]
            via = f" (via {', '.join(quote.via)})" if quote.via else ""
            tag = f" _{kind}_" if kind else ""
            text = " ".join(quote.text.split())
            lines.append(f"- “{text}”{tag}{via}")
        lines.append("")
    return lines
