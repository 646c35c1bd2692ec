"""Names of actors: the alias table of well-known actors, titles and role nouns, acronyms a report defines,
and the keys names are compared by."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from .._data import data_lines, data_table
from ..models import EntityType
from .clean import UPPER
from .gazetteer import country_names, country_words, fold
from .nlp import per_doc
from .nlp import text as doc_text

# "(SDF)", "(FAMa)", "(FAd'H)", "(ERRs)", "(SPLM/A)", "(YBŞ)"
# "(SDF)", "(JNIM/GSIM)", "(EUTM Mali)": an acronym in brackets, the country of a mission after it
ACRONYM = re.compile(
    rf"\(([A-Z][A-Za-z{UPPER}0-9.'’\-]{{1,11}}(?:\s*/\s*[A-Z][A-Za-z0-9.\-]{{1,11}})*"
    r"(?: [A-Z][a-z]{2,}){0,2})(?:\)|$)"
)


_CONNECTORS = {
    "of",
    "for",
    "and",
    "the",
    "de",
    "du",
    "des",
    "la",
    "le",
    "al",
    "el",
    "on",
    "in",
    "wal",
    "sans",
    "pour",
    "et",
    "les",
    "para",
    "las",
    "los",
    "del",
    "y",
    "e",
    "da",
    "do",
    "dos",
    "das",
}


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


# the little words inside people's names ("Abdel Wahid al-Nur", "Ahmed Ould Salem", "Jean de Dieu")
NAME_PARTICLES = frozenset("al el bin ibn bint de da di du la le van von der ould wa".split())


def norm_key(text: str) -> str:
    """A lookup key: lower case, straight apostrophes, no leading article, no possessive."""
    key = " ".join(text.translate(_APOSTROPHES).split()).strip(" ,.;:()").lower()
    key = re.sub(r"^(the|a|an) ", "", key)
    key = re.sub(r"\bu\.n\.(?=\s|$)", "un", key)  # "U.N. agencies" is "UN agencies"
    return re.sub(r"'s?$", "", key)


@dataclass(frozen=True)
class KnownActor:
    canonical: str
    short: str
    type: EntityType


@cache
def institution_words(kind: str) -> frozenset[str]:
    """The words of one kind in ``data/institution_words.tsv`` ("document": "statement", "report", ...)."""
    return frozenset(word for word, k in data_table("institution_words.tsv") if k == kind)


@cache
def known_actors() -> dict[str, KnownActor]:
    """Every alias in ``aliases.tsv`` (normalised) to its actor."""
    table: dict[str, KnownActor] = {}
    for canonical, short, kind, aliases in data_table("aliases.tsv"):
        actor = KnownActor(canonical, short, kind)  # type: ignore[arg-type]
        for alias in {canonical, short, *aliases.split("|")}:
            for form in spelling_variants(alias):
                table.setdefault(norm_key(form), actor)
    return table


def spelling_variants(alias: str) -> set[str]:
    """An alias as the table writes it, and as other styles do: "UN ..." for "United Nations ...", "U.N. ...",
    "-isation" for "-ization" ("Stabilisation Mission"), and typographic apostrophes."""
    forms = {alias}
    if alias.startswith("United Nations "):
        forms.add("UN " + alias.removeprefix("United Nations "))
    forms |= {"U.N. " + f.removeprefix("UN ") for f in forms if f.startswith("UN ")}
    swap = {"ization": "isation", "isation": "ization"}
    forms |= {re.sub(r"i[sz]ation", lambda m: swap[m.group(0)], f) for f in forms}
    return forms | {f.replace("'", "’") for f in forms} | {f.replace("’", "'") for f in forms}  # "Jama’at"


@cache
def titles() -> frozenset[str]:
    return frozenset(data_lines("titles.txt"))


def is_title(word: str) -> bool:
    """ "Dr", "Brig.", "Gen": a title, written with its full stop or without."""
    return word in titles() or word + "." in titles()


@cache
def role_nouns() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("role_nouns.txt"))


@cache
def movement_of() -> dict[str, tuple[str, ...]]:
    """Each armed group's movement names (``affiliates.tsv``): JNIM -> al-Qaeda, al-Qaida, al Qaeda ..."""
    return {norm_key(short): (parent, *table_aliases(parent)) for short, parent in data_table("affiliates.tsv")}


