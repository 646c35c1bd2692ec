"""People in the parse: names the small model split or missed, and the roles reports give them."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from .._data import data_table
from .gazetteer import country_words, fold, gazetteer
from .names import (
    NAME_PARTICLES,
    description_nouns,
    institution_words,
    is_title,
    known_actors,
    norm_key,
    role_nouns,
    strip_titles,
    titles,
)
from .nlp import ents, forget


def join_split_people(doc: Doc) -> None:
    """ "Superintendent Abdullahi" + "Yahaya Maru": one person the small model tagged as two, side by side."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        prev = joined[-1] if joined else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start:
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        elif prev is not None and prev.label_ == ent.label_ == "PERSON" and _title_inside(prev, ent):
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")  # "Abdirahman Sheikh Ali": one man
        elif prev is not None and ent.label_ == "PERSON" and prev.end == ent.start and _stray_first_name(prev):
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")  # "[Abdirahman] [Osman Yusuf]", tagged apart
        elif prev is not None and ent.label_ == "PERSON" and prev.end == ent.start and _namesake_apart(prev, ent, ents):
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")  # "[Selvi] [Jeyakumar]", a place and a name
        elif ent.label_ == "PERSON" and (start := _after_title(ent)) is not None:
            joined.append(Span(doc, start, ent.end, label="PERSON"))
        elif ent.label_ == "PERSON" and first_name_left_out(ent):
            joined.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
        else:
            joined.append(ent)
    if [(e.start, e.end) for e in joined] != [(e.start, e.end) for e in ents]:
        doc.ents = joined
        forget(doc)


def people_beside_roles(doc: Doc) -> None:
    """ "the coordinator of civil society in Djugu, Jean-Bosco Lossa, reported": a name set off by commas after a
    role is a person's, whatever the tagger called it (here an organisation)."""
    changed, spans = False, []
    for ent in ents(doc):
        if ent.label_ == "ORG" and _beside_a_role(ent):
            ent, changed = Span(doc, ent.start, ent.end, label="PERSON"), True
        spans.append(ent)
    if changed:
        doc.ents = spans
        forget(doc)


def namesakes(doc: Doc) -> None:
    """ "Oumou Diarra, who heads the drivers' union", after "Abdoulaye Diarra": a given name before the surname of a
    person the tagger saw, both untagged (or tagged a place the gazetteer lacks), is another person of that name (so
    that "Mrs Diarra" finds her)."""
    given: dict[str, set[str]] = {}
    for ent in ents(doc):
        words = [t for t in ent if not is_title(t.text) and t.text[:1].isupper()]
        if ent.label_ == "PERSON" and len(words) >= 2 and words[-1] == ent[-1] and ent[-1].is_alpha:
            given.setdefault(ent[-1].text, set()).add(words[0].text)
    spans = list(ents(doc))
    for i in range(len(doc) - 1):
        first, last = doc[i], doc[i + 1]
        if last.text not in given or first.text in given[last.text]:
            continue
        mistaken = _placed_namesake(doc, i, spans)  # "Agnes Mugisha", tagged a place the gazetteer lacks
        if last.ent_type_ and mistaken is None:
            continue
        institution = first.lower_ in institution_words("institution")
        if not (_name_word(first) or mistaken) or fold(first.text) in country_words() or institution:
            continue
        if (i > 0 and _capitalised_name(doc[i - 1])) or (i + 2 < len(doc) and _capitalised_name(doc[i + 2])):
            continue  # part of a longer run of names ("[Tijani] Adam Mahjoub", the first tagged a place)
        spans = [e for e in spans if e is not mistaken] + [Span(doc, i, i + 2, label="PERSON")]
    if spans != list(ents(doc)):
        doc.ents = sorted(spans, key=lambda e: e.start)
        forget(doc)


def _placed_namesake(doc: Doc, i: int, spans: list[Span]) -> Span | None:
    """The tagger's place or organisation that is exactly a known first name and a surname at ``i``, and no place of
    the gazetteer ("His neighbour, Agnes Mugisha": tagged a place)."""
    ent = next((e for e in spans if e.start == i and e.end == i + 2), None)
    if ent is None or ent.label_ not in _PROPER or not first_name(doc[i].text) or gazetteer().lookup(ent.text):
        return None
    return ent


def _capitalised_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not is_title(token.text)


