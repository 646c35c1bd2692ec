"""Articles as a person reads them: Markdown, quotes grouped by speaker, claims with their sources."""

from __future__ import annotations

from collections import defaultdict

from .models import Article, Claim, Entity, Event, Place, Quote, Speaker

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
    lines += [", ".join(facts) + f"; {len(article.quotes)} quotations, {len(article.claims)} claims", ""]
    for warning in article.warnings:
        lines.append(f"> warning: {warning}")
    events = ["## What happened", "", *(f"- {event_line(e)}" for e in article.events), ""] if article.events else []
    lines += events + claims_markdown(article) + quotes_markdown(article.quotes) + entities_markdown(article)
    return "\n".join(lines).rstrip() + "\n"


def entities_markdown(article: Article) -> list[str]:
    """Who and where: each actor under all its names, each place with its country and coordinates, each date."""
    actors = [e for e in article.entities if e.type != "place"]
    places = [e for e in article.entities if e.type == "place"]
    lines = []
    if actors:
        lines += ["## Who", ""] + [f"- {actor_line(e)}" for e in actors] + [""]
    if places:
        lines += ["## Where", ""] + [f"- **{e.name}**: {place_label(e.place)}" for e in places if e.place] + [""]
    if article.dates:
        lines += ["## When", ""]
        lines += [
            f"- {d.text}: {human_date(d.value) if d.value else 'relative, no publication date'}" for d in article.dates
        ]
        lines.append("")
    return lines


def actor_line(entity: Entity) -> str:
    """ "**Islamic State** (armed group), also ISIS, ISIL, Daesh; 16 mentions"."""
    aliases = f", also {', '.join(entity.aliases)}" if entity.aliases else ""
    count = len(entity.mentions)
    return f"**{entity.name}** ({entity.type}){aliases}; {count} mention{'s' if count != 1 else ''}"


def place_label(place: Place) -> str:
    """ "Hajīn, Deir ez-Zor Governorate, Syria (34.695, 40.831; town)", or what is known of an unplaced name."""
    where = ", ".join(p for p in (place.admin1 if place.precision != "admin1" else None, place.country) if p)
    if place.lat is None or place.lon is None:
        return f"{where or 'country unknown'}; not in the gazetteer, no coordinates"
    name = f"{place.name}, " if place.precision != "country" else ""
    return f"{name}{where} ({place.lat:.3f}, {place.lon:.3f}; {place.precision})"


def claims_markdown(article: Article) -> list[str]:
    """ "- **more than 1,000** jihadis (fighters) — Mustafa Bali (SDF), via Reuters", one line a claim."""
    lines = ["## Which numbers are claimed", ""]
    for claim in article.claims:
        lines.append(f"- {claim_line(claim, article)}")
    return [*lines, ""] if article.claims else []


def claim_line(claim: Claim, article: Article) -> str:
    """One claim as a person reads it: the figure, what it counts, when and where, who says so and through whom."""
    figure = f"**{' '.join(claim.text.split())}**"
    counted = f" {claim.referent}" if claim.referent else ""
    if claim.malformed:
        readings = " or ".join(f"{float(r):,.0f}" for r in claim.flags)
        figure, counted = f"⚠ {figure}", f"{counted} [malformed numeral: {readings}?]"
    facts = [claim.category]
    if claim.date:
        facts.append(human_date(claim.date))
    if claim.place:
        facts.append(f"in {claim.place.name}")
    via = f", via {', '.join(claim.via)}" if claim.via else ""
    return f"{figure}{counted} ({'; '.join(facts)}) — {claimant_label(claim, article)}{via}"


def event_line(event: Event) -> str:
    """ "2019-02-24: Explosions/Remote violence / Remote explosive/landmine/IED in Baghouz, Syria (Islamic State);
    20 killed; SANA, via AP [0.60]"."""
    place = event.place
    where = ", ".join(dict.fromkeys(p for p in ((place.name, place.country) if place else ()) if p))
    actors = " vs ".join(a for a in (event.actor1, event.actor2) if a)
    toll = f"{event.fatalities} killed" if event.fatalities is not None else "toll unknown"
    source = f"; {event.claimant}" + (f", via {', '.join(event.via)}" if event.via else "") if event.claimant else ""
    return (
        f"{event.date or 'undated'}: {event.event_type} / {event.sub_event_type} in {where or 'place unknown'}"
        f"{f' ({actors})' if actors else ''}; {toll}{source} [{event.confidence:.2f}]"
    )


def human_date(iso: str) -> str:
    """ISO dates and periods as words: "../2019-02-26" is "up to 2019-02-26", "2019-02-24/.." "since 2019-02-24"."""
    start, _, end = iso.partition("/")
    if not end:
        return iso
    if start == "..":
        return f"up to {end}"
    return f"since {start}" if end == ".." else f"{start} to {end}"


def claimant_label(claim: Claim, article: Article) -> str:
    """Who claims it: the quoted speaker with affiliation, a nameless source by its words, or the outlet itself."""
    if claim.quote_index is not None:
        speaker = article.quotes[claim.quote_index].speaker
        voiced = claim.claimant is not None and claim.claimant.name and not speaker.name  # "a UNHCR spokesperson"
        return f"{claim.claimant.name} ({speaker.mention})" if voiced else speaker_label(speaker)
    if claim.claimant is not None:
        return claim.claimant.name or f"unnamed: {claim.claimant.mention}"
    return f"{article.outlet}'s own reporting" if article.outlet else "the report's own statement"


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