@cache
def jihadist_groups() -> frozenset[str]:
    """The short names of the well-known armed groups that reports call jihadist (``jihadist_groups.txt``)."""
    return frozenset(norm_key(name) for name in data_lines("jihadist_groups.txt"))


@cache
def description_nouns() -> frozenset[str]:
    """The nouns a report names an actor again by ("the group", "the Council"), from ``descriptions.tsv``."""
    return frozenset(noun for nouns, _, _ in data_table("descriptions.tsv") for noun in nouns.split("|"))


def strip_titles(name: str) -> str:
    """ "Brig. Gen. Nabil Abdallah" -> "Nabil Abdallah"; keeps a lone title-like name as it is."""
    words = name.translate(_APOSTROPHES).split()
    while len(words) > 1 and is_title(words[0]):  # "Supt." written "Supt"
        words.pop(0)
        if words[:2] == ["of", "Police"] and len(words) > 2:  # "Superintendent of Police Anil Kashyap"
            del words[:2]
    if len(words) > 2 and words[0].lower() in role_nouns() and all(w[:1].isupper() for w in words[1:]):
        words.pop(0)  # "Farmer Abdul Rahim, 52, said": a role, capitalised at a sentence's head
    name = " ".join(words)
    return re.sub(r"'s?$", "", name)


@cache
def alias_spellings() -> tuple[str, ...]:
    """Every alias as written in ``aliases.tsv``, and in the other styles of :func:`spelling_variants`."""
    rows = data_table("aliases.tsv")
    return tuple(
        {f for _, short, _, aliases in rows for a in (short, *aliases.split("|")) for f in spelling_variants(a)}
    )


@cache
def table_aliases(canonical: str) -> tuple[str, ...]:
    """The aliases ``aliases.tsv`` lists for a well-known actor, by its canonical name."""
    return tuple(a for c, _, _, aliases in data_table("aliases.tsv") if c == canonical for a in aliases.split("|"))


def head_words(name: str) -> list[str]:
    """A name's head word: "Armed Forces of the Democratic Republic of Congo" -> forces; "Sudan People's
    Liberation Movement-North" -> movement; "FAMa" -> fama; "military government in Bamako" -> government."""
    words = re.split(r"\s(?:of|in|for|on)\s", name.lower())[0].split()
    if not words:
        return []
    last = re.sub(r"-(?:north|south|east|west|in-opposition|io)$", "", words[-1])
    return re.findall(r"[a-z0-9]+", last)[-1:]


def organisation_type(name: str) -> EntityType:
    """The type of an organisation no data file knows, from the words of its name ("the Malian army" is a state
    actor, "the Zintan brigades" an armed group)."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    if re.search(r"\b(?:(?:press|news) agency|broadcasting (?:corporation|company|service))\b", name, re.I):
        return "news agency"  # "the Sahel Press Agency", "South Sudan Broadcasting Corporation"; not "the press office"
    tokens = re.findall(r"[\w'-]+", name)
    spans = (" ".join(tokens[i : i + n]) for n in (1, 2, 3) for i in range(len(tokens) - n + 1))
    if re.search(r"\b(?:Army|Defen[cs]e Forces?)\b", name) and not any(country_words().get(fold(w)) for w in spans):
        return "armed group"  # "the Arakan Army", "the Ambazonia Defence Forces"; a country's army names it ("Sri
        # Lanka Army", "Kenya Defence Forces")
    if re.search(r"\b(?:gang|cartel)s?$", name, re.I):
        return "armed group"  # "the Maidawa gang"; not the "Gang Suppression Force"
    body = re.search(
        r"\b(?:team|unit|cell|committee|office|council|institute|association|union|foundation)$", name, re.I
    )
    for kind, cues in data_table("actor_words.tsv"):
        if kind == "news agency" and body:
            continue  # "the True News Information Team" speaks for a junta; it is no outlet
        if words & set(cues.split("|")):
            return kind  # type: ignore[return-value]
    return "organization"


def after_demonym(text: str, at: int, name: str) -> bool:
    """Whether an international organisation's name comes with a country: "the Sudanese Red Crescent" and "the
    Red Cross of Chad" are that country's own societies."""
    known = known_actors().get(norm_key(name))
    if not known or known.type != "organization":
        return False
    before = re.search(r"([A-Z][a-z]+)\s+$", text[:at])
    after = re.match(r"\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text[at + len(name) :])
    return bool(
        (before and fold(before.group(1)) in country_words()) or (after and fold(after.group(1)) in country_words())
    )


def without_article(text: str) -> str:
    """ "the ministry's" -> "ministry": no article, no possessive."""
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"^(?:country|nation)['’]s\s+", "", text, flags=re.I)  # "the country's disaster ministry"
    return re.sub(r"['’]s$", "", text)