def titled_people(doc: Doc) -> None:
    """ "Superintendent Imran Wazir", "Superintendent of Police Ramesh Prasad Yadav", "SP Yadav": a title and
    capitalised name words the tagger missed or called a work of art are a person."""
    spans, changed = list(ents(doc)), False
    for i, token in enumerate(doc):
        if not (is_title(token.text) and token.text[:1].isupper()) or token.lower_ in _NOT_ALONE:
            continue
        if i > 0 and ((is_title(doc[i - 1].text) and doc[i - 1].lower_ not in _NOT_ALONE) or _title_stop(doc, i - 1)):
            continue  # inside "Brig. Gen. X": the first title starts it ("Deputy" starts none)
        if i > 0 and token.lower_ in _INNER_TITLES and _capitalised_name(doc[i - 1]):
            continue  # "Hassan Sheikh Mohamud": a title inside a name
        person = _titled_span(doc, i, spans)
        if person is not None:
            spans = [e for e in spans if not (e.start < person.end and person.start < e.end)] + [person]
            changed = True
    if changed:
        doc.ents = sorted(spans, key=lambda e: e.start)
        forget(doc)


def _titled_span(doc: Doc, i: int, spans: list[Span]) -> Span | None:
    """The person a title at ``i`` opens, titles and all, when the tagger missed or mistook the name after it."""
    start = _past_titles(doc, i)
    # "Mr [Sawadogo]", tagged a place: no town is called Mr anything
    mistaken = _MISTAKEN | _PROPER if doc[i].lower_.rstrip(".") in _HONORIFICS else _MISTAKEN
    owner = next((e for e in spans if e.start < i < e.end and e.label_ == "ORG"), None)  # "[Dantewada ... Sahu]"
    if owner is not None and _qualifier(owner, i, start, owner.end):
        mistaken = mistaken | {owner.label_}
    end = start
    while end - start < 6 and (_untagged_name_word(doc, end, mistaken) or _article_joined(doc, end, mistaken)):
        # "Jean-Claude", "al-Yafei": a hyphen and all
        end += 3 if _hyphenated(doc, end, mistaken) or _article_joined(doc, end, mistaken) else 1
    if end == start or _untagged_name_word(doc, end, mistaken) or _name_goes_on(doc, end):
        return None  # no name, or a run too long to be one, or one the run cuts ("Colonel Khaled [al-Hassan]")
    if any(t.lower_ in institution_words("name_word") for t in doc[start:end]):
        return None  # "General Assembly"
    covering = [e for e in spans if e.start < end and i < e.end]
    # the tagger's "[Sukma Superintendent] of Police Anand Verma" or "[Dantewada Superintendent of Police Vikram
    # Sahu]", an organisation: a place's name before the title, which the places stage reads on its own
    placed_before = [e for e in covering if e.start < i and _qualifier(e, i, start, end)]
    if any(e.label_ not in mistaken or e.start < i or e.end > end for e in covering if e not in placed_before):
        return None  # a place or an organisation the tagger saw, or a name it saw longer
    if any(e.label_ == "PERSON" and (e.start, e.end) in ((i, end), (start, end)) for e in covering):
        return None  # the tagger saw it
    return Span(doc, i, end, label="PERSON")


# titles that are words of office names too ("Deputy Governor", "Chief of Staff"), not a person's alone
_NOT_ALONE = frozenset("deputy vice foreign defence defense interior chief field secretary prime".split())
_MISTAKEN = frozenset(("PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"))
_PROPER = frozenset(("GPE", "LOC", "FAC", "ORG", "NORP"))
_HONORIFICS = frozenset("mr mrs ms miss dr madam mme".split())


def _past_titles(doc: Doc, i: int) -> int:
    """The first token after the titles that start at ``i`` ("Brig. Gen.", "Superintendent of Police")."""
    while i < len(doc) and (is_title(doc[i].text) or doc[i].text in (".", "-")):
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ == "police":
        i += 2
    return i


def _qualifier(ent: Span, title: int, name: int, end: int) -> bool:
    """Whether the tagger's name is a district's name (or a rank's word) and a title: one that ends with the title
    ("[Sukma Superintendent] of Police Anand Verma", "[Additional Superintendent of Police] Rafiqul Islam"), or an
    organisation's that runs to the end of the name ("[Dantewada Superintendent of Police Vikram Sahu]"); not "Ari
    Malam Goni", a name with a title inside."""
    before = ent.doc[ent.start : title]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in before):
        return False
    return ent.label_ in ("PERSON", "ORG") and (ent.end <= name or (ent.label_ == "ORG" and ent.end == end))