def clean_alias(text: str) -> str:
    """ "the Associated Press (" -> "the Associated Press"; "Syrian Arab News Agency (SANA)" -> its name;
    "Communist Party of India (Maoist)" keeps the words that make it another party."""
    text = re.sub(r"\s*\((?:[^)]*[A-Z][^)]*[A-Z][^)]*)?\)?$|\s*\($", "", text) or text
    return " ".join(text.split()).strip(" ,;:")


def defined_acronyms(doc: Doc) -> dict[str, str]:
    """The acronyms a report defines (:func:`find_acronyms`), read once per report."""
    return per_doc(doc, "acronyms", lambda: find_acronyms(doc_text(doc)))


def actor_names(doc: Doc) -> list[re.Match[str]]:
    """Every occurrence of a well-known actor's name or of an acronym the report defines, read once per report
    (the places and the entities stages both need them)."""
    return per_doc(doc, "actor names", lambda: find_names(doc_text(doc), defined_acronyms(doc).values()))


def find_names(text: str, extra: Iterable[str] = ()) -> list[re.Match[str]]:
    """Every occurrence of a well-known actor's name (and of the ``extra`` names a report defines), in reading
    order; one regular expression for the whole alias table, since a report is searched for all of them."""
    matches = [m for pattern in _alias_patterns() for m in pattern.finditer(text)]
    matches = [m for m in matches if not (len(m.group(0)) <= 3 and _shouting(text, m.start()))]
    matches = [m for m in matches if not _inside_a_country(text, m) and not _common_word(m.group(0))]
    matches += [m for name in extra for m in _find_all(name, text)]
    return sorted(matches, key=lambda m: (m.start(), -len(m.group(0))))


def _common_word(found: str) -> bool:
    """ "at dawn" is no newspaper: a name in lower case is a common word ("al-Shabaab" keeps its "al-", and
    "anti-balaka" its hyphen)."""
    return found[:1].islower() and not re.match(r"[a-z]{1,3}[-‑ ]", found) and "-" not in found


def _inside_a_country(text: str, match: re.Match[str]) -> bool:
    """ "Sudan's army" inside "South Sudan's army": the word before makes another country of the name's own."""
    before = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, match.start() - 20) : match.start()])
    first = re.match(r"[\w-]+", match.group(0))
    return bool(before and first and fold(f"{before.group(1)} {first.group(0)}") in country_names())


@cache
def _alias_patterns() -> tuple[re.Pattern[str], ...]:
    """Acronyms and short names match in capitals only ("IS", not "is"); longer names in any case."""
    names = [n for n in alias_spellings() if len(n) > 1]
    exact = sorted((n for n in names if n.isupper() or len(n) <= 3), key=len, reverse=True)
    loose = sorted((n for n in names if not (n.isupper() or len(n) <= 3)), key=len, reverse=True)
    edges = r"(?:(?<![\w-])|(?<=[Aa]nti-)|(?<=[Pp]ro-))(?:{})(?![\w-])"
    return tuple(
        re.compile(edges.format("|".join(map(re.escape, group))), flags)
        for group, flags in ((exact, 0), (loose, re.I))
        if group
    )


def _find_all(name: str, text: str) -> list[re.Match[str]]:
    """Every whole-word occurrence of a name; short acronyms only in capitals and not in all-capital lines."""
    if len(name) <= 1:
        return []
    acronym = re.fullmatch(r"[A-Z]{2,}s?", name) is not None  # "ERR" and "ERRs" are one acronym
    # a name of several words in capitals ("NILE BASIN RELIEF ALLIANCE (NBRA)", a letterhead) is the same name in
    # any case; an acronym only in capitals
    flags = 0 if (name.isupper() and " " not in name) or len(name) <= 3 or acronym else re.I
    word = re.escape(name.removesuffix("s")) + "s?" if acronym else re.escape(name)
    found = re.finditer(rf"(?<![\w-]){word}(?![\w-])|(?:(?<=[Aa]nti-)|(?<=[Pp]ro-)){word}(?![\w-])", text, flags)
    return [m for m in found if not (len(name) <= 3 and _shouting(text, m.start()))]


def _shouting(text: str, at: int) -> bool:
    """Whether the words around ``at`` are all capitals (a headline in capitals, where "IS" is a verb)."""
    words = re.findall(r"[A-Za-z]{2,}", text[max(0, at - 30) : at + 30])
    return len(words) >= 3 and all(w.isupper() for w in words)


def acronym_of(acronyms: dict[str, str], key: str) -> str:
    """Acronyms map both ways; the short form, as the report writes it ("FAMa", "SPLA-IO"), is the one printed. A
    name in another language leads to the English one, and on to its acronym ("Armée nationale tchadienne" ->
    "Chadian National Army" -> "ANT")."""
    other = acronyms[key]
    if len(other) < len(key) or (len(other) == len(key) and norm_key(other) < key):  # of two alike, one always
        onward = acronyms.get(norm_key(other), "")
        return onward if len(onward) < len(other) and norm_key(onward) != key and onward else other
    written = acronyms.get(norm_key(other), "")
    return written if norm_key(written) in (key, key + "s") else key.upper()  # "ERR" of "ERRs"


PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in the text, both ways: "the Syrian Democratic Forces (SDF)" -> sdf <-> long form."""
    found: dict[str, str] = {}
    for match in ACRONYM.finditer(text):
        shorts = [s.strip() for s in match.group(1).split("/")]
        if not all(sum(c.isupper() for c in s) >= 2 for s in shorts):
            continue
        agency = getattr(known_actors().get(norm_key(shorts[0])), "type", None) == "news agency"
        if agency and re.match(r"\s*[-—–]", text[match.end() :]):
            continue  # "OUAGADOUGOU, Burkina Faso (AFP) -": a dateline's agency, not an acronym defined
        bare = shorts[0].split()[0]  # "EUTM" of "EUTM Mali", spelt by "European Union Training Mission"
        long_form = _known_long_form(text[: match.start()], bare) or _long_form(text[: match.start()], bare)
        if not long_form:
            continue
        if bare != shorts[0]:
            found.setdefault(norm_key(bare), long_form)
        for short in shorts:
            found.setdefault(norm_key(short), long_form)
            if PLURAL_ACRONYM.fullmatch(short):  # "Emergency Response Rooms (ERRs)", then "an ERR volunteer"
                found.setdefault(norm_key(short[:-1]), long_form)
        found.setdefault(norm_key(long_form), shorts[0])
    for match in _KNOWN_AS.finditer(text):  # "the Special Deterrence Force, known as Radaa,": a name, not initials
        short, run = match.group(2), match.group(1).split()
        organisation = organisation_type(" ".join(run)) != "organization" or run[-1].lower() in _UNIT_WORDS
        organisation = organisation or any(w.lower() in _BODY_WORDS for w in run)  # "..., known as BINUH"
        organisation = organisation or re.search(r"acronym|initials|abbreviation", match.group(0)) is not None
        if short.isupper() and norm_key(short) in found:
            continue  # an acronym of its initials, read above
        if len(run) >= 2 and organisation and norm_key(short) not in known_actors():
            found.setdefault(norm_key(short), " ".join(run))
            found.setdefault(norm_key(" ".join(run)), short)
    for match in _SPOKEN_ACRONYM.finditer(text):  # "the Rwanda Defence Force, the RDF," in a spoken report
        short = match.group(1) or match.group(2)
        if norm_key(short) in known_actors():
            continue  # "in Upper Nile, the UN said": the UN is no acronym of the place
        long_form = _long_form(text[: match.start()], short, strict=True) or _foreign_long_form(
            text[: match.start()], short
        )
        if long_form and norm_key(short) not in found:
            found[norm_key(short)] = long_form
            found.setdefault(norm_key(long_form), short)
    for name, other in find_other_names(text):  # "the Colombian Navy (Armada de Colombia)"
        found.setdefault(norm_key(other), name)
    _spelt_out_elsewhere(text, found)
    for match in _EXPANDED.finditer(text):  # "FLA (Front de Libération de l'Azawad)": the long form after it
        short, long_form = match.group(1), match.group(2).strip()
        initials = "".join(re.findall(r"(?:^|[\s'’-])([A-Z])", long_form))
        if initials == short and norm_key(long_form) not in found:
            found[norm_key(long_form)] = short
            found.setdefault(norm_key(short), long_form)
    return found


# another name for a body, in its own language or its locals': "the Colombian Navy (Armada de Colombia)", "the Red
# Cross of Chad (Croix-Rouge du Tchad, CRT)", "the RSF, known in Arabic as Quwat al-Da'm al-Sari'", "The KNF, known
# locally as the "Bawm Party"", "The ICRC, which Colombians call the CICR"
_BODY_NAME = (  # a first word with a dot only as initials ("U.S. Army"): not "Llorente. The ICRC"
    r"(?:\d+(?:st|nd|rd|th) )?(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)(?: (?:(?:of|for|and|the|de|in|on) )?[A-Z][\w'’-]*)*"
)
_PARTICLE = r"(?:al|el|ad|as|ash|ar|an|wal|wa|fi|de|del|du|des|la|le|las|los|da|do|di)[- ]"
_OTHER_NAME = rf"[A-Z][\w'’-]*(?: (?:{_PARTICLE})?[A-Z][\w'’-]*){{0,5}}"
_IN_BRACKETS = re.compile(rf"({_BODY_NAME}) \(([^(),]{{5,80}}?)(?:, ([A-Z][\w-]{{1,9}}))?\)")
_CALLING = (
    rf",? (?:(?:also|locally|commonly|widely|better|popularly) )?(?:known(?: locally| in [A-Z][\w-]+"
    rf"| to \w+)? as|which (?:[A-Z]\w+|locals|residents|many) (?:\w+ )?calls?(?: it)?) (?:the )?[\"“]?({_OTHER_NAME})"
    r"[\"”]?(?=[,.;:)\s])"
)
_CALLED = re.compile(rf"({_BODY_NAME}){_CALLING}")
_CALLED_AFTER = re.compile(_CALLING)  # "The UN refugee agency, known in Colombia as ACNUR": after a known name
_FOREIGN_WORDS = frozenset(
    "de del du des la le les las los para pour et y al el wal wa fi da do dos das di en"
    " nationale nacional populaire".split()
)
_BODY_WORDS_TOO = frozenset("unit cross crescent party union navy guard police army".split())


@lru_cache(maxsize=4)  # read once per report: the acronyms and the entities' sweep both ask
def find_other_names(text: str) -> tuple[tuple[str, str], ...]:
    """Each body's other name the report gives (the body's name, the other), in reading order."""
    pairs = []
    for match in _IN_BRACKETS.finditer(text):
        name, other, short = match.groups()
        if _a_bodys_name(name) and _foreign(other):
            pairs.append((match.start(), name, other.strip()))
            spelt = "".join(w[0] for w in re.split(r"[\s-]+", fold(other)) if w.lower() not in _CONNECTORS)
            if short and spelt.upper() == fold(short).upper():
                pairs.append((match.start(), name, short))  # "(Armée nationale tchadienne, ANT)"
    called = [(m.start(), m.group(1), m.group(2).strip()) for m in _CALLED.finditer(text)]
    ends: dict[int, str] = {}
    for m in find_names(text):  # the longest known name ending there, not "People's Defence Forces" of the UPDF's
        ends[m.end()] = max(ends.get(m.end(), ""), m.group(0), key=len)
    told = {other for _, _, other in called}
    after = ((m.start(), m.group(1).strip()) for m in _CALLED_AFTER.finditer(text) if m.start() in ends)
    called += [(at, ends[at], other) for at, other in after if other not in told]
    for at, name, other in called:
        if _a_bodys_name(name) and norm_key(other) not in known_actors() and fold(other) not in country_names():
            pairs.append((at, name, other))
    pairs = [(at, re.sub(r"^The ", "", name), other) for at, name, other in sorted(pairs)]
    return tuple(dict.fromkeys((name, other) for _, name, other in pairs if norm_key(name) != norm_key(other)))


_NAME_PARTICLES = frozenset("de del la las los el du des le les d l da do dos das of the and y et e".split())


@cache
def body_words() -> dict[str, str]:
    """``data/body_words.tsv``: words of bodies' names in other languages, and their English."""
    return dict(data_table("body_words.tsv"))  # type: ignore[arg-type]