def _hyphenated(doc: Doc, i: int, mistaken: frozenset[str]) -> bool:
    """Whether a name word at ``i`` is joined to the next by a hyphen ("Jean-Claude")."""
    joined = (
        i + 2 < len(doc) and doc[i + 1].text in ("-", "‑") and not doc[i].whitespace_ and not doc[i + 1].whitespace_
    )
    return joined and _untagged_name_word(doc, i + 2, mistaken)


_ARTICLES = frozenset("al el ad as ash an ar at az ul".split())  # Arabic (and Urdu "ul") articles joined by a hyphen
_ARTICLE_JOINED = re.compile(rf"^(?:{'|'.join(sorted(_ARTICLES))})[-‑]")


def _article_joined(doc: Doc, i: int, mistaken: frozenset[str]) -> bool:
    """Whether an Arabic article at ``i`` is joined to a name word by a hyphen ("Col [al-Yafei]")."""
    return i < len(doc) and doc[i].lower_ in _ARTICLES and _hyphenated(doc, i, mistaken)


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether a name goes on at token ``i`` in a form a run of capitalised words misses ("al-Hassan", "bin")."""
    if i >= len(doc):
        return False
    joined = doc[i].text in ("-", "‑") and not doc[i - 1].whitespace_  # "al-Hassan", not "Lamboni - no relation"
    return joined or doc[i].lower_ in NAME_PARTICLES or doc[i].ent_type_ == "PERSON"


def _untagged_name_word(doc: Doc, i: int, mistaken_types: frozenset[str] = _MISTAKEN) -> bool:
    """A capitalised name word with no type, or one the tagger gave a type only because it misread the run ("SP
    Yadav", a work of art)."""
    if i >= len(doc):
        return False
    token = doc[i]
    mistaken = token.ent_type_ in mistaken_types and token.pos_ == "PROPN" and token.text[:1].isupper()
    return _name_word(token) or (mistaken and token.is_alpha and not is_title(token.text))


def _beside_a_role(name: Span) -> bool:
    doc = name.doc
    words = [t for t in name if t.text not in ("-", "‑")]
    if not 2 <= len(words) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    if name.start < 2 or name.end + 1 >= len(doc):
        return False
    label = doc[name.start - 2]  # "PRESENTER (Nadia Yousif):", a transcript's speaker label
    if (doc[name.start - 1].text, doc[name.end].text, doc[name.end + 1].text) == ("(", ")", ":") and label.is_upper:
        return label.lower_ in role_nouns()
    if doc[name.start - 1].text != "," or doc[name.end].text != ",":
        return False
    if known_actors().get(norm_key(name.text)) or any(t.lower_ in institution_words("name_word") for t in name):
        return False
    before = doc[max(name.sent.start, name.start - 8) : name.start - 1]
    return any(t.lower_ in role_nouns() for t in before)


def _namesake_apart(first: Span, surname: Span, ents: list[Span]) -> bool:
    """ ", Selvi Jeyakumar, the wife of ...", after "Ponnuthurai Jeyakumar": one capitalised word the tagger called
    a place, right before the surname of a person named in full, set off as a name is; another of that name."""
    if len(first) != 1 or len(surname) != 1 or first.label_ not in ("GPE", "LOC", "NORP"):
        return False
    word, doc = first[0], first.doc
    if not word.is_title or fold(word.text) in country_words() or is_title(word.text):
        return False
    opened = first.start == 0 or doc[first.start - 1].text in (",", "(", ":", "-", "—") or word.is_sent_start
    named = any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == surname.text for e in ents)
    return opened and named


def _stray_first_name(ent: Span) -> bool:
    """One capitalised word the tagger called an organisation or a place, right before a person's name."""
    word = ent[0]
    if len(ent) != 1 or ent.label_ != "ORG" or word.pos_ != "PROPN" or not word.is_title:  # not "Kabul", a place
        return False
    if known_actors().get(norm_key(word.text)) or fold(word.text) in country_words() or is_title(word.text):
        return False
    return word.lower_ not in role_nouns()


def _title_inside(first: Span, second: Span) -> bool:
    """Whether two names are one with a title-like word inside it ("Abdirahman [Sheikh] Ali")."""
    if second.start - first.end != 1:
        return False
    return first.doc[first.end].lower_ in _INNER_TITLES


# titles that are also parts of names ("Abdirahman Sheikh Ali", "Mohammad Haji Yusuf"); not "Mayor"
_INNER_TITLES = frozenset("sheikh sheik shaikh haji hajji syed sayed sayyid".split())


def _after_title(ent: Span) -> int | None:
    """ "Lieutenant Colonel [Musa Garba] Idris": where a name the tagger cut after its title really starts."""
    i = ent.start
    while i > 0 and ent.start - i < 3 and _name_word(ent.doc[i - 1]):
        i -= 1
    return i if i < ent.start and i > 0 and is_title(ent.doc[i - 1].text) else None


def _name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.is_alpha
        and not token.ent_type_
        and not is_title(token.text)
        and token.lower_ not in role_nouns()
    )


def first_name_left_out(ent: Span) -> bool:
    """ "said Tigist [Worku Alemayehu]", "Amna [Babiker], a teacher": a name whose first part the tagger left out
    (and which would otherwise be taken for the surname of another person)."""
    if len(ent) not in (1, 2) or ent.start < 2:
        return False
    first, before = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    if first.pos_ != "PROPN" or not first.text[:1].isupper() or first.ent_type_ or not first.is_alpha:
        return False
    if is_title(first.text) or first.lower_ in role_nouns():
        return False
    titled = is_title(before.text)  # "Dr Espérance [Kabuya Mwamba]"
    return titled or not (before.pos_ == "PROPN" and before.text[:1].isupper())  # not the end of a longer name


def people_with_ages(doc: Doc) -> None:
    """ "Khalil Qasim Murad, 46, counted the trucks": a name followed by an age is a person's, whatever the tagger
    called it."""
    changed, spans = False, list(ents(doc))
    for i in range(2, len(doc) - 2):
        if not (doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == "," and doc[i - 1].pos_ == "PROPN"):
            continue
        if not doc[i + 1].text.isdigit() or not 0 < int(doc[i + 1].text) < 110:
            continue
        start = i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and i - start < 4:
            start -= 1
        said = start > 0 and doc[start - 1].lemma_ in ("say", "tell", "add", "explain", "recall")  # "said Dorvil, 52,"
        if (i - start < 2 and not said) or not all(t.text[:1].isupper() for t in doc[start:i]):
            continue
        spans = [e for e in spans if e.end <= start or e.start >= i + 2] + [Span(doc, start, i, label="PERSON")]
        changed = True
    if changed:
        # "Jeanine Dorvil", tagged an organisation, is the woman "Dorvil, 52," is
        surnames = {e[-1].text for e in spans if e.label_ == "PERSON"}
        spans = [Span(doc, e.start, e.end, label="PERSON") if _named_so(e, surnames) else e for e in spans]
        doc.ents = sorted(spans, key=lambda e: e.start)
        forget(doc)


def _named_so(ent: Span, surnames: set[str]) -> bool:
    """An organisation of two or three capitalised words ending with a person's surname: that person."""
    words = [t for t in ent if t.text[:1].isupper()]
    return ent.label_ == "ORG" and 2 <= len(ent) <= 3 and len(words) == len(ent) and ent[-1].text in surnames


def surname_words(name: str) -> list[str]:
    """Lower-case name words, Arabic articles dropped: "al-Sharafi" is found as "Sharafi"."""
    return [_ARTICLE_JOINED.sub("", w) for w in name.lower().split()]