def name_in_english(name: str) -> frozenset[str] | None:
    """A body's name in another language as its English words, when it is written in one ("Fuerzas Armadas" ->
    {armed, forces}; "Frente 33" -> {front, 33}); None for a name with no foreign word. The words, as a set,
    say the same body whatever their order; a country's own word ("Ecuadorian") is left out."""
    words = [w for w in re.findall(r"[\w]+", fold(name).lower()) if w not in _NAME_PARTICLES]
    if not any(w in body_words() and body_words()[w] != w for w in words):
        return None
    return _name_words(" ".join(body_words().get(w, w) for w in words))


def name_words(name: str) -> frozenset[str]:
    """A name's words as a set, as ``name_in_english`` gives a foreign one's: "the 33rd Front" -> {33, front}."""
    return _name_words(" ".join(w for w in re.findall(r"[\w]+", fold(name).lower()) if w not in _NAME_PARTICLES))


def _name_words(words: str) -> frozenset[str]:
    found = {re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", w) for w in words.split()}
    return frozenset(w for w in found if w not in country_words())


def _a_bodys_name(name: str) -> bool:
    """An armed group's, a force's or an institution's name, or an acronym: not a person's or a place's."""
    words = {w.lower() for w in re.findall(r"[\w]+", name)}
    bodies = _UNIT_WORDS | _BODY_WORDS | _BODY_WORDS_TOO
    return (
        organisation_type(name) != "organization"
        or bool(words & bodies)
        or bool(re.fullmatch(r"(?:The )?[A-Z]{2,8}", name))
    )


def _foreign(phrase: str) -> bool:
    """A name in another language, as brackets after an English one give it: two words or more, with an accent,
    a particle ("de", "al-") or a word in lower case ("Armée nationale tchadienne")."""
    words = re.findall(r"[\w'’]+", phrase)
    if len(words) < 2 or not phrase[:1].isupper():
        return False
    particles = any(re.split(r"[-'’]", w.lower())[0] in _FOREIGN_WORDS for w in words)
    lower = any(w.islower() and w not in _CONNECTORS for w in words[1:])
    return particles or lower or any(ord(c) > 127 for c in phrase)


def _spelt_out_elsewhere(text: str, found: dict[str, str]) -> None:
    """ "the state news agency ATPE" and, later, "The Agence Tchadienne de Presse et d'Édition": an acronym of three
    letters or more the report never defines, and the one run of capitalised words whose initials spell it, when
    that run names a news outlet. Only outlets: "an APC", "IDP families" or "the HRC in Geneva" beside an "All
    Progressives Congress", an "International Displacement Project" or the "Haitian Red Cross" are other things."""
    shorts = [s for s in dict.fromkeys(re.findall(r"(?<![\w-])[A-Z]{3,6}(?![\w-])", text)) if norm_key(s) not in found]
    if not shorts or _shouting_all(text):
        return
    runs: dict[str, set[str]] = {}
    for run in _CAPITAL_RUN.finditer(text):
        name = re.sub(r"^The\s+", "", run.group(0))
        qualified = re.match(r"\s*\(", text[run.end() :]) is not None  # "Communist Party of India (Maoist)"
        if fold(name) not in country_names() and _OUTLET_WORD.search(name):
            runs.setdefault(initials(name), set()).add(name + " (" if qualified else name)
    for short in shorts:
        spelt = runs.get(short, set())
        if any(name.endswith(" (") for name in spelt) or re.search(rf"\b{short}\s*\(", text):
            continue  # one of several parties of that name, or "CPI (Maoist)" beside "CPI (Marxist)"
        if len(spelt) == 1 and norm_key(short) not in known_actors():
            (long_form,) = spelt
            found[norm_key(short)] = long_form
            found.setdefault(norm_key(long_form), short)


_CAPITAL_RUN = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:of|for|and|the|de|du|des|la|le|et|pour|al|wal)\s+)*(?:[dl]['’])?[A-ZÀ-Ý][\w'’-]*)+"
)


_OUTLET_WORD = re.compile(
    r"\b(?:Agence|Agency|Agência|Agencia|Press|Presse|Prensa|News|Radio|Broadcasting|Télévision)\b"
)


def initials(run: str) -> str:
    """The initials of a name's words, without its connectors: "Agence Tchadienne de Presse" -> ATP."""
    words = [w for w in run.split() if w.lower() not in _CONNECTORS]
    return "".join(fold(_elided(w))[:1].upper() for w in words)


def _shouting_all(text: str) -> bool:
    return sum(c.isupper() for c in text) > 0.5 * sum(c.isalpha() for c in text)


# an acronym with its long form in brackets after it, in the language the acronym comes from
_EXPANDED = re.compile(r"\b([A-Z]{2,6}) \(([A-Z][^()]{6,80})\)")


def _foreign_long_form(before: str, short: str) -> str | None:
    """ "the Alliance of Sahel States, the AES": a name of three words or more, set right before a spoken acronym
    that its first letter begins but its English initials do not spell (the acronym is French)."""
    long_form = _long_form(before, short)
    if long_form is None or len(long_form.split()) < 3 or long_form[:1].upper() != short[:1]:
        return None
    return long_form if before.rstrip().endswith(long_form) else None


# words after a hyphen that make the name before it a backer or leader, not the actor's own: "the Iran-backed
# group", "the Saudi-led coalition", "the US-based SITE Intelligence Group"
BACKING = frozenset(
    "backed led allied supported aligned funded sponsored based linked affiliated inspired trained armed "
    "equipped brokered born".split()
)


# a name given another: "the Special Deterrence Force, known as Radaa," (the run of capitalised words before it);
# only an armed force or an organisation's name, not a person's ("Dagalo, known as Hemedti") or a place's
_UNIT_WORDS = frozenset("force forces brigade brigades battalion group movement front coalition alliance".split())
_BODY_WORDS = frozenset(
    "office mission agency programme council committee commission fund authority institute institution service "
    "directorate department ministry bureau centre center network society organisation organization".split()
)
# "known as", "widely known as", "known to residents as", "known by its French acronym"
_KNOWN = (
    r"(?:also |better |locally |commonly |widely |popularly )?known"
    r"(?: as| locally as| to (?:residents|locals|many) as"
    r"| by (?:its|their|the) (?:\w+ )?(?:acronym|initials|abbreviation))"
)
_KNOWN_AS = re.compile(
    r"([A-Z][\w'’.-]+(?: (?:of|for|and|the|de|del|al|in|on)?\s?[A-Z][\w'’-]+)+),\s+"
    rf"{_KNOWN}(?: the)? ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})(?=[,.;:)\s])"
)
# an acronym set after a name as speech does it: "Islamic State Mozambique, or ISM," "..., known as the ADF."
# ... or set off by commas alone: "the state-run Bakhtar News Agency, BNA, quoted"
_SPOKEN_ACRONYM = re.compile(
    rf",\s+(?:(?:or|the|{_KNOWN}(?: the)?)\s+([A-Z][A-Z0-9]{{1,9}})(?=[,.;:)\s])|([A-Z][A-Z0-9]{{1,9}})(?=,))"
)