def person_role(ent: Span) -> str | None:
    """The role a report gives a named person: an apposition or a title-like noun phrase before the name."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and not (ent.start <= child.i < ent.end):
            return _phrase(child)
    led = _led(root)
    if led is not None:
        return led
    if root.dep_ == "appos" and root.head.lower_ in role_nouns():
        # "A second witness, Hamadoun Maiga, a schoolteacher from Bamba": the apposition after the name says more
        later = (c for c in root.head.children if c.dep_ == "appos" and c.i >= ent.end and c.lower_ in role_nouns())
        after = next(later, None)
        return _phrase(after) if after is not None else _phrase(root.head, stop=ent.start)
    holder = _role_holding(root)
    if holder is not None and holder.i < ent.start:
        return _phrase(holder, stop=ent.start)  # "the governor of Norte de Santander, Jaime Rincón"
    before = [t for t in root.lefts if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod", "nn")]
    words = [t for t in before if t.text not in titles()]
    if any(t.lower_ in role_nouns() for t in words):
        start = min(words[0].left_edge.i, words[0].i)  # "Chief District Officer", not "Officer"
        while start < words[0].i and ent.doc[start].pos_ not in ("NOUN", "PROPN", "ADJ"):
            start += 1
        return " ".join(t.text for t in ent.doc[start : ent.start])
    return _role_before(ent)


_LEADS = frozenset(("lead", "head", "command", "run", "chair"))


def _led(root: Token) -> str | None:
    """ "Issa Sawadogo, who leads the militia in Djibo": a role as a clause, "leader of the militia"; "the
    Pakistani Taliban, led by Noor Wali Mehsud": the leader of the Pakistani Taliban; "X, who speaks for the ICRC":
    its spokesperson."""
    agent = root.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else None
    clause = agent.head if agent is not None else None
    led = clause.head if clause is not None and clause.dep_ == "acl" and clause.lemma_ in _LEADS else None
    group = led is not None and (led.ent_type_ in ("ORG", "NORP") or led.lower_ in description_nouns())
    if group:  # a group ("the rebels, commanded by X"), not "the raid, led by Colonel X"
        cut = min([c.i for c in led.children if c.dep_ in ("prep", "appos") and c.i > led.i] + [clause.i])
        title = "commander" if clause.lemma_ == "command" else "leader"
        return f"{title} of {root.doc[led.left_edge.i : cut].text.strip(' ,')}"
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "speak"):
        on_behalf = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        body = next((c for c in on_behalf.children if c.dep_ == "pobj"), None) if on_behalf is not None else None
        if body is not None:  # "Nadège Mbalanga, who speaks for the ICRC": its spokesperson
            return f"spokesperson for {' '.join(t.text for t in body.subtree)}"
    for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ in _LEADS):
        who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        led = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if who and led is not None:
            cut = next((p.i for p in led.children if p.dep_ == "prep"), len(root.doc))  # not "in Djibo"
            title = "commander" if clause.lemma_ == "command" else "leader"
            return f"{title} of {' '.join(t.text for t in led.subtree if t.i < cut)}"
    return None


def role_apposed(ent: Span) -> Span | None:
    """ "The governor of Norte de Santander, Jaime Rincón": the role the name is set beside ("The governor")."""
    holder = _role_holding(ent.root)
    if holder is None or holder.i >= ent.start:
        return None
    start = holder.i - 1 if holder.i > 0 and holder.nbor(-1).dep_ == "det" else holder.i
    return ent.doc[start : holder.i + 1]


def _role_holding(root: Token) -> Token | None:
    """The role noun of "the governor of <a place>, <name>", where the parser set the name beside the place (but in
    "the brother of the slain journalist, Ahmed Musa", Musa is the journalist)."""
    if root.dep_ != "appos" or root.head.dep_ != "pobj" or root.head.lemma_.lower() in role_nouns():
        return None
    holder = root.head.head.head
    return holder if holder.lower_ in role_nouns() else None


def role_head_before(ent: Span) -> Span | None:
    """The role noun right before a name and its titles ("spokesman" in "SSPDF spokesman Brig. Gen. Peter Deng"),
    without the organisation that comes with it."""
    role = _role_before(ent)
    if role is None:
        return None
    i = ent.start - 1
    if i < 0:
        return None
    while i > 0 and is_title(ent.doc[i].text) and not ent.doc[i].is_sent_start:
        i -= 1  # "Army spokesman Lieutenant Colonel Musa Bukar": the role before the titles
    if ent.doc[i].lower_ not in role_nouns() or is_title(ent.doc[i].text):
        i = ent.start - 1
        while i >= 0 and ent.doc[i].lower_ not in role_nouns():
            i -= 1
    start = i
    while start > 0 and ent.doc[start - 1].pos_ in ("NOUN", "ADJ") and ent.doc[start - 1].is_lower:
        start -= 1
    return ent.doc[start : i + 1] if i >= 0 else None


_RANKS = frozenset(
    "gen general lt lieutenant col colonel maj major brig brigadier capt captain sgt sergeant adm admiral marshal "
    "commander inspector insp superintendent supt constable detective corporal cp dcp acp dsp asp aig "
    "igp".split()
)


def _hyphen_in_title(doc: Doc, i: int) -> bool:
    return doc[i].text == "-" and i > 0 and is_title(doc[i - 1].text)


def title_words(ent: Span) -> set[str]:
    """The titles a name is written with, before it or inside the tagged name ("Mallam Ibrahim Garba" -> mallam)."""
    i, doc = ent.start - 1, ent.doc
    while i >= 0 and (is_title(doc[i].text) or doc[i].text == "." or _hyphen_in_title(doc, i) or _retired(doc, i)):
        i -= 3 if _retired(doc, i) else 1  # "Brig. Gen.", "Lieutenant-Colonel", "Sgt (rtd)"
    return {t.lower_.rstrip(".") for t in doc[i + 1 : ent.end] if is_title(t.text)}


_RETIRED = frozenset("rtd retd ret retired".split())


def _retired(doc: Doc, i: int) -> bool:
    """ "(rtd)" after a rank ("Sgt (rtd) Moses Bwambale"): the rank is still his."""
    bracketed = i >= 3 and doc[i].text == ")" and doc[i - 2].text == "("
    return bracketed and doc[i - 1].lower_.rstrip(".") in _RETIRED and is_title(doc[i - 3].text)


_SPELT_OUT = {
    "gov": "governor", "gen": "general", "col": "colonel", "supt": "superintendent", "insp": "inspector",
    "sen": "senator", "cmdr": "commander", "cdr": "commander", "pres": "president", "amb": "ambassador",
    "prof": "professor",
}  # fmt: skip


# police ranks written short: "SSP Kundi" is "Senior Superintendent Kamran Kundi"
_RANK_SHORT = {
    "ssp": "superintendent", "sp": "superintendent", "dsp": "superintendent", "asp": "superintendent",
    "csp": "superintendent", "cp": "commissioner", "dcp": "commissioner", "acp": "commissioner", "lt": "lieutenant",
    "capt": "captain", "maj": "major", "brig": "brigadier", "sgt": "sergeant", "adm": "admiral",
}  # fmt: skip


def ranks(titles: set[str]) -> set[str]:
    """Titles as the ranks they spell ("Col" and "Colonel", "SSP" and "Superintendent" are one)."""
    return {_RANK_SHORT.get(t, _SPELT_OUT.get(t, t)) for t in titles}


def a_rank_alone(phrase: Span) -> bool:
    """ "the SSP", "the DIG": a rank written short, standing for the officer who holds it."""
    root = phrase.root
    return len(phrase) == 2 and phrase[0].lower_ == "the" and root.text.isupper() and is_title(root.text)


def title_roles(ent: Span) -> set[str]:
    """The roles a person's titles give ("Col. Vikram Rathore" is a colonel and an officer, "Governor Dauda Lawal"
    the governor), so that "the officer" or "the governor" later finds them."""
    words = {_SPELT_OUT.get(w, w) for w in title_words(ent)}  # "Gov. Andrii Koval" is the governor
    roles = {w for w in words if w in role_nouns()} | {r for w in words for r in _TITLE_ROLES.get(w, ())}
    return roles | ({"officer"} if _RANKS & words else set())


# a cleric's or a doctor's title says the role ("Father Inácio Matsinhe" is the priest, "Reverend Peter Lal" the
# pastor, "Dr Amira Osman" the doctor)
_TITLE_ROLES = {
    "father": ("priest",), "fr": ("priest",), "reverend": ("pastor", "priest"), "rev": ("pastor", "priest"),
    "pastor": ("pastor",), "imam": ("imam", "cleric"), "sheikh": ("cleric",), "bishop": ("bishop", "cleric"),
    "dr": ("doctor",), "doctor": ("doctor",),
}  # fmt: skip


def _title_stop(doc: Doc, i: int) -> bool:
    """The full stop of "Brig." or "Gen.", not the one that ends a sentence."""
    return doc[i].text == "." and i > 0 and is_title(doc[i - 1].text)


def _role_before(ent: Span) -> str | None:
    """ "SSPDF spokesman Brig. Gen. Peter Malual Deng": a role written before the name and its titles."""
    i = ent.start - 1
    while i >= 0 and (is_title(ent.doc[i].text) or _title_stop(ent.doc, i)):
        i -= 1
    if i >= 0 and ent.doc[i + 1].is_sent_start:
        return None  # "She lost her husband. Adama Sawadogo leads ...": a noun of the sentence before
    end = i + 1
    while i >= 0 and ent.doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and end - i <= 4:
        i -= 1
    words = ent.doc[i + 1 : end]
    if len(words) and words[-1].lower_ in role_nouns():
        return words.text
    return None


def _phrase(token: Token, stop: int | None = None) -> str:
    """A noun phrase without relative clauses or trailing punctuation."""
    tokens = [
        t
        for t in token.subtree
        if t.dep_ not in ("relcl", "acl")
        and not any(a.dep_ in ("relcl", "acl", "appos") and a.i != token.i for a in t.ancestors if a in token.subtree)
    ]
    if stop is not None:
        tokens = [t for t in tokens if t.i < stop]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return token.text
    return token.doc[tokens[0].i : tokens[-1].i + 1].text


_NICKNAME = re.compile(r",\s+(?:(?:also|better|widely|commonly|popularly)\s+)?known as ([A-Z][\w'’-]+)(?=[,.;:)\s])")


def nickname_after(text: str, end: int) -> str | None:
    """The nickname given right after a name that ends at ``end``: "Mohamed Hamdan Dagalo, widely known as
    Hemedti"."""
    match = _NICKNAME.match(text[end : end + 60])
    return match.group(1) if match else None


def nicknames(doc: Doc) -> set[str]:
    """The nicknames a report gives the people the tagger found."""
    found = (nickname_after(doc.text, e.end_char) for e in ents(doc) if e.label_ == "PERSON" and len(e) >= 2)
    return {n for n in found if n}


# titles that say a woman: "Mrs Obi" after "Peter Obi" is another of the family. "Mr" is not used the other way:
# first names read as a woman's in one country are a man's in another ("Andrea Tenenti")
TITLE_SEX = {
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "madam": "female",
    "madame": "female",
    "hajiya": "female",
    "hajia": "female",
    "alhaja": "female",
}


# first names the dictionary gives one sex that are the other's in much of the world ("Adama" is a man's name
# across the Sahel, "Andrea" and "Nicola" in Italy)
# names given to either sex, or that a name list calls female while South Asia, Afghanistan or Somalia gives them
# to men ("Gul Ahmad", "Nur Kamal", "Nurul Islam", "Farah Abdi")
_EITHER = frozenset(
    "adama andrea nicola simone jean dominique claude camille gul nur noor nour nurul hilal jahan farah amal".split()
)


@cache
def _names_by_sex():
    import gender_guesser.detector  # a first-name dictionary; loaded on the first "he", "she" or "Mrs"

    return gender_guesser.detector.Detector(case_sensitive=False)