def _known_long_form(before: str, short: str) -> str | None:
    """ "the Al-Qaeda-linked Group to Support Islam and Muslims (JNIM)": a well-known acronym after one of its
    actor's names is that name, whatever words run before it."""
    known = known_actors().get(norm_key(short))
    if known is None:
        return None
    before = before.rstrip()
    spellings = sorted(table_aliases(known.canonical), key=len, reverse=True)
    return next((a for a in spellings if len(a) > len(short) and before.lower().endswith(a.lower())), None)


def _long_form(before: str, short: str, strict: bool = False) -> str | None:
    """The run of capitalised words before the parenthesis whose initials spell the acronym ("Department of
    Social Welfare and Development (DSWD)"); failing that, unless ``strict``, the shortest run starting with its
    first letter and long enough to stand for it."""
    words = before.split()[-12:]
    letters = re.sub(r"[^A-Z]", "", fold(short).upper())  # "YBŞ": YBS
    run: list[str] = []
    fallback = None
    for word in reversed(words):
        bare = word.strip(",;:")
        if word != bare and run:
            break
        if not (_elided(bare)[:1].isupper() or bare.lower() in _CONNECTORS):
            break
        run.insert(0, bare)
        if bare == "The" and "T" + _initials(run[1:]) == letters:
            return " ".join(run)  # "The Resistance Front, or TRF": the article is the name's own
        if bare.lower() in _CONNECTORS or bare[:1].upper() != letters[:1]:
            continue
        initials = _initials(run)
        if initials == letters or initials.replace("-", "") == letters:
            return " ".join(run)
        capitals = sum(1 for w in run if w.lower() not in _CONNECTORS)
        if fallback is None and capitals >= max(1, len(letters) - 1):
            fallback = " ".join(run)
    if fallback is None and len(letters) >= 3:  # "Malian Armed Forces (FAMa)": a French or local acronym
        tail = list(itertools.takewhile(lambda w: w[:1].isupper() and w.lower() != "the", reversed(run)))
        named = list(itertools.dropwhile(lambda w: w.lower() in _CONNECTORS, run))  # "Armed Forces of Mozambique"
        if len(tail) >= 2 or len(named) >= 3:
            fallback = " ".join(reversed(tail)) if len(tail) >= 2 else " ".join(named)
    if fallback is not None and fold(fallback) in country_names():  # a place is no long form: not "South Sudan"
        named = list(itertools.dropwhile(lambda w: w.lower() in _CONNECTORS, run))
        fallback = " ".join(named) if len(named) >= 3 else None  # "the U.N. Mission in South Sudan (UNMISS)"
    if strict:
        return None
    return fallback or _written_in_lower_case(words, letters)


def _initials(run: list[str]) -> str:
    return "".join(part[:1].upper() for w in run if w.lower() not in _CONNECTORS for part in _elided(w).split("-"))


def _elided(word: str) -> str:
    """ "d'Edition" -> "Edition": a French article or preposition run into the word it stands before."""
    return re.sub(r"^[dlDL]['’]", "", word)


def _written_in_lower_case(words: list[str], letters: str) -> str | None:
    """ "Agence malienne de presse (AMAP)": a name written, in French style, with its later words in lower case;
    their initials, in order, are letters of the acronym, which begins and ends as the name does."""
    run: list[str] = []
    for word in reversed(words[-6:]):
        bare = word.strip(",;:")
        if (word != bare and run) or not re.fullmatch(r"[\w'’-]+", bare) or bare.lower() == "the":
            break
        run.insert(0, bare)
        initials = [w[0].upper() for w in run if w.lower() not in _CONNECTORS]
        if len(run) >= 3 and bare[:1].isupper() and initials[0] == letters[0] and initials[-1] == letters[-1]:
            rest = iter(letters)
            if all(letter in rest for letter in initials):  # a subsequence: A-M-P of AMAP
                return " ".join(run)
    return None