def other_sex(name: str | None, sex: str | None) -> bool:
    """Whether "he", "she" or "Mrs" cannot be this person, by a first name that is clearly of the other sex; a
    name that could be either, or is unknown, never rules anyone out."""
    return sex is not None and of_sex(name, "male" if sex == "female" else "female")


def of_sex(name: str | None, sex: str) -> bool:
    """Whether a person's first name is clearly of this sex ("Nirmala" a woman's; "Gul" and unknown names
    neither)."""
    if not name:
        return False
    first = strip_titles(name).split()[0]
    said = _sex_of(first)
    if said is None and "-" in first:
        said = _sex_of(first.split("-")[0])  # "Marie-Carmel", "Marie-Louise": the first name's ("Jean-Marie": none)
    return said == sex


def _sex_of(first: str) -> str | None:
    """The sex a first name clearly gives, if any."""
    if first.lower() in _EITHER:
        return "either"
    known = _regional_names().get(fold(first))
    if known:
        return known
    said = _names_by_sex().get_gender(first)
    return said.removeprefix("mostly_") if said in ("male", "female", "mostly_male", "mostly_female") else None


@cache
def _regional_names() -> dict[str, str]:
    """``data/first_names.tsv``: names of the regions read most, which the general dictionary lacks or misreads."""
    return {fold(name): sex for name, sex in data_table("first_names.tsv")}


def first_name(word: str) -> bool:
    """Whether a word is a known first name ("Mohammed"; not "Kompas")."""
    return _names_by_sex().get_gender(word) != "unknown"
